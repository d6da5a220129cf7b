using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Tests.Programs;

/// <summary>Random composition problems, reproducible from a seed.</summary>
internal static class CompositionInstances
{
    public static readonly CompetencyCode[] Codes = [CompetencyCode.From("M.03"), CompetencyCode.From("M.05"), CompetencyCode.From("M.08")];
    public static readonly string[] Regions = ["1871", "1872", "1813"];

    public static CompositionProblem Random(int seed, int employees, int courses, decimal? budget = null, decimal jpCap = 60m, decimal lambda = 0.01m)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, employees).Select(i => new CompositionEmployee(
            new EmployeeId(new Guid(i + 1, 0, 0, new byte[8])),
            Regions[random.Next(Regions.Length)],
            "OPD",
            Codes.ToDictionary(c => c, _ => random.Next(1, 4)),
            random.Next(4) == 0 ? random.Next(0, 25) : 0m,
            [])).ToArray();
        var needs = people.SelectMany(p => Codes
            .Where(_ => random.Next(3) > 0)
            .Select(c => new CompositionNeed(p.Id, c, p.Levels[c], Math.Min(5, p.Levels[c] + random.Next(1, 3)), random.Next(1, 11) / 10m)))
            .ToArray();
        var courseList = new List<Course>();
        for (var i = 0; i < courses; i++)
        {
            var code = Codes[random.Next(Codes.Length)];
            var from = random.Next(1, 3);
            var offerings = new List<DeliveryOffering>
            {
                new(DeliveryMode.Klasikal, random.Next(5, 30) * 1_000_000m, random.Next(1, 5) * 500_000m, 2, random.Next(3, 6), "BPSDM-LAMPUNG", random.Next(2) == 0, 2_000_000m, 5, random.Next(2, 6), LearningForm.Pelatihan),
            };
            if (random.Next(2) == 0)
            {
                offerings.Add(new(DeliveryMode.ELearning, random.Next(2, 10) * 1_000_000m, 100_000m, 2, random.Next(4, 8), null, false, 0m, 1, 28, LearningForm.ELearning));
            }

            IEnumerable<Prerequisite> prerequisites = i > 0 && random.Next(4) == 0 ? [new Prerequisite(courseList[random.Next(i)].Id)] : [];
            courseList.Add(Course.Define(
                new CourseId(new Guid(1000 + i, 0, 0, new byte[8])),
                $"C{i:00}",
                $"Kursus {i}",
                OrganiserKind.Bpsdm,
                "BPSDM Provinsi Lampung",
                random.Next(2, 6) * 8m,
                null,
                [new CompetencyStep(code, ProficiencyLevel.From(from), ProficiencyLevel.From(from + random.Next(1, 3)), random.Next(1, 3))],
                prerequisites,
                offerings));
        }

        var reach = new[]
        {
            RegionReach.Define("1871", "Bandar Lampung", Connectivity.Good, [new TravelLink("BPSDM-LAMPUNG", 0m, 0m)]),
            RegionReach.Define("1872", "Metro", Connectivity.Good, [new TravelLink("BPSDM-LAMPUNG", 1.5m, 300_000m)]),
            RegionReach.Define("1813", "Pesisir Barat", Connectivity.Limited, [new TravelLink("BPSDM-LAMPUNG", 7m, 1_400_000m)]),
        };
        var policy = new DeliveryPolicyRuleSet(DeliveryPolicyRuleSet.Default.Info, 8m, 4m, jpCap, lambda, 0.1m, 20, 5_000_000);
        return new CompositionProblem(2026, budget ?? random.Next(20, 120) * 1_000_000m, people, needs, courseList, reach, TrainingCalendarRuleSet.Default, policy);
    }
}

