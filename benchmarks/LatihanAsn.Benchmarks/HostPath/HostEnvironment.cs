using System.Globalization;
using System.Runtime.InteropServices;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>What the runs ran on, read before the first run.</summary>
internal sealed record HostEnvironment(
    string Processor,
    int Cores,
    string Memory,
    string OperatingSystem,
    string Runtime,
    DateTime StartedUtc,
    string LoadAverage,
    string SqliteVersion,
    IReadOnlyList<(string Name, string Value)>? PostgresSettings)
{
    public static HostEnvironment Read(PostgresFloor? postgres) => new(
        ReadProcessor(),
        Environment.ProcessorCount,
        ReadMemory(),
        ReadOperatingSystem(),
        RuntimeInformation.FrameworkDescription + ", " + RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
        DateTime.UtcNow,
        ReadFirst("/proc/loadavg", line => string.Join(' ', line.Split(' ').Take(3))) ?? "unknown",
        SqliteFloor.Version(),
        postgres?.Settings());

    private static string ReadProcessor() =>
        ReadFirst("/proc/cpuinfo", line => line.StartsWith("model name", StringComparison.Ordinal) ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : null)
        ?? RuntimeInformation.ProcessArchitecture.ToString();

    private static string ReadMemory()
    {
        var kilobytes = ReadFirst("/proc/meminfo", line => line.StartsWith("MemTotal:", StringComparison.Ordinal) ? line["MemTotal:".Length..].Trim().Split(' ')[0] : null);
        return kilobytes is not null && long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? (kb / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " GiB"
            : "unknown";
    }

    private static string ReadOperatingSystem()
    {
        var name = ReadFirst("/etc/os-release", line => line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal) ? line["PRETTY_NAME=".Length..].Trim('"') : null)
                   ?? RuntimeInformation.OSDescription;
        var kernel = ReadFirst("/proc/sys/kernel/osrelease", line => line.Trim());
        return kernel is null ? $"{name}, {RuntimeInformation.OSArchitecture}" : $"{name}, Linux {kernel}, {RuntimeInformation.OSArchitecture}";
    }

    /// <summary>Gets the first non-null result of <paramref name="pick"/> over the file's lines; null if none or the file cannot be read.</summary>
    private static string? ReadFirst(string file, Func<string, string?> pick)
    {
        try
        {
            return File.ReadLines(file).Select(pick).FirstOrDefault(value => value is not null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
