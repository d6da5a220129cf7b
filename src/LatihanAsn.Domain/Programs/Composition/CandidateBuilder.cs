using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Builds the candidate runs of a composition problem. For each active course, offering and place the policy allows
/// (the centre for employees within reach, a regional cohort per region, online for regions with the connectivity the
/// mode needs, the workplace for coaching), the eligible employees — a need the course develops at their level, level
/// prerequisites met — are sorted by the value they would gain (then by employee order) and cut into cohorts of the
/// offering's maximum seats; a last cohort below the minimum seats is not run. Each cohort gets start dates that avoid
/// the calendar's blackouts, spread over the year, with courses that are prerequisites of others earlier in the year.
/// Deterministic for a given problem.
/// </summary>
internal static class CandidateBuilder
{
    public static CompositionModel Build(CompositionProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var employees = problem.Employees.ToArray();
        var employeeIndex = new Dictionary<EmployeeId, int>(employees.Length);
        for (var e = 0; e < employees.Length; e++)
        {
            if (!employeeIndex.TryAdd(employees[e].Id, e))
            {
                throw new ArgumentException($"Employee {employees[e].Id} appears twice.", nameof(problem));
            }
        }

        var needs = problem.Needs.Where(n => n.Gap > 0).ToArray();
        var needEmployee = new int[needs.Length];
        for (var n = 0; n < needs.Length; n++)
        {
            needEmployee[n] = employeeIndex.TryGetValue(needs[n].Employee, out var e)
                ? e
                : throw new ArgumentException($"Need of unknown employee {needs[n].Employee}.", nameof(problem));
        }

        var courses = problem.Courses.Where(c => !c.Withdrawn).OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        var depth = Depths(courses);
        var reach = problem.Regions.ToDictionary(r => r.RegionCode, StringComparer.Ordinal);
        var model = new CompositionModel
        {
            Problem = problem,
            Courses = courses,
            CourseDepth = depth,
            EmployeeIds = employees.Select(e => e.Id).ToArray(),
            EarnedJp = employees.Select(e => e.EarnedJp).ToArray(),
            NeedEmployee = needEmployee,
            NeedCompetency = needs.Select(n => n.Competency).ToArray(),
            NeedGap = needs.Select(n => n.Gap).ToArray(),
            NeedWeight = needs.Select(n => Math.Max(n.Weight, problem.Policy.MinimumNeedWeight)).ToArray(),
            NeedWeightScaled = needs.Select(n => CompositionModel.Scale(Math.Max(n.Weight, problem.Policy.MinimumNeedWeight), CompositionModel.WeightScale)).ToArray(),
            EarnedJpScaled = employees.Select(e => CompositionModel.Scale(e.EarnedJp, CompositionModel.JpScale)).ToArray(),
            NeedBlocks = new GenerationBlock[needs.Length],
            Candidates = [],
            Diagnostics = [],
            Reach = reach,
        };

        // Needs by (competency, region), for eligibility.
        var needsByCompetencyRegion = new Dictionary<(CompetencyCode, string), List<int>>();
        for (var n = 0; n < needs.Length; n++)
        {
            var key = (needs[n].Competency, employees[needEmployee[n]].RegionCode);
            if (!needsByCompetencyRegion.TryGetValue(key, out var list))
            {
                needsByCompetencyRegion[key] = list = [];
            }

            list.Add(n);
        }

        var regions = employees.Select(e => e.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var courseIndex = courses.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var maxDepth = depth.Length == 0 ? 0 : depth.Max();
        var startDays = new Dictionary<(int Duration, bool Blocks), DateOnly[]>();
        DateOnly[] StartsFor(DeliveryOffering offering)
        {
            if (!startDays.TryGetValue((offering.DurationDays, offering.BlocksCalendar), out var days))
            {
                startDays[(offering.DurationDays, offering.BlocksCalendar)] = days = problem.Calendar.StartDays(problem.Year, offering.DurationDays, offering.BlocksCalendar)
                    .Where(d => problem.NotBefore is null || d >= problem.NotBefore).ToArray();
            }

            return days;
        }

        var reachedByCourse = new bool[needs.Length];
        var developedByCourse = new bool[needs.Length];
        var prerequisiteBlocked = new bool[needs.Length];
        var seatBlocked = new bool[needs.Length];

        for (var ci = 0; ci < courses.Length; ci++)
        {
            var course = courses[ci];
            foreach (var step in course.Develops)
            {
                foreach (var region in regions)
                {
                    if (needsByCompetencyRegion.TryGetValue((step.Competency, region), out var list))
                    {
                        foreach (var n in list)
                        {
                            developedByCourse[n] |= step.GainFor(needs[n].CurrentLevel) > 0;
                        }
                    }
                }
            }

            // Who the course can help, per region: computed once, shared by every offering and place.
            var eligibleByRegion = new Dictionary<string, Member[]>(StringComparer.Ordinal);
            Member[] EligibleIn(string region)
            {
                if (!eligibleByRegion.TryGetValue(region, out var found))
                {
                    eligibleByRegion[region] = found = Eligible(course, region, needs, needEmployee, employees, needsByCompetencyRegion, courseIndex, prerequisiteBlocked);
                }

                return found;
            }

            for (var oi = 0; oi < course.Offerings.Count; oi++)
            {
                var offering = course.Offerings[oi];
                foreach (var (place, placeRegions, regional) in Places(course, offering, regions, reach, problem.Policy))
                {
                    var parts = placeRegions.Select(EligibleIn).ToArray();
                    var members = new Member[parts.Sum(p => p.Length)];
                    var at = 0;
                    foreach (var part in parts)
                    {
                        part.CopyTo(members, at);
                        at += part.Length;
                    }

                    if (members.Length == 0)
                    {
                        continue;
                    }

                    Array.Sort(members, ByValue);
                    foreach (var m in members)
                    {
                        foreach (var n in m.Needs)
                        {
                            reachedByCourse[n] = true;
                        }
                    }

                    var placeIndex = Array.IndexOf(regions, place) + 1;
                    var starts = StartsFor(offering);
                    if (starts.Length == 0)
                    {
                        model.Diagnostics.Add(Messages.Both("Programs_NoStartDayOutsideBlackoutsIn", course.Code, offering.Mode, problem.Year));
                        continue;
                    }

                    // The group: every run of this course, offering and place draws on these members, the k-th run at
                    // the k-th slot: as many slots as runs could be held, at most one per start day, one per minimum
                    // seats of distinct members (an employee takes a course once) and one per smallest run the budget pays.
                    var smallest = offering.CostPerRun + (regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m) + (offering.CostPerParticipant * offering.MinSeats);
                    var affordable = smallest <= 0m ? int.MaxValue : (int)Math.Min(int.MaxValue, Math.Floor(problem.Budget / smallest));
                    var slots = Math.Max(1, Math.Min(starts.Length, Math.Min(members.Length / offering.MinSeats, affordable)));
                    model.Groups.Add(new CohortGroup(
                        model.Groups.Count,
                        ci,
                        oi,
                        place,
                        regional,
                        members,
                        Enumerable.Range(0, slots).Select(k => starts[Slot(starts.Length, depth[ci], maxDepth, ci, placeIndex, k)]).ToArray()));

                    // Cohorts of the offering's seats, the most valuable members first.
                    var cohorts = members.Chunk(offering.MaxSeats).ToArray();
                    for (var k = 0; k < cohorts.Length; k++)
                    {
                        var cohort = cohorts[k];
                        if (cohort.Length < offering.MinSeats)
                        {
                            foreach (var m in cohort)
                            {
                                foreach (var n in m.Needs)
                                {
                                    seatBlocked[n] = true;
                                }
                            }

                            continue;
                        }

                        var start = starts[Slot(starts.Length, depth[ci], maxDepth, ci, placeIndex, k)];
                        model.Candidates.Add(Candidate(model, course, ci, oi, offering, place, regional, start, cohort, employees, reach, courseIndex, k < slots ? model.Groups.Count - 1 : -1, k < slots ? k : -1));
                    }
                }
            }
        }

        // Need -> candidates, as one flat array (counts first, then fill).
        var firstOf = new int[needs.Length + 1];
        foreach (var candidate in model.Candidates)
        {
            foreach (var n in candidate.NeedIndex)
            {
                firstOf[n + 1]++;
            }
        }

        for (var n = 0; n < needs.Length; n++)
        {
            firstOf[n + 1] += firstOf[n];
        }

        var flat = new int[firstOf[needs.Length]];
        var fill = firstOf[..^1].ToArray();
        foreach (var candidate in model.Candidates)
        {
            foreach (var n in candidate.NeedIndex)
            {
                flat[fill[n]++] = candidate.Index;
            }
        }

        model.NeedCandidateStart = firstOf;
        model.NeedCandidateList = flat;
        model.GeneratedCount = model.Candidates.Count;
        for (var n = 0; n < needs.Length; n++)
        {
            model.NeedBlocks[n] = firstOf[n + 1] > firstOf[n] ? GenerationBlock.None
                : !developedByCourse[n] ? GenerationBlock.NoCourse
                : prerequisiteBlocked[n] && !reachedByCourse[n] ? GenerationBlock.Prerequisite
                : !reachedByCourse[n] ? GenerationBlock.Unreachable
                : seatBlocked[n] ? GenerationBlock.Seats
                : GenerationBlock.NoDates;
        }

        return model;
    }

    /// <summary>Where an offering may run, and from which regions its participants may come.</summary>
    private static IEnumerable<(string Place, string[] Regions, bool Regional)> Places(Course course, DeliveryOffering offering, string[] regions, Dictionary<string, RegionReach> reach, DeliveryPolicyRuleSet policy)
    {
        Connectivity ConnectivityOf(string region) => reach.TryGetValue(region, out var r) ? r.Connectivity : Connectivity.Good;
        bool Online(DeliveryMode mode, string region) => mode switch
        {
            DeliveryMode.ELearning or DeliveryMode.Blended => ConnectivityOf(region) >= Connectivity.Limited,
            DeliveryMode.DistanceLearning => ConnectivityOf(region) == Connectivity.Good,
            _ => true,
        };

        // Does the course reach the region without travelling to a centre (regional cohort, e-learning, distance)?
        bool AlternativeReaches(string region) => course.Offerings.Any(o =>
            (o.IsCentreBased && o.AllowsRegionalCohorts && Online(o.Mode, region))
            || (o.Mode is DeliveryMode.ELearning or DeliveryMode.DistanceLearning && Online(o.Mode, region))
            || o.Mode == DeliveryMode.CoachingMentoring);

        switch (offering.Mode)
        {
            case DeliveryMode.ELearning or DeliveryMode.DistanceLearning:
                var online = regions.Where(r => Online(offering.Mode, r)).ToArray();
                if (online.Length > 0)
                {
                    yield return (CompositionModel.Online, online, false);
                }

                break;
            case DeliveryMode.CoachingMentoring:
                foreach (var region in regions)
                {
                    yield return (region, [region], true);
                }

                break;
            default:
                var centre = offering.CentreCode!;
                var travelling = regions.Where(r =>
                    Online(offering.Mode, r)
                    && reach.TryGetValue(r, out var rr) && rr.TripTo(centre) is { } trip
                    && trip.Hours <= policy.MaxTravelHours
                    && (trip.Hours <= policy.LongTravelHours || !AlternativeReaches(r))).ToArray();
                if (travelling.Length > 0)
                {
                    yield return (centre, travelling, false);
                }

                if (offering.AllowsRegionalCohorts)
                {
                    foreach (var region in regions.Where(r => Online(offering.Mode, r)))
                    {
                        yield return (region, [region], true);
                    }
                }

                break;
        }
    }

    /// <summary>An eligible employee: the needs a course serves (need index, levels gained), missing course prerequisites, value (10^-9 units).</summary>
    internal sealed record Member(int Employee, int[] Needs, int[] Steps, int[] Prerequisites, long Value);

    private static readonly Comparison<Member> ByValue = (a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Employee.CompareTo(b.Employee);

    /// <summary>The employees of a region a course can help, with what it gives them.</summary>
    private static Member[] Eligible(
        Course course,
        string region,
        CompositionNeed[] needs,
        int[] needEmployee,
        CompositionEmployee[] employees,
        Dictionary<(CompetencyCode, string), List<int>> needsByCompetencyRegion,
        Dictionary<CourseId, int> courseIndex,
        bool[] prerequisiteBlocked)
    {
        // Most courses develop one competency: then each need is one member, with no grouping.
        var grouped = new Dictionary<int, List<(int Need, int Step)>>();
        var single = course.Develops.Count == 1;
        var singles = new List<(int Employee, int Need, int Step)>();
        foreach (var step in course.Develops)
        {
            if (!needsByCompetencyRegion.TryGetValue((step.Competency, region), out var list))
            {
                continue;
            }

            foreach (var n in list)
            {
                var gain = Math.Min(step.GainFor(needs[n].CurrentLevel), needs[n].Gap);
                if (gain <= 0)
                {
                    continue;
                }

                var e = needEmployee[n];
                if (single)
                {
                    singles.Add((e, n, gain));
                    continue;
                }

                if (!grouped.TryGetValue(e, out var own))
                {
                    grouped[e] = own = new List<(int Need, int Step)>(course.Develops.Count);
                }

                own.Add((n, gain));
            }
        }

        var levelPrerequisites = course.Prerequisites.Where(p => p.Competency is not null).ToArray();
        var coursePrerequisites = course.Prerequisites.Where(p => p.Course is not null).Select(p => p.Course!.Value).ToArray();
        var members = new List<Member>(single ? singles.Count : grouped.Count);

        bool Allowed(int e, out int[] prerequisites)
        {
            var employee = employees[e];
            prerequisites = coursePrerequisites.Length == 0 ? [] : coursePrerequisites.Where(id => !employee.CompletedCourses.Contains(id)).Select(id => courseIndex.TryGetValue(id, out var i) ? i : -1).ToArray();
            return levelPrerequisites.All(p => employee.Levels.TryGetValue(p.Competency!.Value, out var level) && level >= p.MinimumLevel!.Value.Value)
                && !prerequisites.Contains(-1); // a level not reached, or a prerequisite course not in the catalogue
        }

        long ValueOf(int need, int step) => CompositionModel.Scale(Math.Max(needs[need].Weight, 0m), CompositionModel.WeightScale) * step;

        foreach (var (e, n, step) in singles)
        {
            if (Allowed(e, out var prerequisites))
            {
                members.Add(new Member(e, [n], [step], prerequisites, ValueOf(n, step)));
            }
            else
            {
                prerequisiteBlocked[n] = true;
            }
        }

        foreach (var (e, own) in grouped)
        {
            if (!Allowed(e, out var prerequisites))
            {
                own.ForEach(x => prerequisiteBlocked[x.Need] = true);
                continue;
            }

            own.Sort((a, b) => a.Need.CompareTo(b.Need));
            members.Add(new Member(e, own.Select(x => x.Need).ToArray(), own.Select(x => x.Step).ToArray(), prerequisites, own.Sum(x => ValueOf(x.Need, x.Step))));
        }

        return [.. members];
    }

    private static CandidateRun Candidate(
        CompositionModel model,
        Course course,
        int ci,
        int oi,
        DeliveryOffering offering,
        string place,
        bool regional,
        DateOnly start,
        Member[] cohort,
        IReadOnlyList<CompositionEmployee> employees,
        Dictionary<string, RegionReach> reach,
        Dictionary<CourseId, int> courseIndex,
        int group = -1,
        int slot = -1)
    {
        var ordered = cohort.ToArray();
        Array.Sort(ordered, (a, b) => a.Employee.CompareTo(b.Employee));
        var needStart = new int[ordered.Length + 1];
        var prerequisiteStart = new int[ordered.Length + 1];
        for (var i = 0; i < ordered.Length; i++)
        {
            needStart[i + 1] = needStart[i] + ordered[i].Needs.Length;
            prerequisiteStart[i + 1] = prerequisiteStart[i] + ordered[i].Prerequisites.Length;
        }

        var needIndex = new int[needStart[^1]];
        var needStep = new int[needIndex.Length];
        var prerequisiteCourse = new int[prerequisiteStart[^1]];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i].Needs.CopyTo(needIndex, needStart[i]);
            ordered[i].Steps.CopyTo(needStep, needStart[i]);
            ordered[i].Prerequisites.CopyTo(prerequisiteCourse, prerequisiteStart[i]);
        }

        var members = ordered.Select(m => m.Employee).ToArray();
        return new CandidateRun
        {
            Index = model.Candidates.Count,
            Root = model.Candidates.Count,
            Course = ci,
            Offering = oi,
            Place = place,
            Region = regional ? place : null,
            Start = start,
            End = start.AddDays(offering.DurationDays - 1),
            Blocks = offering.BlocksCalendar,
            Members = members,
            NeedStart = needStart,
            NeedIndex = needIndex,
            NeedStep = needStep,
            PrerequisiteStart = prerequisiteStart,
            PrerequisiteCourse = prerequisiteCourse,
            Cost = Cost(offering, place, regional, members, employees, reach),
            Jp = course.Jp,
            JpScaled = CompositionModel.Scale(course.Jp, CompositionModel.JpScale),
            Group = group,
            Slot = slot,
        };
    }

