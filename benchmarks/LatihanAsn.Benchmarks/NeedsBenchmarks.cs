using BenchmarkDotNet.Attributes;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Benchmarks;

/// <summary>Borich MWDS over 4.3 million responses x 9 items: the batch sums beside a naive LINQ baseline.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class MwdsBenchmarks
{
    private SurveyMatrix _matrix = null!;
    private (byte[] Importance, byte[] Competence)[] _responses = null!;

    /// <summary>Responses.</summary>
    [Params(4_300_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var items = BatchData.Codes.Select(c => c.Value).ToArray();
        _matrix = new SurveyMatrix(items, Responses, RatingScale.OneToFive, BatchData.Regions);
        _responses = new (byte[], byte[])[Responses];
        for (var e = 0; e < Responses; e++)
        {
            _matrix.GroupIndexes[e] = (int)((long)e * BatchData.Regions.Length / Responses);
            _responses[e] = (new byte[items.Length], new byte[items.Length]);
        }

        for (var i = 0; i < items.Length; i++)
        {
            var importance = _matrix.ImportanceColumn(i);
            var competence = _matrix.CompetenceColumn(i);
            for (var e = 0; e < Responses; e++)
            {
                importance[e] = _responses[e].Importance[i] = (byte)(random.Next(10) == 0 ? 0 : random.Next(1, 6));
                competence[e] = _responses[e].Competence[i] = (byte)(random.Next(10) == 0 ? 0 : random.Next(1, 6));
            }
        }
    }

    /// <summary>LINQ per item over pairwise-complete responses, then MWDS = mean(R) x (mean(R) - mean(C)) in decimal.</summary>
    [Benchmark(Baseline = true)]
    public decimal NaiveLinq() =>
        Enumerable.Range(0, BatchData.Codes.Length).Sum(i =>
        {
            var complete = _responses.Where(r => r.Importance[i] > 0 && r.Competence[i] > 0).ToList();
            var meanR = (decimal)complete.Average(r => r.Importance[i]);
            var meanC = (decimal)complete.Average(r => r.Competence[i]);
            return meanR * (meanR - meanC);
        });

    /// <summary>The batch sums (vectorised), then the exact Borich ranking.</summary>
    [Benchmark]
    public int Batch() => BorichRule.Rank(SurveyBatch.Compute(_matrix).Total()).Count;

    /// <summary>The batch sums, scalar path.</summary>
    [Benchmark]
    public int BatchScalar() => BorichRule.Rank(SurveyBatch.Compute(_matrix, vectorised: false).Total()).Count;

    /// <summary>The floor: one streaming read of both rating matrices.</summary>
    [Benchmark]
    public ulong StreamingReadFloor() => BatchData.StreamingRead(_matrix.Importance, _matrix.Competence);
}

/// <summary>The 20 JP shortfall of 4.3 million employees: the batch beside a naive LINQ baseline.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class JpShortfallBenchmarks
{
    private int[] _minutes = null!;
    private int[] _groups = null!;

    /// <summary>Employees.</summary>
    [Params(4_300_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        _minutes = new int[Employees];
        _groups = new int[Employees];
        for (var e = 0; e < Employees; e++)
        {
            _minutes[e] = random.Next(3) == 0 ? 0 : random.Next(0, 2_000);
            _groups[e] = random.Next(BatchData.Regions.Length);
        }
    }

    /// <summary>LINQ grouping with a decimal JP per employee.</summary>
    [Benchmark(Baseline = true)]
    public decimal NaiveLinq() =>
        _minutes.Select((m, e) => (Group: _groups[e], Jp: m / 45m))
            .GroupBy(x => x.Group)
            .Sum(g => g.Where(x => x.Jp < 20m).Sum(x => 20m - x.Jp));

    /// <summary>The batch: exact integer sums, JP once per group.</summary>
    [Benchmark]
    public int Batch() => JpShortfallBatch.Compute(_minutes, _groups, BatchData.Regions, JpConversionRuleSet.Default).ToGroups().Count;
}
