using System.Globalization;
using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Composes a plan from a problem: the one interface behind which the algorithms sit. The library registers
/// <see cref="CompositionPolicy"/>; a host may register its own (for instance one that calls a MIP solver).
/// </summary>
public interface ICompositionPolicy
{
    /// <summary>Composes a plan.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="method">The algorithm, or <see cref="CompositionMethod.Auto"/> to choose by size.</param>
    /// <param name="cancellationToken">Stops a long search.</param>
    /// <returns>The plan, its totals, unmet needs and explanations.</returns>
    CompositionResult Compose(CompositionProblem problem, CompositionMethod method = CompositionMethod.Auto, CancellationToken cancellationToken = default);
}

/// <summary>
/// The default composition policy (DOMAIN.md section 10: budgeted maximum coverage). It maximises the weighted need
/// closed — each need counts at most its gap, so two runs do not close the same level twice — plus a small weight on
/// bringing employees toward the 20 JP entitlement, under the budget, each employee's JP cap, seats, prerequisites in
/// order, no double booking, each course at most once per employee (a course's modes and places are alternatives) and
/// the calendar's blackouts. Cohorts are formed while optimising (see the remarks). Every plan carries an upper bound
/// on the objective that the library proves (<see cref="CompositionResult.UpperBound"/>) and the gap to it.
/// Deterministic; thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Groups: for each course, offering and allowed place (a centre for employees within reach, a regional cohort per
/// region, online for regions with the connectivity the mode needs, the workplace for coaching), the eligible
/// employees — a need the course develops at their level, level prerequisites met — form a group; its k-th run starts
/// on its k-th slot (start days off the blackouts, spread over the year after the course's prerequisite depth; as
/// many slots as runs could be held).
/// </para>
/// <para>
/// The heuristic (<see cref="CompositionMethod.Heuristic"/>, and <see cref="CompositionMethod.Auto"/>): each group
/// proposes its best run now — the members who can join it and gain something, as many as give the most gain per
/// rupiah within its seats and the money left — and runs with free seats propose their next members; a lazy greedy
/// takes the best proposal until none fits. Local improvement then gives back seats that gain nothing, takes runs out
/// or shrinks them and refills, and frees members at their JP cap for a course that gives more, keeping each change
/// that raises the objective. The greedy over cohorts cut in advance (with member repair) runs too, improved the same
/// way, and the better plan is kept.
/// </para>
/// <para>
/// The exact search (<see cref="CompositionMethod.Exact"/>) is a branch and bound over cohorts cut in advance (the
/// eligible members in chunks of the maximum seats): optimal over those only. <see cref="CompositionMethod.Auto"/>
/// runs it on small instances (<see cref="DeliveryPolicyRuleSet.ExactSearchMaxRuns"/>) beside the heuristic, improves
/// its plan with the same moves and keeps the better. For a plan proven optimal for the problem itself, see
/// <see cref="CompositionResult.ProvenOptimal"/> and the exact composer package.
/// </para>
/// <para>
/// Each need left open gets its reason judged against the problem (every run the groups could form): budget, seats,
/// the employee's own JP cap, a clash at every slot, or a prerequisite; never another member's JP cap or clash.
/// </para>
/// </remarks>
public sealed class CompositionPolicy : ICompositionPolicy
{
    /// <inheritdoc />
    /// <exception cref="DomainRuleException">Course prerequisites that form a cycle, or costs, budget, JP, levels or need
    /// weights so large that the plan's sums are beyond <see cref="decimal"/> or its exact integer objective beyond a
    /// 64-bit integer.</exception>
    public CompositionResult Compose(CompositionProblem problem, CompositionMethod method = CompositionMethod.Auto, CancellationToken cancellationToken = default)
    {
        Guard.Against.Null(problem);
        Guard.Against.EnumOutOfRange(method);
        Guard.Against.Negative(problem.Budget);
        try
        {
            return Run(problem, method, cancellationToken);
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(
                Messages.Both("Programs_CostsBudgetJPLevelsOrNeed"));
        }
    }

