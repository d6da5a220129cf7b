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
        var gaps = new List<decimal>();
        var proven = 0;
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
            result.UpperBound.ShouldBeGreaterThanOrEqualTo(optimum.Value, $"seed {seed}"); // the bound is proven: no plan passes it
            result.ProvenOptimal.ShouldBe(result.Objective == result.UpperBound, $"seed {seed}");
            result.Quality.ShouldNotBeNull();
            result.Diagnostics[^1].ShouldBe(result.Quality);
            gaps.Add(result.Gap);
            proven += result.ProvenOptimal ? 1 : 0;
            ratios.Add(result.Objective / optimum.Value);
            output.WriteLine($"seed {seed}: {result.Objective} of {optimum} ({result.Objective / optimum.Value:0.000}), {problem.Employees.Count} employees, {problem.Courses.Count} courses");
        }

        output.WriteLine($"{ratios.Count} instances, mean {ratios.Average():0.000}, worst {ratios.Min():0.000}, {watch.Elapsed.TotalSeconds:0.0} s; gap to the plan's own bound mean {gaps.Average():0.000}, largest {gaps.Max():0.000}; {proven} proven optimal");
        ratios.Count.ShouldBe(60);
        ratios.Average().ShouldBeGreaterThanOrEqualTo(0.97m);
        ratios.Min().ShouldBeGreaterThanOrEqualTo(0.93m);
    }

    [Fact]
    public void The_composer_reaches_the_enumerated_optimum_on_instances_with_three_regions_and_two_modes()
    {
        var ratios = new List<decimal>();
        var gaps = new List<decimal>();
        var proven = 0;
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
            result.UpperBound.ShouldBeGreaterThanOrEqualTo(optimum.Value, $"seed {seed}"); // the bound is proven: no plan passes it
            result.ProvenOptimal.ShouldBe(result.Objective == result.UpperBound, $"seed {seed}");
            result.Quality.ShouldNotBeNull();
            result.Diagnostics[^1].ShouldBe(result.Quality);
            gaps.Add(result.Gap);
            proven += result.ProvenOptimal ? 1 : 0;
            ratios.Add(result.Objective / optimum.Value);
            output.WriteLine($"seed {seed}: {result.Objective} of {optimum} ({result.Objective / optimum.Value:0.000}), {problem.Employees.Count} employees, {problem.Courses.Count} courses");
        }

        output.WriteLine($"{ratios.Count} instances, mean {ratios.Average():0.000}, worst {ratios.Min():0.000}, {watch.Elapsed.TotalSeconds:0.0} s; gap to the plan's own bound mean {gaps.Average():0.000}, largest {gaps.Max():0.000}; {proven} proven optimal");
        ratios.Count.ShouldBe(30);
        ratios.Average().ShouldBeGreaterThanOrEqualTo(0.97m);
        ratios.Min().ShouldBeGreaterThanOrEqualTo(0.93m);
    }

    [Fact]
    public void Every_plan_states_its_bound_and_gap_and_a_tighter_bound_replaces_a_looser_one()
    {
        var result = Enumerable.Range(1, 50)
            .Select(seed => Policy.Compose(CompositionInstances.Random(seed, employees: 30, courses: 5)))
            .First(r => r.Objective < r.UpperBound);

        result.UpperBound.ShouldBeGreaterThan(result.Objective);
        result.BoundSource.ShouldBe(CompositionBoundSource.Relaxation);
        result.ProvenOptimal.ShouldBeFalse();
        result.Gap.ShouldBe((result.UpperBound - result.Objective) / result.UpperBound);
        result.Quality!.English.ShouldStartWith($"Plan quality: objective {result.Objective.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} of an upper bound of ");
        result.Quality.English.ShouldContain("proven by the library's relaxation");
        result.Quality.Indonesian.ShouldStartWith($"Mutu rencana: nilai tujuan {result.Objective.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} dari batas atas ");

        result.WithUpperBound(result.UpperBound + 1m, CompositionBoundSource.Solver).ShouldBeSameAs(result); // looser: kept as it is
        var tight = result.WithUpperBound(result.Objective, CompositionBoundSource.Solver);
        tight.ProvenOptimal.ShouldBeTrue();
        tight.Gap.ShouldBe(0m);
        tight.BoundSource.ShouldBe(CompositionBoundSource.Solver);
        tight.Quality!.English.ShouldContain("equals the upper bound proven by an integer-programming solver");
        tight.Diagnostics.Count.ShouldBe(result.Diagnostics.Count); // the statement is replaced, not added
        tight.Diagnostics[^1].ShouldBe(tight.Quality);
        Should.Throw<ArgumentException>(() => result.WithUpperBound(result.Objective - 0.01m, CompositionBoundSource.Solver));
    }
}
