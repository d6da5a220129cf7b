using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>The mean of Likert answers with its band.</summary>
/// <param name="Answers">How many answers.</param>
/// <param name="Sum">Their exact sum.</param>
/// <param name="Mean">Sum / answers, unrounded; <see langword="null"/> without answers.</param>
/// <param name="Band">The band of the unrounded mean.</param>
/// <param name="Undefined">Why the mean is undefined, if it is.</param>
public sealed record LikertSummary(int Answers, long Sum, decimal? Mean, LikertBand? Band, UndefinedReason? Undefined);

/// <summary>A 1-4 mean converted to 25-100 (x 25) and graded with the SKM grades.</summary>
/// <param name="Value">Mean x 25, unrounded; <see langword="null"/> when undefined.</param>
/// <param name="Rounded">The value rounded to 2 decimals half away from zero (the graded value).</param>
/// <param name="Grade">The SKM-style grade.</param>
/// <param name="Undefined">Why it is undefined (no answers, or a scale other than 1-4).</param>
public sealed record ConvertedScore(decimal? Value, decimal? Rounded, SkmGrade? Grade, UndefinedReason? Undefined);

/// <summary>The result of one reaction item.</summary>
/// <param name="Item">The item.</param>
/// <param name="Summary">Its answers, mean and band.</param>
public sealed record ReactionItemResult(ReactionItem Item, LikertSummary Summary);

/// <summary>The result of one aspect: every answer to its items pooled.</summary>
/// <param name="Aspect">The aspect.</param>
/// <param name="Summary">Its answers, mean and band.</param>
/// <param name="Score">The 1-4 x 25 score with its SKM-style grade.</param>
public sealed record ReactionAspectResult(ReactionAspect Aspect, LikertSummary Summary, ConvertedScore Score);

/// <summary>A level 1 (reaction) result.</summary>
/// <param name="Scale">The questionnaire's scale.</param>
/// <param name="Respondents">How many responses.</param>
/// <param name="Items">Per item, in the questionnaire's order.</param>
/// <param name="Aspects">Per aspect that has items, in the order of <see cref="ReactionAspect"/>.</param>
/// <param name="Overall">Every Likert answer pooled.</param>
/// <param name="OverallScore">The overall 1-4 x 25 score.</param>
/// <param name="Nps">The Net Promoter Score, or <see langword="null"/> when the questionnaire has no recommend item.</param>
/// <param name="RuleSets">The rule sets applied.</param>
public sealed record ReactionResult(
    LikertScale Scale,
    int Respondents,
    IReadOnlyList<ReactionItemResult> Items,
    IReadOnlyList<ReactionAspectResult> Aspects,
    LikertSummary Overall,
    ConvertedScore OverallScore,
    NpsResult? Nps,
    IReadOnlyList<RuleSetInfo> RuleSets);

/// <summary>
/// Level 1 (reaction): means of Likert answers per item, per aspect and overall, each with its interpretation band
/// (<see cref="LikertBandRuleSet"/>: equal-width half-open bands on the unrounded mean); the Net Promoter Score of the
/// recommend item; and, for 1-4 scales, the organiser/facilitator score mean x 25 (25-100) graded with the SKM grades
/// on its value rounded to 2 decimals (Indonesian training practice). Aspect and overall means pool every answer
/// (sum / count), so an item answered by fewer people weighs less; a skipped item is not an answer. Means are
/// unrounded. No answers gives an undefined mean that says why. Pure and thread-safe.
/// </summary>
public static class ReactionRule
{
    /// <summary>Summarises answers on a scale. Allocates only the result.</summary>
    /// <param name="answers">The answers.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="bands">The bands (default <see cref="LikertBandRuleSet.Default"/>).</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside the scale (the message names its position).</exception>
    public static LikertSummary Summarise(ReadOnlySpan<int> answers, LikertScale scale, LikertBandRuleSet? bands = null)
    {
        long sum = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            if (!scale.Contains(answers[i]))
            {
                throw new ArgumentOutOfRangeException(nameof(answers), answers[i], Messages.Get("Evaluation_AnswerAtPositionMustNot", i, scale, answers[i]));
            }

            sum += answers[i];
        }

