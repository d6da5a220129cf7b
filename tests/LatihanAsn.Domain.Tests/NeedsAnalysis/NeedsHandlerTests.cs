using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.NeedsAnalysis;

public sealed class SurveyHandlerTests
{
    private static readonly IReadOnlyList<SurveyItemInput> Items = [new("M.03"), new("M.05"), new("M.08")];

    [Fact]
    public async Task A_region_opens_a_survey_for_its_population_and_responses_are_validated_and_replaced_with_audit()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 6, 3);
        var metro = CallerScope.ForRegion(World.MetroRegion);

        var surveyId = await host.Send(new OpenNeedsSurvey("AKPK Kota Metro 2026", SurveyForm.Borich, Items), metro);
        var survey = host.Store.Set<NeedsSurvey>().Single();
        survey.Population.RegionCode.ShouldBe(World.MetroRegion);
        survey.Scale.ShouldBe(RatingScale.OneToFive);

        var respondent = world.MetroStaff[0];
        var first = await host.Send(new SubmitSurveyResponse(surveyId, respondent, [new("M.03", 5, 2), new("M.05", 4, null)], [new("TI untuk administrasi")]), metro);
        var second = await host.Send(new SubmitSurveyResponse(surveyId, respondent, [new("M.03", 4, 3)]), metro);

        second.ShouldBe(first);
        var response = host.Store.Set<SurveyResponse>().Single();
        response.Revision.ShouldBe(2);
        response.Answers.Single().Importance.ShouldBe(4);
        response.History.Single().Answers.Count.ShouldBe(2);
        response.History.Single().Proposals.Single().Text.ShouldBe("TI untuk administrasi");
        host.Events.Events.OfType<SurveyResponseSubmitted>().Select(e => e.Revision).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Bad_responses_are_refused_with_every_reason_and_nothing_is_written()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 2, 1);
        var surveyId = await host.Send(new OpenNeedsSurvey("AKPK", SurveyForm.Borich, Items, new SurveyPopulation(RegionCode: World.MetroRegion), AllowsProposals: false));
        host.Store.Writes = 0;

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SubmitSurveyResponse(surveyId, world.PesisirStaff[0], [new("M.03", 4, 2)]))))
            .Code.ShouldBe("domain_rule.respondent_not_in_population");
        var error = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SubmitSurveyResponse(
            surveyId, world.MetroStaff[0], [new("M.03", 6, 2), new("M.01", 3, 3), new("M.05", 0, 1)], [new("Negosiasi")])));

        error.Code.ShouldBe("domain_rule.response_does_not_fit_survey");
        error.Details["problems"].ShouldBeAssignableTo<IReadOnlyDictionary<string, IReadOnlyList<string>>>()!.Keys
            .ShouldBe(["Answers[0].Importance", "Answers[1].Competency", "Answers[2].Importance", "Proposals"], ignoreOrder: true);
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<SurveyResponse>().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_closed_survey_takes_no_responses()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var surveyId = await host.Send(new OpenNeedsSurvey("AKPK", SurveyForm.Borich, Items));
        await host.Send(new CloseNeedsSurvey(surveyId));

        var error = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SubmitSurveyResponse(surveyId, world.MetroStaff[0], [new("M.03", 4, 2)])));

        error.Code.ShouldBe("domain_rule.survey_closed");
        error.Message.ShouldContain("ditutup");
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CloseNeedsSurvey(surveyId)))).Rule.ShouldBe("survey_closed");
    }

    [Fact]
    public async Task Survey_visibility_follows_the_population()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 1);
        var province = await host.Send(new OpenNeedsSurvey("AKPK Provinsi", SurveyForm.Borich, Items));
        var pesisirOnly = await host.Send(new OpenNeedsSurvey("AKPK Pesisir Barat", SurveyForm.Borich, Items, new SurveyPopulation(RegionCode: World.PesisirRegion)));
        var metroOpd = CallerScope.ForOpd(World.MetroOpd);

        // a Metro OPD caller may answer the province-wide survey for its staff, but cannot see Pesisir Barat's.
        await host.Send(new SubmitSurveyResponse(province, world.MetroStaff[0], [new("M.03", 5, 3)]), metroOpd);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new SubmitSurveyResponse(pesisirOnly, world.MetroStaff[0], [new("M.03", 5, 3)]), metroOpd)))
            .Key.ShouldBe(pesisirOnly.ToString());
        // and cannot close a survey whose population is wider than its scope
        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new CloseNeedsSurvey(province), metroOpd));
        // nor open one for another region
        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new OpenNeedsSurvey("X", SurveyForm.Borich, Items, new SurveyPopulation(RegionCode: World.PesisirRegion)), CallerScope.ForRegion(World.MetroRegion)));
    }

    [Fact]
    public async Task Opening_refuses_unknown_competencies_duplicate_items_and_a_half_given_scale()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new OpenNeedsSurvey(
            "", (SurveyForm)5, [new("M.03"), new("m.03"), new("TEK.404")], ScaleMin: 1)));

        error.Errors.Keys.ShouldBe(["Title", "Form", "Items", "Scale", "Items[2].Competency"], ignoreOrder: true);
    }

    [Fact]
    public async Task Priorities_use_the_responses_in_scope_and_are_suppressed_under_the_minimum_size()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 6, 3);
        var surveyId = await host.Send(new OpenNeedsSurvey("AKPK Provinsi", SurveyForm.Borich, Items));
        var ratings = new[] { (5, 2), (4, 2), (5, 3), (4, 4), (5, 1), (3, 3) };
        for (var i = 0; i < world.MetroStaff.Count; i++)
        {
            await host.Send(new SubmitSurveyResponse(surveyId, world.MetroStaff[i], [new("M.03", ratings[i].Item1, ratings[i].Item2), new("M.05", 3, 3)], [new("Negosiasi", "M.03")]));
        }

        foreach (var id in world.PesisirStaff)
        {
            await host.Send(new SubmitSurveyResponse(surveyId, id, [new("M.03", 1, 5)]));
        }

        var metro = await host.Send(new ComputeSurveyPriorities(surveyId), CallerScope.ForRegion(World.MetroRegion));
        var pesisir = await host.Send(new ComputeSurveyPriorities(surveyId), CallerScope.ForRegion(World.PesisirRegion));

        metro.Respondents.ShouldBe(6);
        metro.Suppressed.ShouldBeFalse();
        // M.03 over Metro only: ΣR 26, ΣC 15, N 6 -> MWDS = 11 x 26 / 36.
        metro.Borich[0].Item.ShouldBe("M.03");
        metro.Borich[0].Mwds!.Value.ShouldBe(286m / 36m, 0.0000000000000000000000001m);
        metro.Borich.Single(b => b.Item == "M.08").Rank.ShouldBeNull();
        metro.Proposals.Single().Frequency.ShouldBe(6);
        pesisir.Suppressed.ShouldBeTrue();
        pesisir.Borich.ShouldBeEmpty();
    }
}