    /// <summary>
    /// What a run costs: the offering's fixed cost per run (with the regional surcharge for a regional cohort of a
    /// centre-based offering), its cost per participant for each member, and each member's trip to the centre when the
    /// run is held there.
    /// </summary>
    private static CostBreakdown Cost(DeliveryOffering offering, string place, bool regional, int[] members, IReadOnlyList<CompositionEmployee> employees, Dictionary<string, RegionReach> reach)
    {
        var travel = 0m;
        if (offering.IsCentreBased && !regional)
        {
            foreach (var e in members)
            {
                if (reach.TryGetValue(employees[e].RegionCode, out var r) && r.TripTo(place) is { } trip)
                {
                    travel += trip.CostPerParticipant;
                }
            }
        }

        return new CostBreakdown(offering.CostPerRun + (regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m), offering.CostPerParticipant * members.Length, travel);
    }

    /// <summary>
    /// A run formed while composing: the group's course, offering and place at its slot <paramref name="slot"/>'s dates,
    /// with these members of the group (any order), cost computed as <see cref="Build"/> computes it. It is added to the
    /// model with the next index, its own root.
    /// </summary>
    public static int Form(CompositionModel model, CohortGroup group, int slot, IEnumerable<Member> members)
    {
        var course = model.Courses[group.Course];
        var offering = course.Offerings[group.Offering];
        var candidate = Candidate(model, course, group.Course, group.Offering, offering, group.Place, group.Regional, group.Starts[slot], [.. members], model.Problem.Employees, model.Reach, null!, group.Index, slot);
        model.Candidates.Add(candidate);
        return candidate.Index;
    }