        return FromSum(sum, answers.Length, scale, bands);
    }

    /// <summary>Summarises answers from their exact sum and count.</summary>
    /// <param name="sum">The sum of the answers.</param>
    /// <param name="count">How many answers, 0 or more.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="bands">The bands (default <see cref="LikertBandRuleSet.Default"/>).</param>
    /// <returns>The summary; undefined when <paramref name="count"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mean would lie outside the scale.</exception>
    public static LikertSummary FromSum(long sum, int count, LikertScale scale, LikertBandRuleSet? bands = null)
    {
        Guard.Against.Negative(count);
        bands ??= LikertBandRuleSet.Default;
        if (count == 0)
        {
            return new LikertSummary(0, 0, null, null, UndefinedReason.NoAnswers);
        }

        var mean = (decimal)sum / count;
        return new LikertSummary(count, sum, mean, bands.Classify(mean, scale), null);
    }

    /// <summary>Converts a 1-4 mean to 25-100 (x 25) and grades it with the SKM grades on its value rounded to 2 decimals.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="scale">Its scale; only 1-4 converts.</param>
    /// <param name="skm">The SKM rule set for the grades (default <see cref="SkmRuleSet.Permenpanrb14Of2017"/>).</param>
    /// <returns>The score; undefined for other scales or without answers.</returns>
    public static ConvertedScore ConvertToHundred(LikertSummary summary, LikertScale scale, SkmRuleSet? skm = null)
    {
        Guard.Against.Null(summary);
        skm ??= SkmRuleSet.Permenpanrb14Of2017;
        if (scale != LikertScale.OneToFour)
        {
            return new ConvertedScore(null, null, null, UndefinedReason.ScaleNotSupported);
        }

        if (summary.Mean is not { } mean)
        {
            return new ConvertedScore(null, null, null, UndefinedReason.NoAnswers);
        }

        var value = mean * SkmRuleSet.ConversionFactor;
        return new ConvertedScore(value, Rounding.HalfAwayFromZero(value, 2), skm.Grade(value), null);
    }

    /// <summary>Computes the reaction result of a questionnaire's responses.</summary>
    /// <param name="questionnaire">The questionnaire.</param>
    /// <param name="responses">The responses: answer per item code, each with at least one answer; items may be skipped.</param>
    /// <param name="bands">The Likert bands (default <see cref="LikertBandRuleSet.Default"/>).</param>
    /// <param name="skm">The SKM grades for the 1-4 x 25 score (default <see cref="SkmRuleSet.Permenpanrb14Of2017"/>).</param>
    /// <param name="nps">The NPS cut-offs (default <see cref="NpsRuleSet.Default"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">An empty response, or an answer to an unknown item.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside its scale (the message names the response and item).</exception>
    public static ReactionResult Compute(
        ReactionQuestionnaire questionnaire,
        IEnumerable<IReadOnlyDictionary<string, int>> responses,
        LikertBandRuleSet? bands = null,
        SkmRuleSet? skm = null,
        NpsRuleSet? nps = null)
    {
        Guard.Against.Null(questionnaire);
        Guard.Against.Null(responses);
        bands ??= LikertBandRuleSet.Default;
        skm ??= SkmRuleSet.Permenpanrb14Of2017;
        nps ??= NpsRuleSet.Default;
        var scale = questionnaire.Scale;
        var items = questionnaire.Items;
        var sums = new long[items.Count];
        var counts = new int[items.Count];
        var position = items.Select((item, i) => (item.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var recommend = new List<int>();
        var respondents = 0;
        foreach (var response in responses)
        {
            var where = Messages.Get("Evaluation_Response", respondents);
            if (response is null || response.Count == 0)
            {
                throw new ArgumentException(Messages.Get("Evaluation_HasNoAnswers", where), nameof(responses));
            }

            foreach (var (code, answer) in response)
            {
                questionnaire.CheckAnswer(code, answer, where);
                if (questionnaire.IsRecommendItem(code))
                {
                    recommend.Add(answer);
                }
                else
                {
                    var i = position[Codes.Normalise(code)];
                    sums[i] += answer;
                    counts[i]++;
                }
            }

            respondents++;
        }

        var itemResults = items.Select((item, i) => new ReactionItemResult(item, FromSum(sums[i], counts[i], scale, bands))).ToArray();
        var aspects = Enum.GetValues<ReactionAspect>()
            .Where(a => items.Any(i => i.Aspect == a))
            .Select(a =>
            {
                var summary = FromSum(
                    itemResults.Where(r => r.Item.Aspect == a).Sum(r => r.Summary.Sum),
                    itemResults.Where(r => r.Item.Aspect == a).Sum(r => r.Summary.Answers),
                    scale,
                    bands);
                return new ReactionAspectResult(a, summary, ConvertToHundred(summary, scale, skm));
            })
            .ToArray();
        var overall = FromSum(sums.Sum(), counts.Sum(), scale, bands);
        var npsResult = questionnaire.RecommendItem is null ? null : NpsRule.Compute(recommend.ToArray().AsSpan(), nps);
        var ruleSets = new List<RuleSetInfo> { bands.Info };
        if (scale == LikertScale.OneToFour)
        {
            ruleSets.Add(skm.Info);
        }

        if (npsResult is not null)
        {
            ruleSets.Add(nps.Info);
        }

        return new ReactionResult(scale, respondents, itemResults, aspects, overall, ConvertToHundred(overall, scale, skm), npsResult, ruleSets);
    }
}