/// <summary>
/// An independent check of a plan's hard constraints and objective, written from the problem statement and not from
/// the engine: budget, JP cap, seats, no double booking, prerequisites planned before, blackouts, reach.
/// </summary>
internal static class PlanChecker
{
    public static IReadOnlyList<string> Violations(CompositionProblem problem, CompositionResult result)
    {
        var violations = new List<string>();
        var courses = problem.Courses.ToDictionary(c => c.Id);
        var employees = problem.Employees.ToDictionary(e => e.Id);
        var reach = problem.Regions.ToDictionary(r => r.RegionCode);
        if (result.Runs.Sum(r => r.Cost.Total) > problem.Budget)
        {
            violations.Add($"budget {result.Runs.Sum(r => r.Cost.Total)} > {problem.Budget}");
        }

        foreach (var group in result.Runs.SelectMany(r => r.Participants.Select(p => (p, r))).GroupBy(x => x.p))
        {
            if (group.Sum(x => x.r.Jp) > problem.Policy.JpCapPerYear)
            {
                violations.Add($"JP cap of {group.Key}");
            }

            if (group.GroupBy(x => x.r.CourseId).Any(g => g.Count() > 1))
            {
                violations.Add($"{group.Key} takes a course twice");
            }

            var blocking = group.Select(x => x.r).Where(r => r.Mode != DeliveryMode.ELearning).ToList();
            for (var i = 0; i < blocking.Count; i++)
            {
                for (var j = i + 1; j < blocking.Count; j++)
                {
                    if (blocking[i].Start <= blocking[j].End && blocking[j].Start <= blocking[i].End)
                    {
                        violations.Add($"double booking of {group.Key}");
                    }
                }
            }
        }

        foreach (var run in result.Runs)
        {
            var course = courses[run.CourseId];
            var offering = course.Offerings.Single(o => o.Mode == run.Mode);
            if (run.Participants.Count < offering.MinSeats || run.Participants.Count > offering.MaxSeats)
            {
                violations.Add($"seats of {run.CourseCode}");
            }

            if (problem.Calendar.IsBlocked(run.Start, offering.BlocksCalendar ? run.End : run.Start) || run.Start.Year != problem.Year || run.End.Year != problem.Year)
            {
                violations.Add($"blackout or year of {run.CourseCode} {run.Start}");
            }

            if ((run.End.DayNumber - run.Start.DayNumber + 1) != offering.DurationDays)
            {
                violations.Add($"duration of {run.CourseCode}");
            }

            foreach (var participant in run.Participants)
            {
                var employee = employees[participant];
                foreach (var prerequisite in course.Prerequisites.Where(p => p.Course is not null))
                {
                    var done = employee.CompletedCourses.Contains(prerequisite.Course!.Value)
                        || result.Runs.Any(r => r.CourseId == prerequisite.Course && r.Participants.Contains(participant) && r.End < run.Start);
                    if (!done)
                    {
                        violations.Add($"prerequisite of {run.CourseCode} for {participant}");
                    }
                }

                foreach (var prerequisite in course.Prerequisites.Where(p => p.Competency is not null))
                {
                    if (!employee.Levels.TryGetValue(prerequisite.Competency!.Value, out var level) || level < prerequisite.MinimumLevel!.Value.Value)
                    {
                        violations.Add($"level prerequisite of {run.CourseCode} for {participant}");
                    }
                }

                var connectivity = reach.TryGetValue(employee.RegionCode, out var r) ? r.Connectivity : Connectivity.Good;
                if ((run.Mode == DeliveryMode.DistanceLearning && connectivity != Connectivity.Good)
                    || (run.Mode is DeliveryMode.ELearning or DeliveryMode.Blended && connectivity == Connectivity.None))
                {
                    violations.Add($"connectivity of {participant} for {run.CourseCode}");
                }
            }
        }

        return violations;
    }

    /// <summary>The objective of a plan, from the needs and the runs' participants (each need capped at its gap).</summary>
    public static decimal Objective(CompositionProblem problem, IEnumerable<(CourseId Course, IReadOnlyList<EmployeeId> Participants, decimal Jp)> runs)
    {
        var courses = problem.Courses.ToDictionary(c => c.Id);
        var list = runs.ToList();
        var value = 0m;
        foreach (var need in problem.Needs.Where(n => n.Gap > 0))
        {
            var closed = list.Where(r => r.Participants.Contains(need.Employee))
                .Sum(r => courses[r.Course].Develops.Where(s => s.Competency == need.Competency).Sum(s => Math.Min(s.GainFor(need.CurrentLevel), need.Gap)));
            value += Math.Max(need.Weight, problem.Policy.MinimumNeedWeight) * Math.Min(need.Gap, closed);
        }

        foreach (var employee in problem.Employees)
        {
            var planned = list.Where(r => r.Participants.Contains(employee.Id)).Sum(r => r.Jp);
            value += problem.Policy.EntitlementWeightPerJp * (Math.Min(problem.EntitlementJp, employee.EarnedJp + planned) - Math.Min(problem.EntitlementJp, employee.EarnedJp));
        }

        return value;
    }
}
