using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// The exact partial results of a population summary: integer counts and sums per group and competency. Partials of
/// different regions, agencies or machines merge exactly (<see cref="Merge"/> is associative and commutative), and
/// become decimals only in <see cref="ToSummary"/>. Immutable.
/// </summary>
public sealed class PopulationPartials
{
    private readonly long[] _employees;
    private readonly long[] _bandCounts;
    private readonly long[] _undefined;
    private readonly long[] _required;
    private readonly long[] _assessed;
    private readonly long[] _sumGap;
    private readonly long[] _sumShortfall;
    private readonly long[] _green;
    private readonly long[] _amber;
    private readonly long[] _red;

    internal PopulationPartials(IReadOnlyList<string> groupKeys, IReadOnlyList<CompetencyCode> competencies, JpmBandRuleSet bands, JpmCapping capping)
    {
        GroupKeys = groupKeys;
        Competencies = competencies;
        Bands = bands;
        Capping = capping;
        var g = groupKeys.Count;
        var cells = g * competencies.Count;
        _employees = new long[g];
        _bandCounts = new long[g * bands.Bands.Count];
        _undefined = new long[g];
        _required = new long[cells];
        _assessed = new long[cells];
        _sumGap = new long[cells];
        _sumShortfall = new long[cells];
        _green = new long[cells];
        _amber = new long[cells];
        _red = new long[cells];
    }

    /// <summary>Gets the group keys.</summary>
    public IReadOnlyList<string> GroupKeys { get; }

    /// <summary>Gets the competencies.</summary>
    public IReadOnlyList<CompetencyCode> Competencies { get; }

    /// <summary>Gets the JPM bands the counts refer to.</summary>
    public JpmBandRuleSet Bands { get; }

    /// <summary>Gets the JPM capping rule used.</summary>
    public JpmCapping Capping { get; }

    internal Span<long> EmployeesSpan => _employees;

    internal Span<long> BandCountsSpan => _bandCounts;

    internal Span<long> UndefinedSpan => _undefined;

    internal Span<long> RequiredSpan => _required;

    internal Span<long> AssessedSpan => _assessed;

    internal Span<long> SumGapSpan => _sumGap;

    internal Span<long> SumShortfallSpan => _sumShortfall;

    internal Span<long> GreenSpan => _green;

    internal Span<long> AmberSpan => _amber;

    internal Span<long> RedSpan => _red;

    /// <summary>Gets the number of employees of a group.</summary>
    /// <param name="group">The group index.</param>
    /// <returns>The count.</returns>
    public long EmployeesOf(int group) => _employees[group];

