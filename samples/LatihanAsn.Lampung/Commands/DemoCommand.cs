using System.Diagnostics;
using System.Globalization;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Persistence;
using LatihanAsn.Lampung.Seeding;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Lampung.Commands;

/// <summary>What the demo runs on: the database (a SQLite file or a PostgreSQL connection string), the seed and the number of employees.</summary>
internal sealed record DemoSettings(string DatabasePath, int Seed, int Employees, TimeSpan? ExactComposer = null)
{
    /// <summary>Gets the default database: a file in the system temp directory, recreated on each run.</summary>
    public static string DefaultDatabasePath => Path.Combine(Path.GetTempPath(), "latihanasn-lampung.db");
}

/// <summary>One JPM band's count and its share of the group (unrounded percent).</summary>
internal sealed record BandShare(string Band, int Count, decimal Percent);

/// <summary>The JPM distribution of a group; a suppressed group (fewer employees than the minimum group size) has no figures.</summary>
internal sealed record JpmDistribution(string Code, string Name, bool Suppressed, int? Employees, IReadOnlyList<BandShare> Bands, BandShare? Undefined);

/// <summary>A competency's mean shortfall in a group, with how many are red (2+ levels short) or amber (1 level short).</summary>
internal sealed record CompetencyShortfall(string Code, string Name, decimal MeanShortfall, int Red, int Amber, int Assessed);

/// <summary>A region's competencies with the largest mean shortfall.</summary>
internal sealed record RegionGaps(string Code, string Name, bool Suppressed, IReadOnlyList<CompetencyShortfall> Largest);

/// <summary>Everything the demo prints.</summary>
internal sealed record DemoReport(
    int Seed,
    string Database,
    DateOnly AsOf,
    string Scope,
    string JpmRuleSet,
    SeedCounts Seeded,
    JpmDistribution Province,
    IReadOnlyList<JpmDistribution> Regions,
    IReadOnlyList<RegionGaps> LargestGaps,
    NeedsReport Needs,
    CompositionSection Composition,
    FollowUpReport FollowUp,
    EvaluationReport Evaluation,
    IReadOnlyList<PhaseTiming> Phases,
    long ElapsedMilliseconds);

/// <summary>
/// The demo: recreates the database, seeds the generated province through the mediator, and summarises the population
/// with <see cref="SummarisePopulation"/> (by province and by region) in the host's fixed caller scope, the province;
/// then the needs step (<see cref="DemoNeeds"/>): survey, learning hours, promotions and appraisals, with the survey's
/// priorities, the needs register and the 20 JP shortfall by region; then the composition step (<see cref="DemoCompose"/>):
/// reach, catalogue, the next year's plan composed, submitted and approved.
/// </summary>
internal static class DemoCommand
{
    private const int TopGaps = 3;

    public static async Task RunAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var settings = new DemoSettings(
            args.Optional("db") ?? DemoSettings.DefaultDatabasePath,
            args.Integer("seed", DemoPlan.DefaultSeed, 0, int.MaxValue),
            args.Integer("employees", DemoPlan.DefaultEmployees, 1, 100_000),
            ComposeCommand.ExactComposer(args));
        var format = args.Format();
        args.EnsureAllRead();

