using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;
using MediatR;

namespace LatihanAsn.Domain.Tests.Competencies;

public sealed class RegistrationHandlerTests
{
    [Fact]
    public async Task Registering_an_employee_takes_the_position_OPD_and_region_and_publishes_after_save()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);

        var id = await host.Send(new RegisterEmployee("19850315 201001 2 007", "Siti Aminah", EmploymentType.Pns, world.PesisirAnalyst));

        var employee = host.Store.Set<Employee>().Single(e => e.Id == id);
        employee.Nip.Value.ShouldBe("198503152010012007");
        employee.RegionCode.ShouldBe(World.PesisirRegion);
        employee.OpdCode.ShouldBe(World.PesisirOpd);
        host.Events.Events.ShouldHaveSingleItem().ShouldBeOfType<EmployeeRegistered>().EmployeeId.ShouldBe(id);
        employee.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public async Task Events_are_not_published_when_the_save_fails()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);
        host.Store.FailNextWrite = true;

        await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new RegisterEmployee("198503152010012007", "Siti", EmploymentType.Pns, world.PesisirAnalyst)));

        host.Events.Events.ShouldBeEmpty();
        host.Store.Set<Employee>().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "Nama", "Nip")]
    [InlineData("123", "Nama", "Nip")]
    [InlineData("196602311988031001", "Nama", "Nip")]
    [InlineData("198503152010012007", "", "Name")]
    public async Task Bad_registration_is_refused_with_every_failure_and_nothing_is_written(string nip, string name, string property)
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new RegisterEmployee(nip, name, EmploymentType.Pns, world.PesisirAnalyst)));

        error.Errors.Keys.ShouldContain(property);
        error.RequestName.ShouldBe(nameof(RegisterEmployee));
        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Several_failures_are_reported_together()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            host.Send(new RegisterEmployee("123", "", (EmploymentType)9, PositionId.New())));

        error.Errors.Keys.OrderBy(k => k).ShouldBe(["Employment", "Name", "Nip"]); // a position that does not exist is not a validation error
    }

    [Fact]
    public async Task A_NIP_already_registered_is_refused()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);

        var error = await Should.ThrowAsync<RequestValidationException>(() =>
            host.Send(new RegisterEmployee(Nips.Make(0), "Kembar", EmploymentType.Pns, world.MetroAnalyst)));

        error.Errors["Nip"].ShouldHaveSingleItem().ShouldContain("sudah terdaftar");
    }

    [Fact]
    public async Task Messages_are_Indonesian_by_default_and_English_under_an_English_UI_culture()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);
        var bad = new RegisterEmployee("198503152010012007", "", EmploymentType.Pns, world.PesisirAnalyst);

        using (new CultureScope("id-ID"))
        {
            (await Should.ThrowAsync<RequestValidationException>(() => host.Send(bad))).Errors["Name"].Single().ShouldBe("'Name' wajib diisi.");
        }

        using (new CultureScope("fr-FR"))
        {
            (await Should.ThrowAsync<RequestValidationException>(() => host.Send(bad))).Errors["Name"].Single().ShouldBe("'Name' wajib diisi.");
        }

        using (new CultureScope("en-AU"))
        {
            var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(bad));
            error.Errors["Name"].Single().ShouldBe("'Name' is required.");
            error.Message.ShouldStartWith("The RegisterEmployee request is invalid:");
        }
    }

    [Fact]
    public async Task A_position_outside_the_scope_is_not_visible_to_a_registration()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);

        var error = await Should.ThrowAsync<NotFoundInScopeException>(() =>
            host.Send(new RegisterEmployee("198503152010012007", "Siti", EmploymentType.Pns, world.PesisirAnalyst), CallerScope.ForRegion(World.MetroRegion)));

        error.Code.ShouldBe(ErrorCodes.NotFound);
        error.Key.ShouldBe(world.PesisirAnalyst.ToString());
        host.Store.Writes.ShouldBe(0);
    }

    [Fact]
    public async Task An_OPD_outside_the_scope_cannot_be_registered()
    {
        using var host = new TestHost();

        var error = await Should.ThrowAsync<ScopeViolationException>(() =>
            host.Send(new RegisterOpd("LAMTIM-BKPSDM", "BKPSDM Lampung Timur", "1804"), CallerScope.ForRegion(World.MetroRegion)));

        error.Target.ShouldContain("LAMTIM-BKPSDM");
        host.Store.Set<Opd>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Transfer_moves_the_employee_and_their_assessments()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var employeeId = world.MetroStaff[0];
        await host.Send(new RecordAssessment(employeeId, AssessmentSource.Supervisor, new DateOnly(2026, 3, 1), "Atasan", [new("M.01", 2)]));

        await host.Send(new TransferEmployee(employeeId, world.PesisirAnalyst));

        host.Store.Set<Employee>().Single(e => e.Id == employeeId).RegionCode.ShouldBe(World.PesisirRegion);
        host.Store.Set<CompetencyAssessment>().Single().OpdCode.ShouldBe(World.PesisirOpd);
        var profile = await host.Send(new GetEmployeeProfile(employeeId), CallerScope.ForOpd(World.PesisirOpd));
        profile.Profile.LevelOf(Permenpanrb38Of2017.Integritas).ShouldBe(ProficiencyLevel.Dasar);
        await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new GetEmployeeProfile(employeeId), CallerScope.ForOpd(World.MetroOpd)));
    }

    [Fact]
    public async Task A_transfer_is_one_commit_of_the_employee_and_everything_that_follows_them()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var employeeId = world.MetroStaff[0];
        await host.Send(new RecordAssessment(employeeId, AssessmentSource.Supervisor, new DateOnly(2026, 3, 1), "Atasan", [new("M.01", 2)]));
        await host.Send(new LatihanAsn.Domain.NeedsAnalysis.RecordPerformanceAppraisal(employeeId, 2025, 80m, 100m));
        host.Store.FailAtWrite(3);

        await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new TransferEmployee(employeeId, world.PesisirAnalyst)));

        host.Store.Set<Employee>().Single(e => e.Id == employeeId).RegionCode.ShouldBe(World.MetroRegion);
        host.Store.Set<CompetencyAssessment>().Single().RegionCode.ShouldBe(World.MetroRegion);
        host.Store.Set<LatihanAsn.Domain.NeedsAnalysis.PerformanceAppraisal>().Single().RegionCode.ShouldBe(World.MetroRegion);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new TransferEmployee(employeeId, PositionId.New())))).Code.ShouldBe(ErrorCodes.NotFound);
    }
}

