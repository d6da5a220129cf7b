using System.Diagnostics;
using LatihanAsn.Domain.Composition.OrTools;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Programs;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LatihanAsn.Domain.Composition.OrTools.Tests;

public sealed class ExactCompositionTests(ITestOutputHelper output)
{
    private static readonly ExactCompositionPolicy Exact = new(new ExactCompositionOptions { TimeLimit = TimeSpan.FromSeconds(10) });

    [Fact]
    public void The_exact_composer_proves_the_enumerated_optimum_of_small_problems()
    {
        var compared = 0;
        for (var seed = 1; compared < 30 && seed < 300; seed++)
        {
            var problem = seed % 2 == 0 ? CompositionOptimum.Tiny(seed) : CompositionInstances.Random(seed, employees: 8 + (seed % 5), courses: 2 + (seed % 2));
            var optimum = CompositionOptimum.Best(problem, nodeLimit: 3_000_000);
            if (optimum is null)
            {
                continue;
            }

            var result = Exact.Compose(problem);

            PlanChecker.Violations(problem, result).ShouldBeEmpty($"seed {seed}");
            result.Objective.ShouldBe(PlanChecker.Objective(problem, result.Runs.Select(r => (r.CourseId, r.Participants, r.Jp))), $"seed {seed}");
            result.Objective.ShouldBe(optimum.Value, $"seed {seed}");
            result.ProvenOptimal.ShouldBeTrue($"seed {seed}");
            result.UpperBound.ShouldBe(result.Objective);
            compared++;
        }

        compared.ShouldBe(30);
    }

    [Fact]
    public void The_exact_composer_proves_the_optimum_of_forty_employees_within_ten_seconds()
    {
        var problem = CompositionInstances.Random(1, 40, courses: 6, budget: 150_000_000m);
        var builtIn = new CompositionPolicy().Compose(problem);

        var result = Exact.Compose(problem);

        output.WriteLine($"built-in {builtIn.Objective} (bound {builtIn.UpperBound}), exact {result.Objective}, bound {result.UpperBound} ({result.BoundSource})");
        PlanChecker.Violations(problem, result).ShouldBeEmpty();
        result.ProvenOptimal.ShouldBeTrue();
        result.BoundSource.ShouldBe(CompositionBoundSource.Solver);
        result.Objective.ShouldBeGreaterThanOrEqualTo(builtIn.Objective);
    }

    [Theory]
    [InlineData(2, 80)]
    [InlineData(3, 120)]
    public void On_larger_problems_the_exact_composer_is_never_worse_than_the_built_in_one_and_keeps_every_rule(int seed, int employees)
    {
        // Not proven within 10 s at these sizes yet (no aggregation of interchangeable employees): the plan is the better
        // of the solver's and the built-in one, and the bound the tighter of the two.
        var problem = CompositionInstances.Random(seed, employees, courses: 6, budget: 150_000_000m);
        var builtIn = new CompositionPolicy().Compose(problem);
        var watch = Stopwatch.StartNew();

        var result = Exact.Compose(problem);

        watch.Stop();
        output.WriteLine($"{employees} employees: built-in {builtIn.Objective} (bound {builtIn.UpperBound}), exact {result.Objective}, bound {result.UpperBound} ({result.BoundSource}), proven {result.ProvenOptimal}, {watch.Elapsed.TotalSeconds:0.0} s");
        PlanChecker.Violations(problem, result).ShouldBeEmpty();
        result.Objective.ShouldBe(PlanChecker.Objective(problem, result.Runs.Select(r => (r.CourseId, r.Participants, r.Jp))));
        result.Objective.ShouldBeGreaterThanOrEqualTo(builtIn.Objective);
        result.UpperBound.ShouldBeLessThanOrEqualTo(builtIn.UpperBound);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30)); // the solver's 10 s and the built-in composer's start
    }

    [Fact]
    public void One_call_registers_the_exact_composer_in_place_of_the_built_in_one()
    {
        var services = new ServiceCollection();
        services.AddLatihanAsnExactComposition(o => o with { TimeLimit = TimeSpan.FromSeconds(3) });
        services.AddLatihanAsn();
        using var provider = services.BuildServiceProvider();

        var policy = provider.GetRequiredService<ICompositionPolicy>().ShouldBeOfType<ExactCompositionPolicy>();
        policy.Options.TimeLimit.ShouldBe(TimeSpan.FromSeconds(3));

        var after = new ServiceCollection().AddLatihanAsn().AddLatihanAsnExactComposition();
        using var second = after.BuildServiceProvider();
        second.GetRequiredService<ICompositionPolicy>().ShouldBeOfType<ExactCompositionPolicy>();
    }
}