    /// <summary>
    /// The members a candidate keeps without some of them (positions in <see cref="CandidateRun.Members"/>, ascending),
    /// or <see langword="null"/> when too few remain for the offering's minimum seats.
    /// </summary>
    public static int[]? Remaining(CompositionModel model, CandidateRun run, IReadOnlyList<int> without)
    {
        var offering = model.Courses[run.Course].Offerings[run.Offering];
        var count = run.Members.Length - without.Count;
        if (without.Count == 0 || count < offering.MinSeats)
        {
            return null;
        }

        var members = new int[count];
        var at = 0;
        var skip = 0;
        for (var i = 0; i < run.Members.Length; i++)
        {
            if (skip < without.Count && without[skip] == i)
            {
                skip++;
                continue;
            }

            members[at++] = run.Members[i];
        }

        return members;
    }

    /// <summary>The candidate derived earlier from a root with exactly these members, or -1.</summary>
    public static int Find(CompositionModel model, int root, int[] members)
    {
        if (model.Derived.TryGetValue(root, out var derived))
        {
            foreach (var d in derived)
            {
                if (model.Candidates[d].Members.AsSpan().SequenceEqual(members))
                {
                    return d;
                }
            }
        }

        return -1;
    }

    /// <summary>What a run of a candidate's course, offering, place and dates would cost with these members.</summary>
    public static CostBreakdown Cost(CompositionModel model, CandidateRun run, int[] members) =>
        Cost(model.Courses[run.Course].Offerings[run.Offering], run.Place, run.Region is not null, members, model.Problem.Employees, model.Reach);

