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
            NeedCandidates = needs.Select(_ => new List<int>()).ToArray(),
            NeedBlocks = new GenerationBlock[needs.Length],
            Candidates = [],
            Diagnostics = [],
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

            for (var oi = 0; oi < course.Offerings.Count; oi++)
            {
                var offering = course.Offerings[oi];
                foreach (var (place, placeRegions, regional) in Places(course, offering, regions, reach, problem.Policy))
                {
                    var members = Eligible(course, placeRegions, needs, needEmployee, employees, needsByCompetencyRegion, courseIndex, reachedByCourse, prerequisiteBlocked);
                    if (members.Count == 0)
                    {
                        continue;
                    }

                    var placeIndex = Array.IndexOf(regions, place) + 1;
                    var starts = problem.Calendar.StartDays(problem.Year, offering.DurationDays, offering.BlocksCalendar)
                        .Where(d => problem.NotBefore is null || d >= problem.NotBefore).ToArray();
                    if (starts.Length == 0)
                    {
                        model.Diagnostics.Add(new LocalizedText(
                            $"{course.Code} ({offering.Mode}): tidak ada tanggal mulai di luar masa libur pada {problem.Year}.",
                            $"{course.Code} ({offering.Mode}): no start day outside the blackouts in {problem.Year}."));
                        continue;
                    }

                    // Cohorts of the offering's seats, the most valuable members first.
                    var cohorts = members.Chunk(offering.MaxSeats).ToArray();
                    for (var k = 0; k < cohorts.Length; k++)
                    {
                        var cohort = cohorts[k];
                        if (cohort.Length < offering.MinSeats)
                        {
                            foreach (var m in cohort)
                            {
                                foreach (var (n, _) in m.Needs)
                                {
                                    seatBlocked[n] = true;
                                }
                            }

                            continue;
                        }

                        var start = starts[Slot(starts.Length, depth[ci], maxDepth, ci, placeIndex, k)];
                        model.Candidates.Add(Candidate(model, course, ci, oi, offering, place, regional, start, cohort, employees, reach, courseIndex));
                    }
                }
            }
        }

        foreach (var candidate in model.Candidates)
        {
            foreach (var n in candidate.NeedIndex)
            {
                model.NeedCandidates[n].Add(candidate.Index);
            }
        }

        for (var n = 0; n < needs.Length; n++)
        {
            model.NeedBlocks[n] = model.NeedCandidates[n].Count > 0 ? GenerationBlock.None
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

    private sealed record Member(int Employee, List<(int Need, int Step)> Needs, List<int> Prerequisites, decimal Value);

    /// <summary>The employees of the place's regions a course can help, most valuable first.</summary>
    private static List<Member> Eligible(
        Course course,
        string[] placeRegions,
        CompositionNeed[] needs,
        int[] needEmployee,
        CompositionEmployee[] employees,
        Dictionary<(CompetencyCode, string), List<int>> needsByCompetencyRegion,
        Dictionary<CourseId, int> courseIndex,
        bool[] reached,
        bool[] prerequisiteBlocked)
    {
        var byEmployee = new Dictionary<int, List<(int Need, int Step)>>();
        foreach (var step in course.Develops)
        {
            foreach (var region in placeRegions)
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
                    if (!byEmployee.TryGetValue(e, out var own))
                    {
                        byEmployee[e] = own = [];
                    }

                    own.Add((n, gain));
                }
            }
        }

        var members = new List<Member>(byEmployee.Count);
        foreach (var (e, own) in byEmployee)
        {
            var employee = employees[e];
            var levelsMet = course.Prerequisites.Where(p => p.Competency is not null)
                .All(p => employee.Levels.TryGetValue(p.Competency!.Value, out var level) && level >= p.MinimumLevel!.Value.Value);
            if (!levelsMet)
            {
                own.ForEach(x => prerequisiteBlocked[x.Need] = true);
                continue;
            }

            var prerequisites = course.Prerequisites
                .Where(p => p.Course is { } id && !employee.CompletedCourses.Contains(id))
                .Select(p => courseIndex.TryGetValue(p.Course!.Value, out var i) ? i : -1)
                .ToList();
            if (prerequisites.Contains(-1))
            {
                own.ForEach(x => prerequisiteBlocked[x.Need] = true); // the prerequisite course is not in the catalogue
                continue;
            }

            own.ForEach(x => reached[x.Need] = true);
            members.Add(new Member(e, own, prerequisites, own.Sum(x => needs[x.Need].Weight * x.Step)));
        }

        members.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : a.Employee.CompareTo(b.Employee));
        return members;
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
        CompositionEmployee[] employees,
        Dictionary<string, RegionReach> reach,
        Dictionary<CourseId, int> courseIndex)
    {
        var ordered = cohort.OrderBy(m => m.Employee).ToArray();
        var needStart = new int[ordered.Length + 1];
        var prerequisiteStart = new int[ordered.Length + 1];
        var needIndex = new List<int>();
        var needStep = new List<int>();
        var prerequisiteCourse = new List<int>();
        var travel = 0m;
        for (var i = 0; i < ordered.Length; i++)
        {
            foreach (var (n, step) in ordered[i].Needs.OrderBy(x => x.Need))
            {
                needIndex.Add(n);
                needStep.Add(step);
            }

            prerequisiteCourse.AddRange(ordered[i].Prerequisites);
            needStart[i + 1] = needIndex.Count;
            prerequisiteStart[i + 1] = prerequisiteCourse.Count;
            if (offering.IsCentreBased && !regional && reach.TryGetValue(employees[ordered[i].Employee].RegionCode, out var r) && r.TripTo(place) is { } trip)
            {
                travel += trip.CostPerParticipant;
            }
        }

        return new CandidateRun
        {
            Index = model.Candidates.Count,
            Course = ci,
            Offering = oi,
            Place = place,
            Region = regional ? place : null,
            Start = start,
            End = start.AddDays(offering.DurationDays - 1),
            Blocks = offering.BlocksCalendar,
            Members = ordered.Select(m => m.Employee).ToArray(),
            NeedStart = needStart,
            NeedIndex = [.. needIndex],
            NeedStep = [.. needStep],
            PrerequisiteStart = prerequisiteStart,
            PrerequisiteCourse = [.. prerequisiteCourse],
            Cost = new CostBreakdown(offering.CostPerRun + (regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m), offering.CostPerParticipant * ordered.Length, travel),
            Jp = course.Jp,
        };
    }

    /// <summary>Spreads cohorts over the year: courses at prerequisite depth d start in the d-th part of the year.</summary>
    private static int Slot(int slots, int depth, int maxDepth, int course, int place, int cohort)
    {
        var parts = maxDepth + 1;
        var from = depth * slots / parts;
        var length = Math.Max(1, ((depth + 1) * slots / parts) - from);
        return from + ((((course * 7) + (place * 3) + (cohort * 5)) % length) + length) % length;
    }

    /// <summary>The prerequisite depth of each course (0 without course prerequisites); a cycle is refused.</summary>
    private static int[] Depths(Course[] courses)
    {
        var index = courses.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var depth = new int[courses.Length];
        var state = new int[courses.Length]; // 0 unvisited, 1 visiting, 2 done

        int Visit(int i)
        {
            if (state[i] == 2)
            {
                return depth[i];
            }

            if (state[i] == 1)
            {
                throw new DomainRuleException(Text.Pick(
                    $"Prasyarat kursus membentuk lingkaran di {courses[i].Code}.", $"Course prerequisites form a cycle at {courses[i].Code}."));
            }

            state[i] = 1;
            var d = 0;
            foreach (var p in courses[i].Prerequisites.Where(p => p.Course is not null))
            {
                if (index.TryGetValue(p.Course!.Value, out var j))
                {
                    d = Math.Max(d, Visit(j) + 1);
                }
            }

            state[i] = 2;
            return depth[i] = d;
        }

        for (var i = 0; i < courses.Length; i++)
        {
            Visit(i);
        }

        return depth;
    }
}