    private static CompositionResult Run(CompositionProblem problem, CompositionMethod method, CancellationToken cancellationToken)
    {
        var model = CandidateBuilder.Build(problem);
        if (method == CompositionMethod.Auto && model.Candidates.Count <= problem.Policy.ExactSearchMaxRuns)
        {
            // Small: the exact search over the generated cohorts, and the heuristic with its repaired cohorts on a model
            // of its own (it adds candidates); the better plan wins, the exact one on a tie.
            var (exact, proven) = new BranchAndBound().Run(model, cancellationToken);
            exact = CohortSearch.Improve(model, exact, cancellationToken);
            var heuristic = Run(problem, CompositionMethod.Heuristic, cancellationToken);
            var exactResult = CompositionResults.Build(model, exact, CompositionMethod.Exact, proven);
            return heuristic.Objective > exactResult.Objective ? heuristic : exactResult;
        }

        var used = method == CompositionMethod.Auto ? CompositionMethod.Heuristic : method;
        if (used == CompositionMethod.Heuristic)
        {
            // Cohorts formed while optimising, and the greedy over the generated cohorts with member repair: the better.
            var (formed, _) = new CohortSearch().Run(model, cancellationToken);
            if (CohortSearch.Work(model) > CohortSearch.FullWork)
            {
                return CompositionResults.Build(model, formed, CompositionMethod.Heuristic, false); // large: the formed cohorts alone
            }

            var repairedModel = CandidateBuilder.Build(problem);
            var (repaired, _) = new GreedyWithImprovement().Run(repairedModel, cancellationToken);
            repaired = CohortSearch.Improve(repairedModel, repaired, cancellationToken);
            return repaired.Objective > formed.Objective
                ? CompositionResults.Build(repairedModel, repaired, CompositionMethod.Heuristic, false)
                : CompositionResults.Build(model, formed, CompositionMethod.Heuristic, false);
        }

        var (selection, provenOptimal) = new BranchAndBound().Run(model, cancellationToken);
        return CompositionResults.Build(model, selection, used, provenOptimal);
    }
}

/// <summary>The words of a plan's bound and gap.</summary>
internal static class CompositionQuality
{
    public static LocalizedText Describe(decimal objective, decimal bound, CompositionBoundSource source)
    {
        var by = Messages.Both(source == CompositionBoundSource.Solver ? "Programs_BoundBySolver" : "Programs_BoundByRelaxation");
        var number = (decimal value) => Rounding.HalfAwayFromZero(value, 2).ToString("0.00", CultureInfo.InvariantCulture);
        if (objective >= bound)
        {
            return Messages.Both("Programs_PlanBoundOptimal", number(objective), by);
        }

        var gap = bound <= 0m ? 0m : (bound - objective) / bound * 100m;
        return Messages.Both("Programs_PlanBound", number(objective), number(bound), by, Rounding.HalfAwayFromZero(gap, 1).ToString("0.0", CultureInfo.InvariantCulture));
    }
}

/// <summary>Turns a selection into the public result: runs with their reasons, totals, unmet needs with theirs.</summary>
internal static class CompositionResults
{
    public static CompositionResult Build(CompositionModel model, Selection selection, CompositionMethod method, bool proven)
    {
        var problem = model.Problem;
        var reach = problem.Regions.ToDictionary(r => r.RegionCode, StringComparer.Ordinal);
        var employees = problem.Employees.ToArray();

        // Each run's share of the objective, in the order the runs were chosen.
        var replay = new Selection(model);
        var values = new Dictionary<int, (decimal Value, int Levels)>();
        foreach (var c in selection.Selected)
        {
            var levels = replay.LevelsGain(c);
            var value = (decimal)replay.Gain(c) / CompositionModel.WeightScale;
            replay.Add(c);
            values[c] = (value, levels);
        }

        var runs = selection.Selected
            .Select(c => model.Candidates[c])
            .OrderBy(c => c.Start).ThenBy(c => model.Courses[c.Course].Code, StringComparer.Ordinal).ThenBy(c => c.Place, StringComparer.Ordinal).ThenBy(c => c.Index)
            .Select(c =>
            {
                var course = model.Courses[c.Course];
                var offering = course.Offerings[c.Offering];
                var competencies = c.NeedIndex.Select(n => model.NeedCompetency[n]).Distinct().Order().ToArray();
                var (value, levels) = values[c.Index];
                return new PlannedRun(
                    course.Id,
                    course.Code,
                    course.Title,
                    offering.Mode,
                    c.Place,
                    c.Start,
                    c.End,
                    c.Members.Select(m => model.EmployeeIds[m]).ToArray(),
                    c.Cost,
                    c.Jp,
                    competencies,
                    levels,
                    value,
                    Why(model, c, offering, competencies, levels, value, employees, reach));
            })
            .ToArray();

        var unmet = new List<UnmetNeed>();
        var reasons = new Reasons(model, selection);
        for (var n = 0; n < model.NeedCount; n++)
        {
            var remaining = model.NeedGap[n] - Math.Min(model.NeedGap[n], selection.Coverage(n));
            if (remaining > 0)
            {
                unmet.Add(new UnmetNeed(model.EmployeeIds[model.NeedEmployee[n]], model.NeedCompetency[n], remaining, reasons.For(n)));
            }
        }

        var planned = Enumerable.Range(0, model.EmployeeCount).Where(e => selection.PlannedJp(e) > 0)
            .Select(e => new EmployeeJp(model.EmployeeIds[e], model.EarnedJp[e], selection.PlannedJp(e)))
            .ToArray();
        var entitlement = problem.EntitlementJp;
        var cost = runs.Aggregate(new CostBreakdown(0m, 0m, 0m), (sum, r) => sum + r.Cost);
        var totals = new PlanTotals(
            cost,
            runs.Length,
            planned.Length,
            model.NeedCount,
            Enumerable.Range(0, model.NeedCount).Count(n => selection.Coverage(n) >= model.NeedGap[n]),
            model.NeedGap.Sum(),
            Levels(model, selection),
            Enumerable.Range(0, model.NeedCount).Sum(n => model.NeedWeight[n] * Math.Min(model.NeedGap[n], selection.Coverage(n))),
            model.EmployeeCount,
            model.EarnedJp.Count(jp => jp >= entitlement),
            Enumerable.Range(0, model.EmployeeCount).Count(e => model.EarnedJp[e] + selection.PlannedJp(e) >= entitlement),
            runs.GroupBy(r => r.Mode).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(r => r.Jp * r.Participants.Count)));

