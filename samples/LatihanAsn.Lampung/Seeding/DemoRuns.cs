using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>The course a demo run delivers; it decides how the simulated evaluation turns out.</summary>
internal enum DemoCourse
{
    /// <summary>Manajemen Pelayanan Publik, for complaint handlers: evaluated at every level, with the units' KPIs and SKM.</summary>
    PublicService,

    /// <summary>Komunikasi Efektif dan Negosiasi, for provincial staff.</summary>
    Communication,

    /// <summary>TI untuk Administrasi Perkantoran, for administrative staff; weaker learning and no return.</summary>
    OfficeIt,
}

/// <summary>
/// A course run the demo evaluates: its identifier, course, title and dates, the participants (indexes in the plan's
/// employees), the service units whose results it is meant to improve and the untrained unit they are compared with.
/// </summary>
internal sealed record DemoRun(
    CourseRunId Id,
    DemoCourse Course,
    string Title,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<int> Participants,
    IReadOnlyList<string> Units,
    string? ComparisonUnit);

/// <summary>
/// The course runs of the demo's evaluation step, all organised by BPSDM Provinsi Lampung in 2025. This is the one
/// place that says which runs exist: until the composed yearly plan supplies real runs, they are simulated here, with
/// identifiers and participants drawn from the seed. Participants come from the positions a course is meant for; a
/// small population (fewer staff than positions) falls back to other employees of the same OPDs, regions, then anyone.
/// </summary>
internal static class DemoRuns
{
    /// <summary>The organiser.</summary>
    public const string Organiser = "BPSDM Provinsi Lampung";

    /// <summary>The organiser's OPD code.</summary>
    public const string OrganiserOpd = $"{LampungCatalogue.ProvincePrefix}-BPSDM";

    /// <summary>The complaint-handling units trained by the public-service run (DPMPTSP Lampung Selatan and Pesisir Barat).</summary>
    public static readonly string[] ComplaintUnits = ["1803-DPMPTSP", "1813-DPMPTSP"];

    /// <summary>The untrained unit the complaint KPIs are compared with (DPMPTSP Tanggamus).</summary>
    public const string ComparisonUnit = "1802-DPMPTSP";

    /// <summary>The fewest participants a run has, whatever the population.</summary>
    public const int MinimumParticipants = 6;

    /// <summary>Chooses the runs' participants and identifiers.</summary>
    public static IReadOnlyList<DemoRun> Select(DemoPlan plan, Random random)
    {
        var taken = new HashSet<int>();
        var everyone = Enumerable.Range(0, plan.Employees.Count).ToArray();
        PositionPlan PositionOf(int employee) => plan.Positions[plan.Employees[employee].Position];
        IEnumerable<int> Where(Func<PositionPlan, bool> fits) => everyone.Where(e => fits(PositionOf(e)));

        // Front-line complaint handlers of each unit (service staff and licensing officers), then the unit's other staff;
        // in a small population, anyone of the units, their regions, then anyone.
        var frontLine = new[] { "-PLK-01", "-PLK-04", "-JF-01" };
        var publicService = new List<int>();
        foreach (var unit in ComplaintUnits)
        {
            publicService.AddRange(Choose(
                random, taken, 12,
                Where(p => p.OpdCode == unit && frontLine.Any(s => p.Code.EndsWith(s, StringComparison.Ordinal))),
                Where(p => p.OpdCode == unit && p.Kind is PositionKind.Pengawas or PositionKind.Pelaksana or PositionKind.Fungsional)));
        }

        publicService.AddRange(Choose(random, taken, MinimumParticipants - publicService.Count, Where(p => ComplaintUnits.Contains(p.OpdCode)), Where(p => ComplaintUnits.Any(u => u[..4] == p.RegionCode)), everyone));
        publicService.Sort();

        // Provincial staff who negotiate and coordinate: supervisors, functional staff and service staff of the provincial OPDs.
        bool Provincial(PositionPlan p) => p.OpdCode.StartsWith(LampungCatalogue.ProvincePrefix + "-", StringComparison.Ordinal);
        var communication = Choose(
            random, taken, 20,
            Where(p => Provincial(p) && p.Kind is PositionKind.Pengawas or PositionKind.Fungsional or PositionKind.Pelaksana && p.OpdCode != OrganiserOpd),
            Where(Provincial),
            everyone);

        // Administrative staff of Kota Metro and Pringsewu.
        string[] officeRegions = ["1872", "1810"];
        var officeIt = Choose(
            random, taken, 18,
            Where(p => officeRegions.Contains(p.RegionCode) && (p.Code.EndsWith("-PLK-03", StringComparison.Ordinal) || p.Code.EndsWith("-PLK-02", StringComparison.Ordinal))),
            Where(p => officeRegions.Contains(p.RegionCode) && p.Kind == PositionKind.Pelaksana),
            Where(p => officeRegions.Contains(p.RegionCode)),
            everyone);

        return
        [
            new DemoRun(NewId(random), DemoCourse.PublicService, "Manajemen Pelayanan Publik: Penanganan Pengaduan", new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 14), publicService, ComplaintUnits, ComparisonUnit),
            new DemoRun(NewId(random), DemoCourse.Communication, "Komunikasi Efektif dan Negosiasi", new DateOnly(2025, 5, 19), new DateOnly(2025, 5, 22), communication, [], null),
            new DemoRun(NewId(random), DemoCourse.OfficeIt, "TI untuk Administrasi Perkantoran", new DateOnly(2025, 8, 4), new DateOnly(2025, 8, 8), officeIt, [], null),
        ];
    }

    /// <summary>
    /// Takes up to <paramref name="count"/> employees not taken yet, from the first pool, then the next ones; each pool is
    /// shuffled (the order within a pool is the seed's), and the result keeps the plan's order.
    /// </summary>
    private static List<int> Choose(Random random, HashSet<int> taken, int count, params IEnumerable<int>[] pools)
    {
        var chosen = new List<int>();
        foreach (var pool in pools)
        {
            var candidates = pool.Where(e => !taken.Contains(e)).ToArray();
            random.Shuffle(candidates);
            foreach (var e in candidates.Take(count - chosen.Count))
            {
                taken.Add(e);
                chosen.Add(e);
            }
        }

        chosen.Sort();
        return chosen;
    }

    /// <summary>A version-4 style identifier from the seed's sequence (what <see cref="CourseRunId.New"/> would give, but reproducible).</summary>
    private static CourseRunId NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new CourseRunId(new Guid(bytes));
    }
}
