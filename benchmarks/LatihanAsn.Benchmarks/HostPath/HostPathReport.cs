using System.Globalization;
using System.Text;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>The harness's Markdown report. Every number is formatted in the invariant culture; MB is 10^6 bytes.</summary>
internal static class HostPathReport
{
    /// <summary>A run is linear enough when its time grows by at most this factor times the growth of its size (12 for 10x the employees).</summary>
    public const double LinearityBar = 1.2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(HostPathOptions options, HostEnvironment environment, IReadOnlyList<RunResult> results)
    {
        var md = new StringBuilder();
        md.AppendLine("# Host-path benchmark results");
        md.AppendLine();
        md.AppendLine("Whole runs of the sample host's `demo` (the yearly cycle on a generated province), one child process per");
        md.AppendLine("provider and size, measured by the timed harness of `benchmarks/LatihanAsn.Benchmarks` (`host-path`; see");
        md.AppendLine("`benchmarks/README.md`). The floor is a raw bulk insert of the same rows through the provider, in a second");
        md.AppendLine("database of the same schema: the least any host path that ends with these rows has to spend writing them.");
        md.AppendLine();
        md.AppendLine("## Environment");
        md.AppendLine();
        md.AppendLine(Line($"- **Machine:** {environment.Processor}, {environment.Cores} cores, {environment.Memory} RAM; load average {environment.LoadAverage} at the start"));
        md.AppendLine(Line($"- **OS:** {environment.OperatingSystem}"));
        md.AppendLine(Line($"- **.NET:** {environment.Runtime}"));
        md.AppendLine(Line($"- **Date:** {environment.StartedUtc:yyyy-MM-dd HH:mm} UTC"));
        md.AppendLine(Line($"- **SQLite:** {environment.SqliteVersion} (the demo's file and the floor's: WAL, `synchronous=NORMAL`)"));
        if (environment.PostgresSettings is { } settings)
        {
            var version = settings.FirstOrDefault(s => s.Name == "server_version").Value ?? "unknown";
            var others = string.Join(", ", settings.Where(s => s.Name != "server_version").Select(s => $"`{s.Name}={s.Value}`"));
            md.AppendLine(Line($"- **PostgreSQL:** {version}; {others}"));
        }
        else
        {
            md.AppendLine("- **PostgreSQL:** not run (no `--postgres`)");
        }

        md.AppendLine(Line($"- **Command:** `{CommandLine(options)}`"));
        md.AppendLine();
        md.AppendLine("Phase times and allocations are the demo's own (`phases` of its JSON report: wall-clock time, and bytes");
        md.AppendLine("allocated on the managed heap by all threads). The total is the demo's `elapsedMilliseconds`; the wall time");
        md.AppendLine("also counts the process's start-up and its output. Peak memory is the child's `VmHWM` (peak resident set),");
        md.AppendLine("read every 50 ms. MB = 10^6 bytes.");

        foreach (var provider in results.Select(r => r.Provider).Distinct())
        {
            WriteProvider(md, provider, results.Where(r => r.Provider == provider).OrderBy(r => r.Employees).ToArray());
        }

        return md.ToString();
    }

