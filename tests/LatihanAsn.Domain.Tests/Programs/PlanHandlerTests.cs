using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Programs;

public sealed class CatalogueHandlerTests
{
    internal static CourseDetails Details(string competency = "M.05", IReadOnlyList<PrerequisiteInput>? prerequisites = null, decimal jp = 30m) => new(
        "Manajemen Pelayanan Publik",
        OrganiserKind.Bpsdm,
        "BPSDM Provinsi Lampung",
        jp,
        "Kurikulum terakreditasi LAN",
        [new CompetencyStepInput(competency, 1, 3)],
        [
            new DeliveryOffering(DeliveryMode.Klasikal, 15_000_000m, 750_000m, 3, 30, LampungReach.BpsdmCentre, true, 4_000_000m, 5, 5, LearningForm.Pelatihan),
            new DeliveryOffering(DeliveryMode.ELearning, 5_000_000m, 50_000m, 3, 200, null, false, 0m, 6, 28, LearningForm.ELearning),
        ],
        prerequisites);

    [Fact]
    public async Task Courses_are_defined_updated_and_withdrawn_through_the_pipeline()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);

        var id = await host.Send(new DefineCourse("PPP-01", Details()));
        var next = await host.Send(new DefineCourse("PPP-02", Details(prerequisites: [new PrerequisiteInput("PPP-01"), new PrerequisiteInput(Competency: "M.01", MinimumLevel: 2)])));
        await host.Send(new UpdateCourse(id, Details(jp: 24m)));
        await host.Send(new WithdrawCourse(id));

        var course = host.Store.Set<Course>().Single(c => c.Id == id);
        course.Jp.ShouldBe(24m);
        course.Withdrawn.ShouldBeTrue();
        host.Store.Set<Course>().Single(c => c.Id == next).Prerequisites.Select(p => p.Course).ShouldContain(id);
        host.Events.Events.OfType<CourseWithdrawn>().ShouldHaveSingleItem();
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new WithdrawCourse(id)))).Code.ShouldBe("domain_rule.course_withdrawn");
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new UpdateCourse(id, Details())))).Code.ShouldBe("domain_rule.course_withdrawn");
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new WithdrawCourse(CourseId.New())))).Code.ShouldBe(ErrorCodes.NotFound);
    }

    [Fact]
    public async Task Bad_courses_are_refused_with_every_reason_and_nothing_is_written()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);
        var bad = Details() with
        {
            Jp = 0m,
            Develops = [new CompetencyStepInput("TEK.404", 3, 2), new CompetencyStepInput("tek.404", 1, 2)],
            Offerings = [new DeliveryOffering(DeliveryMode.Klasikal, -1m, 0m, 10, 5, null, false, 0m, 0, 0, LearningForm.Pelatihan)],
            Prerequisites = [new PrerequisiteInput("TIDAK-ADA"), new PrerequisiteInput(Competency: "M.01")],
        };

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new DefineCourse("", bad)));

        error.Errors.Keys.ShouldContain("Code");
        error.Errors.Keys.ShouldContain("Details.Jp");
        error.Errors.Keys.ShouldContain("Details.Develops");
        error.Errors.Keys.ShouldContain("Details.Develops[0].ToLevel");
        error.Errors.Keys.ShouldContain("Details.Develops[0].Competency");
        error.Errors.Keys.ShouldContain("Details.Offerings[0].CostPerRun");
        error.Errors.Keys.ShouldContain("Details.Offerings[0].MaxSeats");
        error.Errors.Keys.ShouldContain("Details.Offerings[0].CentreCode");
        error.Errors.Keys.ShouldContain("Details.Prerequisites[0].CourseCode");
        error.Errors.Keys.ShouldContain("Details.Prerequisites[1].Prerequisite");
        host.Store.Set<Course>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Completion_terms_are_kept_and_impossible_ones_refused()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);

        var id = await host.Send(new DefineCourse("PPP-01", Details() with { Completion = new CourseCompletion(0.8m, 70m, true, 36) }));
        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new DefineCourse("PPP-02", Details() with { Completion = new CourseCompletion(1.5m, 101m, false, 12) })));

        host.Store.Set<Course>().Single(c => c.Id == id).Completion.ShouldBe(new CourseCompletion(0.8m, 70m, true, 36));
        error.Errors.Keys.ShouldBe(["Details.Completion.MinimumAttendanceShare", "Details.Completion.PassingScore", "Details.Completion.CertificateValidityMonths"], ignoreOrder: true);
        host.Store.Set<Course>().Count.ShouldBe(1);
    }

    [Fact]
    public async Task Region_reach_is_set_and_replaced()
    {
        using var host = new TestHost();

        await host.Send(new SetRegionReach("1813", "Pesisir Barat", Connectivity.Limited, [new TravelLink(LampungReach.BpsdmCentre, 7m, 1_400_000m)]));
        await host.Send(new SetRegionReach("1813", "Pesisir Barat", Connectivity.Good, [new TravelLink(LampungReach.BpsdmCentre, 6.5m, 1_300_000m)]));

        var reach = host.Store.Set<RegionReach>().Single();
        reach.Connectivity.ShouldBe(Connectivity.Good);
        reach.TripTo(LampungReach.BpsdmCentre)!.Hours.ShouldBe(6.5m);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new SetRegionReach("1813", "X", (Connectivity)9, [new TravelLink("A", -1m, 0m), new TravelLink("A", 1m, 0m)]))))
            .Errors.Keys.ShouldBe(["Connectivity", "Travel", "Travel[0].Hours"], ignoreOrder: true);
    }
}