public sealed class FrameworkHandlerTests
{
    internal static IReadOnlyList<CompetencyInput> Technical(string prefix = "TEK") =>
    [
        new($"{prefix}.01", "Pengelolaan Pengaduan", CompetencyGroup.Teknis, "Menangani pengaduan masyarakat sampai tuntas.",
            Enumerable.Range(1, 5).Select(l => new LevelInput(l, $"Tingkat {l}", [$"Indikator {l}"])).ToArray()),
    ];

    [Fact]
    public async Task An_agency_defines_and_versions_its_technical_framework()
    {
        using var host = new TestHost();

        var v1 = await host.Send(new DefineFramework("KOMTEK-DISKOMINFO", "Kompetensi Teknis Diskominfo", "Keputusan Kepala Dinas 1/2025", new DateOnly(2025, 1, 1), Technical()));
        var v2 = await host.Send(new VersionFramework("KOMTEK-DISKOMINFO", "Keputusan Kepala Dinas 2/2026", new DateOnly(2026, 1, 1), Technical()));

        var versions = host.Store.Set<CompetencyFramework>();
        versions.Single(f => f.Id == v1).ValidTo.ShouldBe(new DateOnly(2025, 12, 31));
        versions.Single(f => f.Id == v2).Version.ShouldBe(2);
        versions.Single(f => f.Id == v2).Competencies.Single().Levels[0].Indicators.ShouldBe(["Indikator 1"]);
        host.Events.Events.OfType<FrameworkDefined>().Count().ShouldBe(2);
        host.Events.Events.OfType<FrameworkRetired>().ShouldHaveSingleItem().Version.ShouldBe(1);
    }

