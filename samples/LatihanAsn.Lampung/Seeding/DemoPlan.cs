using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>An OPD to register.</summary>
internal sealed record OpdPlan(string Code, string Name, string RegionCode);

/// <summary>
/// A position to define, with its standard (<see langword="null"/> requirements: the structural default) and its share
/// of the staff (0: one holder).
/// </summary>
internal sealed record PositionPlan(string Code, string Name, PositionKind Kind, FunctionalGrade? Grade, string OpdCode, string RegionCode, PositionProfile Profile, IReadOnlyList<RequirementInput>? Requirements, int StaffWeight);

/// <summary>An employee to register in the position at index <paramref name="Position"/>.</summary>
internal sealed record EmployeePlan(string Nip, string Name, EmploymentType Employment, int Position);

/// <summary>An assessment to record for the employee at index <paramref name="Employee"/>, possibly correcting an earlier one (an index in the plan's assessments).</summary>
internal sealed record AssessmentPlan(int Employee, AssessmentSource Source, DateOnly AssessedOn, string Assessor, IReadOnlyList<LevelEntry> Levels, IReadOnlyList<EvidenceInput>? Evidence, int? Supersedes);

/// <summary>
/// The demo's data, generated from a seed: the same seed and size always give the same plan. It is only a plan: the
/// seeder sends it through the mediator, so every record passes the library's validation.
/// </summary>
internal sealed record DemoPlan(
    IReadOnlyList<OpdPlan> Opds,
    IReadOnlyList<PositionPlan> Positions,
    IReadOnlyList<EmployeePlan> Employees,
    IReadOnlyList<AssessmentPlan> Assessments,
    NeedsPlan Needs)
{
    public const int DefaultSeed = 2026;
    public const int DefaultEmployees = 3200;

    /// <summary>The day the demo reports on: the data describe the province at the end of 2025.</summary>
    public static readonly DateOnly AsOf = new(2025, 12, 31);

    /// <summary>The first day of every position's standard (SKJ).</summary>
    public static readonly DateOnly StandardsFrom = new(2024, 1, 1);

    /// <summary>Generates the plan.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="employees">How many employees; the structural positions are filled first, one holder each.</param>
    public static DemoPlan Generate(int seed, int employees)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(employees);
        var random = new Random(seed);
        var (opds, positions) = Organisation(random);
        var staff = People(random, positions, employees);
        var assessments = new AssessmentGenerator(random, positions).Generate(staff);

        // Drawn last from the same sequence, so the organisation, staff and assessments are those of earlier versions.
        var plan = new DemoPlan(opds, positions, staff, assessments, new NeedsPlan([], [], [], []));
        return plan with { Needs = new NeedsGenerator(random, plan).Generate() };
    }

    private static (List<OpdPlan> Opds, List<PositionPlan> Positions) Organisation(Random random)
    {
        var opds = new List<OpdPlan>();
        var positions = new List<PositionPlan>();
        var functionalStandards = new Dictionary<string, IReadOnlyList<RequirementInput>>(StringComparer.Ordinal);

        void Add(string code, string name, string regionCode, OpdTemplate template)
        {
            opds.Add(new OpdPlan(code, name, regionCode));
            foreach (var p in template.Positions)
            {
                // Functional standards are set per functional position (by its supervising agency), so the same
                // position has the same standard in every OPD.
                var requirements = p.Kind == PositionKind.Fungsional
                    ? functionalStandards.TryGetValue(p.Name, out var known) ? known : functionalStandards[p.Name] = FunctionalStandard(random, p.Grade!.Value)
                    : null;
                positions.Add(new PositionPlan($"{code}-{p.Suffix}", p.Name, p.Kind, p.Grade, code, regionCode, Profile(p, name), requirements, p.StaffWeight));
            }
        }

        foreach (var template in LampungCatalogue.Province)
        {
            Add($"{LampungCatalogue.ProvincePrefix}-{template.Suffix}", template.Name, LampungRegions.BandarLampung.Code, template);
        }

        foreach (var region in LampungRegions.All)
        {
            foreach (var template in LampungCatalogue.Regional)
            {
                Add($"{region.Code}-{template.Suffix}", $"{template.Name} {LampungCatalogue.RegionTitle(region)}", region.Code, template);
            }
        }

        return (opds, positions);
    }

    /// <summary>Explicit levels around the grade's usual level; Pelayanan Publik as a range.</summary>
    private static RequirementInput[] FunctionalStandard(Random random, FunctionalGrade grade)
    {
        var baseLevel = grade switch
        {
            FunctionalGrade.Pemula => 1,
            FunctionalGrade.Terampil or FunctionalGrade.Mahir or FunctionalGrade.AhliPertama => 2,
            FunctionalGrade.Penyelia or FunctionalGrade.AhliMuda => 3,
            FunctionalGrade.AhliMadya => 4,
            _ => 5,
        };
        return Permenpanrb38Of2017.Competencies
            .Select(c =>
            {
                var shift = random.Next(20) switch { < 12 => 0, < 17 => -1, _ => 1 };
                var minimum = Math.Clamp(baseLevel + shift, 1, 5);
                var range = c.Code == Permenpanrb38Of2017.PelayananPublik && minimum < 5;
                return new RequirementInput(c.Code.Value, minimum, range ? minimum + 1 : null);
            })
            .ToArray();
    }

    private static PositionProfile Profile(PositionTemplate position, string opdName)
    {
        var (rank, education, training) = (position.Kind, position.Grade) switch
        {
            (PositionKind.JptMadya, _) => ("Pembina Utama Madya (IV/d)", "S-2", "Pelatihan Kepemimpinan Nasional Tingkat I"),
            (PositionKind.JptPratama, _) => ("Pembina Utama Muda (IV/c)", "S-2", "Pelatihan Kepemimpinan Nasional Tingkat II"),
            (PositionKind.Administrator, _) => ("Pembina (IV/a)", "S-1/D-IV", "Pelatihan Kepemimpinan Administrator"),
            (PositionKind.Pengawas, _) => ("Penata Tingkat I (III/d)", "S-1/D-IV", "Pelatihan Kepemimpinan Pengawas"),
            (PositionKind.Pelaksana, _) => ("Pengatur (II/c)", "SLTA/D-III", null),
            (_, FunctionalGrade.Pemula) => ("Pengatur Muda (II/a)", "SLTA/D-I", "Pelatihan Fungsional"),
            (_, FunctionalGrade.Terampil) => ("Pengatur (II/c)", "D-III", "Pelatihan Fungsional"),
            (_, FunctionalGrade.Mahir or FunctionalGrade.AhliPertama) => ("Penata Muda (III/a)", "S-1/D-IV", "Pelatihan Fungsional"),
            (_, FunctionalGrade.Penyelia or FunctionalGrade.AhliMuda) => ("Penata (III/c)", "S-1/D-IV", "Pelatihan Fungsional"),
            (_, FunctionalGrade.AhliMadya) => ("Pembina (IV/a)", "S-2", "Pelatihan Fungsional"),
            _ => ("Pembina Utama Madya (IV/d)", "S-2", "Pelatihan Fungsional"),
        };
        return new PositionProfile($"{position.Name} pada {opdName}", null, rank, education, training is null ? null : [training]);
    }

    private static List<EmployeePlan> People(Random random, List<PositionPlan> positions, int employees)
    {
        // Structural seats first (one holder each, in a seeded order when there are fewer people than seats); then the
        // rest spread over the staff positions by weight, with some jitter, by largest remainder.
        var headcount = new int[positions.Count];
        var structural = Enumerable.Range(0, positions.Count).Where(i => positions[i].StaffWeight == 0).ToArray();
        random.Shuffle(structural);
        foreach (var i in structural.Take(employees))
        {
            headcount[i] = 1;
        }

        var remaining = employees - Math.Min(employees, structural.Length);
        var staff = Enumerable.Range(0, positions.Count).Where(i => positions[i].StaffWeight > 0).ToArray();
        var weights = staff.Select(i => positions[i].StaffWeight * (0.6 + (0.8 * random.NextDouble()))).ToArray();
        var total = weights.Sum();
        var shares = weights.Select(w => remaining * w / total).ToArray();
        for (var k = 0; k < staff.Length; k++)
        {
            headcount[staff[k]] = (int)shares[k];
        }

        foreach (var k in Enumerable.Range(0, staff.Length).OrderByDescending(k => shares[k] - Math.Floor(shares[k])).ThenBy(k => k).Take(remaining - staff.Sum(i => headcount[i])))
        {
            headcount[staff[k]]++;
        }

        var nips = new NipGenerator(random);
        var people = new List<EmployeePlan>(employees);
        for (var i = 0; i < positions.Count; i++)
        {
            var position = positions[i];
            for (var n = 0; n < headcount[i]; n++)
            {
                var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
                var pppk = position.Kind is PositionKind.Pelaksana or PositionKind.Fungsional && random.Next(100) < 12;
                var nip = nips.Next(sex, position, pppk);
                people.Add(new EmployeePlan(nip, IndonesianNames.Full(random, sex, position.Kind, position.Grade), pppk ? EmploymentType.Pppk : EmploymentType.Pns, i));
            }
        }

        return people;
    }
}
