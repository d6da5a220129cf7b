using System.Data.Common;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>One run of the harness: a provider and a size, the demo's measurements and the floor's.</summary>
internal sealed record RunResult(string Provider, int Employees, DemoResult Demo, FloorResult Floor);

/// <summary>
/// The host-path benchmark: runs the sample host's whole demo as a child process for each size, on SQLite and (with a
/// server) PostgreSQL, measures it (the demo's phases, wall time, peak resident memory), times the floor (the same
/// rows inserted by the provider's bulk path) and writes a Markdown report. A timed harness, not BenchmarkDotNet: one
/// run at province scale is minutes long.
/// </summary>
internal static class HostPathCommand
{
    public const string Sqlite = "SQLite";
    public const string Postgres = "PostgreSQL";

    public static async Task<int> RunAsync(string[] args)
    {
        HostPathOptions options;
        try
        {
            options = HostPathOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"host-path: {e.Message}");
            await Console.Error.WriteLineAsync(HostPathOptions.Usage);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var postgres = options.Postgres is null ? null : new PostgresFloor(options.Postgres);
        var results = new List<RunResult>();
        HostEnvironment environment;
        try
        {
            environment = HostEnvironment.Read(postgres);
            foreach (var employees in options.Employees)
            {
                results.Add(await RunSqliteAsync(options.Sample, employees, cancel.Token));
                if (postgres is not null)
                {
                    results.Add(await RunPostgresAsync(postgres, options.Sample, employees, cancel.Token));
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or DbException or IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            await Console.Error.WriteLineAsync($"host-path: {e.Message}");
            return 1;
        }

        var markdown = HostPathReport.Write(options, environment, results);
        if (options.Out is null)
        {
            await Console.Out.WriteAsync(markdown);
        }
        else
        {
            await File.WriteAllTextAsync(options.Out, markdown);
            Progress($"report written to {options.Out}");
        }

        return 0;
    }

    private static async Task<RunResult> RunSqliteAsync(string sample, int employees, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("latihanasn-hostpath-");
        try
        {
            var demoFile = Path.Combine(directory.FullName, "demo.db");
            Progress($"{Sqlite}, {employees} employees: demo");
            var demo = await DemoProcess.RunAsync(sample, employees, demoFile, cancellationToken);
            Progress($"{Sqlite}, {employees} employees: demo {demo.ElapsedMilliseconds / 1000.0:F1} s; floor");
            var floor = SqliteFloor.Run(demoFile, Path.Combine(directory.FullName, "floor.db"));
            Progress($"{Sqlite}, {employees} employees: floor {floor.Insert.TotalSeconds:F2} s for {floor.Rows} rows");
            return new RunResult(Sqlite, employees, demo, floor);
        }
        finally
        {
            directory.Delete(recursive: true);
            GC.Collect();
        }
    }

    private static async Task<RunResult> RunPostgresAsync(PostgresFloor server, string sample, int employees, CancellationToken cancellationToken)
    {
        var demoDatabase = $"hostpath_{employees}";
        var copyDatabase = $"hostpath_{employees}_floor";
        server.CreateDatabase(demoDatabase);
        try
        {
            Progress($"{Postgres}, {employees} employees: demo");
            var demo = await DemoProcess.RunAsync(sample, employees, server.DemoConnectionString(demoDatabase), cancellationToken);
            Progress($"{Postgres}, {employees} employees: demo {demo.ElapsedMilliseconds / 1000.0:F1} s; floor");
            var floor = server.Run(demoDatabase, copyDatabase);
            Progress($"{Postgres}, {employees} employees: floor {floor.Insert.TotalSeconds:F2} s for {floor.Rows} rows");
            return new RunResult(Postgres, employees, demo, floor);
        }
        finally
        {
            server.DropDatabase(copyDatabase);
            server.DropDatabase(demoDatabase);
            GC.Collect();
        }
    }

    private static void Progress(FormattableString message) => Console.Error.WriteLine("host-path: " + FormattableString.Invariant(message));
}