    [Fact]
    public async Task Defining_an_existing_code_or_versioning_a_missing_one_is_refused()
    {
        using var host = new TestHost();
        await host.Send(new DefineFramework("KT", "Teknis", "SK", new DateOnly(2025, 1, 1), Technical()));

        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new DefineFramework("KT", "Teknis", "SK", new DateOnly(2025, 1, 1), Technical()))))
            .Errors.Keys.ShouldBe(["Code"]);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new VersionFramework("TIDAK-ADA", "SK", new DateOnly(2026, 1, 1), Technical()))))
            .Code.ShouldBe(ErrorCodes.NotFound);
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new VersionFramework("KT", "SK", new DateOnly(2024, 1, 1), Technical()))))
            .Code.ShouldBe("domain_rule.framework_version_not_later");
        host.Store.Set<CompetencyFramework>().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Levels_missing_duplicate_codes_and_bad_codes_are_all_reported()
    {
        using var host = new TestHost();
        var levels = Enumerable.Range(1, 4).Select(l => new LevelInput(l, "x")).ToArray();
        var request = new DefineFramework("KT", "Teknis", "SK", new DateOnly(2025, 1, 1),
        [
            new("TEK 1", "A", CompetencyGroup.Teknis, "A", levels),
            new("TEK.2", "B", CompetencyGroup.Teknis, "B", Technical()[0].Levels),
            new("tek.2", "C", CompetencyGroup.Teknis, "C", Technical()[0].Levels),
        ]);

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(request));

        error.Errors.Keys.ShouldContain("Competencies");
        error.Errors.Keys.ShouldContain("Competencies[0].Code");
        error.Errors.Keys.ShouldContain("Competencies[0].Levels");
        host.Store.Writes.ShouldBe(0);
    }
}

