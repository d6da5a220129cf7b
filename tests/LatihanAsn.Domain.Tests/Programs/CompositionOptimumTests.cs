using System.Diagnostics;
using LatihanAsn.Domain.Programs;
using Xunit.Abstractions;

namespace LatihanAsn.Domain.Tests.Programs;

/// <summary>The composer against the optimum of the problem itself, found by enumeration (<see cref="CompositionOptimum"/>).</summary>
public sealed class CompositionOptimumTests(ITestOutputHelper output)
{
    private static readonly CompositionPolicy Policy = new();

    [Fact]
    public void The_composer_reaches_the_enumerated_optimum_closely_and_never_passes_it()
    {
        var ratios = new List<decimal>();
        var watch = Stopwatch.StartNew();
        for (var seed = 1; ratios.Count < 60 && seed < 400; seed++)
        {
            var problem = CompositionOptimum.Tiny(seed);
            var optimum = CompositionOptimum.Best(problem);
            if (optimum is null or 0m)
            {
                continue;
            }

            var result = Policy.Compose(problem);

            PlanChecker.Violations(problem, result).ShouldBeEmpty($"seed {seed}");
            result.Objective.ShouldBe(PlanChecker.Objective(problem, result.Runs.Select(r => (r.CourseId, r.Participants, r.Jp))), $"seed {seed}");
            result.Objective.ShouldBeLessThanOrEqualTo(optimum.Value, $"seed {seed}");
            ratios.Add(result.Objective / optimum.Value);
            output.WriteLine($"seed {seed}: {result.Objective} of {optimum} ({result.Objective / optimum.Value:0.000}), {problem.Employees.Count} employees, {problem.Courses.Count} courses");
        }

        output.WriteLine($"{ratios.Count} instances, mean {ratios.Average():0.000}, worst {ratios.Min():0.000}, {watch.Elapsed.TotalSeconds:0.0} s");
        ratios.Count.ShouldBe(60);
        ratios.Average().ShouldBeGreaterThanOrEqualTo(0.97m);
        ratios.Min().ShouldBeGreaterThanOrEqualTo(0.93m);
    }

    [Fact]
    public void The_composer_reaches_the_enumerated_optimum_on_instances_with_three_regions_and_two_modes()
    {
        var ratios = new List<decimal>();
        var watch = Stopwatch.StartNew();
        for (var seed = 1; ratios.Count < 30 && seed < 300; seed++)
        {
            var problem = CompositionInstances.Random(seed, employees: 8 + (seed % 5), courses: 2 + (seed % 2));
            var optimum = CompositionOptimum.Best(problem, nodeLimit: 3_000_000);
            if (optimum is null or 0m)
            {
                continue;
            }

            var result = Policy.Compose(problem);

            PlanChecker.Violations(problem, result).ShouldBeEmpty($"seed {seed}");
            result.Objective.ShouldBeLessThanOrEqualTo(optimum.Value, $"seed {seed}");
            ratios.Add(result.Objective / optimum.Value);
            output.WriteLine($"seed {seed}: {result.Objective} of {optimum} ({result.Objective / optimum.Value:0.000}), {problem.Employees.Count} employees, {problem.Courses.Count} courses");
        }

        output.WriteLine($"{ratios.Count} instances, mean {ratios.Average():0.000}, worst {ratios.Min():0.000}, {watch.Elapsed.TotalSeconds:0.0} s");
        ratios.Count.ShouldBe(30);
        ratios.Average().ShouldBeGreaterThanOrEqualTo(0.97m);
        ratios.Min().ShouldBeGreaterThanOrEqualTo(0.93m);
    }
}