public sealed class IndividualNeedsAndRegisterHandlerTests
{
    [Fact]
    public async Task Individual_needs_cover_the_position_to_be_held_and_the_performance_gap()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var id = world.MetroStaff[0];
        await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT",
            [new("M.01", 3), new("M.02", 3), new("M.03", 3), new("M.04", 2), new("M.05", 3), new("M.06", 3), new("M.07", 3), new("M.08", 3), new("SK.01", 3)]));
        await host.Send(new RecordPerformanceAppraisal(id, 2025, 70m, 100m));

        var heldOnly = await host.Send(new ComputeIndividualNeeds(id));
        heldOnly.Verdict.ShouldBe(IndividualNeedVerdict.PerformanceGapOnly);

        await host.Send(new NamePositionToBeHeld(id, world.MetroHead, CareerMove.Promotion));
        var withPromotion = await host.Send(new ComputeIndividualNeeds(id));

        withPromotion.Verdict.ShouldBe(IndividualNeedVerdict.TrainingNeed);
        withPromotion.Needs.Where(n => n.IsTrainingNeed).Select(n => n.Competency.Value).ShouldBe(["M.04"]);
        withPromotion.Needs.Single(n => n.Competency.Value == "M.04").ToBeHeld!.Gap.ShouldBe(1);
        withPromotion.Performance!.Gap.ShouldBe(30m);
    }

    [Fact]
    public async Task Naming_the_position_held_or_no_reason_is_refused()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new NamePositionToBeHeld(world.MetroStaff[0], world.MetroHead)));
        error.Errors.Keys.ShouldBe(["Move"]);

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new NamePositionToBeHeld(world.MetroStaff[0], world.MetroAnalyst, CareerMove.Rotation))))
            .Code.ShouldBe("domain_rule.position_to_be_held_is_held");
        host.Store.Set<Employee>().Single(e => e.Id == world.MetroStaff[0]).PositionToBeHeld.ShouldBeNull();
    }

    [Fact]
    public async Task The_register_groups_needs_and_survey_signals_by_region()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 6, 5);
        foreach (var id in world.MetroStaff)
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT", [new("M.01", 2), new("M.03", 1), new("M.05", 2)]));
        }

        var surveyId = await host.Send(new OpenNeedsSurvey("AKPK", SurveyForm.Borich, [new("M.03"), new("M.08")]));
        foreach (var id in world.MetroStaff)
        {
            await host.Send(new SubmitSurveyResponse(surveyId, id, [new("M.03", 5, 2), new("M.08", 4, 3)], [new("Manajemen konflik")]));
        }

        var register = await host.Send(new ComputeNeedsRegister(PopulationDimension.Region, SurveyId: surveyId));

        var top = register.Entries[0];
        (top.Group, top.Competency.Value).ShouldBe((World.MetroRegion, "M.03"));
        top.Affected.ShouldBe(6);
        top.Severity.MeanShortfall.ShouldBe(2m);
        top.Priority.Contributions.Select(c => c.Signal).ShouldContain(PrioritySignal.Borich);
        register.Entries.ShouldContain(e => e.Competency.Value == "M.08" && e.Affected == 0);
        register.UnlinkedProposals.Single().Frequency.ShouldBe(6);
        register.RuleSets.Single().Id.ShouldBe("priority-weights/default");
        await Should.ThrowAsync<ScopeViolationException>(() =>
            host.Send(new ComputeNeedsRegister(PopulationDimension.Opd, RegionCode: World.MetroRegion), CallerScope.ForRegion(World.PesisirRegion)));
    }
}