    /// <summary>
    /// The candidate with the same course, offering, place and dates as <paramref name="run"/> without some of its members
    /// (positions in <see cref="CandidateRun.Members"/>, ascending), leaving <paramref name="members"/> (from
    /// <see cref="Remaining"/>): its members' needs, steps and prerequisites as they are in <paramref name="run"/>, and its
    /// cost recomputed as <see cref="Build"/> computes it. It is added to the model with the next index; look for an
    /// existing one first with <see cref="Find"/>.
    /// </summary>
    public static int Derive(CompositionModel model, CandidateRun run, IReadOnlyList<int> without, int[] members)
    {
        if (!model.Derived.TryGetValue(run.Root, out var derived))
        {
            model.Derived[run.Root] = derived = [];
        }

        var needStart = new int[members.Length + 1];
        var prerequisiteStart = new int[members.Length + 1];
        var needIndex = new List<int>(run.NeedIndex.Length);
        var needStep = new List<int>(run.NeedStep.Length);
        var prerequisiteCourse = new List<int>(run.PrerequisiteCourse.Length);
        var at = 0;
        var skip = 0;
        for (var i = 0; i < run.Members.Length; i++)
        {
            if (skip < without.Count && without[skip] == i)
            {
                skip++;
                continue;
            }

            for (var k = run.NeedStart[i]; k < run.NeedStart[i + 1]; k++)
            {
                needIndex.Add(run.NeedIndex[k]);
                needStep.Add(run.NeedStep[k]);
            }

            for (var k = run.PrerequisiteStart[i]; k < run.PrerequisiteStart[i + 1]; k++)
            {
                prerequisiteCourse.Add(run.PrerequisiteCourse[k]);
            }

            at++;
            needStart[at] = needIndex.Count;
            prerequisiteStart[at] = prerequisiteCourse.Count;
        }

        var candidate = new CandidateRun
        {
            Index = model.Candidates.Count,
            Root = run.Root,
            Course = run.Course,
            Offering = run.Offering,
            Place = run.Place,
            Region = run.Region,
            Start = run.Start,
            End = run.End,
            Blocks = run.Blocks,
            Members = members,
            NeedStart = needStart,
            NeedIndex = [.. needIndex],
            NeedStep = [.. needStep],
            PrerequisiteStart = prerequisiteStart,
            PrerequisiteCourse = [.. prerequisiteCourse],
            Cost = Cost(model, run, members),
            Jp = run.Jp,
            JpScaled = run.JpScaled,
            Group = run.Group,
            Slot = run.Slot,
        };
        model.Candidates.Add(candidate);
        derived.Add(candidate.Index);
        return candidate.Index;
    }