public sealed class StandardAndAssessmentHandlerTests
{
    [Fact]
    public async Task A_structural_position_gets_the_default_standard_of_its_kind()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);

        var position = host.Store.Set<Position>().Single(p => p.Id == world.MetroHead);

        position.StandardOn(new DateOnly(2026, 1, 1))!.Requirements.ShouldAllBe(r => r.Minimum == ProficiencyLevel.Menengah);
        position.StandardOn(new DateOnly(2026, 1, 1))!.Requirements.Count.ShouldBe(9);
    }

    [Fact]
    public async Task A_functional_position_without_requirements_and_unknown_competencies_are_refused()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 0, 0);

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new DefinePositionStandard(world.MetroAnalyst, new DateOnly(2026, 1, 1)))))
            .Code.ShouldBe("domain_rule.functional_standard_needs_requirements");
        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(
            new DefinePositionStandard(world.MetroAnalyst, new DateOnly(2026, 1, 1), [new("M.01", 2), new("TEK.99", 3), new("M.03", 4, 2), new("M.04", 6)])));
        error.Errors.Keys.ShouldContain("Requirements[1].Competency");
        error.Errors.Keys.ShouldContain("Requirements[2].Maximum");
        error.Errors.Keys.ShouldContain("Requirements[3].Minimum");
        host.Store.Set<Position>().Single(p => p.Id == world.MetroAnalyst).Standards.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Recording_assessments_builds_the_profile_gaps_and_JPM()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var id = world.MetroStaff[0];

        await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2025, 5, 1), "UPT Penilaian Kompetensi",
            [new("M.01", 2), new("M.03", 1), new("M.05", 3)], [new("Laporan asesmen 2025")]));
        var view = await host.Send(new GetEmployeeProfile(id));

        view.Gaps.Select(g => (g.Competency.Value, g.Gap)).ShouldBe([("M.01", (int?)0), ("M.03", 2), ("M.05", -1)]);
        view.Gaps[1].Rating.ShouldBe(GapRating.Red);
        view.Gaps[2].IsAboveRange.ShouldBeFalse();
        view.Jpm!.Percent.ShouldBe(500m / 7m); // (2 + 1 + 2) / (2 + 3 + 2), capped per competency
        view.Jpm.Band!.Name.ShouldBe("Kurang Optimal");
        view.AsOf.ShouldBe(host.Today);
    }

    [Fact]
    public async Task A_correction_supersedes_the_old_assessment_which_is_kept()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var id = world.MetroStaff[0];
        var first = await host.Send(new RecordAssessment(id, AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 1)]));

        var second = await host.Send(new RecordAssessment(id, AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 3)], Supersedes: first));

        var old = host.Store.Set<CompetencyAssessment>().Single(a => a.Id == first);
        old.Status.ShouldBe(AssessmentStatus.Superseded);
        old.SupersededBy.ShouldBe(second);
        old.Levels.Single().Level.ShouldBe(ProficiencyLevel.Paham);
        (await host.Send(new GetEmployeeProfile(id))).Profile.LevelOf(Permenpanrb38Of2017.Integritas).ShouldBe(ProficiencyLevel.Menengah);
        host.Events.Events.OfType<AssessmentSuperseded>().ShouldHaveSingleItem();
        host.Store.Writes = 0;
        (await Should.ThrowAsync<DomainRuleException>(() =>
            host.Send(new RecordAssessment(id, AssessmentSource.Supervisor, new DateOnly(2026, 2, 2), "Atasan", [new("M.01", 2)], Supersedes: first))))
            .Code.ShouldBe("domain_rule.assessment_not_current");
        host.Store.Writes.ShouldBe(0);
    }

    [Fact]
    public async Task Another_employees_assessment_cannot_be_superseded_and_nothing_is_written()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 2, 0);
        var first = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 1)]));
        host.Store.Writes = 0;
        host.Events.Events.Clear();

        var error = await Should.ThrowAsync<DomainRuleException>(() => host.Send(
            new RecordAssessment(world.MetroStaff[1], AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 3)], Supersedes: first)));

        error.Code.ShouldBe("domain_rule.superseding_assessment_of_another_employee");
        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();
        host.Store.Set<CompetencyAssessment>().ShouldHaveSingleItem().Status.ShouldBe(AssessmentStatus.Confirmed);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(
            new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 3)], Supersedes: AssessmentId.New()))))
            .Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task A_correction_and_the_assessment_it_supersedes_are_committed_together()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var first = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 1)]));
        host.Events.Events.Clear();
        host.Store.FailAtWrite(2);

        await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(
            new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, new DateOnly(2026, 2, 2), "Atasan", [new("M.01", 3)], Supersedes: first)));

        host.Store.Set<CompetencyAssessment>().ShouldHaveSingleItem().Status.ShouldBe(AssessmentStatus.Confirmed);
        host.Events.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_assessments_are_refused_and_nothing_is_written()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var id = world.MetroStaff[0];

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new RecordAssessment(
            id, (AssessmentSource)42, host.Today.AddDays(1), "", [new("M.01", 0), new("m.01", 3), new("X.42", 2), new("M 02", 2)])));

        error.Errors.Keys.ShouldContain("Source");
        error.Errors.Keys.ShouldContain("AssessedOn");
        error.Errors.Keys.ShouldContain("Assessor");
        error.Errors.Keys.ShouldContain("Levels");
        error.Errors.Keys.ShouldContain("Levels[0].Level");
        error.Errors.Keys.ShouldContain("Levels[2].Competency");
        error.Errors.Keys.ShouldContain("Levels[3].Competency");
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<CompetencyAssessment>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Evidence_is_appended_through_the_pipeline()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var assessment = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.ThreeSixty, new DateOnly(2026, 2, 1), "Tim 360", [new("M.02", 2)]));

        await host.Send(new AddAssessmentEvidence(assessment, "Rekap umpan balik 360", "360-2026-02"));

        host.Store.Set<CompetencyAssessment>().Single().Evidence.Single().Reference.ShouldBe("360-2026-02");
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new AddAssessmentEvidence(assessment, " "))))
            .Errors.Keys.ShouldBe(["Description"]);
    }

    [Fact]
    public async Task Assessments_and_profiles_outside_the_scope_are_refused()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 1);
        var pesisir = CallerScope.ForRegion(World.PesisirRegion);

        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(
            new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, new DateOnly(2026, 1, 1), "A", [new("M.01", 2)]), pesisir)))
            .Key.ShouldBe(world.MetroStaff[0].ToString());
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new GetEmployeeProfile(world.MetroStaff[0]), pesisir)))
            .Code.ShouldBe(ErrorCodes.NotFound);
        (await host.Send(new GetEmployeeProfile(world.PesisirStaff[0]), pesisir)).RegionCode.ShouldBe(World.PesisirRegion);
        host.Store.Set<CompetencyAssessment>().ShouldBeEmpty();
    }
}