        var diagnostics = new List<LocalizedText>(model.Diagnostics);
        if (model.Candidates.Count > 0 && runs.Length == 0)
        {
            var cheapest = model.Candidates.Min(c => c.TotalCost);
            if (cheapest > problem.Budget)
            {
                diagnostics.Add(Messages.Both("Programs_BudgetCheapestRunCostsAboveBudget", Money(cheapest), Money(problem.Budget)));
            }
            else if (model.Candidates.All(c => c.Jp > problem.Policy.JpCapPerYear))
            {
                diagnostics.Add(Messages.Both("Programs_JPCapEveryCourseExceedsCap", problem.Policy.JpCapPerYear));
            }
        }
        else if (model.Candidates.Count == 0 && model.NeedCount > 0)
        {
            diagnostics.Add(Messages.Both("Programs_NoRunPossibleNoCourseReaches"));
        }

        var result = new CompositionResult(
            runs,
            totals,
            unmet,
            planned,
            selection.ExactObjective(),
            method,
            false,
            model.Candidates.Count,
            diagnostics,
            [problem.Policy.Info, problem.Calendar.Info]);
        var bound = Math.Max(CompositionBound.Compute(model), result.Objective); // never below a plan it bounds (rounding)
        return result.WithUpperBound(bound, CompositionBoundSource.Relaxation);
    }

    /// <summary>Levels of need closed by a selection.</summary>
    private static int Levels(CompositionModel model, Selection selection)
    {
        var levels = 0;
        for (var n = 0; n < model.NeedCount; n++)
        {
            levels += Math.Min(model.NeedGap[n], selection.Coverage(n));
        }

        return levels;
    }

    /// <summary>
    /// Why a need stays open, judged against the problem (every run its groups could form), not against the candidate
    /// runs that happened to be generated. When no group of any course could take it: no course develops the level, the
    /// employee lacks a level prerequisite, no mode reaches their region, or no start day is left. Otherwise, over the
    /// groups (course, offering, place) that could take it, at each slot (its dates): a course the employee takes already
    /// is out (it lifts a level once); else the employee's own JP cap, a clash at every slot with their own
    /// calendar-blocking runs, or a prerequisite course not planned before keep them out; else they could join: a run
    /// of the plan there with a free seat, or a new run with enough others who could join and gain (the minimum seats),
    /// is out for want of budget, and so is any run when the money left would not pay for the group's smallest run; a new
    /// run with too few such members although the money is there is out for seats. Budget wins over seats, seats
    /// over the employee's own reasons (JP cap, then schedule, then prerequisite); never another member's reason.
    /// </summary>
    private sealed class Reasons(CompositionModel model, Selection selection)
    {
        private readonly Dictionary<(int Group, int Slot), int> _joiners = [];
        private List<(int Group, int Position)>[]? _byNeed;
        private Dictionary<(int Group, int Slot), int>? _runs;
        private ILookup<(int Employee, int Course), CohortGroup>? _groupsOf;

        public UnmetReason For(int need)
        {
            _byNeed ??= Index();
            var groups = _byNeed[need];
            if (groups is null || groups.Count == 0)
            {
                return model.NeedBlocks[need] switch
                {
                    GenerationBlock.NoCourse => UnmetReason.NoCourse,
                    GenerationBlock.Unreachable => UnmetReason.NoReachableMode,
                    GenerationBlock.Prerequisite => UnmetReason.Prerequisite,
                    GenerationBlock.NoDates => UnmetReason.Schedule,
                    _ => UnmetReason.Seats,
                };
            }

            var cap = CompositionModel.Scale(model.Problem.Policy.JpCapPerYear, CompositionModel.JpScale);
            var left = model.Problem.Budget - selection.Spent;
            var own = Infeasibility.None;
            var any = false;
            var seats = false;
            var prerequisiteUnaffordable = false;
            foreach (var (g, position) in groups)
            {
                var group = model.Groups[g];
                var member = group.Members[position];
                var employee = member.Employee;
                if (selection.Takes(employee, group.Course))
                {
                    continue; // the course lifts a level once: the levels left need another course
                }

                any = true;
                var course = model.Courses[group.Course];
                var offering = course.Offerings[group.Offering];
                var jp = CompositionModel.Scale(course.Jp, CompositionModel.JpScale);
                if (selection.PlannedJpScaled(employee) + jp > cap)
                {
                    own = Worse(own, Infeasibility.JpCap);
                    continue;
                }

                var joinable = false;
                var clashesEverywhere = true;
                for (var slot = 0; slot < group.Starts.Length; slot++)
                {
                    var start = group.Starts[slot];
                    var end = start.AddDays(offering.DurationDays - 1);
                    if (selection.SeatGain(group.Course, member, start, end, offering.BlocksCalendar, jp) < 0)
                    {
                        clashesEverywhere &= Clashes(employee, start, end, offering.BlocksCalendar);
                        continue;
                    }

                    joinable = true;
                    var run = Run(g, slot);
                    if ((run >= 0 ? model.Candidates[run].Members.Length < offering.MaxSeats : Joiners(group, slot) >= offering.MinSeats) || SmallestRun(group) > left)
                    {
                        return UnmetReason.Budget; // a seat or a run that would take it costs more than is left
                    }

                    seats = true; // the money for a run is there, the members who could join it are not
                }

                if (!joinable)
                {
                    own = Worse(own, clashesEverywhere ? Infeasibility.Schedule : Infeasibility.Prerequisite);
                    prerequisiteUnaffordable |= !clashesEverywhere && member.Prerequisites.Any(p => PrerequisiteUnaffordable(employee, p, left));
                }
            }

            if (!any)
            {
                return UnmetReason.NoCourse;
            }

            return seats ? UnmetReason.Seats : own switch
            {
                Infeasibility.JpCap => UnmetReason.JpCap,
                Infeasibility.Schedule => UnmetReason.Schedule,
                _ when prerequisiteUnaffordable => UnmetReason.Budget, // the prerequisite's own run is beyond the money left
                _ => UnmetReason.Prerequisite,
            };
        }

        /// <summary>Whether a prerequisite course the employee could take has no run the money left would pay.</summary>
        private bool PrerequisiteUnaffordable(int employee, int course, decimal left)
        {
            _groupsOf ??= model.Groups
                .SelectMany(g => g.Members.Select(m => (m.Employee, g)))
                .ToLookup(x => (x.Employee, x.g.Course), x => x.g);
            var groups = _groupsOf[(employee, course)].ToArray();
            return groups.Length > 0 && groups.All(g => SmallestRun(g) > left);
        }

        private static Infeasibility Worse(Infeasibility known, Infeasibility found) =>
            known == Infeasibility.None || found < known ? found : known;

        /// <summary>Whether an employee's calendar-blocking runs clash with these dates.</summary>
        private bool Clashes(int employee, DateOnly start, DateOnly end, bool blocks)
        {
            foreach (var r in selection.RunsOf(employee))
            {
                var other = model.Candidates[r];
                if (blocks && other.Blocks && other.Start <= end && start <= other.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The plan's run of a group at a slot, or -1.</summary>
        private int Run(int group, int slot)
        {
            if (_runs is null)
            {
                _runs = [];
                foreach (var r in selection.Selected)
                {
                    var c = model.Candidates[r];
                    if (c.Group >= 0)
                    {
                        _runs[(c.Group, c.Slot)] = r;
                    }
                }
            }

            return _runs.TryGetValue((group, slot), out var run) ? run : -1;
        }

        /// <summary>What the cheapest run of a group with its minimum seats costs.</summary>
        private decimal SmallestRun(CohortGroup group)
        {
            var offering = model.Courses[group.Course].Offerings[group.Offering];
            var fixedCost = offering.CostPerRun + (group.Regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m);
            return fixedCost + (offering.CostPerParticipant * offering.MinSeats); // travel only adds
        }

        /// <summary>How many of a group's members could join a new run at a slot and gain something.</summary>
        private int Joiners(CohortGroup group, int slot)
        {
            if (!_joiners.TryGetValue((group.Index, slot), out var count))
            {
                var offering = model.Courses[group.Course].Offerings[group.Offering];
                var start = group.Starts[slot];
                var end = start.AddDays(offering.DurationDays - 1);
                var jp = CompositionModel.Scale(model.Courses[group.Course].Jp, CompositionModel.JpScale);
                foreach (var m in group.Members)
                {
                    count += selection.SeatGain(group.Course, m, start, end, offering.BlocksCalendar, jp) > 0 ? 1 : 0;
                    if (count >= offering.MinSeats)
                    {
                        break;
                    }
                }

                _joiners[(group.Index, slot)] = count;
            }

            return count;
        }

        private List<(int Group, int Position)>[] Index()
        {
            var index = new List<(int Group, int Position)>[model.NeedCount];
            foreach (var g in model.Groups)
            {
                for (var i = 0; i < g.Members.Length; i++)
                {
                    foreach (var n in g.Members[i].Needs)
                    {
                        (index[n] ??= []).Add((g.Index, i));
                    }
                }
            }

            return index;
        }
    }

    private static LocalizedText Why(CompositionModel model, CandidateRun c, DeliveryOffering offering, IReadOnlyList<CompetencyCode> competencies, int levels, decimal value, CompositionEmployee[] employees, Dictionary<string, RegionReach> reach)
    {
        var codes = string.Join(", ", competencies);
        var count = c.Members.Length;
        var needs = Messages.Both(
            "Programs_LevelsOfNeedForParticipants",
            Messages.Count(levels, "Programs_LevelCount_One", "Programs_LevelCount_Other"),
            codes,
            Messages.Count(count, "Programs_ParticipantCount_One", "Programs_ParticipantCount_Other"),
            Number(value));
        var regions = c.Members.Select(m => employees[m].RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string RegionName(string code) => reach.TryGetValue(code, out var r) ? r.Name : code;
        var where = offering.Mode switch
        {
            DeliveryMode.ELearning => Messages.Both("Programs_ELearningReachesRegions", Messages.Count(regions.Length, "Programs_RegionCount_One", "Programs_RegionCount_Other")),
            DeliveryMode.DistanceLearning => Messages.Both("Programs_DistanceLearningForConnectedRegions", regions.Length),
            DeliveryMode.CoachingMentoring => Messages.Both("Programs_WorkplaceCoachingIn", RegionName(c.Place)),
            _ when c.Region is { } region => RegionalReason(RegionName(region), reach.TryGetValue(region, out var r) ? r : null, offering.CentreCode!),
            _ => CentreReason(c, employees, reach),
        };
        return Messages.Both("Programs_Closes", needs, where);
    }

    private static LocalizedText RegionalReason(string regionName, RegionReach? reach, string centre)
    {
        var hours = reach?.TripTo(centre)?.Hours;
        return hours is { } h
            ? Messages.Both(h == 1m ? "Programs_RegionalCohortTravel_One" : "Programs_RegionalCohortTravel_Other", regionName, centre, Number(h))
            : Messages.Both("Programs_RegionalCohortIn", regionName);
    }

    private static LocalizedText CentreReason(CandidateRun c, CompositionEmployee[] employees, Dictionary<string, RegionReach> reach)
    {
        var hours = c.Members
            .Select(m => reach.TryGetValue(employees[m].RegionCode, out var r) ? r.TripTo(c.Place)?.Hours ?? 0m : 0m)
            .DefaultIfEmpty(0m).Max();
        return Messages.Both(hours == 1m ? "Programs_ClassroomLongestTrip_One" : "Programs_ClassroomLongestTrip_Other", c.Place, Number(hours));
    }

    private static string Number(decimal value) => Rounding.HalfAwayFromZero(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => "Rp " + Rounding.HalfAwayFromZero(value, 0).ToString("#,0", CultureInfo.InvariantCulture);
}
