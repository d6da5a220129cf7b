using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>
/// Generates assessments from a latent ability per employee and competency: the required level, the employee's
/// talent, the region (remote regencies lower, the two cities higher) and the competency (Mengelola Perubahan and
/// Pengambilan Keputusan weakest, Integritas strongest). Each source observes it with its own noise and leniency.
/// Most employees are assessed by an assessment centre or their supervisor; some are never assessed, some assessments
/// leave competencies out (their JPM is undefined), some are corrected by a newer one that supersedes them.
/// </summary>
internal sealed class AssessmentGenerator(Random random, IReadOnlyList<PositionPlan> positions)
{
    private static readonly DateOnly FirstDay = new(2022, 1, 3);
    private static readonly DateOnly LastPrimaryDay = new(2025, 6, 30);

    private static readonly Dictionary<string, double> CompetencyBias = new(StringComparer.Ordinal)
    {
        ["M.01"] = 0.3, ["M.02"] = 0.1, ["M.03"] = 0.0, ["M.04"] = -0.1, ["M.05"] = 0.1,
        ["M.06"] = -0.25, ["M.07"] = -0.5, ["M.08"] = -0.4, ["SK.01"] = 0.2,
    };

    public List<AssessmentPlan> Generate(IReadOnlyList<EmployeePlan> employees)
    {
        var plans = new List<AssessmentPlan>();
        for (var e = 0; e < employees.Count; e++)
        {
            if (random.Next(100) < 10)
            {
                continue; // never assessed: JPM undefined
            }

            var position = positions[employees[e].Position];
            var regionBias = LampungCatalogue.RemoteRegions.Contains(position.RegionCode) ? -0.35
                : position.RegionCode is "1871" or "1872" ? 0.15 : 0.0;
            var talent = Normal(0.7);
            var ability = Required(position).ToDictionary(
                r => r.Code,
                r => r.Level - 0.2 + talent + regionBias + CompetencyBias[r.Code] + Normal(0.5),
                StringComparer.Ordinal);

            var roll = random.Next(100);
            var source = roll < 55 ? AssessmentSource.AssessmentCentre : roll < 90 ? AssessmentSource.Supervisor : roll < 95 ? AssessmentSource.ThreeSixty : AssessmentSource.Test;
            var day = FirstDay.AddDays(random.Next(LastPrimaryDay.DayNumber - FirstDay.DayNumber));
            var primary = plans.Count;
            var levels = Observe(source, ability);
            plans.Add(new AssessmentPlan(e, source, day, Assessor(source), levels, Evidence(source, day, plans.Count), null));

            if (random.Next(100) < 6)
            {
                // A correction: one level changed, recorded as a new assessment that supersedes the first.
                var changed = random.Next(levels.Count);
                var corrected = levels.Select((l, i) => i == changed ? l with { Level = Math.Clamp(l.Level + (random.Next(2) == 0 ? -1 : 1), 1, 5) } : l).ToArray();
                plans.Add(new AssessmentPlan(e, source, day.AddDays(random.Next(15)), Assessor(source), corrected, [new EvidenceInput("Koreksi hasil asesmen setelah keberatan pegawai")], primary));
            }

            if (random.Next(100) < 35 && day.AddDays(90) < DemoPlan.AsOf)
            {
                var later = day.AddDays(90 + random.Next(Math.Min(450, DemoPlan.AsOf.DayNumber - day.DayNumber - 90)));
                var again = random.Next(100) < 60 ? AssessmentSource.Supervisor : AssessmentSource.AssessmentCentre;
                plans.Add(new AssessmentPlan(e, again, later, Assessor(again), Observe(again, ability), Evidence(again, later, plans.Count), null));
            }

            if (random.Next(100) < 8)
            {
                var selfDay = FirstDay.AddDays(random.Next(DemoPlan.AsOf.DayNumber - FirstDay.DayNumber));
                plans.Add(new AssessmentPlan(e, AssessmentSource.Self, selfDay, Assessor(AssessmentSource.Self), Observe(AssessmentSource.Self, ability), null, null));
            }
        }

        return plans;
    }

    private static IEnumerable<(string Code, int Level)> Required(PositionPlan position) =>
        position.Requirements?.Select(r => (r.Competency, r.Minimum))
        ?? Permenpanrb38Of2017.Competencies.Select(c => (c.Code.Value, StructuralStandardRuleSet.Permenpanrb38Of2017.LevelFor(position.Kind).Value));

    private static string Assessor(AssessmentSource source) => source switch
    {
        AssessmentSource.AssessmentCentre => "UPT Penilaian Kompetensi Pegawai BKD Provinsi Lampung",
        AssessmentSource.Test => "Uji kompetensi BPSDM Provinsi Lampung",
        AssessmentSource.Supervisor => "Atasan langsung",
        AssessmentSource.ThreeSixty => "Asesmen 360 derajat unit kerja",
        _ => "Penilaian mandiri",
    };

    private IReadOnlyList<EvidenceInput>? Evidence(AssessmentSource source, DateOnly day, int number) =>
        source == AssessmentSource.AssessmentCentre && random.Next(100) < 70
            ? [new EvidenceInput("Laporan hasil asesmen kompetensi", $"LHA/{day.Year}/{number:00000}")]
            : null;

    /// <summary>The levels a source finds: which competencies it covers, and its leniency and noise.</summary>
    private List<LevelEntry> Observe(AssessmentSource source, Dictionary<string, double> ability)
    {
        var codes = ability.Keys.ToList();
        var covered = source switch
        {
            AssessmentSource.Supervisor when random.Next(100) < 20 => codes.Where(_ => random.Next(100) >= 15).ToList(),
            AssessmentSource.ThreeSixty => codes.Where(c => c != Permenpanrb38Of2017.PerekatBangsa.Value).ToList(),
            AssessmentSource.Test => codes.OrderBy(_ => random.Next()).Take(3).Order(StringComparer.Ordinal).ToList(),
            _ => codes,
        };
        if (covered.Count == 0)
        {
            covered = [codes[0]];
        }

        var (leniency, noise) = source switch
        {
            AssessmentSource.AssessmentCentre => (0.0, 0.3),
            AssessmentSource.Supervisor => (0.35, 0.4),
            AssessmentSource.ThreeSixty => (0.2, 0.4),
            AssessmentSource.Test => (0.0, 0.5),
            _ => (0.7, 0.4),
        };
        return covered
            .Select(c => new LevelEntry(c, Math.Clamp((int)Math.Round(ability[c] + leniency + Normal(noise), MidpointRounding.AwayFromZero), 1, 5)))
            .ToList();
    }

    /// <summary>A normal deviate with mean 0 (Box-Muller).</summary>
    private double Normal(double deviation) =>
        deviation * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