public sealed class PopulationAndNineBoxHandlerTests
{
    [Fact]
    public async Task The_population_summary_covers_the_scope_and_suppresses_small_groups()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 6, 3);
        foreach (var id in world.MetroStaff.Concat(world.PesisirStaff))
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 15), "UPT", [new("M.01", 1), new("M.03", 2), new("M.05", 2)]));
        }

        var byRegion = await host.Send(new SummarisePopulation(PopulationDimension.Region));

        // Pesisir (3) is under the minimum, and Metro (6) is its complement: the province's 9 minus Metro's 6 would be Pesisir.
        byRegion.Groups.Select(g => (g.Key, g.Suppressed)).ShouldBe([(World.PesisirRegion, true), (World.MetroRegion, true)]);
        (await host.Send(new SummarisePopulation(PopulationDimension.Province))).Groups.Single().Employees.ShouldBe(9);

        var metroOnly = await host.Send(new SummarisePopulation(PopulationDimension.Province), CallerScope.ForRegion(World.MetroRegion));
        var metro = metroOnly.Groups.Single();
        metro.Employees.ShouldBe(6);
        metro.Competencies.Single(c => c.Competency.Value == "M.03").MeanGap.ShouldBe(1m);
        metro.JpmDistribution.Single(b => b.Band == "Kurang Optimal").Count.ShouldBe(6);
    }

    [Fact]
    public async Task A_summary_of_a_region_or_OPD_outside_the_scope_is_refused()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 1, 1);
        var metro = CallerScope.ForRegion(World.MetroRegion);

        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new SummarisePopulation(PopulationDimension.Opd, RegionCode: World.PesisirRegion), metro));
        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new SummarisePopulation(PopulationDimension.Opd, OpdCode: World.PesisirOpd), metro));
        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new SummarisePopulation(PopulationDimension.Opd, RegionCode: World.MetroRegion), CallerScope.ForOpd(World.MetroOpd)));
    }

    [Fact]
    public async Task The_minimum_group_size_is_configurable()
    {
        using var host = new TestHost(o => o.MinimumGroupSize = 1);
        await World.CreateAsync(host, 2, 1);

        var summary = await host.Send(new SummarisePopulation(PopulationDimension.Region));

        summary.MinimumGroupSize.ShouldBe(1);
        summary.Groups.ShouldAllBe(g => !g.Suppressed);
    }

    [Fact]
    public async Task Employees_are_placed_in_the_nine_box_from_ratings_or_scores()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 2, 0);

        var results = await host.Send(new PlaceInNineBox(
        [
            new(world.MetroStaff[0], Performance: PerformanceRating.AboveExpectation, Potential: PotentialRating.High),
            new(world.MetroStaff[1], PerformanceScore: 75m, PotentialScore: 77.99m),
        ]));

        results.Select(r => r.Placement.Box).ShouldBe([9, 2]);
        results[0].Placement.FollowUp.English.ShouldContain("Talent pool");
        results[1].Placement.RuleSet.Key.ShouldBe("ninebox/permenpanrb-3-2020@1");
    }

    [Fact]
    public async Task Nine_box_entries_need_exactly_one_value_per_axis_and_employees_in_scope()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 1);

        var metro = CallerScope.ForRegion(World.MetroRegion);
        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new PlaceInNineBox(
        [
            new(world.MetroStaff[0], PerformanceRating.MeetsExpectation, 80m, null, null),
            new(world.PesisirStaff[0], PerformanceRating.MeetsExpectation, null, PotentialRating.Low, null),
        ]), metro));

        error.Errors.Keys.ShouldBe(["Entries[0].Performance", "Entries[0].Potential"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new PlaceInNineBox(
        [
            new(world.MetroStaff[0], PerformanceRating.MeetsExpectation, null, PotentialRating.Low, null),
            new(world.PesisirStaff[0], PerformanceRating.MeetsExpectation, null, PotentialRating.Low, null),
        ]), metro))).Key.ShouldBe(world.PesisirStaff[0].ToString());
    }
}