public sealed class PlanHandlerTests
{
    private static async Task<World> PlannedWorld(TestHost host)
    {
        var world = await World.CreateAsync(host, 6, 3);
        foreach (var reach in LampungReach.Create())
        {
            host.Store.Seed(reach);
        }

        foreach (var id in world.MetroStaff.Concat(world.PesisirStaff))
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT",
                [new("M.01", 1), new("M.03", 1), new("M.05", 1), new("M.02", 1), new("M.04", 1), new("M.06", 1), new("M.07", 1), new("M.08", 1), new("SK.01", 1)]));
        }

        await host.Send(new DefineCourse("PPP-01", CatalogueHandlerTests.Details()));
        await host.Send(new DefineCourse("KOM-01", CatalogueHandlerTests.Details("M.03") with { Title = "Komunikasi Efektif dan Negosiasi" }));
        host.Events.Events.Clear();
        return world;
    }

    [Fact]
    public async Task A_plan_is_composed_with_the_art_207_fields_and_explained()
    {
        using var host = new TestHost();
        await PlannedWorld(host);

        var composed = await host.Send(new ComposeTrainingPlan("Rencana Pengembangan Kompetensi", 2027, 200_000_000m, World.MetroOpd));
        var explanation = await host.Send(new ExplainTrainingPlan(composed.PlanId));

        composed.Composition.Runs.ShouldNotBeEmpty();
        explanation.Status.ShouldBe(PlanStatus.Draft);
        var line = explanation.Lines[0];
        line.Competencies.ShouldNotBeEmpty();
        line.TargetEmployees.ShouldNotBeEmpty();
        line.Organiser.ShouldBe("BPSDM Provinsi Lampung");
        line.CurriculumFit.ShouldBe("Kurikulum terakreditasi LAN");
        line.Budget.ShouldBe(line.Cost.Total);
        line.Why.English.ShouldStartWith("Closes ");
        explanation.Totals.Cost.Total.ShouldBeLessThanOrEqualTo(200_000_000m);
        explanation.Summary.Indonesian.ShouldContain("Rencana Pengembangan Kompetensi 2027 versi 1 (Draft)");
        var (runs, participants) = (explanation.Totals.Runs, explanation.Totals.Participants);
        explanation.Summary.English.ShouldContain($"{runs} {(runs == 1 ? "run" : "runs")} for {participants} {(participants == 1 ? "participant" : "participants")}, Rp ");
        host.Events.Events.OfType<TrainingPlanComposed>().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_workflow_goes_draft_submitted_returned_approved_and_revised_as_a_new_version()
    {
        using var host = new TestHost();
        await PlannedWorld(host);
        var plan = (await host.Send(new ComposeTrainingPlan("Rencana 2027", 2027, 200_000_000m, World.MetroOpd))).PlanId;

        await host.Send(new SubmitTrainingPlan(plan));
        await host.Send(new ReturnTrainingPlan(plan, "Kurangi biaya perjalanan"));
        (await host.Send(new ExplainTrainingPlan(plan))).ReturnReason.ShouldBe("Kurangi biaya perjalanan");
        await host.Send(new RecomposeTrainingPlan(plan, 150_000_000m));
        await host.Send(new SubmitTrainingPlan(plan));
        await host.Send(new ApproveTrainingPlan(plan, "Kepala BPSDM"));

        host.Events.Events.OfType<TrainingPlanApproved>().Single().Budget.ShouldBeLessThanOrEqualTo(150_000_000m);
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new RecomposeTrainingPlan(plan)))).Code.ShouldBe("domain_rule.plan_not_draft");
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new SubmitTrainingPlan(plan)))).Message.ShouldContain("Approved");
        var approvals = host.Events.Events.OfType<TrainingPlanApproved>().Count();
        await host.Send(new ApproveTrainingPlan(plan, "Lagi")); // approving an approved plan changes nothing
        host.Events.Events.OfType<TrainingPlanApproved>().Count().ShouldBe(approvals);
        host.Store.Set<TrainingPlan>().Single(p => p.Id == plan).ApprovedBy.ShouldBe("Kepala BPSDM");

        var revision = await host.Send(new ReviseTrainingPlan(plan));
        await host.Send(new SubmitTrainingPlan(revision));
        await host.Send(new ApproveTrainingPlan(revision, "Kepala BPSDM"));

        var plans = host.Store.Set<TrainingPlan>();
        plans.Single(p => p.Id == plan).Status.ShouldBe(PlanStatus.Superseded);
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ReviseTrainingPlan(plan)))).Code.ShouldBe("domain_rule.plan_not_approved");
        var revised = plans.Single(p => p.Id == revision);
        (revised.Version, revised.Revises, revised.Status).ShouldBe((2, (TrainingPlanId?)plan, PlanStatus.Approved));
        revised.Lines.ShouldBeEquivalentTo(plans.Single(p => p.Id == plan).Lines);
    }

    [Fact]
    public async Task Approving_a_revision_commits_it_and_the_superseded_version_together()
    {
        using var host = new TestHost();
        await PlannedWorld(host);
        var plan = (await host.Send(new ComposeTrainingPlan("Rencana 2027", 2027, 200_000_000m, World.MetroOpd))).PlanId;
        await host.Send(new SubmitTrainingPlan(plan));
        await host.Send(new ApproveTrainingPlan(plan, "Kepala BPSDM"));
        var revision = await host.Send(new ReviseTrainingPlan(plan));
        var other = await host.Send(new ReviseTrainingPlan(plan));
        await host.Send(new SubmitTrainingPlan(revision));
        await host.Send(new SubmitTrainingPlan(other));
        host.Store.FailAtWrite(2);

        await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new ApproveTrainingPlan(revision, "Kepala BPSDM")));

        host.Store.Set<TrainingPlan>().Select(p => p.Status).ShouldBe([PlanStatus.Approved, PlanStatus.Submitted, PlanStatus.Submitted], ignoreOrder: true);
        await host.Send(new ApproveTrainingPlan(revision, "Kepala BPSDM"));
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ApproveTrainingPlan(other, "Kepala BPSDM")))).Code.ShouldBe("domain_rule.revised_plan_not_approved");
        host.Store.Set<TrainingPlan>().Single(p => p.Id == plan).Status.ShouldBe(PlanStatus.Superseded);
        host.Store.Set<TrainingPlan>().Single(p => p.Id == other).Status.ShouldBe(PlanStatus.Submitted);
    }

    [Fact]
    public async Task Plans_outside_the_scope_are_neither_composed_nor_seen()
    {
        using var host = new TestHost();
        await PlannedWorld(host);
        var metro = CallerScope.ForRegion(World.MetroRegion);
        var plan = (await host.Send(new ComposeTrainingPlan("Rencana Metro", 2027, 100_000_000m, World.MetroOpd), metro)).PlanId;

        host.Store.Set<TrainingPlan>().Single().Lines.SelectMany(l => l.TargetEmployees).ShouldNotBeEmpty();
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new ExplainTrainingPlan(plan), CallerScope.ForRegion(World.PesisirRegion))))
            .Key.ShouldBe(plan.ToString());
        await Should.ThrowAsync<ScopeViolationException>(() => host.Send(new ComposeTrainingPlan("X", 2027, 1m, World.MetroOpd, RegionCode: World.PesisirRegion), metro));
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new ComposeTrainingPlan("X", 2027, 1m, World.PesisirOpd), metro)))
            .Key.ShouldBe(World.PesisirOpd);
    }

    [Fact]
    public async Task Bad_plan_requests_are_refused_and_nothing_is_written()
    {
        using var host = new TestHost();
        await PlannedWorld(host);
        host.Store.Writes = 0;

        var error = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ComposeTrainingPlan("", 2019, -5m, "", Method: (CompositionMethod)7)));

        error.Errors.Keys.ShouldBe(["Title", "Year", "Budget", "OwnerOpdCode", "Method"], ignoreOrder: true);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ApproveTrainingPlan(default, "")))).Errors.Keys.ShouldBe(["PlanId", "ApprovedBy"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new ApproveTrainingPlan(TrainingPlanId.New(), "Kepala")))).Code.ShouldBe(ErrorCodes.NotFound);
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<TrainingPlan>().ShouldBeEmpty();
    }
}
