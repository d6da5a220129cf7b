using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Numerics;
using System.Runtime.Intrinsics.X86;
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
    /// <exception cref="DomainRuleException">A merged count beyond <see cref="long.MaxValue"/>.</exception>
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
        try
        {
            merged.Add(this);
            merged.Add(other);
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(Messages.Both("Competencies_EmployeeCountsMergedPopulationPartials"));
        }

        return merged;
    }

    /// <summary>
    /// Turns the partials into a summary, suppressing groups below the minimum size and competency rows measured on
    /// fewer employees, with their complements (<see cref="CellSuppression"/>): the groups are taken as the parts of
    /// one total. For results consistent across province, regions and OPDs, use <see cref="PopulationSummaryRule"/> or
    /// the <see cref="SummarisePopulation"/> request, which compute the whole hierarchy.
    /// </summary>
    /// <param name="dimension">The dimension the group keys belong to.</param>
    /// <param name="minimumGroupSize">Groups with fewer employees are suppressed; 1 or more.</param>
    /// <returns>The summary, groups ordered by key and competencies by code.</returns>
    /// <exception cref="DomainRuleException">A count of merged partials beyond <see cref="int.MaxValue"/>.</exception>
    public PopulationSummary ToSummary(PopulationDimension dimension, int minimumGroupSize)
    {
        Guard.Against.NegativeOrZero(minimumGroupSize);
        try
        {
            return Summary(dimension, minimumGroupSize);
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(Messages.Both("Competencies_EmployeeCountsPopulationSummary"));
        }
    }

    private PopulationSummary Summary(PopulationDimension dimension, int minimumGroupSize)
    {
        var k = Competencies.Count;
        var b = Bands.Bands.Count;
        var (hiddenGroups, hiddenRows) = Pattern(minimumGroupSize);
        var groups = new List<PopulationGroup>();
        foreach (var g in Enumerable.Range(0, GroupKeys.Count).OrderBy(i => GroupKeys[i], StringComparer.Ordinal))
        {
            if (_employees[g] == 0)
            {
                continue;
            }

            if (hiddenGroups.Contains(GroupKeys[g]))
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
            var withheld = new List<CompetencyCode>();
            foreach (var c in Enumerable.Range(0, k).OrderBy(i => Competencies[i]))
            {
                var cell = (g * k) + c;
                if (_required[cell] == 0)
                {
                    continue;
                }

                if (hiddenRows[c].Contains(GroupKeys[g]))
                {
                    withheld.Add(Competencies[c]);
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

            groups.Add(new PopulationGroup(GroupKeys[g], false, checked((int)_employees[g]), distribution, checked((int)_undefined[g]), competencies) { SuppressedCompetencies = withheld });
        }

        return new PopulationSummary(dimension, minimumGroupSize, groups, Bands.Info, Capping);
    }

    // The groups are the parts of one total: primary and complementary suppression of the head counts, then of each
    // competency's measured counts with the rows of withheld groups forced (CellSuppression). Linear in groups × competencies.
    private (IReadOnlySet<string> Groups, IReadOnlySet<string>[] Rows) Pattern(int minimumGroupSize)
    {
        const string total = "\u0000";
        var present = Enumerable.Range(0, GroupKeys.Count).Where(g => _employees[g] > 0).ToArray();
        var heads = present.Select(g => new SuppressionCell(GroupKeys[g], total, checked((int)_employees[g])))
            .Append(new SuppressionCell(total, null, checked((int)present.Sum(g => _employees[g]))));
        var hidden = CellSuppression.Suppress(heads, minimumGroupSize);
        var k = Competencies.Count;
        var rows = new IReadOnlySet<string>[k];
        for (var c = 0; c < k; c++)
        {
            var withRow = present.Where(g => _required[(g * k) + c] > 0).ToArray();
            var cells = withRow.Select(g => new SuppressionCell(GroupKeys[g], total, checked((int)_assessed[(g * k) + c]), hidden.Contains(GroupKeys[g])))
                .Append(new SuppressionCell(total, null, checked((int)withRow.Sum(g => _assessed[(g * k) + c]))));
            rows[c] = withRow.Length == 0 ? new HashSet<string>() : CellSuppression.Suppress(cells, minimumGroupSize);
        }

        return (hidden, rows);
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
/// When rows are stored group by group and the processor has AVX2, 32 employees are processed per instruction
/// (sums by <c>psadbw</c>, shortfall by saturating subtraction); otherwise a scalar loop gives the same exact partials.
/// Pure and thread-safe for distinct inputs.
/// </summary>
public static class PopulationBatch
{
    private const int Lanes = 32;

    /// <summary>Computes the exact partial results of a matrix.</summary>
    /// <param name="matrix">The population.</param>
    /// <param name="bands">The JPM bands.</param>
    /// <param name="capping">The JPM capping rule.</param>
    /// <returns>The partials.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level above 5 or a group index out of range (the message names the row).</exception>
    public static PopulationPartials Compute(PopulationMatrix matrix, JpmBandRuleSet bands, JpmCapping capping = JpmCapping.PerCompetency) =>
        Compute(matrix, bands, capping, vectorised: true);

    /// <summary>Computes the summary of a matrix (partials turned into decimals at the end).</summary>
    /// <param name="matrix">The population.</param>
    /// <param name="dimension">The dimension the matrix's group keys belong to.</param>
    /// <param name="bands">The JPM bands.</param>
    /// <param name="capping">The JPM capping rule.</param>
    /// <param name="minimumGroupSize">Groups with fewer employees are suppressed.</param>
    /// <returns>The summary.</returns>
    public static PopulationSummary Summarise(PopulationMatrix matrix, PopulationDimension dimension, JpmBandRuleSet bands, JpmCapping capping, int minimumGroupSize) =>
        Compute(matrix, bands, capping).ToSummary(dimension, minimumGroupSize);

    /// <summary>Computes partials, choosing the vectorised path when allowed and possible (tests force the scalar one).</summary>
    internal static PopulationPartials Compute(PopulationMatrix matrix, JpmBandRuleSet bands, JpmCapping capping, bool vectorised)
    {
        Guard.Against.Null(matrix);
        Guard.Against.Null(bands);
        Guard.Against.EnumOutOfRange(capping);
        var partials = new PopulationPartials(matrix.GroupKeys, matrix.Competencies, bands, capping);
        var maxNeeded = matrix.CompetencyCount * ProficiencyLevel.MaxValue;
        var thresholds = Thresholds(bands, capping, maxNeeded);
        if (!vectorised || !Avx2.IsSupported || maxNeeded > byte.MaxValue)
        {
            ScalarRows(matrix, partials, thresholds, maxNeeded, 0, matrix.EmployeeCount, group: -1);
            return partials;
        }

        var ranges = matrix.GroupRanges();
        if (ranges is null)
        {
            // Rows in any order: copy them group by group (a counting sort, two passes over the data) and go on.
            (matrix, ranges) = Grouped(matrix);
        }

        var scaledBands = ScaledBands(partials.Bands, partials.Capping);

        for (var g = 0; g < ranges.Length; g++)
        {
            var (start, count) = ranges[g];
            var vectorRows = count - (count % Lanes);
            if (vectorRows > 0)
            {
                CellsAvx2(matrix, partials, g, start, vectorRows);
                RowsAvx2(matrix, partials, thresholds, scaledBands, maxNeeded, g, start, vectorRows);
            }

            ScalarRows(matrix, partials, thresholds, maxNeeded, start + vectorRows, count - vectorRows, g);
        }

        return partials;
    }

    /// <summary>The general path: every row, any group order.</summary>
    private static void ScalarRows(PopulationMatrix matrix, PopulationPartials partials, int[] thresholds, int maxNeeded, int start, int count, int group)
    {
        var k = matrix.CompetencyCount;
        var n = matrix.EmployeeCount;
        var bandCount = partials.Bands.Bands.Count;
        var groupCount = matrix.GroupKeys.Count;
        var capEach = partials.Capping == JpmCapping.PerCompetency;
        var required = matrix.Required;
        var actual = matrix.Actual;
        var groups = matrix.Groups;
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

        // Unchecked: nothing here can overflow. Indexes stay below the matrix length (employees x competencies, checked
        // when the matrix was made), sums of levels below 5 x competencies, and each long counter below the row count.
        unchecked
        {
            for (var e = start; e < start + count; e++)
            {
                var g = group >= 0 ? group : groups[e];
                if ((uint)g >= (uint)groupCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(matrix), $"Row {e} has group index {g}, outside 0-{groupCount - 1}.");
                }

                var cellBase = g * k;
                var needed = 0;
                var achieved = 0;
                var undefined = false;
                for (var c = 0; c < k; c++)
                {
                    int r = required[(c * n) + e];
                    int a = actual[(c * n) + e];
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
                }
                else
                {
                    bandCounts[(g * bandCount) + Band(thresholds, bandCount, maxNeeded, needed, achieved)]++;
                }
            }
        }
    }

    /// <summary>Per-cell statistics of one group's rows, 32 employees per step, one column at a time.</summary>
    private static void CellsAvx2(PopulationMatrix matrix, PopulationPartials partials, int group, int start, int count)
    {
        // Unchecked: the hot loop cannot overflow. Offsets stay below the matrix length, and a 64-bit lane adds at most
        // 8 x 255 per 32 rows (psadbw), so its sum stays below 64 x count and the casts to long are exact.
        unchecked
        {
            var n = matrix.EmployeeCount;
            var k = matrix.CompetencyCount;
            var zero = Vector256<byte>.Zero;
            var one = Vector256.Create((byte)1);
            var five = Vector256.Create((byte)ProficiencyLevel.MaxValue);
            for (var c = 0; c < k; c++)
            {
                ref var rBase = ref Unsafe.Add(ref MemoryMarshal.GetReference(matrix.Required), (c * n) + start);
                ref var aBase = ref Unsafe.Add(ref MemoryMarshal.GetReference(matrix.Actual), (c * n) + start);
                var req = Vector256<ulong>.Zero;
                var ass = Vector256<ulong>.Zero;
                var sumR = Vector256<ulong>.Zero;
                var sumA = Vector256<ulong>.Zero;
                var shortfall = Vector256<ulong>.Zero;
                var green = Vector256<ulong>.Zero;
                var amber = Vector256<ulong>.Zero;
                var max = zero;
                for (var i = 0; i < count; i += Lanes)
                {
                    var r = Vector256.LoadUnsafe(ref rBase, (nuint)i);
                    var a = Vector256.LoadUnsafe(ref aBase, (nuint)i);
                    max = Avx2.Max(max, Avx2.Max(r, a));
                    var required = ~Avx2.CompareEqual(r, zero);
                    var assessed = required & ~Avx2.CompareEqual(a, zero);
                    var sf = Avx2.SubtractSaturate(r, a) & assessed; // max(r - a, 0) where assessed
                    req = Avx2.Add(req, Avx2.SumAbsoluteDifferences(required & one, zero).AsUInt64());
                    ass = Avx2.Add(ass, Avx2.SumAbsoluteDifferences(assessed & one, zero).AsUInt64());
                    sumR = Avx2.Add(sumR, Avx2.SumAbsoluteDifferences(r & assessed, zero).AsUInt64());
                    sumA = Avx2.Add(sumA, Avx2.SumAbsoluteDifferences(a & assessed, zero).AsUInt64());
                    shortfall = Avx2.Add(shortfall, Avx2.SumAbsoluteDifferences(sf, zero).AsUInt64());
                    green = Avx2.Add(green, Avx2.SumAbsoluteDifferences(Avx2.CompareEqual(sf, zero) & assessed & one, zero).AsUInt64());
                    amber = Avx2.Add(amber, Avx2.SumAbsoluteDifferences(Avx2.CompareEqual(sf, one) & one, zero).AsUInt64());
                }

                if (Vector256.GreaterThanAny(max, five))
                {
                    ThrowInvalidLevel(matrix, c, start, count);
                }

                var cell = (group * k) + c;
                long assessed1 = (long)Vector256.Sum(ass);
                long green1 = (long)Vector256.Sum(green);
                long amber1 = (long)Vector256.Sum(amber);
                partials.RequiredSpan[cell] += (long)Vector256.Sum(req);
                partials.AssessedSpan[cell] += assessed1;
                partials.SumGapSpan[cell] += (long)Vector256.Sum(sumR) - (long)Vector256.Sum(sumA);
                partials.SumShortfallSpan[cell] += (long)Vector256.Sum(shortfall);
                partials.GreenSpan[cell] += green1;
                partials.AmberSpan[cell] += amber1;
                partials.RedSpan[cell] += assessed1 - green1 - amber1;
            }
        }
    }

    /// <summary>Per-employee JPM of one group's rows: sums across columns 32 employees at a time, then the band of each.</summary>
    private static void RowsAvx2(PopulationMatrix matrix, PopulationPartials partials, int[] thresholds, int[]? scaledBands, int maxNeeded, int group, int start, int count)
    {
        // Unchecked: MoveMask's sign bit (lane 31) and the 8-bit lane masks shifted to bit 24 are reinterpreted as uint bit
        // patterns, not converted as numbers; offsets stay below the matrix length and counts below the row count.
        unchecked
        {
            var n = matrix.EmployeeCount;
            var k = matrix.CompetencyCount;
            var capEach = partials.Capping == JpmCapping.PerCompetency;
            var bandCount = partials.Bands.Bands.Count;
            var zero = Vector256<byte>.Zero;
            ref var rBase = ref MemoryMarshal.GetReference(matrix.Required);
            ref var aBase = ref MemoryMarshal.GetReference(matrix.Actual);
            Span<byte> neededBuffer = stackalloc byte[Lanes];
            Span<byte> achievedBuffer = stackalloc byte[Lanes];
            Span<long> bandCounts = stackalloc long[bandCount];
            long undefinedCount = 0;
            for (var i = start; i < start + count; i += Lanes)
            {
                var needed = zero;
                var achieved = zero;
                var undefined = zero;
                for (var c = 0; c < k; c++)
                {
                    var r = Vector256.LoadUnsafe(ref rBase, (nuint)((c * n) + i));
                    var a = Vector256.LoadUnsafe(ref aBase, (nuint)((c * n) + i));
                    var required = ~Avx2.CompareEqual(r, zero);
                    needed = Avx2.Add(needed, r);
                    achieved = Avx2.Add(achieved, capEach ? Avx2.Min(a, r) : a & required); // only required competencies count
                    undefined |= required & Avx2.CompareEqual(a, zero);
                }

                undefined |= Avx2.CompareEqual(needed, zero);
                var undefinedMask = (uint)Avx2.MoveMask(undefined);
                undefinedCount += BitOperations.PopCount(undefinedMask);
                if (undefinedMask == uint.MaxValue)
                {
                    continue;
                }

                if (scaledBands is not null)
                {
                    // Vectorised bands: achieved x 10000 >= (minimum x 100) x needed, in 32-bit lanes; the bands are nested,
                    // so counting who reaches each minimum gives the counts per band.
                    var defined = ~undefinedMask;
                    var (n0, n1, n2, n3) = Widen(needed);
                    var (a0, a1, a2, a3) = Widen(achieved);
                    var reachedPrevious = 0;
                    for (var j = 0; j < bandCount - 1; j++)
                    {
                        var t = Vector256.Create(scaledBands[j]);
                        var reached = (uint)(Reaches(a0, n0, t) | (Reaches(a1, n1, t) << 8) | (Reaches(a2, n2, t) << 16) | (Reaches(a3, n3, t) << 24)) & defined;
                        var total = BitOperations.PopCount(reached);
                        bandCounts[j] += total - reachedPrevious;
                        reachedPrevious = total;
                    }

                    bandCounts[bandCount - 1] += BitOperations.PopCount(defined) - reachedPrevious;
                    continue;
                }

                needed.CopyTo(neededBuffer);
                achieved.CopyTo(achievedBuffer);
                for (var lane = 0; lane < Lanes; lane++)
                {
                    if ((undefinedMask & (1u << lane)) == 0)
                    {
                        bandCounts[Band(thresholds, bandCount, maxNeeded, neededBuffer[lane], achievedBuffer[lane])]++;
                    }
                }
            }

            partials.EmployeesSpan[group] += count;
            partials.UndefinedSpan[group] += undefinedCount;
            for (var j = 0; j < bandCount; j++)
            {
                partials.BandCountsSpan[(group * bandCount) + j] += bandCounts[j];
            }
        }
    }

    private static (Vector256<int>, Vector256<int>, Vector256<int>, Vector256<int>) Widen(Vector256<byte> value)
    {
        var (low, high) = Vector256.Widen(value);
        var (l0, l1) = Vector256.Widen(low);
        var (h0, h1) = Vector256.Widen(high);
        return (l0.AsInt32(), l1.AsInt32(), h0.AsInt32(), h1.AsInt32());
    }

    /// <summary>The 8-bit mask of lanes where achieved x 10000 &gt;= scaled minimum x needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Reaches(Vector256<int> achieved, Vector256<int> needed, Vector256<int> scaledMinimum) =>
        Avx.MoveMask(Avx2.CompareGreaterThan(
            Avx2.MultiplyLow(achieved, Vector256.Create(10_000)) + Vector256<int>.One,
            Avx2.MultiplyLow(needed, scaledMinimum)).AsSingle());

    /// <summary>
    /// Each band's minimum times 100, when every minimum has at most two decimals and can be reached (so the integer
    /// comparison is exact); otherwise <see langword="null"/> and bands are read from the threshold table per row.
    /// </summary>
    private static int[]? ScaledBands(JpmBandRuleSet bands, JpmCapping capping)
    {
        var scaled = new int[bands.Bands.Count];
        for (var j = 0; j < scaled.Length; j++)
        {
            // A minimum above 1,000 % is refused before scaling, so one near decimal.MaxValue cannot overflow.
            if (bands.Bands[j].MinimumInclusive > 1_000m)
            {
                return null;
            }

            var minimum = bands.Bands[j].MinimumInclusive * 100m;
            if (minimum != decimal.Truncate(minimum) || minimum > 100_000m || (capping != JpmCapping.None && bands.Bands[j].MinimumInclusive > 100m))
            {
                return null;
            }

            scaled[j] = (int)minimum;
        }

        return scaled;
    }

    /// <summary>A copy of the matrix with its rows stored group by group (stable counting sort), and the group ranges.</summary>
    private static (PopulationMatrix Matrix, (int Start, int Count)[] Ranges) Grouped(PopulationMatrix matrix)
    {
        // Unchecked: the counting sort's counts and offsets stay at or below the row count, and offsets below the matrix length.
        unchecked
        {
            var n = matrix.EmployeeCount;
            var groupCount = matrix.GroupKeys.Count;
            var groups = matrix.Groups;
            var next = new int[groupCount + 1];
            for (var e = 0; e < n; e++)
            {
                var g = groups[e];
                if ((uint)g >= (uint)groupCount)
                {
                    throw new ArgumentOutOfRangeException(nameof(matrix), $"Row {e} has group index {g}, outside 0-{groupCount - 1}.");
                }

                next[g + 1]++;
            }

            var ranges = new (int Start, int Count)[groupCount];
            for (var g = 0; g < groupCount; g++)
            {
                ranges[g] = (next[g], next[g + 1]);
                next[g + 1] += next[g];
            }

            var target = new int[n];
            var copy = new PopulationMatrix(matrix.Competencies, n, matrix.GroupKeys);
            for (var e = 0; e < n; e++)
            {
                var g = groups[e];
                target[e] = next[g]++;
                copy.GroupIndexes[target[e]] = g;
            }

            for (var c = 0; c < matrix.CompetencyCount; c++)
            {
                var fromR = matrix.Required.Slice(c * n, n);
                var fromA = matrix.Actual.Slice(c * n, n);
                var toR = copy.RequiredColumn(c);
                var toA = copy.ActualColumn(c);
                for (var e = 0; e < n; e++)
                {
                    if (fromR[e] > ProficiencyLevel.MaxValue || fromA[e] > ProficiencyLevel.MaxValue)
                    {
                        throw new ArgumentOutOfRangeException(nameof(matrix), $"Row {e}, column {c}: levels are 0 to 5.");
                    }

                    toR[target[e]] = fromR[e];
                    toA[target[e]] = fromA[e];
                }
            }

            return (copy, ranges);
        }
    }

    private static void ThrowInvalidLevel(PopulationMatrix matrix, int column, int start, int count)
    {
        var n = matrix.EmployeeCount;
        for (var e = start; e < start + count; e++)
        {
            if (matrix.Required[(column * n) + e] > ProficiencyLevel.MaxValue || matrix.Actual[(column * n) + e] > ProficiencyLevel.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(matrix), $"Row {e}, column {column}: levels are 0 to 5.");
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Band(int[] thresholds, int bandCount, int maxNeeded, int needed, int achieved)
    {
        // Unchecked: the threshold table has bands x (maxNeeded + 1) entries, so the index cannot overflow.
        unchecked
        {
            for (var j = 0; j < bandCount - 1; j++)
            {
                if (achieved >= thresholds[(j * (maxNeeded + 1)) + needed])
                {
                    return j;
                }
            }

            return bandCount - 1;
        }
    }

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
                // An achieved sum never exceeds maxNeeded, so any threshold above it is unreachable and stored as
                // int.MaxValue: the same bands, and a minimum near decimal.MaxValue cannot overflow the product.
                var threshold = (capping != JpmCapping.None && minimum > 100m) || minimum > 100m * maxNeeded
                    ? decimal.MaxValue
                    : Math.Ceiling(minimum * n / 100m);
                table[(j * (maxNeeded + 1)) + n] = threshold > maxNeeded ? int.MaxValue : (int)threshold;
            }
        }

        return table;
    }
}
