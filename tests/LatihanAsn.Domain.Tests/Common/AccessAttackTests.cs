using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Evaluation;
using LatihanAsn.Domain.Tests.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.Tests.Programs;

namespace LatihanAsn.Domain.Tests.Common;

/// <summary>
/// The attacks of issue 13, as a host team tried them: each is now refused (or filtered) and changes nothing. Shared
/// data needs its capability, references resolve in the caller's scope, self-service and hierarchy.
/// </summary>
public sealed class AccessAttackTests
{
    private static readonly CallerScope Metro = CallerScope.ForRegion(World.MetroRegion);
    private static readonly CallerScope Pesisir = CallerScope.ForRegion(World.PesisirRegion);

    private static Caller MetroOfficer => Caller.InRoles("officer@metro", Metro, RolePresets.OpdTrainingOfficer);

    private static async Task RefusedAndNothingChangedAsync<TException>(TestHost host, Func<Task> attack, string code)
        where TException : LatihanAsnException
    {
        var writes = host.Store.Writes;
        var events = host.Events.Events.Count;
        (await Should.ThrowAsync<TException>(attack)).Code.ShouldBe(code);
        host.Store.Writes.ShouldBe(writes);
        host.Events.Events.Count.ShouldBe(events);
    }

    [Fact]
    public async Task A_region_caller_sets_its_own_regions_reach_but_not_another_regions()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);
        var regionAdmin = new Caller("admin@metro", Metro, [Capabilities.ReachManage]);
        await host.Send(new SetRegionReach(World.PesisirRegion, "Pesisir Barat", Connectivity.Limited, [new TravelLink(LampungReach.BpsdmCentre, 7m, 1_400_000m)]));
        var before = host.Store.Set<RegionReach>().Single().Travel.Single().Hours;

        await host.Send(new SetRegionReach(World.MetroRegion, "Kota Metro", Connectivity.Good, [new TravelLink(LampungReach.BpsdmCentre, 1.5m, 200_000m)]), regionAdmin);
        await RefusedAndNothingChangedAsync<ScopeViolationException>(host, () => host.Send(new SetRegionReach(World.PesisirRegion, "Pesisir Barat", Connectivity.Good, [new TravelLink(LampungReach.BpsdmCentre, 0.5m, 1m)]), regionAdmin), ErrorCodes.Forbidden);
        await RefusedAndNothingChangedAsync<ScopeViolationException>(host, () => host.Send(new SetRegionReach(World.MetroRegion, "Kota Metro", Connectivity.Good, []), regionAdmin.WithScope(CallerScope.ForOpd(World.MetroOpd))), ErrorCodes.Forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new SetRegionReach(World.MetroRegion, "Kota Metro", Connectivity.Good, []), MetroOfficer), ErrorCodes.Forbidden);

        host.Store.Set<RegionReach>().Single(r => r.RegionCode == World.PesisirRegion).Travel.Single().Hours.ShouldBe(before);
    }

    [Fact]
    public async Task Courses_and_frameworks_are_defined_updated_withdrawn_and_versioned_only_with_their_capability()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);
        var course = await host.Send(new DefineCourse("PPP-01", CatalogueHandlerTests.Details()));
        await host.Send(new DefineFramework("KOMTEK-DISKOMINFO", "Kompetensi Teknis Diskominfo", "SK 1/2025", new DateOnly(2025, 1, 1), FrameworkHandlerTests.Technical()));
        var forbidden = ErrorCodes.Forbidden;

        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new DefineCourse("PPP-02", CatalogueHandlerTests.Details()), MetroOfficer), forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new UpdateCourse(course, CatalogueHandlerTests.Details(jp: 1m)), MetroOfficer), forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new WithdrawCourse(course), MetroOfficer), forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new DefineFramework("KOMTEK-X", "X", "SK", new DateOnly(2025, 1, 1), FrameworkHandlerTests.Technical()), MetroOfficer), forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new VersionFramework("KOMTEK-DISKOMINFO", "SK 2/2026", new DateOnly(2026, 1, 1), FrameworkHandlerTests.Technical()), MetroOfficer), forbidden);

        host.Store.Set<Course>().Single().Withdrawn.ShouldBeFalse();
        host.Store.Set<CompetencyFramework>().Count(f => f.Code == "KOMTEK-DISKOMINFO").ShouldBe(1);
        // With the capability, the same caller may.
        await host.Send(new WithdrawCourse(course), new Caller("catalogue@bpsdm", Metro, [Capabilities.CatalogueManage]));
    }

    [Fact]
    public async Task An_evaluation_plan_for_another_regions_run_is_not_found_as_for_a_run_that_does_not_exist()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var pesisirRun = EvaluationFixture.SeedRun(host, World.PesisirRegion, World.PesisirOpd);
        var missing = CourseRunId.New();

        var across = await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(EvaluationFixture.Request(world, pesisirRun), MetroOfficer));
        var none = await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(EvaluationFixture.Request(world, missing), MetroOfficer));

        across.Code.ShouldBe(none.Code);
        across.Message.Replace(pesisirRun.ToString(), "#", StringComparison.Ordinal).ShouldBe(none.Message.Replace(missing.ToString(), "#", StringComparison.Ordinal));
        host.Store.Set<EvaluationPlan>().ShouldBeEmpty();
        host.Store.Writes.ShouldBe(0);
    }

    [Fact]
    public async Task An_action_plan_for_another_regions_run_is_not_found()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var pesisirRun = EvaluationFixture.SeedRun(host, World.PesisirRegion, World.PesisirOpd);
        var metroRun = EvaluationFixture.SeedRun(host);
        host.Store.Writes = 0;
        CreateActionPlan Plan(CourseRunId run) => new(world.MetroStaff[0], "Respons pengaduan 24 jam", run, "Kepala Bidang",
            [new ActionGoalInput("Menanggapi pengaduan dalam 24 jam", "M.05")], [new MilestoneInput("SOP disusun", host.Today.AddDays(10))]);

        await RefusedAndNothingChangedAsync<NotFoundInScopeException>(host, () => host.Send(Plan(pesisirRun), MetroOfficer), ErrorCodes.NotFound);
        await RefusedAndNothingChangedAsync<NotFoundInScopeException>(host, () => host.Send(Plan(CourseRunId.New()), MetroOfficer), ErrorCodes.NotFound);

        await host.Send(Plan(metroRun), MetroOfficer);
        host.Store.Set<ActionPlan>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Inviting_a_plan_lines_targets_invites_only_those_in_the_callers_scope_and_a_named_outsider_is_refused()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 6, 3);
        foreach (var reach in LampungReach.Create())
        {
            host.Store.Seed(reach);
        }

        foreach (var id in world.MetroStaff.Concat(world.PesisirStaff))
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT", [new("M.01", 1), new("M.03", 1), new("M.05", 1)]));
        }

        // A province-wide plan owned by a Metro OPD: its run is Metro's, its line targets both regions.
        await host.Send(new DefinePositionStandard(world.PesisirAnalyst, new DateOnly(2025, 1, 1), [new("M.05", 3)]));
        await host.Send(new DefineCourse("PPP-01", RunFixture.Course()));
        var plan = (await host.Send(new ComposeTrainingPlan("Rencana Provinsi", 2027, 500_000_000m, World.MetroOpd))).PlanId;
        await host.Send(new SubmitTrainingPlan(plan));
        await host.Send(new ApproveTrainingPlan(plan, "Kepala BPSDM"));
        var run = await host.Send(new ScheduleRun(plan, 1, WaitingListOrder.FirstCome));
        var targets = host.Store.Set<TrainingPlan>().Single().Lines.Single(l => l.Number == 1).TargetEmployees;
        targets.ShouldContain(world.PesisirStaff[0]);

        await RefusedAndNothingChangedAsync<RequestValidationException>(host, () => host.Send(new InviteParticipants(run, [new InvitationInput(world.MetroStaff[0]), new InvitationInput(world.PesisirStaff[0])]), MetroOfficer), ErrorCodes.Validation);
        var invited = await host.Send(new InviteParticipants(run), MetroOfficer);

        invited.Select(e => e.Employee).ShouldBe(targets.Where(world.MetroStaff.Contains), ignoreOrder: true);
        RunFixture.Stored(host, run).Enrolments.Select(e => e.Employee).ShouldNotContain(e => world.PesisirStaff.Contains(e));
    }

    [Fact]
    public async Task A_transferred_employees_old_response_stays_where_it_was_filed()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var survey = await host.Send(new OpenNeedsSurvey("AKPK 2027", SurveyForm.Borich, [new SurveyItemInput("M.05")]));
        var person = world.PesisirStaff[0];
        await host.Send(new SubmitSurveyResponse(survey, person, [new AnswerInput("M.05", 5, 2)]), Pesisir);
        await host.Send(new TransferEmployee(person, world.MetroAnalyst));
        host.Store.Writes = 0;
        host.Events.Events.Clear();

        var error = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SubmitSurveyResponse(survey, person, [new AnswerInput("M.05", 1, 1)]), MetroOfficer));

        error.Code.ShouldBe("domain_rule.response_filed_elsewhere");
        var batch = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ImportSurveyResponses([new SubmitSurveyResponse(survey, person, [new AnswerInput("M.05", 1, 1)])]), MetroOfficer));
        batch.Code.ShouldBe("domain_rule.response_filed_elsewhere");
        host.Store.Writes.ShouldBe(0);
        var response = host.Store.Set<SurveyResponse>().Single();
        response.RegionCode.ShouldBe(World.PesisirRegion);
        response.Answers.Single().Importance.ShouldBe(5);
    }

    [Fact]
    public async Task An_employee_submits_and_changes_only_their_own_survey_response_and_proposals()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var survey = await host.Send(new OpenNeedsSurvey("AKPK 2027", SurveyForm.Borich, [new SurveyItemInput("M.05")]));
        var ana = Caller.InRoles("ana", Metro, RolePresets.Employee).AsEmployee(Nip.Parse(Nips.Make(0)));
        host.Store.Writes = 0;

        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new SubmitSurveyResponse(survey, world.MetroStaff[1], [new AnswerInput("M.05", 5, 2)], [new ProposalInput("Pelatihan X")]), ana), ErrorCodes.Forbidden);
        await host.Send(new SubmitSurveyResponse(survey, world.MetroStaff[0], [new AnswerInput("M.05", 5, 2)], [new ProposalInput("Penanganan pengaduan", "M.05")]), ana);
        await host.Send(new SubmitSurveyResponse(survey, world.MetroStaff[0], [new AnswerInput("M.05", 4, 3)]), ana);

        host.Store.Set<SurveyResponse>().Single().Respondent.ShouldBe(world.MetroStaff[0]);
        host.Store.Set<SurveyResponse>().Single().Revision.ShouldBe(2);
    }

    [Fact]
    public async Task A_supervisor_confirms_and_signs_off_only_for_the_people_they_supervise()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        var mine = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 3)], Pending: true));
        var other = await host.Send(new RecordAssessment(world.MetroStaff[1], AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 3)], Pending: true));
        ActionPlanId Plan(EmployeeId who) => host.Send(new CreateActionPlan(who, "Respons 24 jam", null, "Kepala Bidang",
            [new ActionGoalInput("Menanggapi pengaduan dalam 24 jam")], [new MilestoneInput("SOP", host.Today.AddDays(10))])).GetAwaiter().GetResult();
        var myPlan = Plan(world.MetroStaff[0]);
        var otherPlan = Plan(world.MetroStaff[1]);
        await host.Send(new CompleteMilestone(myPlan, 1, host.Today, "SOP No. 7"));
        await host.Send(new CompleteMilestone(otherPlan, 1, host.Today, "SOP No. 8"));
        var boss = Caller.InRoles("kabid", Metro, RolePresets.Supervisor).Supervising([Nip.Parse(Nips.Make(0))]);
        host.Store.Writes = 0;
        host.Events.Events.Clear();

        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new ConfirmAssessment(other, "Kabid"), boss), ErrorCodes.Forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new RejectAssessment(other, "Kabid", "Tidak sesuai"), boss), ErrorCodes.Forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new SignOffActionPlan(otherPlan, "Kabid", host.Today), boss), ErrorCodes.Forbidden);
        await host.Send(new ConfirmAssessment(mine, "Kabid"), boss);
        await host.Send(new SignOffActionPlan(myPlan, "Kabid", host.Today), boss);

        host.Store.Set<CompetencyAssessment>().Single(a => a.Id == other).Status.ShouldBe(AssessmentStatus.Pending);
        host.Store.Set<CompetencyAssessment>().Single(a => a.Id == mine).Status.ShouldBe(AssessmentStatus.Confirmed);
        // An officer with assessment.confirm and followup.manage acts for anyone in scope.
        await host.Send(new ConfirmAssessment(other, "Sekretaris"), MetroOfficer);
    }

    [Fact]
    public async Task An_employee_records_evidence_only_on_their_own_action_plan_and_answers_only_their_own_invitation()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var (ana, budi) = (setup.Staff[0], setup.Staff[1]);
        await host.Send(new InviteParticipants(setup.Run, [new InvitationInput(ana), new InvitationInput(budi)]));
        var plan = await host.Send(new CreateActionPlan(budi, "Respons 24 jam", null, "Kepala Bidang", [new ActionGoalInput("Menanggapi pengaduan")], [new MilestoneInput("SOP", host.Today.AddDays(10))]));
        var self = Caller.InRoles("ana", Metro, RolePresets.Employee).AsEmployee(Nip.Parse(Nips.Make(0)));
        host.Store.Writes = 0;
        host.Events.Events.Clear();

        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new CompleteMilestone(plan, 1, host.Today, "SOP No. 7"), self), ErrorCodes.Forbidden);
        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new RespondToInvitation(setup.Run, budi, false, "Tidak bisa"), self), ErrorCodes.Forbidden);
        await host.Send(new RespondToInvitation(setup.Run, ana, true), self);
        await host.Send(new CompleteMilestone(plan, 1, host.Today, "SOP No. 7"), self.AsEmployee(Nip.Parse(Nips.Make(1))));

        RunFixture.Stored(host, setup.Run).Find(budi)!.Status.ShouldBe(EnrolmentStatus.Invited);
    }

    [Fact]
    public async Task A_mentor_records_check_ins_only_for_their_own_mentees()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host);
        foreach (var mentorId in world.MetroStaff.Skip(4))
        {
            await host.Send(new RecordAssessment(mentorId, AssessmentSource.AssessmentCentre, host.Today, "UPT", [new("M.05", 4)]));
        }

        var mine = await host.Send(new StartMentoring(world.MetroStaff[5], world.MetroStaff[0], "M.05", 3, 14, host.Today));
        var others = await host.Send(new StartMentoring(world.MetroStaff[4], world.MetroStaff[1], "M.05", 3, 14, host.Today));
        var mentor = Caller.InRoles("mentor", Metro, RolePresets.Mentor).AsEmployee(Nip.Parse(Nips.Make(5)));
        host.Store.Writes = 0;
        host.Events.Events.Clear();

        await RefusedAndNothingChangedAsync<CapabilityRequiredException>(host, () => host.Send(new RecordMentoringCheckIn(others, host.Today, "Dibahas", 2), mentor), ErrorCodes.Forbidden);
        await host.Send(new RecordMentoringCheckIn(mine, host.Today, "SOP dibahas", 2), mentor);

        host.Store.Set<MentoringPlan>().Single(p => p.Id == others).CheckIns.ShouldBeEmpty();
        host.Store.Set<MentoringPlan>().Single(p => p.Id == mine).CheckIns.ShouldHaveSingleItem();
    }
}
