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
        var measurement = Required(PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsReaction, Text.Pick("pengukuran reaksi", "reaction measurement"), out var problem), problem);
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
        var measurement = Required(PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsGraded, Text.Pick("penilaian berbobot", "graded assessment"), out var problem), problem);
        return PlanScoring.FinalScores(plan, measurement, rules);
    }

    public async Task<BehaviourResult> Handle(ComputeBehaviourChange request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        if (!plan.Measurements.Any(PlanScoring.IsRating))
        {
            throw new DomainRuleException("plan_measures_no_behaviour", Text.Pick("Rencana ini tidak mengukur perilaku.", "This plan does not measure behaviour."));
        }

        if (request.AfterOffsetDays is { } offset && !plan.Measurements.Any(m => PlanScoring.IsRating(m) && m.Phase == MeasurementPhase.After && m.OffsetDays == offset))
        {
            throw new DomainRuleException("no_rating_at_offset", Text.Pick(
                $"Tidak ada penilaian perilaku sesudah pelatihan pada hari ke-{offset}.",
                $"No after-phase behaviour rating is planned at day {offset}."));
        }

        return PlanScoring.Behaviour(plan, request.AfterOffsetDays, rules);
    }

    public async Task<IReadOnlyList<KpiChange>> Handle(ComputeKpiChange request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        if (plan.Design.Kpis is not { Count: > 0 })
        {
            throw new DomainRuleException("plan_has_no_kpis", Text.Pick("Rencana ini tidak mempunyai KPI.", "This plan has no KPIs."));
        }

        return PlanScoring.Kpis(plan);
    }

    public async Task<RoiAnalysis> Handle(ComputeRoi request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        if (plan.Measurements.All(m => m.Instrument != EvaluationInstrument.CostBenefitAnalysis))
        {
            throw new DomainRuleException("plan_measures_no_roi", Text.Pick("Rencana ini tidak mengukur ROI.", "This plan does not measure ROI."));
        }

        return PlanScoring.Roi(plan, rules);
    }

    private static PlannedMeasurement Required(PlannedMeasurement? measurement, string? problem) =>
        measurement ?? throw new DomainRuleException("measurement_not_scorable", problem ?? Text.Pick("Tidak ada pengukuran.", "No measurement."));
}
