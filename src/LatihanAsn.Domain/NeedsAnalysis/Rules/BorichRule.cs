using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One item of a Borich needs assessment.</summary>
/// <param name="Item">The item.</param>
/// <param name="N">Respondents who gave both ratings.</param>
/// <param name="MeanImportance">Mean importance over them, or <see langword="null"/> when N = 0.</param>
/// <param name="MeanCompetence">Mean competence over them, or <see langword="null"/> when N = 0.</param>
/// <param name="Mwds">Mean weighted discrepancy score, unrounded; <see langword="null"/> (undefined) when N = 0.</param>
/// <param name="Rank">Standard competition rank ("1224") by MWDS, highest first; <see langword="null"/> when undefined.</param>
public sealed record BorichItem(string Item, long N, decimal? MeanImportance, decimal? MeanCompetence, decimal? Mwds, int? Rank);

/// <summary>
/// Borich's needs assessment model (Borich 1980; computation after McKim &amp; Saucier 2011 and Caillouet &amp; Harder,
/// EDIS WC415): for an item with N respondents who gave both ratings,
/// <c>MWDS = Σ (R - C) × mean(R) / N = mean(R) × (mean(R) - mean(C))</c>, R importance, C competence.
/// </summary>
/// <remarks>
/// Only pairwise-complete respondents count (an answer missing either rating is left out of that item). N = 0 makes the
/// MWDS undefined: the item is listed last, without a rank. A negative MWDS (competence above importance: no need) is
/// kept and ranks below every positive one. Ranks compare the exact, unrounded values (as fractions), so equal values
/// share a rank and the next rank skips ("1224"); equal items are listed by item code (ordinal). The maximum MWDS of a
/// scale is <c>max × (max - min)</c>. Pure and thread-safe.
/// </remarks>
public static class BorichRule
{
    /// <summary>Computes and ranks the MWDS of every item.</summary>
    /// <param name="answers">The answers (missing ratings as <see langword="null"/>).</param>
    /// <param name="scale">The declared scale.</param>
    /// <returns>The items, ranked first, undefined items last.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is off the scale.</exception>
    public static IReadOnlyList<BorichItem> Compute(IEnumerable<RatingPair> answers, RatingScale scale) =>
        Rank(ItemSums.From(answers, scale));

    /// <summary>Ranks items from their exact sums (for instance merged from several groups).</summary>
    /// <param name="sums">The sums per item.</param>
    /// <returns>The items, ranked first, undefined items last.</returns>
    /// <exception cref="DomainRuleException">Sums whose means or MWDS are beyond the range of <see cref="decimal"/>.</exception>
    public static IReadOnlyList<BorichItem> Rank(IEnumerable<ItemSums> sums)
    {
        Guard.Against.Null(sums);
        return Overflow.Guard(() => Ranked(sums), Messages.Both("NeedsAnalysis_BorichMWDSAnswerSumsTooLarge"));
    }

    private static BorichItem[] Ranked(IEnumerable<ItemSums> sums)
    {
        var list = sums.OrderBy(s => s.Item, StringComparer.Ordinal).ToList();
        var defined = list.Where(s => s.N > 0).ToList();
        var values = defined.Select(Mwds).ToList();
        var ranks = CompetitionRanking.Descending(values);
        var ranked = defined
            .Select((s, i) => (Sums: s, Value: values[i], Rank: ranks[i]))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Sums.Item, StringComparer.Ordinal)
            .Select(x => new BorichItem(x.Sums.Item, x.Sums.N, x.Sums.MeanImportance.ToDecimal(), x.Sums.MeanCompetence.ToDecimal(), x.Value.ToDecimal(), x.Rank));
        var undefined = list.Where(s => s.N == 0).Select(s => new BorichItem(s.Item, 0, null, null, null, null));
        return ranked.Concat(undefined).ToArray();
    }

    /// <summary>Returns the highest MWDS a scale allows: <c>max × (max - min)</c>.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The maximum.</returns>
    public static decimal Maximum(RatingScale scale) => scale.Max * (scale.Max - scale.Min);

    /// <summary>The exact MWDS: (ΣR - ΣC) × ΣR / N².</summary>
    internal static Fraction Mwds(ItemSums s) => new(
        ((System.Numerics.BigInteger)s.SumImportance - s.SumCompetence) * s.SumImportance,
        (System.Numerics.BigInteger)s.N * s.N);
}
