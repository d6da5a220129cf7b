using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Tests.Programs;

/// <summary>
/// The optimum of a small composition problem by enumeration: every assignment of every employee to at most one run of
/// each course (any group of the course whose place reaches them, at any of the group's slots), the runs formed by
/// whoever is assigned to them. A plan is kept when every run has its offering's minimum and maximum seats and it keeps
/// the budget, each employee's JP cap, no clash between an employee's calendar-blocking runs and course prerequisites
/// planned to end before the course starts. The objective is the library's: each need counts at most its gap (weights at
/// least the policy's minimum), plus the entitlement weight on each employee's JP up to the entitlement.
/// </summary>
/// <remarks>
/// Who is eligible for a group, where it may run and its slots' dates come from the library's model (the reach, travel
/// and calendar rules are tested elsewhere); costs, constraints and the objective are computed here from the problem.
/// The objective is a sum over employees of what their own runs give them, so the search prunes with each employee's
/// best assignment and with partial costs (which only grow).
/// </remarks>
internal static class CompositionOptimum
{
    /// <summary>The best objective, or <see langword="null"/> when the enumeration would pass <paramref name="nodeLimit"/> nodes.</summary>
    public static decimal? Best(CompositionProblem problem, long nodeLimit = 20_000_000) => Best(problem, out _, nodeLimit);

