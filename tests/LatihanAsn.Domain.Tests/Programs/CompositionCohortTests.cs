using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Tests.Programs;

/// <summary>Cohorts formed while composing, no seat paid for nothing, money left only when no run could use it, and each open need's reason judged against the problem.</summary>
public sealed class CompositionCohortTests
{
    private const string Centre = "BPSDM-LAMPUNG";
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");
    private static readonly CompositionPolicy Policy = new();

    private static EmployeeId Id(int i) => new(new Guid(i, 0, 0, new byte[8]));

    private static CompositionProblem Problem(int people, decimal budget, int min, int max, decimal jpCap = 60m)
    {
        var employees = Enumerable.Range(1, people)
            .Select(i => new CompositionEmployee(Id(i), "1871", "OPD", new Dictionary<CompetencyCode, int> { [M05] = 2 }, 0m, []))
            .ToArray();
        var needs = employees.Select(e => new CompositionNeed(e.Id, M05, 2, 3, 1m)).ToArray();
        var course = Course.Define(
            new CourseId(new Guid(500, 0, 0, new byte[8])), "PP-01", "Pelayanan Prima", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", 24m, null,
            [new CompetencyStep(M05, ProficiencyLevel.From(2), ProficiencyLevel.From(3))],
            [],
            [new DeliveryOffering(DeliveryMode.Klasikal, 10_000_000m, 1_000_000m, min, max, Centre, false, 0m, 5, 5, LearningForm.Pelatihan)]);
        var reach = new[] { RegionReach.Define("1871", "Bandar Lampung", Connectivity.Good, [new TravelLink(Centre, 0m, 0m)]) };
        var policy = new DeliveryPolicyRuleSet(DeliveryPolicyRuleSet.Default.Info, 8m, 4m, jpCap, 0.01m, 0.1m, 20, 5_000_000);
        return new CompositionProblem(2026, budget, employees, needs, [course], reach, TrainingCalendarRuleSet.Default, policy);
    }

    [Fact]
    public void People_left_over_from_full_cohorts_are_re_chunked_into_a_run_when_the_money_allows()
    {
        // Five people, four seats a run, two at least: cutting 4 + 1 drops one; 3 + 2 closes every need.
        var problem = Problem(5, 100_000_000m, min: 2, max: 4);

        var result = Policy.Compose(problem);

        PlanChecker.Violations(problem, result).ShouldBeEmpty();
        result.Runs.Count.ShouldBe(2);
        result.Runs.Sum(r => r.Participants.Count).ShouldBe(5);
        result.Unmet.ShouldBeEmpty();
        result.ProvenOptimal.ShouldBeTrue(); // every need closed and every JP toward 20 counted: the bound is met
    }

    [Fact]
    public void A_cohort_shrinks_to_the_money_left_and_the_rest_are_open_for_budget()
    {
        // Money for one run of three (10 M + 3 x 1 M), not four: the run takes three and the others wait for budget.
        var problem = Problem(6, 13_500_000m, min: 2, max: 4);

        var result = Policy.Compose(problem);

        PlanChecker.Violations(problem, result).ShouldBeEmpty();
        result.Runs.ShouldHaveSingleItem().Participants.Count.ShouldBe(3);
        result.Unmet.Count.ShouldBe(3);
        result.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.Budget);
    }

    [Fact]
    public void With_the_money_there_one_person_too_few_for_a_run_is_open_for_seats()
    {
        // Three people, at least four a run: no run at all, whatever the money.
        var problem = Problem(3, 100_000_000m, min: 4, max: 10);

        var result = Policy.Compose(problem);

        result.Runs.ShouldBeEmpty();
        result.Unmet.Count.ShouldBe(3);
        result.Unmet.ShouldAllBe(u => u.Reason == UnmetReason.Seats);
        result.UpperBound.ShouldBeGreaterThan(0m); // the relaxation drops the minimum seats: it cannot prove that nothing is possible
    }

    [Fact]
    public void No_seat_is_paid_for_a_member_who_gains_nothing_unless_the_run_needs_it_for_its_minimum_seats()
    {
        // Seeded problems with overlapping courses: in every run, each member gains something from it, given the rest,
        // except in a run at its minimum seats, which would otherwise not run at all.
        var needed = 0;
        for (var seed = 1; seed <= 30; seed++)
        {
            var problem = CompositionInstances.Random(seed, employees: 20 + seed, courses: 4 + (seed % 4));
            var result = Policy.Compose(problem);
            var courses = problem.Courses.ToDictionary(c => c.Id);
            foreach (var run in result.Runs)
            {
                foreach (var member in run.Participants)
                {
                    var others = result.Runs.Select(r => (r.CourseId, (IReadOnlyList<EmployeeId>)(ReferenceEquals(r, run) ? r.Participants.Where(p => p != member).ToArray() : r.Participants), r.Jp));
                    var without = PlanChecker.Objective(problem, others);
                    if (result.Objective == without && run.Participants.Count == courses[run.CourseId].Offerings.Single(o => o.Mode == run.Mode).MinSeats)
                    {
                        needed++;
                        continue;
                    }

                    (result.Objective - without).ShouldBeGreaterThan(0m, $"seed {seed}: {member} in {run.CourseCode} ({run.Participants.Count} seats, {result.Method}) gains nothing");
                }
            }
        }

        needed.ShouldBeLessThan(5);
    }

    [Fact]
    public void Plans_are_the_same_for_the_same_problem()
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var problem = CompositionInstances.Random(seed, employees: 40, courses: 6);
            var first = Policy.Compose(problem);
            var second = Policy.Compose(problem with { Employees = problem.Employees.ToList(), Needs = problem.Needs.ToList() });
            string Describe(CompositionResult r) => string.Join("\n", r.Runs.Select(x => $"{x.CourseCode} {x.Mode} {x.Place} {x.Start} {string.Join(",", x.Participants)}"))
                + "\n" + string.Join("\n", r.Unmet.Select(u => $"{u.Employee} {u.Competency} {u.RemainingLevels} {u.Reason}")) + $"\n{r.Objective} {r.UpperBound}";
            Describe(second).ShouldBe(Describe(first), $"seed {seed}");
        }
    }
}
