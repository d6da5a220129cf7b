using System.Globalization;
using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>How a level came out against its criterion.</summary>
public enum LevelOutcome
{
    /// <summary>No data for the level.</summary>
    NotMeasured = 0,

    /// <summary>Data exists but the level's score is undefined (the finding says why).</summary>
    Undefined = 1,

    /// <summary>The level meets its criterion.</summary>
    Met = 2,

    /// <summary>The level does not meet its criterion.</summary>
    NotMet = 3,
}

/// <summary>The overall verdict on a course run.</summary>
public enum EffectivenessVerdict
{
    /// <summary>No level could be judged.</summary>
    InsufficientEvidence = 0,

    /// <summary>Every level judged meets its criterion, but only reaction and learning were judged.</summary>
    Promising = 1,

    /// <summary>Every level judged meets its criterion, including behaviour or results.</summary>
    Effective = 2,

    /// <summary>Some levels judged meet their criteria and some do not.</summary>
    PartlyEffective = 3,

    /// <summary>No level judged meets its criterion.</summary>
    NotEffective = 4,
}

/// <summary>The criteria a level must meet for the verdict.</summary>
public sealed class EffectivenessRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="minimumReactionRank">The lowest Likert band rank (1 = lowest band) of the overall reaction mean that meets level 1.</param>
    /// <param name="minimumGainLevel">The lowest class-gain level that meets level 2.</param>
    /// <param name="minimumBehaviourChange">Level 3 is met when the overall change is strictly above this.</param>
    /// <exception cref="ArgumentOutOfRangeException">A rank below 1.</exception>
    public EffectivenessRuleSet(RuleSetInfo info, int minimumReactionRank, GainLevel minimumGainLevel, decimal minimumBehaviourChange)
    {
        Info = Guard.Against.Null(info);
        MinimumReactionRank = Guard.Against.NegativeOrZero(minimumReactionRank);
        MinimumGainLevel = Guard.Against.EnumOutOfRange(minimumGainLevel);
        MinimumBehaviourChange = minimumBehaviourChange;
    }

    /// <summary>
    /// Gets the default (LatihanAsn's choice, to be replaced by an agency's own): level 1 met from the fourth band
    /// ("Baik" of five); level 2 met from a medium class gain; level 3 met by any positive change; level 4 met when more
    /// KPIs improved than worsened; level 5 met when the ROI reaches the ROI rule set's target.
    /// </summary>
    public static EffectivenessRuleSet Default { get; } = new(
        new RuleSetInfo("effectiveness/latihanasn", "1", "Kriteria LatihanAsn: L1 pita ke-4 ke atas; L2 gain kelas sedang ke atas; L3 perubahan > 0; L4 lebih banyak KPI membaik daripada memburuk; L5 ROI mencapai target", new DateOnly(2000, 1, 1), null, SourceCertainty.Secondary),
        4,
        GainLevel.Medium,
        0m);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the lowest reaction band rank that meets level 1.</summary>
    public int MinimumReactionRank { get; }

    /// <summary>Gets the lowest class-gain level that meets level 2.</summary>
    public GainLevel MinimumGainLevel { get; }

    /// <summary>Gets the change level 3 must exceed.</summary>
    public decimal MinimumBehaviourChange { get; }
}

/// <summary>The judgement of one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="Outcome">How it came out against its criterion.</param>
/// <param name="Summary">The finding in plain language.</param>
/// <param name="Evidence">The qualitative evidence beside the numbers.</param>
public sealed record LevelFinding(KirkpatrickLevel Level, LevelOutcome Outcome, LocalizedText Summary, LevelEvidence Evidence);

/// <summary>What the effectiveness rule judges: the level results that exist, the coded findings and the plan's state.</summary>
/// <param name="Reaction">Level 1, if measured.</param>
/// <param name="Learning">Level 2, if measured.</param>
/// <param name="Behaviour">Level 3, if measured.</param>
/// <param name="Results">Level 4: one change per KPI (empty when not measured).</param>
/// <param name="Roi">Level 5, if measured.</param>
/// <param name="Findings">The coded findings of each interview or observation record.</param>
/// <param name="Measurements">The plan's measurements and their states (for what is missing).</param>
public sealed record EffectivenessInput(
    ReactionResult? Reaction,
    GainResult? Learning,
    BehaviourResult? Behaviour,
    IReadOnlyList<KpiChange> Results,
    RoiAnalysis? Roi,
    IReadOnlyList<IReadOnlyList<CodedFinding>> Findings,
    IReadOnlyList<MeasurementState> Measurements);

