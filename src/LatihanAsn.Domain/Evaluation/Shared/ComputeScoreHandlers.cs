using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

internal sealed class ComputeScoreHandlers(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, RuleSetRegistry rules)
    : IRequestHandler<ComputeReaction, ReactionResult>,
      IRequestHandler<ComputeLearningGain, LearningResult>,
      IRequestHandler<ComputeFinalScores, FinalScoresResult>,
      IRequestHandler<ComputeBehaviourChange, BehaviourResult>,
      IRequestHandler<ComputeKpiChange, IReadOnlyList<KpiChange>>,
      IRequestHandler<ComputeRoi, RoiAnalysis>
{
    public async Task<ReactionResult> Handle(ComputeReaction request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var measurement = Required(PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsReaction, Messages.Get("Evaluation_ReactionMeasurement"), out var problem), problem);
        return PlanScoring.Reaction(plan, measurement, rules);
    }

    public async Task<LearningResult> Handle(ComputeLearningGain request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var pre = Required(PlanScoring.Select(plan, request.PreMeasurement, PlanScoring.IsPreTest, "pre-test", out var problem), problem);
        var post = Required(PlanScoring.Select(plan, request.PostMeasurement, PlanScoring.IsPostTest, "post-test", out problem), problem);
        return PlanScoring.Learning(plan, pre, post, rules);
    }

    public async Task<FinalScoresResult> Handle(ComputeFinalScores request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var measurement = Required(PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsGraded, Messages.Get("Evaluation_GradedAssessment"), out var problem), problem);
        return PlanScoring.FinalScores(plan, measurement, rules);
    }

    public async Task<BehaviourResult> Handle(ComputeBehaviourChange request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        if (!plan.Measurements.Any(PlanScoring.IsRating))
        {
            throw new DomainRuleException("plan_measures_no_behaviour", Messages.Get("Evaluation_PlanDoesNotMeasureBehaviour"));
        }

        if (request.AfterOffsetDays is { } offset && !plan.Measurements.Any(m => PlanScoring.IsRating(m) && m.Phase == MeasurementPhase.After && m.OffsetDays == offset))
        {
            throw new DomainRuleException("no_rating_at_offset", Messages.Get("Evaluation_NoAfterPhaseBehaviourRatingPlanned", offset));
        }

        return PlanScoring.Behaviour(plan, request.AfterOffsetDays, rules);
    }

    public async Task<IReadOnlyList<KpiChange>> Handle(ComputeKpiChange request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        if (plan.Design.Kpis is not { Count: > 0 })
        {
            throw new DomainRuleException("plan_has_no_kpis", Messages.Get("Evaluation_PlanHasNoKPIs"));
        }

        return PlanScoring.Kpis(plan);
    }

    public async Task<RoiAnalysis> Handle(ComputeRoi request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        if (plan.Measurements.All(m => m.Instrument != EvaluationInstrument.CostBenefitAnalysis))
        {
            throw new DomainRuleException("plan_measures_no_roi", Messages.Get("Evaluation_PlanDoesNotMeasureROI"));
        }

        return PlanScoring.Roi(plan, rules);
    }

    private static PlannedMeasurement Required(PlannedMeasurement? measurement, string? problem) =>
        measurement ?? throw new DomainRuleException("measurement_not_scorable", problem ?? Messages.Get("Evaluation_NoMeasurement"));
}
