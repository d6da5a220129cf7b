using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Survey answers in columnar form for national-scale prioritisation: one column per item, each a contiguous run of
/// one byte per response, for importance and for competence; 0 is a missing answer. Index
/// <c>item * ResponseCount + response</c>. When responses are stored group by group, the batch takes a vectorised path.
/// </summary>
public sealed class SurveyMatrix
{
    private readonly byte[] _importance;
    private readonly byte[] _competence;
    private readonly int[] _group;

    /// <summary>Initialises an empty matrix (every answer missing, every response in group 0).</summary>
    /// <param name="items">The items (competency codes), distinct.</param>
    /// <param name="responseCount">The number of responses.</param>
    /// <param name="scale">The declared scale; ratings are 1-255 in a matrix, so the scale's minimum is at least 1.</param>
    /// <param name="groupKeys">The group keys (for instance regions); a response's group is an index into it.</param>
    /// <exception cref="ArgumentException">No items, duplicates, or no group.</exception>
    public SurveyMatrix(IReadOnlyList<string> items, int responseCount, RatingScale scale, IReadOnlyList<string> groupKeys)
    {
        Guard.Against.Null(items);
        Guard.Against.Null(groupKeys);
        Guard.Against.Negative(responseCount);
        if (items.Count == 0 || items.Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException("The matrix needs distinct items.", nameof(items));
        }

        if (groupKeys.Count == 0 || groupKeys.Distinct(StringComparer.Ordinal).Count() != groupKeys.Count)
        {
            throw new ArgumentException("The matrix needs at least one group and distinct group keys.", nameof(groupKeys));
        }

        Items = [.. items];
        GroupKeys = [.. groupKeys];
        Scale = scale;
        ResponseCount = responseCount;
        _importance = new byte[checked(responseCount * items.Count)];
        _competence = new byte[_importance.Length];
        _group = new int[responseCount];
    }

    /// <summary>Gets the items, one per column.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Gets the number of responses.</summary>
    public int ResponseCount { get; }

    /// <summary>Gets the declared scale.</summary>
    public RatingScale Scale { get; }

    /// <summary>Gets the group keys.</summary>
    public IReadOnlyList<string> GroupKeys { get; }

    /// <summary>Gets each response's group index.</summary>
    public Span<int> GroupIndexes => _group;

    internal ReadOnlySpan<byte> Importance => _importance;

    internal ReadOnlySpan<byte> Competence => _competence;

    internal ReadOnlySpan<int> Groups => _group;

    /// <summary>Gets the importance ratings of one item, one byte per response (0 = missing).</summary>
    /// <param name="item">The column.</param>
    /// <returns>The column.</returns>
    public Span<byte> ImportanceColumn(int item) => _importance.AsSpan(Guard.Against.OutOfRange(item, nameof(item), 0, Items.Count - 1) * ResponseCount, ResponseCount);

    /// <summary>Gets the competence ratings of one item, one byte per response (0 = missing).</summary>
    /// <param name="item">The column.</param>
    /// <returns>The column.</returns>
    public Span<byte> CompetenceColumn(int item) => _competence.AsSpan(Guard.Against.OutOfRange(item, nameof(item), 0, Items.Count - 1) * ResponseCount, ResponseCount);

    internal (int Start, int Count)[]? GroupRanges() => GroupRanging.Of(_group, GroupKeys.Count);
}

/// <summary>
/// The exact partial results of a survey: per group and item, the pairwise-complete count and the two sums. Partials
/// of different regions, agencies or machines merge exactly (<see cref="Merge"/> is associative and commutative).
/// </summary>
public sealed class SurveyPartials
{
    private readonly long[] _n;
    private readonly long[] _sumImportance;
    private readonly long[] _sumCompetence;

    internal SurveyPartials(IReadOnlyList<string> groupKeys, IReadOnlyList<string> items)
    {
        GroupKeys = groupKeys;
        Items = items;
        _n = new long[groupKeys.Count * items.Count];
        _sumImportance = new long[_n.Length];
        _sumCompetence = new long[_n.Length];
    }

    /// <summary>Gets the group keys.</summary>
    public IReadOnlyList<string> GroupKeys { get; }

    /// <summary>Gets the items.</summary>
    public IReadOnlyList<string> Items { get; }

    internal Span<long> N => _n;

    internal Span<long> SumImportance => _sumImportance;

    internal Span<long> SumCompetence => _sumCompetence;