/// <summary>The judgement of a course run.</summary>
/// <param name="Levels">One finding per level, 1 to 5.</param>
/// <param name="Verdict">The overall verdict.</param>
/// <param name="Text">The verdict, the finding of every level, what is missing and where the evidence disagrees, in plain language.</param>
/// <param name="RuleSet">The criteria applied.</param>
public sealed record EffectivenessAssessment(IReadOnlyList<LevelFinding> Levels, EffectivenessVerdict Verdict, LocalizedText Text, RuleSetInfo RuleSet);

/// <summary>
/// Judges a course run from its level results. Each level is met or not by <see cref="EffectivenessRuleSet"/>; a level
/// without data is not measured, and a level whose score is undefined is not judged. The verdict: no level judged,
/// insufficient evidence; every level judged met, effective when behaviour or results are among them, otherwise
/// promising; none met, not effective; otherwise partly effective. Each level's qualitative findings are set beside the
/// sign of its numbers (<see cref="TriangulationRule"/>): level 1 the overall mean against the scale midpoint, level 2
/// the class gain (or the mean difference), level 3 the overall change, level 4 improved minus worsened KPIs, level 5
/// the ROI. Pure and thread-safe.
/// </summary>
public static class EffectivenessRule
{
    /// <summary>Judges a course run.</summary>
    /// <param name="input">The results.</param>
    /// <param name="rules">The criteria (default <see cref="EffectivenessRuleSet.Default"/>).</param>
    /// <returns>The assessment.</returns>
    public static EffectivenessAssessment Assess(EffectivenessInput input, EffectivenessRuleSet? rules = null)
    {
        Guard.Against.Null(input);
        rules ??= EffectivenessRuleSet.Default;
        var findings = input.Findings ?? [];
        var levels = new List<LevelFinding>
        {
            Reaction(input.Reaction, rules, findings),
            Learning(input.Learning, rules, findings),
            Behaviour(input.Behaviour, rules, findings),
            Results(input.Results ?? [], findings),
            Roi(input.Roi, findings),
        };

        var judged = levels.Where(l => l.Outcome is LevelOutcome.Met or LevelOutcome.NotMet).ToArray();
        var verdict = judged.Length == 0 ? EffectivenessVerdict.InsufficientEvidence
            : judged.All(l => l.Outcome == LevelOutcome.Met)
                ? (judged.Any(l => l.Level is KirkpatrickLevel.Behaviour or KirkpatrickLevel.Results) ? EffectivenessVerdict.Effective : EffectivenessVerdict.Promising)
            : judged.All(l => l.Outcome == LevelOutcome.NotMet) ? EffectivenessVerdict.NotEffective
            : EffectivenessVerdict.PartlyEffective;

        return new EffectivenessAssessment(levels, verdict, Compose(verdict, levels, input.Measurements ?? []), rules.Info);
    }

    /// <summary>Returns the headline of a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The headline in both languages.</returns>
    public static LocalizedText Headline(EffectivenessVerdict verdict) => verdict switch
    {
        EffectivenessVerdict.Effective => Messages.Both("Evaluation_VerdictEffective"),
        EffectivenessVerdict.Promising => Messages.Both("Evaluation_VerdictPromising"),
        EffectivenessVerdict.PartlyEffective => Messages.Both("Evaluation_VerdictPartlyEffective"),
        EffectivenessVerdict.NotEffective => Messages.Both("Evaluation_VerdictNotEffective"),
        _ => Messages.Both("Evaluation_VerdictNotEnoughEvidence"),
    };

    private static LevelFinding Reaction(ReactionResult? result, EffectivenessRuleSet rules, IReadOnlyList<IReadOnlyList<CodedFinding>> findings)
    {
        const KirkpatrickLevel level = KirkpatrickLevel.Reaction;
        if (result is null || result.Respondents == 0)
        {
            return NotMeasured(level, findings);
        }

        if (result.Overall.Mean is not { } mean)
        {
            return Undefined(level, result.Overall.Undefined ?? UndefinedReason.NoAnswers, findings);
        }

        var band = result.Overall.Band!;
        var met = band.Rank >= rules.MinimumReactionRank;
        var nps = result.Nps?.Score is { } score ? Text.Invariant($"; NPS {Fmt(score)}") : string.Empty;
        var summary = Messages.Both("Evaluation_ReactionSummary", Fmt(mean), result.Scale, band.Name, result.Respondents, nps, Criterion(met));
        return Judged(level, met, summary, EvaluationMath.Direction(mean - result.Scale.Midpoint), findings);
    }

