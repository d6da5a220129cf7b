using System.Diagnostics;
using System.Globalization;
using System.Text;
using LatihanAsn.Domain.Composition.OrTools;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Benchmarks;

/// <summary>
/// The composer-quality harness (<c>dotnet run -c Release -- composer-quality</c>): the built-in composer on seeded
/// province-sized problems (<see cref="CompositionData"/>), each plan against the upper bound it proves itself, with the
/// objective, the gap, the budget used, the runs and needs left open by reason, and the time. A timed harness, not a
/// BenchmarkDotNet benchmark: one composition is the unit, and the figures of interest are the plan's, not nanoseconds.
/// With <c>--exact</c>, seeded small problems (<c>--small</c> employees each) are also composed by the exact composer
/// (<see cref="ExactCompositionPolicy"/>, <c>--time-limit</c> seconds each): the built-in plan's objective as a share of
/// the exact one, which is the optimum where the solver proves it.
/// </summary>
internal static class ComposerQuality
{
    /// <summary>Built-in against exact on seeded small problems: 5 courses, a budget of Rp 1,500,000 per employee.</summary>
    private static void Compare(int[] sizes, int limit, StringBuilder report)
    {
        report.AppendLine("| Employees | Built-in objective | Built-in time | Exact objective | Exact time | Proven | Built-in / exact | Built-in gap (own bound) | Exact gap (solver) | Budget used (built-in / exact) |");
        report.AppendLine("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        var ratios = new List<decimal>();
        foreach (var size in sizes)
        {
            var problem = CompositionData.Problem(size, 5, size * 1_500_000m, seed: 2026 + size);
            var watch = Stopwatch.StartNew();
            var builtIn = new CompositionPolicy().Compose(problem);
            var builtInTime = watch.Elapsed;
            watch.Restart();
            var solved = new ExactCompositionPolicy(new ExactCompositionOptions { TimeLimit = TimeSpan.FromSeconds(limit) }).Compose(problem);
            var exactTime = watch.Elapsed;
            var ratio = solved.Objective == 0m ? 1m : builtIn.Objective / solved.Objective;
            ratios.Add(ratio);
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"| {size:#,0} | {builtIn.Objective:0.00} | {builtInTime.TotalSeconds:0.0} s | {solved.Objective:0.00} | {exactTime.TotalSeconds:0.0} s | {(solved.ProvenOptimal ? "yes" : "no")} | {ratio:0.000} | {builtIn.Gap:0.0 %} | {solved.Gap:0.0 %} | {builtIn.Totals.Cost.Total / problem.Budget:0.0 %} / {solved.Totals.Cost.Total / problem.Budget:0.0 %} |");
            report.AppendLine(line);
            Console.WriteLine(line);
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"Built-in / exact over {ratios.Count} problems: mean {ratios.Average():0.000}, worst {ratios.Min():0.000}.");
        report.AppendLine().AppendLine(summary).AppendLine();
        Console.WriteLine(summary);
    }

    public static int Run(string[] args)
    {
        var sizes = new[] { 3_000, 6_000, 10_000 };
        var courses = 13;
        var budget = 2_500_000_000m;
        string? output = null;
        var exact = false;
        var small = new[] { 30, 60, 90, 120, 150, 200, 300, 390 };
        var limit = 10;
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
                case "--exact":
                    exact = true;
                    break;
                case "--small":
                    small = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--time-limit":
                    limit = int.Parse(args[++i], CultureInfo.InvariantCulture);
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
        if (exact)
        {
            Compare(small, limit, report);
        }

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
