using System.Diagnostics;
using System.Globalization;
using System.Text;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Benchmarks;

/// <summary>
/// The composer-quality harness (<c>dotnet run -c Release -- composer-quality</c>): the built-in composer on seeded
/// province-sized problems (<see cref="CompositionData"/>), each plan against the upper bound it proves itself, with the
/// objective, the gap, the budget used, the runs and needs left open by reason, and the time. A timed harness, not a
/// BenchmarkDotNet benchmark: one composition is the unit, and the figures of interest are the plan's, not nanoseconds.
/// </summary>
internal static class ComposerQuality
{
    public static int Run(string[] args)
    {
        var sizes = new[] { 3_000, 6_000, 10_000 };
        var courses = 13;
        var budget = 2_500_000_000m;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--employees":
                    sizes = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--courses":
                    courses = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--budget":
                    budget = decimal.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"unknown argument {args[i]}; use --employees 3000,6000 --courses 13 --budget 2500000000 --out FILE.md");
                    return 2;
            }
        }

        var report = new StringBuilder();
        report.AppendLine("| Employees | Courses | Budget (Rp M) | Candidate runs | Objective | Bound | Gap | Budget used | Runs | Needs open (budget / seats / JP cap / schedule / other) | Time |");
        report.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var size in sizes)
        {
            var problem = CompositionData.Problem(size, courses, budget);
            var watch = Stopwatch.StartNew();
            var result = new CompositionPolicy().Compose(problem);
            watch.Stop();
            var open = result.Unmet.GroupBy(u => u.Reason).ToDictionary(g => g.Key, g => g.Count());
            int Open(UnmetReason reason) => open.GetValueOrDefault(reason);
            var other = result.Unmet.Count - Open(UnmetReason.Budget) - Open(UnmetReason.Seats) - Open(UnmetReason.JpCap) - Open(UnmetReason.Schedule);
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"| {size:#,0} | {courses} | {budget / 1_000_000m:#,0} | {result.CandidateRuns:#,0} | {result.Objective:0.00} | {result.UpperBound:0.00} | {result.Gap:0.0 %} | {result.Totals.Cost.Total / budget:0.0 %} | {result.Runs.Count} | {Open(UnmetReason.Budget)} / {Open(UnmetReason.Seats)} / {Open(UnmetReason.JpCap)} / {Open(UnmetReason.Schedule)} / {other} | {watch.Elapsed.TotalSeconds:0.0} s |");
            report.AppendLine(line);
            Console.WriteLine(line);
        }

        if (output is not null)
        {
            File.AppendAllText(output, report.ToString());
        }

        return 0;
    }
}