    /// <summary>The best objective and a plan that reaches it, as (group, slot, members) runs.</summary>
    public static decimal? Best(CompositionProblem problem, out List<(int Group, int Slot, List<int> Members)> plan, long nodeLimit = 20_000_000)
    {
        plan = [];
        var model = CandidateBuilder.Build(problem);
        var employees = problem.Employees.ToArray();
        var reach = problem.Regions.ToDictionary(r => r.RegionCode);
        var needs = problem.Needs.Where(n => n.Gap > 0).ToArray();
        var weight = needs.Select(n => Math.Max(n.Weight, problem.Policy.MinimumNeedWeight)).ToArray();
        var groups = model.Groups;

        // Runs are (group, slot): their fixed cost, per-member cost, seats, dates.
        var runIndex = new Dictionary<(int Group, int Slot), int>();
        var runs = new List<(int Group, int Slot, decimal Fixed, DeliveryOffering Offering, DateOnly Start, DateOnly End, int Course)>();
        foreach (var g in groups)
        {
            var offering = model.Courses[g.Course].Offerings[g.Offering];
            for (var k = 0; k < g.Starts.Length; k++)
            {
                runIndex[(g.Index, k)] = runs.Count;
                runs.Add((g.Index, k, offering.CostPerRun + (g.Regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m), offering, g.Starts[k], g.Starts[k].AddDays(offering.DurationDays - 1), g.Course));
            }
        }

        decimal SeatCost(int run, int employee)
        {
            var (group, _, _, offering, _, _, _) = runs[run];
            var g = groups[group];
            var travel = offering.IsCentreBased && !g.Regional && reach.TryGetValue(employees[employee].RegionCode, out var r) && r.TripTo(g.Place) is { } trip ? trip.CostPerParticipant : 0m;
            return offering.CostPerParticipant + travel;
        }

        // Each employee's options: a set of runs, at most one per course, within the JP cap, without clashes, with course
        // prerequisites planned before; and what the option is worth.
        var options = new List<(int[] Runs, decimal Value, decimal[] Costs)>[employees.Length];
        for (var e = 0; e < employees.Length; e++)
        {
            var perCourse = new List<List<(int Run, CandidateBuilder.Member Member)>>();
            foreach (var byCourse in groups.Where(g => g.Members.Any(m => m.Employee == e)).GroupBy(g => g.Course))
            {
                perCourse.Add([.. byCourse.SelectMany(g => Enumerable.Range(0, g.Starts.Length).Select(k => (runIndex[(g.Index, k)], g.Members.Single(m => m.Employee == e))))]);
            }

            var list = options[e] = [];
            var chosen = new List<(int Run, CandidateBuilder.Member Member)>();
            void Walk(int course)
            {
                if (course == perCourse.Count)
                {
                    if (Valid(chosen, e, out var value))
                    {
                        list.Add(([.. chosen.Select(c => c.Run)], value, [.. chosen.Select(c => SeatCost(c.Run, e))]));
                    }

                    return;
                }

                Walk(course + 1);
                foreach (var option in perCourse[course])
                {
                    chosen.Add(option);
                    Walk(course + 1);
                    chosen.RemoveAt(chosen.Count - 1);
                }
            }

            Walk(0);
            list.Sort((a, b) => b.Value.CompareTo(a.Value));
        }

        bool Valid(List<(int Run, CandidateBuilder.Member Member)> chosen, int e, out decimal value)
        {
            value = 0m;
            var jp = chosen.Sum(c => model.Courses[runs[c.Run].Course].Jp);
            if (jp > problem.Policy.JpCapPerYear)
            {
                return false;
            }

            foreach (var a in chosen)
            {
                var ra = runs[a.Run];
                foreach (var b in chosen)
                {
                    var rb = runs[b.Run];
                    if (a.Run != b.Run && ra.Offering.BlocksCalendar && rb.Offering.BlocksCalendar && ra.Start <= rb.End && rb.Start <= ra.End)
                    {
                        return false;
                    }
                }

                foreach (var prerequisite in a.Member.Prerequisites)
                {
                    if (!chosen.Any(c => runs[c.Run].Course == prerequisite && runs[c.Run].End < ra.Start))
                    {
                        return false;
                    }
                }
            }

            for (var n = 0; n < needs.Length; n++)
            {
                if (needs[n].Employee != employees[e].Id)
                {
                    continue;
                }

                var closed = chosen.Sum(c => model.Courses[runs[c.Run].Course].Develops.Where(s => s.Competency == needs[n].Competency).Sum(s => Math.Min(s.GainFor(needs[n].CurrentLevel), needs[n].Gap)));
                value += weight[n] * Math.Min(needs[n].Gap, closed);
            }

            var earned = employees[e].EarnedJp;
            value += problem.Policy.EntitlementWeightPerJp * (Math.Min(problem.EntitlementJp, earned + jp) - Math.Min(problem.EntitlementJp, earned));
            return true;
        }

        // Depth-first over employees: seats taken and money spent so far; prune on the best the rest could add.
        var rest = new decimal[employees.Length + 1];
        for (var e = employees.Length - 1; e >= 0; e--)
        {
            rest[e] = rest[e + 1] + options[e][0].Value;
        }

        var count = new int[runs.Count];
        var best = 0m;
        var current = new int[employees.Length][];
        int[][]? bestChoice = null;
        long nodes = 0;
        var aborted = false;
        void Search(int e, decimal value, decimal spent)
        {
            if (aborted || ++nodes > nodeLimit)
            {
                aborted = true;
                return;
            }

            if (value + rest[e] <= best)
            {
                return;
            }

            if (e == employees.Length)
            {
                for (var r = 0; r < runs.Count; r++)
                {
                    if (count[r] > 0 && count[r] < runs[r].Offering.MinSeats)
                    {
                        return;
                    }
                }

                best = value;
                bestChoice = current.ToArray();
                return;
            }

            foreach (var (chosen, gain, costs) in options[e])
            {
                var cost = spent;
                var fits = true;
                for (var i = 0; i < chosen.Length && fits; i++)
                {
                    var r = chosen[i];
                    fits = count[r] < runs[r].Offering.MaxSeats;
                    cost += costs[i] + (count[r] == 0 ? runs[r].Fixed : 0m);
                }

                if (!fits || cost > problem.Budget)
                {
                    continue;
                }

                foreach (var r in chosen)
                {
                    count[r]++;
                }

                current[e] = chosen;
                Search(e + 1, value + gain, cost);
                foreach (var r in chosen)
                {
                    count[r]--;
                }
            }
        }

        Search(0, 0m, 0m);
        if (bestChoice is not null)
        {
            plan = bestChoice.SelectMany((rs, e) => rs.Select(r => (Run: r, Employee: e)))
                .GroupBy(x => x.Run)
                .Select(g => (runs[g.Key].Group, runs[g.Key].Slot, g.Select(x => x.Employee).ToList()))
                .ToList();
        }

        return aborted ? null : best;
    }

