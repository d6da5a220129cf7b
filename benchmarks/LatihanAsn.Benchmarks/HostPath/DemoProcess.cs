using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>One phase of the demo as its JSON report gives it.</summary>
internal sealed record PhaseResult(string Phase, long Milliseconds, long AllocatedBytes);

/// <summary>One run of the demo: its phases and elapsed time (its own measurements), and the harness's wall time and peak resident memory.</summary>
/// <param name="Phases">The phases, in the demo's order.</param>
/// <param name="ElapsedMilliseconds">The demo's own elapsed time (from its start to its report, output excluded).</param>
/// <param name="Wall">From starting the process to its exit: runtime start-up, JIT and the JSON output included.</param>
/// <param name="PeakResidentBytes">The highest <c>VmHWM</c> read while the process ran (0 where <c>/proc</c> is missing).</param>
/// <param name="MemorySamples">How many readings of <c>VmHWM</c> were taken.</param>
internal sealed record DemoResult(IReadOnlyList<PhaseResult> Phases, long ElapsedMilliseconds, TimeSpan Wall, long PeakResidentBytes, int MemorySamples);

/// <summary>Runs the sample host's demo as a child process and measures it.</summary>
internal static class DemoProcess
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Runs <c>dotnet &lt;sample&gt; demo --employees N --db &lt;db&gt; --format json</c>.</summary>
    /// <exception cref="InvalidOperationException">The demo failed or its output is not the expected report.</exception>
    public static async Task<DemoResult> RunAsync(string sample, int employees, string db, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { sample, "demo", "--employees", employees.ToString(CultureInfo.InvariantCulture), "--db", db, "--format", "json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        var wall = Stopwatch.StartNew();
        process.Start();
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            var exited = process.WaitForExitAsync(cancellationToken);

            // VmHWM is the kernel's high-water mark of the resident set, so the last reading is the peak; polling keeps
            // the last one taken before the exit (an exited process has no memory lines left to read).
            long peak = 0;
            var samples = 0;
            while (!exited.IsCompleted)
            {
                if (ReadPeakResident(process.Id) is { } reading)
                {
                    peak = Math.Max(peak, reading);
                    samples++;
                }

                await Task.WhenAny(exited, Task.Delay(PollInterval, cancellationToken));
            }

            await exited;
            wall.Stop();
            var output = await stdout;
            var errors = await stderr;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"the demo exited with code {process.ExitCode}: {errors.Trim()}");
            }

            var (phases, elapsed) = ParseReport(output);
            return new DemoResult(phases, elapsed, wall.Elapsed, peak, samples);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>Reads <c>VmHWM</c> (kB) from <c>/proc/&lt;pid&gt;/status</c>, in bytes; null when it cannot be read.</summary>
    private static long? ReadPeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process is gone, or there is no /proc.
        }

        return null;
    }

    private static (IReadOnlyList<PhaseResult> Phases, long Elapsed) ParseReport(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var phases = root.GetProperty("phases").EnumerateArray()
                .Select(p => new PhaseResult(p.GetProperty("phase").GetString()!, p.GetProperty("milliseconds").GetInt64(), p.GetProperty("allocatedBytes").GetInt64()))
                .ToArray();
            return (phases, root.GetProperty("elapsedMilliseconds").GetInt64());
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidOperationException($"the demo's output is not its JSON report with phases: {e.Message}", e);
        }
    }
}