    /// <summary>
    /// Merges two partials. Groups and competencies are matched by key and code (a key present on one side only is
    /// kept); both sides must use the same band rule set and capping.
    /// </summary>
    /// <param name="other">The other partials.</param>
    /// <returns>New partials holding the exact sums of both.</returns>
    /// <exception cref="ArgumentException">Different band rule sets or capping.</exception>
    public PopulationPartials Merge(PopulationPartials other)
    {
        Guard.Against.Null(other);
        if (other.Bands.Info.Key != Bands.Info.Key || other.Capping != Capping)
        {
            throw new ArgumentException("Partials computed with different JPM bands or capping cannot be merged.", nameof(other));
        }

        var keys = GroupKeys.Union(other.GroupKeys, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var codes = Competencies.Union(other.Competencies).OrderBy(c => c).ToArray();
        var merged = new PopulationPartials(keys, codes, Bands, Capping);
        merged.Add(this);
        merged.Add(other);
        return merged;
    }

    /// <summary>Turns the partials into a summary, suppressing groups below the minimum size.</summary>
    /// <param name="dimension">The dimension the group keys belong to.</param>
    /// <param name="minimumGroupSize">Groups with fewer employees are suppressed; 1 or more.</param>
    /// <returns>The summary, groups ordered by key and competencies by code.</returns>
    public PopulationSummary ToSummary(PopulationDimension dimension, int minimumGroupSize)
    {
        Guard.Against.NegativeOrZero(minimumGroupSize);
        var k = Competencies.Count;
        var b = Bands.Bands.Count;
        var groups = new List<PopulationGroup>();
        foreach (var g in Enumerable.Range(0, GroupKeys.Count).OrderBy(i => GroupKeys[i], StringComparer.Ordinal))
        {
            if (_employees[g] == 0)
            {
                continue;
            }

            if (_employees[g] < minimumGroupSize)
            {
                groups.Add(new PopulationGroup(GroupKeys[g], true, null, [], null, []));
                continue;
            }

            var distribution = new JpmBandCount[b];
            for (var j = 0; j < b; j++)
            {
                distribution[j] = new JpmBandCount(Bands.Bands[j].Name, checked((int)_bandCounts[(g * b) + j]));
            }

            var competencies = new List<CompetencyGapSummary>();
            foreach (var c in Enumerable.Range(0, k).OrderBy(i => Competencies[i]))
            {
                var cell = (g * k) + c;
                if (_required[cell] == 0)
                {
                    continue;
                }

                var assessed = _assessed[cell];
                competencies.Add(new CompetencyGapSummary(
                    Competencies[c],
                    checked((int)_required[cell]),
                    checked((int)assessed),
                    assessed == 0 ? null : (decimal)_sumGap[cell] / assessed,
                    assessed == 0 ? null : (decimal)_sumShortfall[cell] / assessed,
                    checked((int)_green[cell]),
                    checked((int)_amber[cell]),
                    checked((int)_red[cell])));
            }

            groups.Add(new PopulationGroup(GroupKeys[g], false, checked((int)_employees[g]), distribution, checked((int)_undefined[g]), competencies));
        }

        return new PopulationSummary(dimension, minimumGroupSize, groups, Bands.Info, Capping);
    }

    private void Add(PopulationPartials source)
    {
        var groupMap = source.GroupKeys.Select(key => IndexOf(GroupKeys, key)).ToArray();
        var codeMap = source.Competencies.Select(code => IndexOf(Competencies, code)).ToArray();
        var k = Competencies.Count;
        var sk = source.Competencies.Count;
        var b = Bands.Bands.Count;
        for (var g = 0; g < groupMap.Length; g++)
        {
            var tg = groupMap[g];
            _employees[tg] += source._employees[g];
            _undefined[tg] += source._undefined[g];
            for (var j = 0; j < b; j++)
            {
                _bandCounts[(tg * b) + j] += source._bandCounts[(g * b) + j];
            }

            for (var c = 0; c < sk; c++)
            {
                var from = (g * sk) + c;
                var to = (tg * k) + codeMap[c];
                _required[to] += source._required[from];
                _assessed[to] += source._assessed[from];
                _sumGap[to] += source._sumGap[from];
                _sumShortfall[to] += source._sumShortfall[from];
                _green[to] += source._green[from];
                _amber[to] += source._amber[from];
                _red[to] += source._red[from];
            }
        }
    }

    private static int IndexOf<T>(IReadOnlyList<T> list, T item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(list[i], item))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// The population summary over columnar data (<see cref="PopulationMatrix"/>): the same figures as
/// <see cref="PopulationSummaryRule"/>, in one pass without per-cell allocation. JPM bands are decided in integers
/// (<c>achieved &gt;= ceil(minimum * needed / 100)</c>, exactly equivalent to comparing the unrounded percentage).
/// Pure and thread-safe for distinct inputs.
/// </summary>
public static class PopulationBatch
{
    /// <summary>Computes the exact partial results of a matrix.</summary>
    /// <param name="matrix">The population.</param>
    /// <param name="bands">The JPM bands.</param>
    /// <param name="capping">The JPM capping rule.</param>
    /// <returns>The partials.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level above 5 or a group index out of range (the message names the row).</exception>
    public static PopulationPartials Compute(PopulationMatrix matrix, JpmBandRuleSet bands, JpmCapping capping = JpmCapping.PerCompetency)
    {
        Guard.Against.Null(matrix);
        Guard.Against.Null(bands);
        Guard.Against.EnumOutOfRange(capping);
        var partials = new PopulationPartials(matrix.GroupKeys, matrix.Competencies, bands, capping);
        var k = matrix.CompetencyCount;
        var bandCount = bands.Bands.Count;
        var maxNeeded = k * ProficiencyLevel.MaxValue;
        var thresholds = Thresholds(bands, capping, maxNeeded);
        var required = matrix.Required;
        var actual = matrix.Actual;
        var groups = matrix.Groups;
        var groupCount = matrix.GroupKeys.Count;

        var employees = partials.EmployeesSpan;
        var bandCounts = partials.BandCountsSpan;
        var undefinedCounts = partials.UndefinedSpan;
        var requiredCounts = partials.RequiredSpan;
        var assessedCounts = partials.AssessedSpan;
        var sumGap = partials.SumGapSpan;
        var sumShortfall = partials.SumShortfallSpan;
        var green = partials.GreenSpan;
        var amber = partials.AmberSpan;
        var red = partials.RedSpan;
        var capEach = capping == JpmCapping.PerCompetency;

        for (var e = 0; e < matrix.EmployeeCount; e++)
        {
            var g = groups[e];
            if ((uint)g >= (uint)groupCount)
            {
                throw new ArgumentOutOfRangeException(nameof(matrix), $"Row {e} has group index {g}, outside 0-{groupCount - 1}.");
            }

            var rowR = required.Slice(e * k, k);
            var rowA = actual.Slice(e * k, k);
            var cellBase = g * k;
            var needed = 0;
            var achieved = 0;
            var undefined = false;
            for (var c = 0; c < k; c++)
            {
                int r = rowR[c];
                int a = rowA[c];
                if (r > ProficiencyLevel.MaxValue || a > ProficiencyLevel.MaxValue)
                {
                    throw new ArgumentOutOfRangeException(nameof(matrix), $"Row {e}, column {c}: levels are 0 to 5.");
                }

                if (r == 0)
                {
                    continue;
                }

                var cell = cellBase + c;
                requiredCounts[cell]++;
                needed += r;
                if (a == 0)
                {
                    undefined = true;
                    continue;
                }

                assessedCounts[cell]++;
                var gap = r - a;
                sumGap[cell] += gap;
                if (gap <= 0)
                {
                    green[cell]++;
                }
                else
                {
                    sumShortfall[cell] += gap;
                    if (gap == 1)
                    {
                        amber[cell]++;
                    }
                    else
                    {
                        red[cell]++;
                    }
                }

                achieved += capEach && a > r ? r : a;
            }

            employees[g]++;
            if (undefined || needed == 0)
            {
                undefinedCounts[g]++;
                continue;
            }

            var band = bandCount - 1;
            for (var j = 0; j < bandCount; j++)
            {
                if (achieved >= thresholds[(j * (maxNeeded + 1)) + needed])
                {
                    band = j;
                    break;
                }
            }

            bandCounts[(g * bandCount) + band]++;
        }

        return partials;
    }

    /// <summary>Computes the summary of a matrix (partials turned into decimals at the end).</summary>
    /// <param name="matrix">The population.</param>
    /// <param name="dimension">The dimension the matrix's group keys belong to.</param>
    /// <param name="bands">The JPM bands.</param>
    /// <param name="capping">The JPM capping rule.</param>
    /// <param name="minimumGroupSize">Groups with fewer employees are suppressed.</param>
    /// <returns>The summary.</returns>
    public static PopulationSummary Summarise(PopulationMatrix matrix, PopulationDimension dimension, JpmBandRuleSet bands, JpmCapping capping, int minimumGroupSize) =>
        Compute(matrix, bands, capping).ToSummary(dimension, minimumGroupSize);

    /// <summary>
    /// For each band j and each sum of required levels n, the smallest achieved sum a with a * 100 / n &gt;= the band's
    /// minimum (after the cap at 100 unless capping is None): ceil(minimum * n / 100), exact in decimal.
    /// </summary>
    private static int[] Thresholds(JpmBandRuleSet bands, JpmCapping capping, int maxNeeded)
    {
        var table = new int[bands.Bands.Count * (maxNeeded + 1)];
        for (var j = 0; j < bands.Bands.Count; j++)
        {
            var minimum = bands.Bands[j].MinimumInclusive;
            for (var n = 1; n <= maxNeeded; n++)
            {
                table[(j * (maxNeeded + 1)) + n] = capping != JpmCapping.None && minimum > 100m
                    ? int.MaxValue
                    : (int)Math.Ceiling(minimum * n / 100m);
            }
        }

        return table;
    }
}
