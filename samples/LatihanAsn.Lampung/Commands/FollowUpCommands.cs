using System.Globalization;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Lampung.Commands;

/// <summary>One item of <c>followup due</c>, as printed.</summary>
internal sealed record DueItemRow(DateOnly DueOn, string Kind, bool Overdue, string RegionCode, string Region, string? Employee, string Description, string Reference);

/// <summary>What <c>followup due</c> prints.</summary>
internal sealed record DueCommandReport(DateOnly AsOf, int HorizonDays, string? Region, int Items, IReadOnlyList<DueKindRow> ByKind, IReadOnlyList<DueItemRow> Rows);

/// <summary>
/// <c>followup due --as-of YYYY-MM-DD [--region NAME] [--horizon 7] [--db FILE]</c>: what needs attention on a day in the
/// database the demo leaves behind (or another one of the same shape), through <c>GetWhatIsDue</c> in the province's scope,
/// on a clock set to that day.
/// </summary>
internal static class FollowUpCommands
{
    public static async Task DueAsync(Arguments args, TextWriter stdout, CancellationToken cancellationToken)
    {
        var asOfText = args.Required("as-of");
        if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            throw new UsageException(Text.Pick($"--as-of harus tanggal TTTT-BB-HH, bukan '{asOfText}'.", $"--as-of must be a date YYYY-MM-DD, not '{asOfText}'."));
        }

        var regionText = args.Optional("region");
        var region = regionText is null ? null : FindRegion(regionText)
            ?? throw new UsageException(Text.Pick(
                $"wilayah tidak dikenal: '{regionText}' (kode seperti 1813, atau nama seperti \"Pesisir Barat\" atau \"Kota Metro\").",
                $"unknown region: '{regionText}' (a code such as 1813, or a name such as \"Pesisir Barat\" or \"Kota Metro\")."));
        var horizon = args.Integer("horizon", 7, 0, 366);
        var path = args.Optional("db") ?? DemoSettings.DefaultDatabasePath;
        var format = args.Format();
        args.EnsureAllRead();

        using (var database = HostDatabase.Open(path, recreate: false))
        {
            using var host = new LampungHost(database, services => services.AddSingleton<TimeProvider>(FixedClock.At(asOf)));
            var report = await host.SendAsync(new GetWhatIsDue(asOf, horizon, region?.Code), cancellationToken);
            var names = Names(database, report.Items.Select(i => i.Employee).OfType<Domain.Competencies.EmployeeId>().Distinct().ToArray());
            var rows = report.Items
                .Select(i => new DueItemRow(i.DueOn, DueText.Kind(i.Kind), i.Overdue, i.RegionCode, DueText.Region(i.RegionCode),
                    i.Employee is { } e && names.TryGetValue(e.Value, out var name) ? name : null,
                    Text.Pick(i.Description.Indonesian, i.Description.English), i.Reference))
                .ToArray();
            var byKind = report.Items.GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => new DueKindRow(DueText.Kind(g.Key), g.Count(), g.Count(i => i.Overdue))).ToArray();
            var output = new DueCommandReport(report.AsOf, report.HorizonDays, region?.Name, rows.Length, byKind, rows);
            if (format == OutputFormat.Json)
            {
                Json.Write(stdout, output);
            }
            else
            {
                Write(output, stdout);
            }
        }
    }

    /// <summary>A region by code or by name ("Pesisir Barat", "Kota Metro"), also with "Kabupaten" before a regency's name.</summary>
    public static Region? FindRegion(string text)
    {
        var trimmed = text.Trim();
        const string Regency = "Kabupaten ";
        return LampungRegions.Find(trimmed)
            ?? (trimmed.StartsWith(Regency, StringComparison.OrdinalIgnoreCase) ? LampungRegions.Find(trimmed[Regency.Length..]) : null);
    }

    // Only the employees the report names, not the whole table.
    private static Dictionary<Guid, string> Names(HostDatabase database, IReadOnlyCollection<Domain.Competencies.EmployeeId> ids)
    {
        using var context = database.CreateContext();
        return context.Set<Domain.Competencies.Employee>().AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id.Value, e => $"{e.Name} ({e.Nip})");
    }

    private static void Write(DueCommandReport report, TextWriter stdout)
    {
        var asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        stdout.WriteLine(Text.Pick(
            $"Yang perlu perhatian per {asOf} ({report.HorizonDays} hari ke depan){(report.Region is null ? string.Empty : $", {report.Region}")}: {report.Items} butir",
            $"What needs attention on {asOf} (next {report.HorizonDays} days){(report.Region is null ? string.Empty : $", {report.Region}")}: {report.Items} items"));
        if (report.Items == 0)
        {
            return;
        }

        stdout.WriteLine();
        var kinds = new TextTable((Text.Pick("Jenis", "Kind"), false), (Text.Pick("Butir", "Items"), true), (Text.Pick("Terlambat", "Overdue"), true));
        foreach (var k in report.ByKind)
        {
            kinds.Row(k.Kind, Display.Count(k.Items), Display.Count(k.Overdue));
        }

        kinds.Write(stdout);
        stdout.WriteLine();
        var table = new TextTable(
            (Text.Pick("Jatuh tempo", "Due"), false), (Text.Pick("Jenis", "Kind"), false), (Text.Pick("Wilayah", "Region"), false),
            (Text.Pick("Pegawai", "Employee"), false), (Text.Pick("Keterangan", "Description"), false));
        foreach (var r in report.Rows)
        {
            table.Row(r.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (r.Overdue ? " !" : string.Empty), r.Kind, r.Region, r.Employee ?? "-", r.Description);
        }

        table.Write(stdout);
        stdout.WriteLine(Text.Pick("! terlambat", "! overdue"));
    }
}
