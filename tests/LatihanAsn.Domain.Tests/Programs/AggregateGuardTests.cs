using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.Programs;

public sealed class ProgramAggregateGuardTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");

    private static readonly DeliveryOffering Klasikal = new(DeliveryMode.Klasikal, 15_000_000m, 750_000m, 3, 30, "BPSDM", true, 4_000_000m, 5, 5, LearningForm.Pelatihan);

    private static Course Course(string code = "PPP-01") =>
        Domain.Programs.Course.Define(CourseId.New(), code, "Manajemen Pelayanan Publik", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", 30m, null,
            [new CompetencyStep(M05, ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], [], [Klasikal]).Saved();

    private static Course Withdrawn()
    {
        var course = Course();
        course.Withdraw();
        return course.Saved();
    }

    private static void Update(Course course, string title = "Pelayanan Publik", decimal jp = 24m, IReadOnlyList<DeliveryOffering>? offerings = null, IReadOnlyList<Prerequisite>? prerequisites = null) =>
        course.Update(title, OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", jp, null, [new CompetencyStep(M05, ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], prerequisites ?? [], offerings ?? [Klasikal]);

    private static RegionReach Reach() => RegionReach.Define("1813", "Pesisir Barat", Connectivity.Limited, [new TravelLink("BPSDM", 7m, 1_400_000m)]).Saved();

    private static CompositionResult Composition(Course? course)
    {
        var totals = new PlanTotals(new CostBreakdown(course is null ? 0m : 15_000_000m, 0m, 0m), course is null ? 0 : 1, course is null ? 0 : 3, 3, 0, 3, 0, 0m, 3, 0, 0, new Dictionary<DeliveryMode, decimal>());
        IReadOnlyList<PlannedRun> runs = course is null
            ? []
            : [new PlannedRun(course.Id, course.Code, course.Title, DeliveryMode.Klasikal, "BPSDM", new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5),
                [EmployeeId.New(), EmployeeId.New(), EmployeeId.New()], totals.Cost, 30m, [M05], 3, 3m, new LocalizedText("Menutup", "Closes"))];
        return new CompositionResult(runs, totals, [], [], 3m, CompositionMethod.Auto, false, 1, [], []);
    }

    private static TrainingPlan Plan(PlanStatus status = PlanStatus.Draft, bool lines = true)
    {
        var course = Course();
        var plan = TrainingPlan.Compose(TrainingPlanId.New(), "Rencana 2027", 2027, "1871", "BPSDM", (null, null, null), 100_000_000m, Composition(lines ? course : null), [course], At);
        switch (status)
        {
            case PlanStatus.Submitted:
                plan.Submit();
                break;
            case PlanStatus.Returned:
                plan.Submit();
                plan.Return("Kurangi biaya");
                break;
            case PlanStatus.Approved:
                plan.Submit();
                plan.Approve("Kepala BPSDM");
                break;
        }

        return plan.Saved();
    }

    /// <summary>An approved plan and a submitted revision of it.</summary>
    private static IAggregateRoot[] Revision(bool revisedStillApproved = true)
    {
        var approved = Plan(PlanStatus.Approved);
        var revision = approved.Revise(TrainingPlanId.New(), At.AddDays(1));
        revision.Submit();
        if (!revisedStillApproved)
        {
            // another revision of the same version was approved first
            var other = approved.Revise(TrainingPlanId.New(), At.AddDays(1));
            other.Submit();
            other.Approve("Kepala BPSDM", approved);
        }

        return [revision.Saved(), approved.Saved()];
    }

    private static readonly IReadOnlyDictionary<string, Refusal> Refusals = new Dictionary<string, Refusal>(StringComparer.Ordinal)
    {
        // Course
        ["withdrawn course updated"] = new(() => [Withdrawn()], a => Update((Course)a[0]), "domain_rule.course_withdrawn"),
        ["withdrawn course withdrawn again"] = new(() => [Withdrawn()], a => ((Course)a[0]).Withdraw(), "domain_rule.course_withdrawn"),
        ["course without JP"] = new(() => [Course()], a => Update((Course)a[0], jp: 0m), AggregateGuard.Argument),
        ["course without a title"] = new(() => [Course()], a => Update((Course)a[0], title: " "), AggregateGuard.Argument),
        ["course offered in no mode"] = new(() => [Course()], a => Update((Course)a[0], offerings: []), AggregateGuard.Argument),
        ["course its own prerequisite"] = new(() => [Course()], a => Update((Course)a[0], prerequisites: [new Prerequisite(((Course)a[0]).Id)]), AggregateGuard.Argument),

        // RegionReach
        ["reach with negative hours"] = new(() => [Reach()], a => ((RegionReach)a[0]).Update("Pesisir Barat", Connectivity.Good, [new TravelLink("BPSDM", -1m, 0m)]), AggregateGuard.Argument),
        ["reach with a centre twice"] = new(
            () => [Reach()], a => ((RegionReach)a[0]).Update("Pesisir Barat", Connectivity.Good, [new TravelLink("BPSDM", 1m, 0m), new TravelLink("BPSDM", 2m, 0m)]), AggregateGuard.Argument),
        ["reach with an unknown connectivity"] = new(() => [Reach()], a => ((RegionReach)a[0]).Update("Pesisir Barat", (Connectivity)9, []), AggregateGuard.Argument),
        ["reach without a name"] = new(() => [Reach()], a => ((RegionReach)a[0]).Update(" ", Connectivity.Good, []), AggregateGuard.Argument),

        // TrainingPlan
        ["submitted plan recomposed"] = new(() => [Plan(PlanStatus.Submitted)], a => ((TrainingPlan)a[0]).Recompose(1m, Composition(null), [], At), "domain_rule.plan_not_draft"),
        ["approved plan recomposed"] = new(() => [Plan(PlanStatus.Approved)], a => ((TrainingPlan)a[0]).Recompose(1m, Composition(null), [], At), "domain_rule.plan_not_draft"),
        ["submitted plan submitted again"] = new(() => [Plan(PlanStatus.Submitted)], a => ((TrainingPlan)a[0]).Submit(), "domain_rule.plan_not_draft"),
        ["approved plan submitted"] = new(() => [Plan(PlanStatus.Approved)], a => ((TrainingPlan)a[0]).Submit(), "domain_rule.plan_not_draft"),
        ["plan without lines submitted"] = new(() => [Plan(lines: false)], a => ((TrainingPlan)a[0]).Submit(), "domain_rule.plan_has_no_lines"),
        ["draft approved"] = new(() => [Plan()], a => ((TrainingPlan)a[0]).Approve("Kepala"), "domain_rule.plan_not_submitted"),
        ["approved plan approved again"] = new(() => [Plan(PlanStatus.Approved)], a => ((TrainingPlan)a[0]).Approve("Kepala"), "domain_rule.plan_not_submitted"),
        ["returned plan returned again"] = new(() => [Plan(PlanStatus.Returned)], a => ((TrainingPlan)a[0]).Return("Lagi"), "domain_rule.plan_not_submitted"),
        ["draft revised"] = new(() => [Plan()], a => ((TrainingPlan)a[0]).Revise(TrainingPlanId.New(), At), "domain_rule.plan_not_approved"),
        ["submitted plan revised"] = new(() => [Plan(PlanStatus.Submitted)], a => ((TrainingPlan)a[0]).Revise(TrainingPlanId.New(), At), "domain_rule.plan_not_approved"),
        ["revision approved after its version was superseded"] = new(
            () => Revision(revisedStillApproved: false), a => ((TrainingPlan)a[0]).Approve("Kepala", (TrainingPlan)a[1]), "domain_rule.revised_plan_not_approved"),
        ["revision approved without the version it revises"] = new(() => Revision(), a => ((TrainingPlan)a[0]).Approve("Kepala"), AggregateGuard.Argument),
        ["first version approved with another plan"] = new(
            () => [Plan(PlanStatus.Submitted), Plan(PlanStatus.Approved)], a => ((TrainingPlan)a[0]).Approve("Kepala", (TrainingPlan)a[1]), AggregateGuard.Argument),
        ["plan approved by nobody"] = new(() => [Plan(PlanStatus.Submitted)], a => ((TrainingPlan)a[0]).Approve(" "), AggregateGuard.Argument),
        ["plan returned without a reason"] = new(() => [Plan(PlanStatus.Submitted)], a => ((TrainingPlan)a[0]).Return(""), AggregateGuard.Argument),
        ["draft recomposed under a negative budget"] = new(() => [Plan()], a => ((TrainingPlan)a[0]).Recompose(-1m, Composition(null), [], At), AggregateGuard.Argument),
        ["draft recomposed without its courses"] = new(() => [Plan()], a => ((TrainingPlan)a[0]).Recompose(1m, Composition(Course("KOM-01")), [], At), AggregateGuard.Argument),
    };

    private static readonly IReadOnlyDictionary<string, Action> RefusedCreations = new Dictionary<string, Action>(StringComparer.Ordinal)
    {
        ["course without a code"] = () => Domain.Programs.Course.Define(CourseId.New(), " ", "Judul", OrganiserKind.Bpsdm, "BPSDM", 30m, null, [new CompetencyStep(M05, ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], [], [Klasikal]),
        ["course developing nothing"] = () => Domain.Programs.Course.Define(CourseId.New(), "C", "Judul", OrganiserKind.Bpsdm, "BPSDM", 30m, null, [], [], [Klasikal]),
        ["reach without a region"] = () => RegionReach.Define("", "Pesisir Barat", Connectivity.Good, []),
        ["plan of a year out of range"] = () => TrainingPlan.Compose(TrainingPlanId.New(), "Rencana", 1999, "1871", "BPSDM", (null, null, null), 1m, Composition(null), [], At),
        ["plan without a title"] = () => TrainingPlan.Compose(TrainingPlanId.New(), " ", 2027, "1871", "BPSDM", (null, null, null), 1m, Composition(null), [], At),
    };

    public static TheoryData<string> RefusalNames => AggregateGuard.Names(Refusals);

    public static TheoryData<string> CreationNames => AggregateGuard.Names(RefusedCreations);

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void A_refused_change_throws_its_code_and_leaves_the_aggregates_unchanged(string name) => AggregateGuard.Refuses(Refusals[name]);

    [Theory]
    [MemberData(nameof(CreationNames))]
    public void A_refused_creation_is_a_programmer_error(string name) => Should.Throw<ArgumentException>(RefusedCreations[name]);

    [Fact]
    public void Approving_a_revision_supersedes_the_version_it_revises_in_the_same_change()
    {
        var aggregates = Revision();
        var (revision, approved) = ((TrainingPlan)aggregates[0], (TrainingPlan)aggregates[1]);

        revision.Approve("Kepala BPSDM", approved);

        (revision.Status, approved.Status).ShouldBe((PlanStatus.Approved, PlanStatus.Superseded));
        revision.DomainEvents.OfType<TrainingPlanApproved>().ShouldHaveSingleItem().Version.ShouldBe(2);
    }
}
