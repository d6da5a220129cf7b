using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// The program effectiveness report of one course run: every level measured (L1-L5), the qualitative evidence beside
/// the numbers, what the plan still misses, and a plain-language verdict in Indonesian and English.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="CourseRunId">The course run.</param>
/// <param name="Title">The run's title.</param>
/// <param name="Organiser">The organiser.</param>
/// <param name="AsOf">The day the measurement states refer to.</param>
/// <param name="Reaction">Level 1, or <see langword="null"/> when no reaction data exists.</param>
/// <param name="Learning">Level 2, or <see langword="null"/> when no pre-test and post-test data exist.</param>
/// <param name="FinalScores">Final scores, or <see langword="null"/> when no graded assessment data exists.</param>
/// <param name="Behaviour">Level 3, or <see langword="null"/> when the plan does not rate behaviour.</param>
/// <param name="Results">Level 4: one change per KPI of the plan.</param>
/// <param name="Roi">Level 5, or <see langword="null"/> when no cost or benefit is recorded.</param>
/// <param name="Measurements">Every planned measurement with its state on <paramref name="AsOf"/>.</param>
/// <param name="Missing">The measurements past their window without data.</param>
/// <param name="Levels">The judgement of each level, with its qualitative evidence.</param>
/// <param name="Verdict">The overall verdict.</param>
/// <param name="Text">The verdict in plain language, both languages.</param>
/// <param name="RuleSetKeys">The keys of every rule set used.</param>
public sealed record EffectivenessReport(
    EvaluationPlanId PlanId,
    CourseRunId CourseRunId,
    string Title,
    string Organiser,
    DateOnly AsOf,
    ReactionResult? Reaction,
    LearningResult? Learning,
    FinalScoresResult? FinalScores,
    BehaviourResult? Behaviour,
    IReadOnlyList<KpiChange> Results,
    RoiAnalysis? Roi,
    IReadOnlyList<MeasurementState> Measurements,
    IReadOnlyList<MeasurementState> Missing,
    IReadOnlyList<LevelFinding> Levels,
    EffectivenessVerdict Verdict,
    LocalizedText Text,
    IReadOnlyList<string> RuleSetKeys);

/// <summary>
/// Builds the effectiveness report of a course run. For each level it uses the first measurement in plan order that
/// has data (level 3: the latest after offset with ratings), with the rule sets in force on the run's last day; the
/// measurement states and what is missing refer to <paramref name="AsOf"/>.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="AsOf">The day (default: today by the injected clock).</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record GetEffectivenessReport(EvaluationPlanId PlanId, DateOnly? AsOf = null) : IRequest<EffectivenessReport>;

internal sealed class GetEffectivenessReportValidator : AbstractValidator<GetEffectivenessReport>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}

internal sealed class GetEffectivenessReportHandler(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, RuleSetRegistry rules, TimeProvider time)
    : IRequestHandler<GetEffectivenessReport, EffectivenessReport>
{
    public async Task<EffectivenessReport> Handle(GetEffectivenessReport request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var asOf = request.AsOf ?? time.Today();
        var keys = new List<RuleSetInfo>();

        var reactionMeasurement = PlanScoring.FirstWithData(plan, PlanScoring.IsReaction);
        var reaction = reactionMeasurement is null ? null : PlanScoring.Reaction(plan, reactionMeasurement, rules);
        keys.AddRange(reaction?.RuleSets ?? []);

        var pre = PlanScoring.FirstWithData(plan, PlanScoring.IsPreTest);
        var post = PlanScoring.FirstWithData(plan, PlanScoring.IsPostTest);
        var learning = pre is null || post is null ? null : PlanScoring.Learning(plan, pre, post, rules);
        AddKey(keys, learning?.Gain.RuleSet);

        var graded = PlanScoring.FirstWithData(plan, PlanScoring.IsGraded);
        var finalScores = graded is null ? null : PlanScoring.FinalScores(plan, graded, rules);
        AddKey(keys, finalScores?.RuleSet);

        var behaviour = plan.Measurements.Any(PlanScoring.IsRating) ? PlanScoring.Behaviour(plan, null, rules) : null;
        AddKey(keys, behaviour?.RuleSet);

        var results = PlanScoring.Kpis(plan);
        var roi = plan.CostBenefitRecords.Count == 0 ? null : PlanScoring.Roi(plan, rules);
        AddKey(keys, roi?.Result.RuleSet);

        var states = plan.StatusOn(asOf);
        var effectiveness = rules.InForce<EffectivenessRuleSet>(plan.RunEnd);
        var assessment = EffectivenessRule.Assess(
            new EffectivenessInput(reaction, learning?.Gain, behaviour, results, roi, plan.QualitativeRecords.Select(r => r.Findings).ToArray(), states),
            effectiveness);
        AddKey(keys, assessment.RuleSet);

        var ruleSetKeys = keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).ToArray();
        if (plan.Design.GradingSource is { } source && finalScores is not null && !ruleSetKeys.Contains(source))
        {
            ruleSetKeys = [.. ruleSetKeys, source];
        }

        return new EffectivenessReport(
            plan.Id,
            plan.CourseRunId,
            plan.Title,
            plan.Organiser,
            asOf,
            reaction,
            learning,
            finalScores,
            behaviour,
            results,
            roi,
            states,
            states.Where(s => s.Status == MeasurementStatus.Overdue).ToArray(),
            assessment.Levels,
            assessment.Verdict,
            assessment.Text,
            ruleSetKeys);
    }

    private static void AddKey(List<RuleSetInfo> keys, RuleSetInfo? info)
    {
        if (info is not null)
        {
            keys.Add(info);
        }
    }
}