    /// <summary>A small random problem: few employees, courses, regions and offerings, so that enumeration stays fast.</summary>
    public static CompositionProblem Tiny(int seed)
    {
        var random = new Random(seed);
        var codes = CompositionInstances.Codes;
        var regions = random.Next(2) == 0 ? new[] { "1871" } : new[] { "1871", "1813" };
        var people = Enumerable.Range(0, random.Next(6, 13)).Select(i => new CompositionEmployee(
            new EmployeeId(new Guid(i + 1, 0, 0, new byte[8])),
            regions[random.Next(regions.Length)],
            "OPD",
            codes.ToDictionary(c => c, _ => random.Next(1, 3)),
            random.Next(4) == 0 ? random.Next(0, 25) : 0m,
            [])).ToArray();
        var needs = people.SelectMany(p => codes
            .Where(_ => random.Next(2) > 0)
            .Select(c => new CompositionNeed(p.Id, c, p.Levels[c], Math.Min(5, p.Levels[c] + random.Next(1, 3)), random.Next(1, 11) / 10m)))
            .ToArray();
        var courses = new List<Course>();
        var count = random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            var code = codes[random.Next(codes.Length)];
            var from = random.Next(1, 3);
            DeliveryOffering offering = random.Next(3) == 0
                ? new(DeliveryMode.ELearning, random.Next(2, 10) * 1_000_000m, 100_000m, 2, random.Next(3, 6), null, false, 0m, 1, 28, LearningForm.ELearning)
                : new(DeliveryMode.Klasikal, random.Next(5, 30) * 1_000_000m, random.Next(1, 5) * 500_000m, 2, random.Next(2, 5), "BPSDM-LAMPUNG", random.Next(3) == 0, 2_000_000m, 5, random.Next(2, 6), LearningForm.Pelatihan);
            IEnumerable<Prerequisite> prerequisites = i > 0 && random.Next(4) == 0 ? [new Prerequisite(courses[random.Next(i)].Id)] : [];
            courses.Add(Course.Define(
                new CourseId(new Guid(1000 + i, 0, 0, new byte[8])),
                $"C{i:00}",
                $"Kursus {i}",
                OrganiserKind.Bpsdm,
                "BPSDM Provinsi Lampung",
                random.Next(2, 6) * 8m,
                null,
                [new CompetencyStep(code, ProficiencyLevel.From(from), ProficiencyLevel.From(from + random.Next(1, 3)), random.Next(1, 3))],
                prerequisites,
                [offering]));
        }

        var reach = new[]
        {
            RegionReach.Define("1871", "Bandar Lampung", Connectivity.Good, [new TravelLink("BPSDM-LAMPUNG", 0m, 0m)]),
            RegionReach.Define("1813", "Pesisir Barat", Connectivity.Limited, [new TravelLink("BPSDM-LAMPUNG", 3m, 1_400_000m)]),
        };
        var policy = new DeliveryPolicyRuleSet(DeliveryPolicyRuleSet.Default.Info, 8m, 4m, random.Next(2) == 0 ? 60m : 40m, 0.01m, 0.1m, 20, 5_000_000);
        return new CompositionProblem(2026, random.Next(10, 60) * 1_000_000m, people, needs, courses, reach, TrainingCalendarRuleSet.Default, policy);
    }
}
