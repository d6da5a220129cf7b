using System.Globalization;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>The host-path harness's command line.</summary>
/// <param name="Sample">The sample host's built assembly (<c>LatihanAsn.Lampung.dll</c>), run with <c>dotnet</c>.</param>
/// <param name="Employees">The sizes to run, in the order given.</param>
/// <param name="Postgres">A PostgreSQL server's connection string (its database is only used to create and drop the runs' databases), or null for SQLite only.</param>
/// <param name="Out">The Markdown report's file, or null for standard output.</param>
internal sealed record HostPathOptions(string Sample, IReadOnlyList<int> Employees, string? Postgres, string? Out)
{
    public const string Usage =
        "usage: host-path --sample <path to LatihanAsn.Lampung.dll> --employees 10000,100000 [--postgres \"<server connection string>\"] [--out FILE.md]";

    /// <summary>Reads the options (the arguments after <c>host-path</c>).</summary>
    /// <exception cref="ArgumentException">An option is missing, unknown or invalid; the message says which.</exception>
    public static HostPathOptions Parse(IReadOnlyList<string> args)
    {
        string? sample = null, employees = null, postgres = null, output = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name}: a value is required");
            }

            var value = args[++i];
            switch (name)
            {
                case "--sample": sample = value; break;
                case "--employees": employees = value; break;
                case "--postgres": postgres = value; break;
                case "--out": output = value; break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }

        if (sample is null || employees is null)
        {
            throw new ArgumentException("--sample and --employees are required");
        }

        if (!File.Exists(sample))
        {
            throw new ArgumentException($"--sample: no such file: {sample} (build it: dotnet build samples/LatihanAsn.Lampung -c Release)");
        }

        var sizes = new List<int>();
        foreach (var part in employees.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                throw new ArgumentException($"--employees: not a positive whole number: {part}");
            }

            if (!sizes.Contains(n))
            {
                sizes.Add(n);
            }
        }

        if (sizes.Count == 0)
        {
            throw new ArgumentException("--employees: at least one size is required");
        }

        return new HostPathOptions(Path.GetFullPath(sample), sizes, string.IsNullOrWhiteSpace(postgres) ? null : postgres, output);
    }
}