    private static void WriteProvider(StringBuilder md, string provider, IReadOnlyList<RunResult> runs)
    {
        var first = runs[0];
        var last = runs[^1];
        var scaling = runs.Count > 1;

        md.AppendLine();
        md.AppendLine(Line($"## {provider}"));
        md.AppendLine();

        var header = new StringBuilder("| Phase |");
        var rule = new StringBuilder("|---|");
        foreach (var run in runs)
        {
            header.Append(Line($" {Count(run.Employees)}: time (s) | {Count(run.Employees)}: allocated (MB) |"));
            rule.Append("---:|---:|");
        }

        if (scaling)
        {
            header.Append(Line($" time {Count(last.Employees)} / {Count(first.Employees)} |"));
            rule.Append("---:|");
        }

        md.AppendLine(header.ToString());
        md.AppendLine(rule.ToString());

        var phases = runs.SelectMany(r => r.Demo.Phases.Select(p => p.Phase)).Distinct().ToArray();
        foreach (var phase in phases)
        {
            var cells = runs.Select(r => r.Demo.Phases.FirstOrDefault(p => p.Phase == phase)).ToArray();
            md.Append(Line($"| {phase} |"));
            foreach (var cell in cells)
            {
                md.Append(cell is null ? " - | - |" : Line($" {Seconds(cell.Milliseconds)} | {Megabytes(cell.AllocatedBytes)} |"));
            }

            if (scaling)
            {
                md.Append(cells[0] is { } a && cells[^1] is { } b ? Line($" {Ratio(b.Milliseconds, a.Milliseconds)} |") : " - |");
            }

            md.AppendLine();
        }

        md.Append("| sum of the phases |");
        foreach (var run in runs)
        {
            md.Append(Line($" {Seconds(run.Demo.Phases.Sum(p => p.Milliseconds))} | {Megabytes(run.Demo.Phases.Sum(p => p.AllocatedBytes))} |"));
        }

        if (scaling)
        {
            md.Append(Line($" {Ratio(last.Demo.Phases.Sum(p => p.Milliseconds), first.Demo.Phases.Sum(p => p.Milliseconds))} |"));
        }

        md.AppendLine();
        md.Append("| **total** (the demo's elapsed time) |");
        foreach (var run in runs)
        {
            md.Append(Line($" **{Seconds(run.Demo.ElapsedMilliseconds)}** | |"));
        }

        if (scaling)
        {
            md.Append(Line($" **{Ratio(last.Demo.ElapsedMilliseconds, first.Demo.ElapsedMilliseconds)}** |"));
        }

        md.AppendLine();
        md.AppendLine();

        md.AppendLine("| Employees |" + string.Concat(runs.Select(r => Line($" {Count(r.Employees)} |"))));
        md.AppendLine("|---|" + string.Concat(runs.Select(_ => "---:|")));
        Row(md, "Wall time (s)", runs, r => Seconds((long)r.Demo.Wall.TotalMilliseconds));
        Row(md, "Peak resident memory (MB)", runs, r => r.Demo.PeakResidentBytes == 0 ? "-" : Megabytes(r.Demo.PeakResidentBytes));
        Row(md, "Rows written (tables)", runs, r => Line($"{Count(r.Floor.Rows)} ({r.Floor.Tables})"));
        Row(md, "Data written (MB, approximate)", runs, r => (r.Floor.DataBytes / 1e6).ToString("F1", Invariant));
        Row(md, "Floor: bulk insert of the same rows (s)", runs, r => Seconds(r.Floor.Insert.TotalMilliseconds));
        Row(md, "**Total / floor**", runs, r => "**" + Ratio(r.Demo.ElapsedMilliseconds, r.Floor.Insert.TotalMilliseconds) + "**");

        md.AppendLine();
        if (scaling)
        {
            var sizeRatio = (double)last.Employees / first.Employees;
            var timeRatio = (double)last.Demo.ElapsedMilliseconds / Math.Max(1, first.Demo.ElapsedMilliseconds);
            var bar = LinearityBar * sizeRatio;
            md.Append(Line($"Linearity: time({Count(last.Employees)}) / time({Count(first.Employees)}) = **{timeRatio:F2}** for {sizeRatio:0.##}x the employees; "));
            md.AppendLine(Line($"the bar is <= {bar:0.##} ({LinearityBar:0.0} x the size ratio): **{(timeRatio <= bar ? "met" : "not met")}**."));
        }
        else
        {
            md.AppendLine("Linearity: one size only; run two sizes (such as 10000,100000) to measure it.");
        }

        md.AppendLine("The floor's rows were counted back per table in the copy: the same counts as read from the demo's database.");
    }

    private static void Row(StringBuilder md, string label, IEnumerable<RunResult> runs, Func<RunResult, string> cell) =>
        md.AppendLine($"| {label} |" + string.Concat(runs.Select(r => $" {cell(r)} |")));

    private static string CommandLine(HostPathOptions options)
    {
        var command = new StringBuilder("dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- host-path");
        command.Append(" --sample ").Append(Display(options.Sample));
        command.Append(" --employees ").Append(string.Join(',', options.Employees.Select(n => n.ToString(Invariant))));
        if (options.Postgres is not null)
        {
            command.Append(" --postgres \"<server>\"");
        }

        if (options.Out is not null)
        {
            command.Append(" --out ").Append(Display(Path.GetFullPath(options.Out)));
        }

        return command.ToString();
    }

    /// <summary>A path as the report shows it: relative to the working directory when under it, else its file name (no machine paths).</summary>
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative.Replace('\\', '/');
    }

    private static string Line(FormattableString text) => FormattableString.Invariant(text);

    private static string Count(long value) => value.ToString("N0", Invariant);

    private static string Seconds(double milliseconds) => (milliseconds / 1000.0).ToString("F2", Invariant);

    private static string Megabytes(long bytes) => (bytes / 1e6).ToString("N0", Invariant);

    private static string Ratio(double value, double baseline) => (value / Math.Max(1, baseline)).ToString("F2", Invariant);
}