    private static LevelFinding Learning(GainResult? result, EffectivenessRuleSet rules, IReadOnlyList<IReadOnlyList<CodedFinding>> findings)
    {
        const KirkpatrickLevel level = KirkpatrickLevel.Learning;
        if (result is null || result.Pairs == 0)
        {
            return NotMeasured(level, findings);
        }

        var direction = result.ClassGain is { } g ? EvaluationMath.Direction(g) : result.EffectSize.MeanDifference is { } d ? EvaluationMath.Direction(d) : (FindingDirection?)null;
        if (result.ClassGain is not { } gain)
        {
            var undefined = Undefined(level, result.Undefined ?? UndefinedReason.NoAnswers, findings);
            return undefined with { Evidence = TriangulationRule.Compare(level, direction, findings) };
        }

        var met = result.ClassBand!.Level >= rules.MinimumGainLevel;
        var dz = result.EffectSize.CohensDz is { } v ? Fmt(v) : "-";
        var summary = Messages.Both("Evaluation_LearningSummary", Fmt(gain), result.ClassBand.Name, dz, result.Pairs, result.ExcludedAtMaximum, Criterion(met));
        return Judged(level, met, summary, direction, findings);
    }

    private static LevelFinding Behaviour(BehaviourResult? result, EffectivenessRuleSet rules, IReadOnlyList<IReadOnlyList<CodedFinding>> findings)
    {
        const KirkpatrickLevel level = KirkpatrickLevel.Behaviour;
        if (result is null || result.Overall.BeforeRatings + result.Overall.AfterRatings == 0)
        {
            return NotMeasured(level, findings);
        }

        if (result.Overall.Change is not { } change)
        {
            return Undefined(level, result.Overall.Undefined ?? UndefinedReason.NoAnswers, findings);
        }

        var met = change > rules.MinimumBehaviourChange;
        var transfer = result.Transfer;
        var summary = Messages.Both(
            "Evaluation_BehaviourSummary",
            Signed(change),
            Fmt(result.Overall.BeforeMean!.Value),
            Fmt(result.Overall.AfterMean!.Value),
            result.Scale,
            transfer.ParticipantsWhoShared,
            transfer.ColleaguesTaught,
            Criterion(met));
        return Judged(level, met, summary, EvaluationMath.Direction(change), findings);
    }

    private static LevelFinding Results(IReadOnlyList<KpiChange> results, IReadOnlyList<IReadOnlyList<CodedFinding>> findings)
    {
        const KirkpatrickLevel level = KirkpatrickLevel.Results;
        if (results.All(r => r.Trained.BeforeCount + r.Trained.AfterCount == 0))
        {
            return NotMeasured(level, findings);
        }

        var defined = results.Where(r => r.Outcome.HasValue).ToArray();
        if (defined.Length == 0)
        {
            return Undefined(level, results.Select(r => r.Trained.Undefined).FirstOrDefault(u => u.HasValue) ?? UndefinedReason.NoAnswers, findings);
        }

        var improved = defined.Count(r => r.Outcome == ChangeOutcome.Improved);
        var worsened = defined.Count(r => r.Outcome == ChangeOutcome.Worsened);
        var met = improved > worsened;
        var names = string.Join(", ", defined.Select(r => $"{r.Kpi.Name} {Signed(r.Trained.Change!.Value)} {r.Kpi.Unit}"));
        var summary = Messages.Both("Evaluation_ResultsSummary", improved, defined.Length, worsened, names, Criterion(met));
        return Judged(level, met, summary, (FindingDirection)Math.Sign(improved - worsened), findings);
    }