    /// <summary>Returns the sums of every item over all groups (the input of <see cref="BorichRule.Rank"/> and the other rules).</summary>
    /// <returns>The sums, one per item.</returns>
    /// <exception cref="DomainRuleException">A sum of merged partials beyond <see cref="long.MaxValue"/>.</exception>
    public IReadOnlyList<ItemSums> Total() => Overflow.Guard(
        () => Items.Select((item, i) =>
        {
            long n = 0, r = 0, c = 0;
            for (var g = 0; g < GroupKeys.Count; g++)
            {
                var cell = (g * Items.Count) + i;
                n += _n[cell];
                r += _sumImportance[cell];
                c += _sumCompetence[cell];
            }

            return new ItemSums(item, n, r, c);
        }).ToArray(),
        Messages.Both("NeedsAnalysis_AnswerSumsMergedSurveyPartials"));

    /// <summary>Returns the sums of every item in one group.</summary>
    /// <param name="groupKey">The group key.</param>
    /// <returns>The sums, one per item.</returns>
    /// <exception cref="ArgumentException">An unknown group.</exception>
    public IReadOnlyList<ItemSums> OfGroup(string groupKey)
    {
        var g = GroupKeys.ToList().IndexOf(groupKey);
        if (g < 0)
        {
            throw new ArgumentException($"Unknown group {groupKey}.", nameof(groupKey));
        }

        return Items.Select((item, i) => new ItemSums(item, _n[(g * Items.Count) + i], _sumImportance[(g * Items.Count) + i], _sumCompetence[(g * Items.Count) + i])).ToArray();
    }