public sealed class LearningHoursHandlerTests
{
    [Fact]
    public async Task Hours_are_credited_once_per_reference_and_compliance_lists_who_is_below()
    {
        using var host = new TestHost(o => o.MinimumGroupSize = 1); // group figures of 6 and 3 (suppression: see SuppressionAttackTests)
        var world = await World.CreateAsync(host, 6, 3);
        var rina = world.MetroStaff[0];

        var first = await host.Send(new RecordLearningHours(rina, new DateOnly(2026, 3, 2), LearningForm.Pelatihan, 1350, "Manajemen Pelayanan Publik", DeclaredJp: 30m, Reference: "RUN-1/rina"));
        var again = await host.Send(new RecordLearningHours(rina, new DateOnly(2026, 3, 2), LearningForm.Pelatihan, 1350, "Manajemen Pelayanan Publik", DeclaredJp: 30m, Reference: "RUN-1/rina"));
        await host.Send(new RecordLearningHours(world.MetroStaff[1], new DateOnly(2026, 5, 5), LearningForm.Seminar, 300, "Seminar Pelayanan Prima", Days: 1m));

        first.Credited.ShouldBeTrue();
        first.Jp.ShouldBe(30m);
        again.Credited.ShouldBeFalse();
        again.Standing.Jp.ShouldBe(30m);
        host.Store.Set<LearningHoursLedger>().Single(l => l.EmployeeId == rina).Entries.Count.ShouldBe(1);
        host.Events.Events.OfType<LearningHoursCredited>().Count().ShouldBe(2);

        var report = await host.Send(new GetJpCompliance(2026));

        report.Employees.Count.ShouldBe(9);
        report.Employees.Last().Standing.EmployeeId.ShouldBe(rina);
        report.Employees.Single(e => e.Standing.EmployeeId == world.MetroStaff[1]).Standing.ShortfallJp.ShouldBe(16m);
        var metroGroup = report.Groups.Single(g => g.Key == World.MetroRegion);
        (metroGroup.Employees, metroGroup.Compliant, metroGroup.Below, metroGroup.ShortfallJp).ShouldBe((6, 1, 5, 16m + (4 * 20m)));
        report.Groups.Single(g => g.Key == World.PesisirRegion).ShortfallJp.ShouldBe(60m);
    }

    [Fact]
    public async Task Bad_hours_are_refused_and_nothing_is_written()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 1);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(
            new RecordLearningHours(world.PesisirStaff[0], host.Today.AddDays(3), (LearningForm)77, 0, "", Days: 0.1m), CallerScope.ForRegion(World.MetroRegion)));

        error.Errors.Keys.ShouldBe(["Date", "Form", "Minutes", "Title", "Days"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(
            new RecordLearningHours(world.PesisirStaff[0], host.Today, LearningForm.Seminar, 60, "Seminar", Days: 1m), CallerScope.ForRegion(World.MetroRegion))))
            .Code.ShouldBe(ErrorCodes.NotFound);
        host.Store.Set<LearningHoursLedger>().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_transfer_moves_the_ledger_with_the_employee()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var id = world.MetroStaff[0];
        await host.Send(new RecordLearningHours(id, new DateOnly(2026, 2, 1), LearningForm.ELearning, 450, "ASN Unggul"));
        await host.Send(new RecordPerformanceAppraisal(id, 2025, 90m, 100m));

        await host.Send(new TransferEmployee(id, world.PesisirAnalyst));

        host.Store.Set<LearningHoursLedger>().Single().RegionCode.ShouldBe(World.PesisirRegion);
        host.Store.Set<PerformanceAppraisal>().Single().OpdCode.ShouldBe(World.PesisirOpd);
        var report = await host.Send(new GetJpCompliance(2026, EmployeeId: id), CallerScope.ForRegion(World.PesisirRegion));
        report.Employees.Single().Standing.Jp.ShouldBe(10m);
    }

    [Fact]
    public async Task Compliance_of_a_region_or_OPD_outside_the_scope_is_refused()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 1, 1);
        var metro = CallerScope.ForRegion(World.MetroRegion);

        (await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new GetJpCompliance(2026, RegionCode: World.PesisirRegion), metro))).Target.ShouldContain(World.PesisirRegion);
        (await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new GetJpCompliance(2026, OpdCode: World.PesisirOpd), metro))).Target.ShouldBe($"OPD {World.PesisirOpd}");
        (await host.Send(new GetJpCompliance(2026, OpdCode: World.MetroOpd), metro)).Employees.ShouldHaveSingleItem();
    }
}
