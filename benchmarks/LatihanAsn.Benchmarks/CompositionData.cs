using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Benchmarks;

/// <summary>Synthetic composition problems: employees across Lampung's 15 regions, courses over the 9 competencies.</summary>
internal static class CompositionData
{
    public static CompositionProblem Problem(int employees, int courses, decimal budget, int seed = 2026)
    {
        var random = new Random(seed);
        var codes = BatchData.Codes;
        var regions = BatchData.Regions;
        var people = new CompositionEmployee[employees];
        var needs = new List<CompositionNeed>();
        for (var e = 0; e < employees; e++)
        {
            var levels = codes.ToDictionary(c => c, _ => random.Next(1, 5));
            people[e] = new CompositionEmployee(new EmployeeId(new Guid(e + 1, 0, 0, new byte[8])), regions[random.Next(regions.Length)], "OPD", levels, random.Next(0, 30), []);
            foreach (var code in codes)
            {
                if (random.Next(10) < 3 && levels[code] < 5)
                {
                    needs.Add(new CompositionNeed(people[e].Id, code, levels[code], Math.Min(5, levels[code] + random.Next(1, 3)), random.Next(1, 11) / 10m));
                }
            }
        }

        var catalogue = new List<Course>();
        for (var i = 0; i < courses; i++)
        {
            var from = random.Next(1, 4);
            var offerings = new List<DeliveryOffering>
            {
                new(DeliveryMode.Klasikal, random.Next(10, 40) * 1_000_000m, random.Next(5, 15) * 100_000m, 10, 30, LampungReach.BpsdmCentre, random.Next(2) == 0, 5_000_000m, 5, random.Next(3, 6), LearningForm.Pelatihan),
            };
            if (random.Next(3) == 0)
            {
                offerings.Add(new(DeliveryMode.ELearning, random.Next(5, 15) * 1_000_000m, 50_000m, 10, 300, null, false, 0m, 6, 28, LearningForm.ELearning));
            }

            if (random.Next(4) == 0)
            {
                offerings.Add(new(DeliveryMode.DistanceLearning, random.Next(5, 15) * 1_000_000m, 100_000m, 10, 60, null, false, 0m, 4, 4, LearningForm.PelatihanJarakJauh));
            }

            catalogue.Add(Course.Define(
                new CourseId(new Guid(100_000_000 + i, 0, 0, new byte[8])), $"K{i:000}", $"Kursus {i}", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung",
                random.Next(2, 6) * 8m, null, [new CompetencyStep(codes[random.Next(codes.Length)], ProficiencyLevel.From(from), ProficiencyLevel.From(from + 1))], [], offerings));
        }

        return new CompositionProblem(2027, budget, people, needs, catalogue, LampungReach.Create(), TrainingCalendarRuleSet.Default, DeliveryPolicyRuleSet.Default);
    }
}
