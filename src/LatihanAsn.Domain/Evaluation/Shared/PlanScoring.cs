using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Feeds a plan's raw data to the pure rules, with the rule sets in force on the run's last day. Shared by the score
/// handlers and the effectiveness report.
/// </summary>
internal static class PlanScoring
{
    public static bool IsRating(PlannedMeasurement m) => EvaluationPlan.RaterOf(m.Instrument).HasValue;

    public static bool IsReaction(PlannedMeasurement m) => m.Instrument == EvaluationInstrument.ReactionQuestionnaire;

    public static bool IsPreTest(PlannedMeasurement m) => m.Instrument == EvaluationInstrument.KnowledgeTest && m.Phase == MeasurementPhase.Before;

    public static bool IsPostTest(PlannedMeasurement m) => m.Instrument == EvaluationInstrument.KnowledgeTest && m.Phase == MeasurementPhase.After;

    public static bool IsGraded(PlannedMeasurement m) => m.Instrument == EvaluationInstrument.GradedAssessment;

    /// <summary>
    /// Picks a measurement: the one named, if it fits; otherwise the only one that fits, or else the only one that fits
    /// and has data. Anything else is a problem the validator reports.
    /// </summary>
    public static PlannedMeasurement? Select(EvaluationPlan plan, string? code, Func<PlannedMeasurement, bool> fits, string what, out string? problem)
    {
        problem = null;
        if (!string.IsNullOrWhiteSpace(code))
        {
            var named = plan.FindMeasurement(code);
            if (named is null || !fits(named))
            {
                problem = Messages.Get("Evaluation_MeasurementNotPlan", code, what);
                return null;
            }

            return named;
        }

        var candidates = plan.Measurements.Where(fits).ToArray();
        if (candidates.Length == 1)
        {
            return candidates[0];
        }

        if (candidates.Length == 0)
        {
            problem = Messages.Get("Evaluation_PlanHasNo", what);
            return null;
        }

        var withData = candidates.Where(m => plan.RecordsOf(m.Code) > 0).ToArray();
        if (withData.Length == 1)
        {
            return withData[0];
        }

        var codes = string.Join(", ", candidates.Select(m => m.Code));
        problem = Messages.Get("Evaluation_PlanHasSeveralNameOne", what, codes);
        return null;
    }

    /// <summary>For the report: the first measurement in plan order that fits and has data.</summary>
    public static PlannedMeasurement? FirstWithData(EvaluationPlan plan, Func<PlannedMeasurement, bool> fits) =>
        plan.Measurements.FirstOrDefault(m => fits(m) && plan.RecordsOf(m.Code) > 0);

    public static ReactionResult Reaction(EvaluationPlan plan, PlannedMeasurement measurement, RuleSetRegistry rules) =>
        ReactionRule.Compute(
            plan.Design.Questionnaire!,
            plan.ReactionResponses.Where(r => r.MeasurementCode == measurement.Code).Select(r => r.Answers),
            rules.InForce<LikertBandRuleSet>(plan.RunEnd),
            rules.InForce<SkmRuleSet>(plan.RunEnd),
            rules.InForce<NpsRuleSet>(plan.RunEnd));

    public static LearningResult Learning(EvaluationPlan plan, PlannedMeasurement pre, PlannedMeasurement post, RuleSetRegistry rules)
    {
        var bands = rules.InForce<GainBandRuleSet>(plan.RunEnd);
        var maximum = plan.Design.TestMaximum!.Value;
        var preScores = plan.TestScores.Where(s => s.MeasurementCode == pre.Code).ToDictionary(s => s.Participant, s => s.Score);
        var postScores = plan.TestScores.Where(s => s.MeasurementCode == post.Code).ToDictionary(s => s.Participant, s => s.Score);
        var participants = plan.Participants
            .Where(p => preScores.ContainsKey(p) && postScores.ContainsKey(p))
            .Select(p =>
            {
                var gain = GainRule.Individual(preScores[p], postScores[p], maximum);
                return new ParticipantGain(p, preScores[p], postScores[p], gain, gain is { } g ? bands.Classify(g) : null);
            })
            .ToArray();
        var result = GainRule.Compute(participants.Select(p => new PrePostScore(p.Pre, p.Post)), maximum, bands);
        return new LearningResult(pre.Code, post.Code, result, participants, preScores.Count - participants.Length, postScores.Count - participants.Length);
    }

    public static FinalScoresResult FinalScores(EvaluationPlan plan, PlannedMeasurement measurement, RuleSetRegistry rules)
    {
        var bands = rules.InForce<QualificationBandRuleSet>(plan.RunEnd);
        var scheme = plan.Design.Grading!;
        var scores = plan.ComponentScores.Where(s => s.MeasurementCode == measurement.Code).ToArray();
        var results = plan.Participants
            .Where(p => plan.HasAttended(p) || scores.Any(s => s.Participant == p))
            .Select(p => new ParticipantFinalScore(
                p,
                FinalScoreRule.Compute(scheme, scores.Where(s => s.Participant == p).ToDictionary(s => s.Component, s => s.Score), bands)))
            .ToArray();
        return new FinalScoresResult(measurement.Code, plan.Design.GradingSource ?? string.Empty, scheme.Components, results, bands.Info);
    }

    /// <summary>The after offset used by default: the largest after-phase rating offset with data, else the largest planned.</summary>
    public static int? DefaultAfterOffset(EvaluationPlan plan)
    {
        var after = plan.Measurements.Where(m => IsRating(m) && m.Phase == MeasurementPhase.After).ToArray();
        var withData = after.Where(m => plan.RecordsOf(m.Code) > 0).ToArray();
        var pool = withData.Length > 0 ? withData : after;
        return pool.Length == 0 ? null : pool.Max(m => m.OffsetDays);
    }

    public static BehaviourResult Behaviour(EvaluationPlan plan, int? afterOffset, RuleSetRegistry rules)
    {
        var offset = afterOffset ?? DefaultAfterOffset(plan);
        var codes = plan.Measurements
            .Where(m => IsRating(m) && (m.Phase == MeasurementPhase.Before || m.OffsetDays == offset))
            .Select(m => m.Code)
            .ToHashSet(StringComparer.Ordinal);
        var ratings = plan.BehaviourRatings.Where(r => codes.Contains(r.MeasurementCode)).Select(r => r.ToObservation()).ToArray();
        var transfer = BehaviourChangeRule.Transfer(plan.AttendedCount, plan.Transfers);
        return BehaviourChangeRule.Compute(
            plan.Design.BehaviourScale!.Value,
            plan.Design.Indicators!.Select(i => i.Code).ToArray(),
            ratings,
            transfer,
            rules.InForce<LikertBandRuleSet>(plan.RunEnd));
    }

    public static IReadOnlyList<KpiChange> Kpis(EvaluationPlan plan)
    {
        var observations = plan.KpiEntries.Select(e => e.Observation).ToArray();
        return (plan.Design.Kpis ?? []).Select(k => KpiChangeRule.Compute(k, observations)).ToArray();
    }

    public static RoiAnalysis Roi(EvaluationPlan plan, RuleSetRegistry rules) =>
        RoiRule.Analyse(
            plan.CostBenefitRecords.SelectMany(r => r.Costs),
            plan.CostBenefitRecords.SelectMany(r => r.Benefits),
            plan.CostBenefitRecords.SelectMany(r => r.Intangibles),
            rules.InForce<RoiRuleSet>(plan.RunEnd));
}