    private static LevelFinding Roi(RoiAnalysis? analysis, IReadOnlyList<IReadOnlyList<CodedFinding>> findings)
    {
        const KirkpatrickLevel level = KirkpatrickLevel.Roi;
        if (analysis is null)
        {
            return NotMeasured(level, findings);
        }

        var result = analysis.Result;
        if (result.RoiPercent is not { } roi)
        {
            return Undefined(level, result.Undefined ?? UndefinedReason.ZeroCosts, findings);
        }

        var met = result.MeetsTarget == true;
        var intangibles = analysis.Intangibles.Count;
        var summary = Messages.Both("Evaluation_RoiSummary", Fmt(roi), Fmt(result.Bcr!.Value), Fmt(result.Benefits), Fmt(result.Costs), intangibles, Criterion(met));
        return Judged(level, met, summary, EvaluationMath.Direction(roi), findings);
    }

    private static LevelFinding Judged(KirkpatrickLevel level, bool met, LocalizedText summary, FindingDirection? direction, IReadOnlyList<IReadOnlyList<CodedFinding>> findings) =>
        new(level, met ? LevelOutcome.Met : LevelOutcome.NotMet, summary, TriangulationRule.Compare(level, direction, findings));

    private static LevelFinding NotMeasured(KirkpatrickLevel level, IReadOnlyList<IReadOnlyList<CodedFinding>> findings) =>
        new(level, LevelOutcome.NotMeasured, Messages.Both("Evaluation_LevelNotMeasured", Name(level)), TriangulationRule.Compare(level, null, findings));

    private static LevelFinding Undefined(KirkpatrickLevel level, UndefinedReason reason, IReadOnlyList<IReadOnlyList<CodedFinding>> findings)
    {
        var why = UndefinedReasons.Describe(reason);
        return new(
            level,
            LevelOutcome.Undefined,
            Messages.Both("Evaluation_LevelCannotBeJudged", Name(level), why),
            TriangulationRule.Compare(level, null, findings));
    }

    private static LocalizedText Compose(EffectivenessVerdict verdict, IReadOnlyList<LevelFinding> levels, IReadOnlyList<MeasurementState> measurements)
    {
        var parts = new List<LocalizedText> { Headline(verdict) };
        parts.AddRange(levels.Select(l => l.Summary));
        var overdue = measurements.Where(m => m.Status == MeasurementStatus.Overdue).Select(m => m.Measurement.Code).ToArray();
        if (overdue.Length > 0)
        {
            parts.Add(Messages.Both("Evaluation_MissingPastWindow", string.Join(", ", overdue)));
        }

        var pending = measurements.Where(m => m.Status is MeasurementStatus.Due or MeasurementStatus.Upcoming).Select(m => m.Measurement.Code).ToArray();
        if (pending.Length > 0)
        {
            parts.Add(Messages.Both("Evaluation_StillToCome", string.Join(", ", pending)));
        }

        var disagree = levels.Where(l => l.Evidence.Agreement == EvidenceAgreement.Disagree).Select(l => $"L{(int)l.Level}").ToArray();
        if (disagree.Length > 0)
        {
            parts.Add(Messages.Both("Evaluation_FindingsContradictNumbers", string.Join(", ", disagree)));
        }

        var agree = levels.Where(l => l.Evidence.Agreement == EvidenceAgreement.Agree).Select(l => $"L{(int)l.Level}").ToArray();
        if (agree.Length > 0)
        {
            parts.Add(Messages.Both("Evaluation_FindingsAgreeWithNumbers", string.Join(", ", agree)));
        }

        return Messages.Join(" ", parts);
    }

    private static LocalizedText Name(KirkpatrickLevel level) => level switch
    {
        KirkpatrickLevel.Reaction => Messages.Both("Evaluation_LevelReaction"),
        KirkpatrickLevel.Learning => Messages.Both("Evaluation_LevelLearning"),
        KirkpatrickLevel.Behaviour => Messages.Both("Evaluation_LevelBehaviour"),
        KirkpatrickLevel.Results => Messages.Both("Evaluation_LevelResults"),
        _ => Messages.Both("Evaluation_LevelRoi"),
    };

    private static LocalizedText Criterion(bool met) => Messages.Both(met ? "Evaluation_CriterionMet" : "Evaluation_CriterionNotMet");

    /// <summary>For display only: 2 decimals, half away from zero, invariant digits.</summary>
    private static string Fmt(decimal value) => Rounding.HalfAwayFromZero(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Signed(decimal value) => (value > 0m ? "+" : string.Empty) + Fmt(value);
}
