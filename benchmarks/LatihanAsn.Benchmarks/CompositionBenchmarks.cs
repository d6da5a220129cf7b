using BenchmarkDotNet.Attributes;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Benchmarks;

/// <summary>
/// Composing a plan for one OPD (300 employees, 40 courses) and for the province (100,000 employees, 200 courses,
/// 15 regions). <c>Compose</c> is the whole policy (candidate runs, heuristic, results); <c>LazyGreedy</c> is the
/// greedy step over prebuilt candidates, beside <c>NaiveGreedy</c>, which reaches the same plan by recomputing every
/// candidate's gain at every step.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompositionBenchmarks
{
    private CompositionProblem _problem = null!;
    private CompositionModel _model = null!;

    /// <summary>The instance.</summary>
    [Params("opd-300", "province-100000")]
    public string Instance { get; set; } = "opd-300";

    [GlobalSetup]
    public void Setup()
    {
        _problem = Instance == "opd-300"
            ? CompositionData.Problem(300, 40, 600_000_000m)
            : CompositionData.Problem(100_000, 200, 60_000_000_000m);
        _model = CandidateBuilder.Build(_problem);
    }

    /// <summary>The whole composition with the heuristic: candidate runs, greedy with improvement, results.</summary>
    [Benchmark]
    public int Compose() => new CompositionPolicy().Compose(_problem, CompositionMethod.Heuristic).Runs.Count;

    /// <summary>Candidate generation alone.</summary>
    [Benchmark]
    public int Candidates() => CandidateBuilder.Build(_problem).Candidates.Count;

    /// <summary>The lazy greedy over the prebuilt candidates (a priority queue of stale ratios).</summary>
    [Benchmark]
    public long LazyGreedy() => GreedyWithImprovement.Greedy(_model, new Selection(_model), Enumerable.Range(0, _model.Candidates.Count).ToArray(), null, default).Objective;

    /// <summary>The naive baseline over the same candidates: every step computes every candidate's gain and takes the best ratio that fits.</summary>
    [Benchmark(Baseline = true)]
    public long NaiveGreedy()
    {
        var state = new Selection(_model);
        while (true)
        {
            var best = -1;
            var bestRatio = 0m;
            for (var c = 0; c < _model.Candidates.Count; c++)
            {
                if (state.IsSelected(c) || state.Check(c) != Infeasibility.None)
                {
                    continue;
                }

                var ratio = BranchAndBound.Ratio(state.Gain(c), _model.Candidates[c].TotalCost);
                if (ratio > bestRatio)
                {
                    (best, bestRatio) = (c, ratio);
                }
            }

            if (best < 0)
            {
                return state.Objective;
            }

            state.Add(best);
        }
    }
}
