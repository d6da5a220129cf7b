using BenchmarkDotNet.Attributes;
using LatihanAsn.Domain.Evaluation;

namespace LatihanAsn.Benchmarks;

/// <summary>
/// The SKM index of 1,000,000 responses to the nine PermenPAN-RB 14/2017 elements (about 2 % of answers skipped):
/// a naive LINQ computation in decimal beside <see cref="SkmRule"/>'s span overload (exact integer sums, decimals only
/// at the end).
/// </summary>
[MemoryDiagnoser]
public class SkmIndexEvaluationBenchmarks
{
    private const int Respondents = 1_000_000;
    private static readonly IReadOnlyList<SkmElement> Elements = SkmRuleSet.Permenpanrb14Of2017.Elements;
    private byte[] _matrix = [];
    private byte[][] _rows = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2017);
        _matrix = new byte[Respondents * 9];
        for (var i = 0; i < _matrix.Length; i++)
        {
            _matrix[i] = (byte)(i % 9 != 0 && random.Next(50) == 0 ? 0 : random.Next(1, 5));
        }

        _rows = _matrix.Chunk(9).ToArray();
    }

    [Benchmark(Baseline = true)]
    public decimal NaiveLinq()
    {
        var nrr = Enumerable.Range(0, 9).Select(e => _rows.Where(r => r[e] != 0).Average(r => (decimal)r[e])).ToArray();
        return nrr.Sum() / 9m * 25m;
    }

    [Benchmark]
    public decimal SpanRule() => SkmRule.Compute(_matrix, Elements, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017).Converted!.Value;
}

/// <summary>
/// Hake gain (class and mean individual) and paired Cohen's d_z of 100,000 participants on a 0-100 test: a naive LINQ
/// computation in decimal beside <see cref="GainRule"/>'s span overload (exact integer sums, mean individual gain summed
/// per distinct pre-test score, one decimal square root).
/// </summary>
[MemoryDiagnoser]
public class GainEvaluationBenchmarks
{
    private const int Participants = 100_000;
    private int[] _pre = [];
    private int[] _post = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1998);
        _pre = new int[Participants];
        _post = new int[Participants];
        for (var i = 0; i < Participants; i++)
        {
            _pre[i] = random.Next(0, 101);
            _post[i] = Math.Clamp(_pre[i] + random.Next(-15, 46), 0, 100);
        }
    }

    [Benchmark(Baseline = true)]
    public decimal NaiveLinq()
    {
        const decimal max = 100m;
        var pairs = _pre.Zip(_post, (p, q) => (Pre: (decimal)p, Post: (decimal)q)).ToList();
        var included = pairs.Where(x => x.Pre < max).ToList();
        var meanPre = included.Average(x => x.Pre);
        var meanPost = included.Average(x => x.Post);
        var classGain = (meanPost - meanPre) / (max - meanPre);
        var meanGain = included.Average(x => (x.Post - x.Pre) / (max - x.Pre));
        var diffs = pairs.Select(x => x.Post - x.Pre).ToList();
        var mean = diffs.Average();
        var sd = (decimal)Math.Sqrt((double)(diffs.Sum(d => (d - mean) * (d - mean)) / (diffs.Count - 1)));
        var dz = mean / sd;
        return classGain + meanGain + dz;
    }

    [Benchmark]
    public decimal SpanRule()
    {
        var result = GainRule.Compute(_pre, _post, 100, GainBandRuleSet.Default);
        return result.ClassGain!.Value + result.MeanIndividualGain!.Value + result.EffectSize.CohensDz!.Value;
    }
}