    /// <summary>Merges two partials, matching groups and items by key (keys on one side only are kept).</summary>
    /// <param name="other">The other partials.</param>
    /// <returns>New partials holding the exact sums of both.</returns>
    /// <exception cref="DomainRuleException">A merged sum beyond <see cref="long.MaxValue"/>.</exception>
    public SurveyPartials Merge(SurveyPartials other)
    {
        Guard.Against.Null(other);
        var keys = GroupKeys.Union(other.GroupKeys, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var items = Items.Union(other.Items, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var merged = new SurveyPartials(keys, items);
        try
        {
            foreach (var source in new[] { this, other })
            {
                for (var g = 0; g < source.GroupKeys.Count; g++)
                {
                    var tg = Array.IndexOf(keys, source.GroupKeys[g]);
                    for (var i = 0; i < source.Items.Count; i++)
                    {
                        var from = (g * source.Items.Count) + i;
                        var to = (tg * items.Length) + Array.IndexOf(items, source.Items[i]);
                        merged._n[to] += source._n[from];
                        merged._sumImportance[to] += source._sumImportance[from];
                        merged._sumCompetence[to] += source._sumCompetence[from];
                    }
                }
            }
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(Messages.Both("NeedsAnalysis_AnswerSumsMergedSurveyPartials"));
        }

        return merged;
    }
}

/// <summary>
/// The survey sums over columnar data (<see cref="SurveyMatrix"/>): for each group and item, the pairwise-complete
/// count and sums from which MWDS, Locus for Focus and Hennessy-Hicks follow exactly. With responses stored group by
/// group and AVX2, 32 responses per instruction; otherwise a scalar loop gives the same partials. Pure and thread-safe
/// for distinct inputs.
/// </summary>
public static class SurveyBatch
{
    private const int Lanes = 32;

    /// <summary>Computes the exact partial results of a matrix.</summary>
    /// <param name="matrix">The answers.</param>
    /// <returns>The partials.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating off the scale or a group out of range (the message names the response and item).</exception>
    public static SurveyPartials Compute(SurveyMatrix matrix) => Compute(matrix, vectorised: true);

    internal static SurveyPartials Compute(SurveyMatrix matrix, bool vectorised)
    {
        Guard.Against.Null(matrix);
        var partials = new SurveyPartials(matrix.GroupKeys, matrix.Items);
        var ranges = vectorised && Avx2.IsSupported ? matrix.GroupRanges() : null;
        if (ranges is null)
        {
            Scalar(matrix, partials, 0, matrix.ResponseCount, -1);
            return partials;
        }

        for (var g = 0; g < ranges.Length; g++)
        {
            var (start, count) = ranges[g];
            var vectorRows = count - (count % Lanes);
            if (vectorRows > 0)
            {
                Avx2Rows(matrix, partials, g, start, vectorRows);
            }

            Scalar(matrix, partials, start + vectorRows, count - vectorRows, g);
        }

        return partials;
    }

    private static void Scalar(SurveyMatrix matrix, SurveyPartials partials, int start, int count, int group)
    {
        // Unchecked: offsets stay below the matrix length (responses x items, checked when the matrix was made) and each
        // long sum below 255 x the response count.
        unchecked
        {
            var items = matrix.Items.Count;
            var m = matrix.ResponseCount;
            var scale = matrix.Scale;
            for (var e = start; e < start + count; e++)
            {
                var g = group >= 0 ? group : matrix.Groups[e];
                if ((uint)g >= (uint)matrix.GroupKeys.Count)
                {
                    throw new ArgumentOutOfRangeException(nameof(matrix), $"Response {e} has group index {g}, outside 0-{matrix.GroupKeys.Count - 1}.");
                }

                for (var i = 0; i < items; i++)
                {
                    int r = matrix.Importance[(i * m) + e];
                    int c = matrix.Competence[(i * m) + e];
                    if ((r != 0 && !scale.Contains(r)) || (c != 0 && !scale.Contains(c)))
                    {
                        throw new ArgumentOutOfRangeException(nameof(matrix), $"Response {e}, item {matrix.Items[i]}: a rating is outside the scale {scale}.");
                    }

                    if (r != 0 && c != 0)
                    {
                        var cell = (g * items) + i;
                        partials.N[cell]++;
                        partials.SumImportance[cell] += r;
                        partials.SumCompetence[cell] += c;
                    }
                }
            }
        }
    }

    private static void Avx2Rows(SurveyMatrix matrix, SurveyPartials partials, int group, int start, int count)
    {
        // Unchecked: offsets stay below the matrix length, and a 64-bit lane adds at most 8 x 255 per 32 responses (psadbw),
        // so its sum stays below 64 x count and the casts to long are exact.
        unchecked
        {
            var m = matrix.ResponseCount;
            var zero = Vector256<byte>.Zero;
            var one = Vector256.Create((byte)1);
            var scaleMax = Vector256.Create((byte)matrix.Scale.Max);
            var scaleMin = Vector256.Create((byte)matrix.Scale.Min);
            for (var i = 0; i < matrix.Items.Count; i++)
            {
                ref var rBase = ref Unsafe.Add(ref MemoryMarshal.GetReference(matrix.Importance), (i * m) + start);
                ref var cBase = ref Unsafe.Add(ref MemoryMarshal.GetReference(matrix.Competence), (i * m) + start);
                var n = Vector256<ulong>.Zero;
                var sumR = Vector256<ulong>.Zero;
                var sumC = Vector256<ulong>.Zero;
                var max = zero;
                var min = Vector256<byte>.AllBitsSet;
                for (var j = 0; j < count; j += Lanes)
                {
                    var r = Vector256.LoadUnsafe(ref rBase, (nuint)j);
                    var c = Vector256.LoadUnsafe(ref cBase, (nuint)j);
                    var rMissing = Avx2.CompareEqual(r, zero);
                    var cMissing = Avx2.CompareEqual(c, zero);
                    max = Avx2.Max(max, Avx2.Max(r, c));
                    min = Avx2.Min(min, Avx2.Min(r | rMissing, c | cMissing)); // missing answers become 255 and do not lower the minimum
                    var complete = ~(rMissing | cMissing);
                    n = Avx2.Add(n, Avx2.SumAbsoluteDifferences(complete & one, zero).AsUInt64());
                    sumR = Avx2.Add(sumR, Avx2.SumAbsoluteDifferences(r & complete, zero).AsUInt64());
                    sumC = Avx2.Add(sumC, Avx2.SumAbsoluteDifferences(c & complete, zero).AsUInt64());
                }

                if (Vector256.GreaterThanAny(max, scaleMax) || Vector256.LessThanAny(min, scaleMin))
                {
                    Scalar(matrix, new SurveyPartials(matrix.GroupKeys, matrix.Items), start, count, group); // throws, naming the response
                }

                var cell = (group * matrix.Items.Count) + i;
                partials.N[cell] += (long)Vector256.Sum(n);
                partials.SumImportance[cell] += (long)Vector256.Sum(sumR);
                partials.SumCompetence[cell] += (long)Vector256.Sum(sumC);
            }
        }
    }
}
