using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A Locus for Focus quadrant, named importance first.</summary>
public enum LocusQuadrant
{
    /// <summary>High importance, high discrepancy: the first priority.</summary>
    HH = 0,

    /// <summary>High importance, low discrepancy.</summary>
    HL = 1,

    /// <summary>Low importance, high discrepancy.</summary>
    LH = 2,

    /// <summary>Low importance, low discrepancy.</summary>
    LL = 3,
}

/// <summary>One item of a Locus for Focus analysis.</summary>
/// <param name="Item">The item.</param>
/// <param name="N">Respondents who gave both ratings.</param>
/// <param name="MeanImportance">x: mean importance, or <see langword="null"/> when N = 0.</param>
/// <param name="MeanDiscrepancy">y: mean of importance minus competence, or <see langword="null"/> when N = 0.</param>
/// <param name="Quadrant">The quadrant, or <see langword="null"/> when N = 0.</param>
public sealed record LocusItem(string Item, long N, decimal? MeanImportance, decimal? MeanDiscrepancy, LocusQuadrant? Quadrant);

/// <summary>A Locus for Focus analysis: the items and the two dividing lines.</summary>
/// <param name="Items">The items, in item order.</param>
/// <param name="ImportanceLine">The vertical line: the mean of the items' mean importance, or <see langword="null"/> without items.</param>
/// <param name="DiscrepancyLine">The horizontal line: the mean of the items' mean discrepancy, or <see langword="null"/> without items.</param>
public sealed record LocusForFocus(IReadOnlyList<LocusItem> Items, decimal? ImportanceLine, decimal? DiscrepancyLine);

/// <summary>An item of the combined Borich and Locus for Focus ranking.</summary>
/// <param name="Item">The item.</param>
/// <param name="Tier">1: in both the HH quadrant and the Borich top n; 2: in one of them; 3: in neither; <see langword="null"/> when undefined.</param>
/// <param name="InHighHigh">Whether the item is in the HH quadrant.</param>
/// <param name="InBorichTop">Whether the item is in the Borich top n (n = number of HH items).</param>
/// <param name="BorichRank">The item's Borich rank.</param>
/// <param name="Rank">The combined rank ("1224" by tier, then exact MWDS); <see langword="null"/> when undefined.</param>
public sealed record CombinedPriorityItem(string Item, int? Tier, bool InHighHigh, bool InBorichTop, int? BorichRank, int? Rank);

/// <summary>
/// Locus for Focus (Mink, Shultz &amp; Mink 1991; recalled, unverified): x = mean importance per item, y = mean discrepancy
/// (importance - competence) per item, both over the pairwise-complete respondents; the dividing lines are the means of
/// the item means (not the scale midpoints). An item exactly on a line counts as high (<c>x &gt;= line</c> is high).
/// Items with N = 0 have no quadrant and do not move the lines. Lines and comparisons are exact (fractions); decimals are
/// produced only for display. Pure and thread-safe.
/// </summary>
public static class LocusForFocusRule
{
    /// <summary>Computes the quadrants.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="scale">The declared scale.</param>
    /// <returns>The analysis.</returns>
    public static LocusForFocus Compute(IEnumerable<RatingPair> answers, RatingScale scale) => FromSums(ItemSums.From(answers, scale));

    /// <summary>Computes the quadrants from exact sums.</summary>
    /// <param name="sums">The sums per item.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="DomainRuleException">Sums whose means are beyond the range of <see cref="decimal"/>.</exception>
    public static LocusForFocus FromSums(IEnumerable<ItemSums> sums)
    {
        Guard.Against.Null(sums);
        return Overflow.Guard(() => Quadrants(sums), Messages.Both("NeedsAnalysis_LocusForFocusAnswerSumsToo"));
    }

