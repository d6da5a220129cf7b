using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One item of a Hennessy-Hicks analysis.</summary>
/// <param name="Item">The item.</param>
/// <param name="N">Respondents who rated both importance and performance.</param>
/// <param name="MeanImportance">Mean importance, or <see langword="null"/> when N = 0.</param>
/// <param name="MeanPerformance">Mean current performance, or <see langword="null"/> when N = 0.</param>
/// <param name="MeanNeed">Mean of importance minus performance, unrounded; <see langword="null"/> when N = 0.</param>
/// <param name="Rank">Competition rank ("1224") by need, highest first; <see langword="null"/> when undefined.</param>
public sealed record HennessyHicksItem(string Item, long N, decimal? MeanImportance, decimal? MeanPerformance, decimal? MeanNeed, int? Rank);

/// <summary>
/// The Hennessy-Hicks training needs analysis questionnaire (WHO-endorsed; 1-7 ratings of importance and of current
/// performance; secondary source): need per item = importance - performance, averaged over the respondents who gave
/// both; items ranked by mean need with exact ties ("1224"); N = 0 undefined and listed last. Pure and thread-safe.
/// </summary>
public static class HennessyHicksRule
{
    /// <summary>Computes and ranks the mean need of every item.</summary>
    /// <param name="answers">The answers (importance and performance).</param>
    /// <param name="scale">The declared scale, usually <see cref="RatingScale.OneToSeven"/>.</param>
    /// <returns>The items, ranked first, undefined last.</returns>
    public static IReadOnlyList<HennessyHicksItem> Compute(IEnumerable<RatingPair> answers, RatingScale scale) =>
        Rank(ItemSums.From(answers, scale));

    /// <summary>Ranks items from their exact sums.</summary>
    /// <param name="sums">The sums per item.</param>
    /// <returns>The items, ranked first, undefined last.</returns>
    /// <exception cref="DomainRuleException">Sums whose means are beyond the range of <see cref="decimal"/>.</exception>
    public static IReadOnlyList<HennessyHicksItem> Rank(IEnumerable<ItemSums> sums)
    {
        Guard.Against.Null(sums);
        return Overflow.Guard(() => Ranked(sums), Messages.Both("NeedsAnalysis_HennessyHicksNeedsAnswerSumsToo"));
    }

    private static HennessyHicksItem[] Ranked(IEnumerable<ItemSums> sums)
    {
        var list = sums.OrderBy(s => s.Item, StringComparer.Ordinal).ToList();
        var defined = list.Where(s => s.N > 0).ToList();
        var needs = defined.Select(s => s.MeanDiscrepancy).ToList();
        var ranks = CompetitionRanking.Descending(needs);
        return defined
            .Select((s, i) => new HennessyHicksItem(s.Item, s.N, s.MeanImportance.ToDecimal(), s.MeanCompetence.ToDecimal(), needs[i].ToDecimal(), ranks[i]))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Item, StringComparer.Ordinal)
            .Concat(list.Where(s => s.N == 0).Select(s => new HennessyHicksItem(s.Item, 0, null, null, null, null)))
            .ToArray();
    }
}
