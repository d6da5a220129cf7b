using System.Globalization;
using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A signal that can put a competency on the priority list.</summary>
public enum PrioritySignal
{
    /// <summary>The measured competency gap: mean shortfall in levels, out of 4.</summary>
    Gap = 0,

    /// <summary>The Borich MWDS of the needs survey, out of the scale's maximum.</summary>
    Borich = 1,

    /// <summary>The Locus for Focus HH quadrant (high importance, high discrepancy).</summary>
    LocusHighHigh = 2,

    /// <summary>The employees' own proposals: the share of respondents who proposed a topic linked to it.</summary>
    Proposals = 3,
}

/// <summary>
/// The weights of the signals in the combined priority. They sum to 1, so a score is between 0 and 1. A library
/// convention (no regulation sets them): replace them with the agency's own.
/// </summary>
public sealed class PriorityWeightsRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="gap">Weight of the measured gap.</param>
    /// <param name="borich">Weight of the Borich MWDS.</param>
    /// <param name="locusHighHigh">Weight of the HH quadrant.</param>
    /// <param name="proposals">Weight of the employees' proposals.</param>
    /// <exception cref="ArgumentException">A negative weight, or weights not summing to exactly 1.</exception>
    public PriorityWeightsRuleSet(RuleSetInfo info, decimal gap, decimal borich, decimal locusHighHigh, decimal proposals)
    {
        Info = Guard.Against.Null(info);
        // Non-negative weights summing to 1 are each at most 1: checking that first keeps the sum from overflowing.
        if (gap < 0 || borich < 0 || locusHighHigh < 0 || proposals < 0 || gap > 1 || borich > 1 || locusHighHigh > 1 || proposals > 1
            || gap + borich + locusHighHigh + proposals != 1m)
        {
            throw new ArgumentException(Messages.Get("NeedsAnalysis_PriorityWeightsMustNonNegativeAnd"));
        }

        Weights = new Dictionary<PrioritySignal, decimal>
        {
            [PrioritySignal.Gap] = gap,
            [PrioritySignal.Borich] = borich,
            [PrioritySignal.LocusHighHigh] = locusHighHigh,
            [PrioritySignal.Proposals] = proposals,
        };
    }

    /// <summary>Gets the default: gap 0.4, Borich 0.3, proposals 0.2, HH 0.1.</summary>
    public static PriorityWeightsRuleSet Default { get; } = new(
        new RuleSetInfo("priority-weights/default", "1", "Konvensi LatihanAsn: bobot sinyal prioritas (tidak ada regulasi yang mengaturnya)", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
        0.4m,
        0.3m,
        0.1m,
        0.2m);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the weight of each signal.</summary>
    public IReadOnlyDictionary<PrioritySignal, decimal> Weights { get; }
}

/// <summary>The evidence behind one (population, competency) priority. Every part is optional.</summary>
/// <param name="MeanShortfall">Mean shortfall in levels over the assessed employees who require the competency.</param>
/// <param name="Mwds">The Borich MWDS of the competency in the needs survey.</param>
/// <param name="MwdsMaximum">The scale's maximum MWDS (<see cref="BorichRule.Maximum"/>).</param>
/// <param name="Quadrant">The Locus for Focus quadrant.</param>
/// <param name="ProposalRespondents">Respondents who proposed a topic linked to the competency.</param>
/// <param name="SurveyRespondents">Respondents of the survey (the denominator of the proposals signal).</param>
public sealed record PriorityEvidence(
    decimal? MeanShortfall = null,
    decimal? Mwds = null,
    decimal? MwdsMaximum = null,
    LocusQuadrant? Quadrant = null,
    int ProposalRespondents = 0,
    int SurveyRespondents = 0);

/// <summary>What one signal added to a priority score.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Value">Its normalised value, 0 to 1.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Contribution">Value times weight.</param>
public sealed record SignalContribution(PrioritySignal Signal, decimal Value, decimal Weight, decimal Contribution);