    private static LocusForFocus Quadrants(IEnumerable<ItemSums> sums)
    {
        var list = sums.OrderBy(s => s.Item, StringComparer.Ordinal).ToList();
        var defined = list.Where(s => s.N > 0).ToList();
        if (defined.Count == 0)
        {
            return new LocusForFocus(list.Select(s => new LocusItem(s.Item, 0, null, null, null)).ToArray(), null, null);
        }

        var xLine = defined.Aggregate(Fraction.Zero, (acc, s) => acc + s.MeanImportance) / defined.Count;
        var yLine = defined.Aggregate(Fraction.Zero, (acc, s) => acc + s.MeanDiscrepancy) / defined.Count;
        var items = list.Select(s =>
        {
            if (s.N == 0)
            {
                return new LocusItem(s.Item, 0, null, null, null);
            }

            var highImportance = s.MeanImportance >= xLine;
            var highDiscrepancy = s.MeanDiscrepancy >= yLine;
            var quadrant = (highImportance, highDiscrepancy) switch
            {
                (true, true) => LocusQuadrant.HH,
                (true, false) => LocusQuadrant.HL,
                (false, true) => LocusQuadrant.LH,
                _ => LocusQuadrant.LL,
            };
            return new LocusItem(s.Item, s.N, s.MeanImportance.ToDecimal(), s.MeanDiscrepancy.ToDecimal(), quadrant);
        }).ToArray();
        return new LocusForFocus(items, xLine.ToDecimal(), yLine.ToDecimal());
    }

    /// <summary>
    /// Combines Borich and Locus for Focus (after Cho 2009; recalled, unverified): with n items in HH, take the top n by
    /// MWDS (every item whose Borich rank is n or better, so ties at the boundary are all in); items in both lists
    /// come first (tier 1), then items in one list (tier 2), then the rest (tier 3). Within a tier, items follow the exact
    /// MWDS; the combined rank is a competition rank over (tier, MWDS). Undefined items are last without a rank.
    /// </summary>
    /// <param name="sums">The sums per item.</param>
    /// <returns>The combined ranking.</returns>
    public static IReadOnlyList<CombinedPriorityItem> Combine(IEnumerable<ItemSums> sums)
    {
        var list = Guard.Against.Null(sums).ToList();
        var locus = FromSums(list).Items.ToDictionary(i => i.Item, StringComparer.Ordinal);
        var borich = BorichRule.Rank(list).ToDictionary(i => i.Item, StringComparer.Ordinal);
        var n = locus.Values.Count(i => i.Quadrant == LocusQuadrant.HH);
        var mwds = list.Where(s => s.N > 0).ToDictionary(s => s.Item, BorichRule.Mwds, StringComparer.Ordinal);
        var defined = list.Where(s => s.N > 0)
            .Select(s =>
            {
                var inHh = locus[s.Item].Quadrant == LocusQuadrant.HH;
                var inTop = borich[s.Item].Rank <= n;
                var tier = inHh && inTop ? 1 : inHh || inTop ? 2 : 3;
                return (s.Item, Tier: tier, InHh: inHh, InTop: inTop, Key: new TierKey(tier, mwds[s.Item]));
            })
            .ToList();
        var ranks = CompetitionRanking.Descending(defined.Select(d => d.Key).ToList());
        return defined
            .Select((d, i) => new CombinedPriorityItem(d.Item, d.Tier, d.InHh, d.InTop, borich[d.Item].Rank, ranks[i]))
            .OrderBy(c => c.Rank)
            .ThenBy(c => c.Item, StringComparer.Ordinal)
            .Concat(list.Where(s => s.N == 0).OrderBy(s => s.Item, StringComparer.Ordinal)
                .Select(s => new CombinedPriorityItem(s.Item, null, false, false, null, null)))
            .ToArray();
    }

    /// <summary>Orders by tier (1 best) and then by MWDS (higher best), so that "greater" means "higher priority".</summary>
    private readonly record struct TierKey(int Tier, Fraction Mwds) : IComparable<TierKey>
    {
        public int CompareTo(TierKey other) => Tier != other.Tier ? other.Tier.CompareTo(Tier) : Mwds.CompareTo(other.Mwds);
    }
}