    /// <summary>Spreads cohorts over the year: courses at prerequisite depth d start in the d-th part of the year.</summary>
    private static int Slot(int slots, int depth, int maxDepth, int course, int place, int cohort)
    {
        var parts = maxDepth + 1;
        var from = depth * slots / parts;
        var length = Math.Max(1, ((depth + 1) * slots / parts) - from);
        return from + ((((course * 7) + (place * 3) + (cohort * 5)) % length) + length) % length;
    }

    /// <summary>
    /// The prerequisite depth of each course (0 without course prerequisites); a cycle is refused. A depth-first walk with
    /// an explicit stack, not recursion, so a prerequisite chain of any length (30,000 courses, say) cannot overflow the
    /// call stack; it visits courses in the same order as the recursive walk, so a cycle is named at the same course.
    /// </summary>
    private static int[] Depths(Course[] courses)
    {
        var index = courses.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var prerequisites = courses
            .Select(c => c.Prerequisites
                .Where(p => p.Course is not null && index.ContainsKey(p.Course.Value))
                .Select(p => index[p.Course!.Value])
                .ToArray())
            .ToArray();
        var depth = new int[courses.Length];
        var state = new int[courses.Length]; // 0 unvisited, 1 visiting, 2 done
        var stack = new Stack<(int Course, int Next)>(); // a course being visited and its next prerequisite to look at

        for (var root = 0; root < courses.Length; root++)
        {
            if (state[root] == 2)
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (i, next) = stack.Pop();
                if (next < prerequisites[i].Length)
                {
                    stack.Push((i, next + 1));
                    var j = prerequisites[i][next];
                    if (state[j] == 2)
                    {
                        depth[i] = Math.Max(depth[i], depth[j] + 1);
                    }
                    else if (state[j] == 1)
                    {
                        throw new DomainRuleException("prerequisites_form_cycle", Messages.Get("Programs_CoursePrerequisitesFormCycleAt", courses[j].Code));
                    }
                    else
                    {
                        state[j] = 1;
                        stack.Push((j, 0));
                    }

                    continue;
                }

                // Every prerequisite of i is done: so is i, and the course that led to it is one deeper.
                state[i] = 2;
                if (stack.Count > 0)
                {
                    var parent = stack.Peek().Course;
                    depth[parent] = Math.Max(depth[parent], depth[i] + 1);
                }
            }
        }

        return depth;
    }
}
