using BenchmarkDotNet.Attributes;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Benchmarks;

/// <summary>
/// The population JPM and gap summary (issue: 100,000 employees x 9 competencies; national scale 4.3 million),
/// the batch engine beside a naive LINQ baseline over one object per employee, and the streaming-read floor.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class PopulationBenchmarks
{
    private PopulationMatrix _matrix = null!;
    private PopulationMatrix _shuffled = null!;
    private Person[] _people = null!;

    /// <summary>Employees.</summary>
    [Params(100_000, 4_300_000)]
    public int Employees { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _matrix = BatchData.Population(Employees);
        _shuffled = BatchData.Population(Employees);
        var random = new Random(7);
        for (var e = 0; e < Employees; e++)
        {
            _shuffled.GroupIndexes[e] = random.Next(BatchData.Regions.Length);
        }

        var k = _matrix.CompetencyCount;
        _people = new Person[Employees];
        for (var e = 0; e < Employees; e++)
        {
            var required = new byte[k];
            var actual = new byte[k];
            for (var c = 0; c < k; c++)
            {
                required[c] = _matrix.RequiredColumn(c)[e];
                actual[c] = _matrix.ActualColumn(c)[e];
            }

            _people[e] = new Person(BatchData.Regions[_matrix.GroupIndexes[e]], required, actual);
        }
    }

    /// <summary>What a straightforward implementation does: LINQ over objects, decimal JPM per person.</summary>
    [Benchmark(Baseline = true)]
    public int NaiveLinq()
    {
        var bands = JpmBandRuleSet.Brin3Of2023;
        var groups = _people.GroupBy(p => p.Region).Select(g =>
        {
            var jpm = g
                .Where(p => p.Required.Where((r, c) => r > 0).Any() && p.Required.Select((r, c) => (r, a: p.Actual[c])).All(x => x.r == 0 || x.a > 0))
                .Select(p =>
                {
                    var cells = p.Required.Select((r, c) => (r, a: p.Actual[c])).Where(x => x.r > 0).ToList();
                    return cells.Sum(x => Math.Min(x.a, x.r)) * 100m / cells.Sum(x => x.r);
                })
                .GroupBy(bands.Classify)
                .ToDictionary(b => b.Key.Name, b => b.Count());
            var gaps = Enumerable.Range(0, BatchData.Codes.Length).Select(c =>
            {
                var assessed = g.Where(p => p.Required[c] > 0 && p.Actual[c] > 0).Select(p => p.Required[c] - p.Actual[c]).ToList();
                return assessed.Count == 0 ? 0m : (decimal)assessed.Sum() / assessed.Count;
            }).ToList();
            return jpm.Count + gaps.Count;
        });
        return groups.Sum();
    }

    /// <summary>The batch engine, vectorised (rows stored region by region).</summary>
    [Benchmark]
    public long Batch() => PopulationBatch.Compute(_matrix, JpmBandRuleSet.Brin3Of2023).EmployeesOf(0);

    /// <summary>The batch engine with rows in random order (grouped into a copy first, then vectorised).</summary>
    [Benchmark]
    public long BatchAnyOrder() => PopulationBatch.Compute(_shuffled, JpmBandRuleSet.Brin3Of2023).EmployeesOf(0);

    /// <summary>The batch engine's scalar path (no AVX2).</summary>
    [Benchmark]
    public long BatchScalar() => PopulationBatch.Compute(_matrix, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, vectorised: false).EmployeesOf(0);

    /// <summary>The floor: one streaming read of both level matrices.</summary>
    [Benchmark]
    public ulong StreamingReadFloor() => BatchData.StreamingRead(_matrix.RequiredLevels, _matrix.ActualLevels);

    private sealed record Person(string Region, byte[] Required, byte[] Actual);
}

/// <summary>The object-model rule (one record per gap) at the 100,000 employees, for scale.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class PopulationObjectRuleBenchmarks
{
    private List<PopulationMember> _members = null!;

    [GlobalSetup]
    public void Setup()
    {
        var matrix = BatchData.Population(100_000);
        _members = new List<PopulationMember>(matrix.EmployeeCount);
        for (var e = 0; e < matrix.EmployeeCount; e++)
        {
            var gaps = new List<CompetencyGap>();
            for (var c = 0; c < matrix.CompetencyCount; c++)
            {
                var r = matrix.RequiredColumn(c)[e];
                var a = matrix.ActualColumn(c)[e];
                if (r > 0)
                {
                    gaps.Add(new CompetencyGap(BatchData.Codes[c], ProficiencyLevel.From(r), null, a == 0 ? null : ProficiencyLevel.From(a)));
                }
            }

            _members.Add(new PopulationMember(EmployeeId.New(), BatchData.Regions[matrix.GroupIndexes[e]], "OPD", PositionKind.Pelaksana, gaps));
        }
    }

    /// <summary>PopulationSummaryRule over 100,000 members.</summary>
    [Benchmark]
    public int ObjectRule() => PopulationSummaryRule.Summarise(_members, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, 5).Groups.Count;
}