/// <summary>A combined priority with the signals that put it there.</summary>
/// <param name="Score">The score, 0 to 1, unrounded.</param>
/// <param name="Contributions">The signals with a value above 0, largest contribution first.</param>
/// <param name="Explanation">The signals in words.</param>
/// <param name="RuleSet">The weights used.</param>
public sealed record PriorityScore(decimal Score, IReadOnlyList<SignalContribution> Contributions, LocalizedText Explanation, RuleSetInfo RuleSet);

/// <summary>
/// The combined priority of a competency for a population: a weighted sum of normalised signals — the measured gap
/// (mean shortfall / 4, the largest possible shortfall on levels 1-5), the Borich MWDS (MWDS / maximum, negatives as
/// 0), the HH quadrant (1 or 0) and the employees' proposals (share of respondents). Values are clamped to 0-1; a
/// missing signal counts 0 and is not listed. Pure and thread-safe.
/// </summary>
public static class PriorityRule
{
    /// <summary>The largest possible shortfall in levels (5 required, 1 actual).</summary>
    public const decimal MaximumShortfall = 4m;

    /// <summary>Scores a competency.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <param name="weights">The weights.</param>
    /// <returns>The score with its contributions.</returns>
    public static PriorityScore Score(PriorityEvidence evidence, PriorityWeightsRuleSet weights)
    {
        Guard.Against.Null(evidence);
        Guard.Against.Null(weights);
        var values = new Dictionary<PrioritySignal, decimal>
        {
            [PrioritySignal.Gap] = evidence.MeanShortfall is { } s ? Clamp(s / MaximumShortfall) : 0m,
            [PrioritySignal.Borich] = evidence.Mwds is { } m && evidence.MwdsMaximum is > 0m ? Share(m, evidence.MwdsMaximum.Value) : 0m,
            [PrioritySignal.LocusHighHigh] = evidence.Quadrant == LocusQuadrant.HH ? 1m : 0m,
            [PrioritySignal.Proposals] = evidence.SurveyRespondents > 0 ? Clamp((decimal)evidence.ProposalRespondents / evidence.SurveyRespondents) : 0m,
        };
        var contributions = values
            .Where(v => v.Value > 0m)
            .Select(v => new SignalContribution(v.Key, v.Value, weights.Weights[v.Key], v.Value * weights.Weights[v.Key]))
            .OrderByDescending(c => c.Contribution)
            .ThenBy(c => c.Signal)
            .ToArray();
        var score = contributions.Sum(c => c.Contribution);
        return new PriorityScore(score, contributions, Explain(contributions, evidence), weights.Info);
    }

    private static decimal Clamp(decimal value) => Math.Clamp(value, 0m, 1m);

    /// <summary>value / maximum clamped to 0-1, without dividing when the clamp decides (a huge value over a tiny maximum would overflow).</summary>
    private static decimal Share(decimal value, decimal maximum) => value <= 0m ? 0m : value >= maximum ? 1m : value / maximum;

    private static LocalizedText Explain(IReadOnlyList<SignalContribution> contributions, PriorityEvidence evidence)
    {
        if (contributions.Count == 0)
        {
            return Messages.Both("NeedsAnalysis_NoSignalNeed");
        }

        string N(decimal value) => Rounding.HalfAwayFromZero(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
        var parts = contributions.Select(c => c.Signal switch
        {
            PrioritySignal.Gap => Messages.Both("NeedsAnalysis_SignalMeanGap", N(evidence.MeanShortfall!.Value), N(c.Contribution)),
            PrioritySignal.Borich => Messages.Both("NeedsAnalysis_SignalBorich", N(evidence.Mwds!.Value), N(c.Contribution)),
            PrioritySignal.LocusHighHigh => Messages.Both("NeedsAnalysis_SignalLocusHighHigh", N(c.Contribution)),
            _ => Messages.Both("NeedsAnalysis_SignalProposed", evidence.ProposalRespondents, evidence.SurveyRespondents, N(c.Contribution)),
        });
        return Messages.Join("; ", parts);
    }
}