        var report = await RunAsync(settings, cancellationToken);
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, report);
        }
        else
        {
            WriteTables(report, stdout);
        }
    }

    public static async Task<DemoReport> RunAsync(DemoSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var plan = DemoPlan.Generate(settings.Seed, settings.Employees);
        using var database = HostDatabase.Open(settings.DatabasePath, recreate: true);
        using var host = new LampungHost(database, settings.ExactComposer is { } limit ? services => services.AddLatihanAsnExactComposition(o => o with { TimeLimit = limit }) : null);
        var phases = new DemoPhases();
        var seeded = await DemoSeeder.SeedAsync(host, plan, cancellationToken, phases);
        var province = await phases.MeasureAsync("report", () => host.SendAsync(new SummarisePopulation(PopulationDimension.Province, AsOf: DemoPlan.AsOf), cancellationToken));
        var regions = await phases.MeasureAsync("report", () => host.SendAsync(new SummarisePopulation(PopulationDimension.Region, AsOf: DemoPlan.AsOf), cancellationToken));
        var needs = await phases.MeasureAsync("needs", () => DemoNeeds.RunAsync(host, plan, seeded, cancellationToken));
        var composition = await phases.MeasureAsync("compose", () => DemoCompose.RunAsync(host, plan, seeded, cancellationToken));
        var followUp = await DemoFollowUp.RunAsync(host, plan, seeded, settings.Seed, cancellationToken, phases, provinceBefore: province);
        var evaluation = await phases.MeasureAsync("evaluate", () => DemoEvaluation.RunAsync(host, plan, seeded, settings.Seed, cancellationToken));

        var provinceGroup = province.Groups.SingleOrDefault() ?? new PopulationGroup(PopulationSummaryRule.ProvinceKey, true, null, [], null, []);
        return new DemoReport(
            settings.Seed,
            database.Display,
            DemoPlan.AsOf,
            CallerScope.Province.ToString(),
            province.JpmBands.Key,
            seeded.Counts,
            Distribution(provinceGroup, Text.Pick("Provinsi Lampung", "Lampung Province")),
            regions.Groups.Select(g => Distribution(g, RegionName(g.Key))).ToArray(),
            regions.Groups.Select(Gaps).ToArray(),
            needs,
            composition,
            followUp,
            evaluation,
            phases.Phases,
            clock.ElapsedMilliseconds);
    }


    private static JpmDistribution Distribution(PopulationGroup group, string name)
    {
        if (group.Suppressed)
        {
            return new JpmDistribution(group.Key, name, true, null, [], null);
        }

        var total = group.Employees!.Value;
        return new JpmDistribution(
            group.Key,
            name,
            false,
            total,
            group.JpmDistribution.Select(b => new BandShare(b.Band, b.Count, b.Count * 100m / total)).ToArray(),
            new BandShare(Text.Pick("Tak terdefinisi", "Undefined"), group.JpmUndefined!.Value, group.JpmUndefined.Value * 100m / total));
    }

    private static RegionGaps Gaps(PopulationGroup group) => new(
        group.Key,
        RegionName(group.Key),
        group.Suppressed,
        group.Competencies
            .Where(c => c.MeanShortfall > 0)
            .OrderByDescending(c => c.MeanShortfall)
            .ThenBy(c => c.Competency)
            .Take(TopGaps)
            .Select(c => new CompetencyShortfall(c.Competency.Value, CompetencyName(c.Competency), c.MeanShortfall!.Value, c.Red, c.Amber, c.Assessed))
            .ToArray());

    private static string RegionName(string code) => LampungRegions.Find(code)?.Name ?? code;

    private static string CompetencyName(CompetencyCode code) =>
        Permenpanrb38Of2017.Competencies.FirstOrDefault(c => c.Code == code)?.Name ?? code.Value;

    private static void WriteTables(DemoReport report, TextWriter stdout)
    {
        var s = report.Seeded;
        var asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        stdout.WriteLine(Text.Pick("LatihanAsn: host contoh Provinsi Lampung", "LatihanAsn: the Lampung Province sample host"));
        stdout.WriteLine(Text.Pick($"Seed {report.Seed}; basis data {report.Database}", $"Seed {report.Seed}; database {report.Database}"));
        stdout.WriteLine(Text.Pick(
            $"Disemai lewat mediator: {s.Regions} wilayah, {s.Opds} OPD, {s.Positions} jabatan, {s.Employees} pegawai, {s.Assessments} asesmen ({s.Superseded} menggantikan asesmen lama)",
            $"Seeded through the mediator: {s.Regions} regions, {s.Opds} OPDs, {s.Positions} positions, {s.Employees} employees, {s.Assessments} assessments ({s.Superseded} superseding older ones)"));
        stdout.WriteLine(Text.Pick(
            $"Per {asOf}; cakupan pemanggil: {report.Scope}; pita JPM: {report.JpmRuleSet}",
            $"As of {asOf}; caller scope: {report.Scope}; JPM bands: {report.JpmRuleSet}"));

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Sebaran JPM provinsi", "JPM distribution, province"));
        var province = new TextTable((Text.Pick("Kategori", "Category"), false), (Text.Pick("Pegawai", "Employees"), true), ("%", true));
        if (report.Province.Suppressed)
        {
            province.Row(Suppressed(), string.Empty, string.Empty);
        }
        else
        {
            foreach (var band in report.Province.Bands.Append(report.Province.Undefined!))
            {
                province.Row(band.Band, Display.Count(band.Count), Display.Percent(band.Percent, 1));
            }

            province.Row(Text.Pick("Jumlah", "Total"), Display.Count(report.Province.Employees!.Value), Display.Percent(100m, 1));
        }

        province.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Sebaran JPM per wilayah (jumlah pegawai dan persentase wilayah)", "JPM distribution by region (employees and share of the region)"));
        var bandNames = report.Regions.FirstOrDefault(r => !r.Suppressed)?.Bands.Select(b => b.Band).ToArray() ?? [];
        var regions = new TextTable(
            [(Text.Pick("Kode", "Code"), false), (Text.Pick("Wilayah", "Region"), false), (Text.Pick("Pegawai", "Employees"), true),
             .. bandNames.Select(b => (b, true)), (Text.Pick("Tak terdefinisi", "Undefined"), true)]);
        foreach (var region in report.Regions)
        {
            regions.Row(
            [
                region.Code, region.Name, region.Suppressed ? Suppressed() : Display.Count(region.Employees!.Value),
                .. region.Suppressed ? bandNames.Select(_ => string.Empty).Append(string.Empty) : region.Bands.Append(region.Undefined!).Select(Share),
            ]);
        }

        regions.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Kesenjangan terbesar per wilayah ({TopGaps} kompetensi dengan rata-rata kekurangan tertinggi; merah: kurang 2 tingkat atau lebih, kuning: kurang 1 tingkat)",
            $"Largest gaps by region ({TopGaps} competencies with the highest mean shortfall; red: 2 or more levels short, amber: 1 level short)"));
        var gaps = new TextTable(
            (Text.Pick("Wilayah", "Region"), false), (Text.Pick("Kompetensi", "Competency"), false), (Text.Pick("Rata-rata kekurangan", "Mean shortfall"), true),
            (Text.Pick("Merah", "Red"), true), (Text.Pick("Kuning", "Amber"), true), (Text.Pick("Dinilai", "Assessed"), true));
        foreach (var region in report.LargestGaps)
        {
            if (region.Suppressed || region.Largest.Count == 0)
            {
                gaps.Row(region.Name, region.Suppressed ? Suppressed() : Text.Pick("tidak ada kesenjangan", "no gaps"), string.Empty, string.Empty, string.Empty, string.Empty);
                continue;
            }

            for (var i = 0; i < region.Largest.Count; i++)
            {
                var c = region.Largest[i];
                gaps.Row(i == 0 ? region.Name : string.Empty, $"{c.Code} {c.Name}", Display.Number(c.MeanShortfall, 2), Display.Count(c.Red), Display.Count(c.Amber), Display.Count(c.Assessed));
            }
        }

        gaps.Write(stdout);

        DemoNeeds.WriteTables(report.Needs, stdout);
        DemoCompose.WriteTables(report.Composition, stdout);
        DemoFollowUp.WriteTables(report.FollowUp, stdout);
        DemoEvaluation.WriteTables(report.Evaluation, stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Waktu per tahap", "Time by phase"));
        var phases = new TextTable(
            (Text.Pick("Tahap", "Phase"), false), (Text.Pick("Detik", "Seconds"), true), (Text.Pick("Alokasi (MB)", "Allocated (MB)"), true),
            (Text.Pick("Puncak memori (MB)", "Peak memory (MB)"), true), (Text.Pick("Jeda GC (detik)", "GC pauses (s)"), true), (Text.Pick("GC penuh", "Full GCs"), true), (Text.Pick("CPU (detik)", "CPU (s)"), true));
        foreach (var p in report.Phases)
        {
            phases.Row(p.Phase, Display.Number(p.Milliseconds / 1000m, 1), Display.Count((int)(p.AllocatedBytes / 1_000_000)), Display.Count((int)(p.PeakWorkingSetBytes / 1_000_000)), Display.Number(p.GcPauseMilliseconds / 1000m, 1), Display.Count(p.Gen2Collections), Display.Number(p.CpuMilliseconds / 1000m, 1));
        }

        phases.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick($"Waktu: {Display.Number(report.ElapsedMilliseconds / 1000m, 1)} detik", $"Elapsed: {Display.Number(report.ElapsedMilliseconds / 1000m, 1)} s"));
    }

    private static string Share(BandShare share) => $"{Display.Count(share.Count)} ({Display.Percent(share.Percent, 1)})";

    private static string Suppressed() => Text.Pick("(disembunyikan: kelompok kecil)", "(suppressed: small group)");
}
