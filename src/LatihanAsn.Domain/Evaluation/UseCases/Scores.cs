using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A participant's pre/post scores and normalised gain.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Pre">The pre-test score.</param>
/// <param name="Post">The post-test score.</param>
/// <param name="Gain">(post - pre) / (max - pre), unrounded; <see langword="null"/> when the pre-test is at the maximum.</param>
/// <param name="Band">The band of the gain.</param>
public sealed record ParticipantGain(EmployeeId Participant, decimal Pre, decimal Post, decimal? Gain, GainBand? Band);

/// <summary>The level 2 result of a plan.</summary>
/// <param name="PreMeasurement">The pre-test measurement used.</param>
/// <param name="PostMeasurement">The post-test measurement used.</param>
/// <param name="Gain">Class gain, mean individual gain, d_z and t of the participants with both scores.</param>
/// <param name="Participants">Per participant with both scores, in plan order.</param>
/// <param name="PreOnly">Participants with a pre-test only (not counted).</param>
/// <param name="PostOnly">Participants with a post-test only (not counted).</param>
public sealed record LearningResult(string PreMeasurement, string PostMeasurement, GainResult Gain, IReadOnlyList<ParticipantGain> Participants, int PreOnly, int PostOnly);

/// <summary>A participant's final score.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Score">The weighted score and its qualification band, or why it is undefined.</param>
public sealed record ParticipantFinalScore(EmployeeId Participant, FinalScore Score);

/// <summary>The final scores of a plan's graded assessment.</summary>
/// <param name="MeasurementCode">The graded-assessment measurement.</param>
/// <param name="SchemeSource">Where the grading scheme comes from (a rule-set key, or the plan's own).</param>
/// <param name="Components">The components and their weights (fractions).</param>
/// <param name="Participants">Every participant who attended or has a score, in plan order.</param>
/// <param name="RuleSet">The qualification bands applied.</param>
public sealed record FinalScoresResult(string MeasurementCode, string SchemeSource, IReadOnlyList<GradingComponent> Components, IReadOnlyList<ParticipantFinalScore> Participants, RuleSetInfo RuleSet);

/// <summary>
/// Computes the level 1 result of a reaction measurement (means per item, aspect and overall with bands, NPS, the 1-4
/// x 25 score). Without <paramref name="MeasurementCode"/>, the plan's only reaction measurement (or the only one with
/// data) is used.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The reaction measurement, if the plan has several.</param>
public sealed record ComputeReaction(EvaluationPlanId PlanId, string? MeasurementCode = null) : IRequest<ReactionResult>;

/// <summary>
/// Computes the level 2 learning gain: Hake's class gain and mean individual gain, paired d_z and t, over the
/// participants with both scores. Without measurement codes, the plan's only pre-test and post-test (or the only ones
/// with data) are used.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="PreMeasurement">The pre-test measurement, if the plan has several.</param>
/// <param name="PostMeasurement">The post-test measurement, if the plan has several.</param>
public sealed record ComputeLearningGain(EvaluationPlanId PlanId, string? PreMeasurement = null, string? PostMeasurement = null) : IRequest<LearningResult>;

/// <summary>Computes participants' weighted final scores and qualification bands from a graded assessment.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The graded-assessment measurement, if the plan has several.</param>
public sealed record ComputeFinalScores(EvaluationPlanId PlanId, string? MeasurementCode = null) : IRequest<FinalScoresResult>;

/// <summary>
/// Computes the level 3 behaviour change: every before-phase rating against the after-phase ratings at one offset
/// (default: the latest offset that has ratings), per indicator, per rater kind and overall, with transfer to colleagues.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="AfterOffsetDays">The offset of the after ratings to use (for example 30 or 90), if not the latest.</param>
public sealed record ComputeBehaviourChange(EvaluationPlanId PlanId, int? AfterOffsetDays = null) : IRequest<BehaviourResult>;

/// <summary>Computes the level 4 change of every KPI of the plan, with difference-in-differences where a comparison group exists.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
public sealed record ComputeKpiChange(EvaluationPlanId PlanId) : IRequest<IReadOnlyList<KpiChange>>;

/// <summary>Computes the level 5 ROI of the plan's recorded costs, monetised benefits and intangibles.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
public sealed record ComputeRoi(EvaluationPlanId PlanId) : IRequest<RoiAnalysis>;

internal sealed class ComputeReactionValidator : AbstractValidator<ComputeReaction>
{
    public ComputeReactionValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsReaction, Text.Pick("pengukuran reaksi", "reaction measurement"), out var problem) is null)
            {
                context.AddFailure(nameof(request.MeasurementCode), problem!);
            }
        });
}

internal sealed class ComputeLearningGainValidator : AbstractValidator<ComputeLearningGain>
{
    public ComputeLearningGainValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (PlanScoring.Select(plan, request.PreMeasurement, PlanScoring.IsPreTest, "pre-test", out var problem) is null)
            {
                context.AddFailure(nameof(request.PreMeasurement), problem!);
            }

            if (PlanScoring.Select(plan, request.PostMeasurement, PlanScoring.IsPostTest, "post-test", out problem) is null)
            {
                context.AddFailure(nameof(request.PostMeasurement), problem!);
            }
        });
}

internal sealed class ComputeFinalScoresValidator : AbstractValidator<ComputeFinalScores>
{
    public ComputeFinalScoresValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsGraded, Text.Pick("penilaian berbobot", "graded assessment"), out var problem) is null)
            {
                context.AddFailure(nameof(request.MeasurementCode), problem!);
            }
        });
}

internal sealed class ComputeBehaviourChangeValidator : AbstractValidator<ComputeBehaviourChange>
{
    public ComputeBehaviourChangeValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (!plan.Measurements.Any(PlanScoring.IsRating))
            {
                context.AddFailure(nameof(request.PlanId), Text.Pick("Rencana ini tidak mengukur perilaku.", "This plan does not measure behaviour."));
            }
            else if (request.AfterOffsetDays is { } offset && !plan.Measurements.Any(m => PlanScoring.IsRating(m) && m.Phase == MeasurementPhase.After && m.OffsetDays == offset))
            {
                context.AddFailure(nameof(request.AfterOffsetDays), Text.Pick(
                    $"Tidak ada penilaian perilaku sesudah pelatihan pada hari ke-{offset}.",
                    $"No after-phase behaviour rating is planned at day {offset}."));
            }
        });
}

internal sealed class ComputeKpiChangeValidator : AbstractValidator<ComputeKpiChange>
{
    public ComputeKpiChangeValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (plan.Design.Kpis is not { Count: > 0 })
            {
                context.AddFailure(nameof(request.PlanId), Text.Pick("Rencana ini tidak mempunyai KPI.", "This plan has no KPIs."));
            }
        });
}

internal sealed class ComputeRoiValidator : AbstractValidator<ComputeRoi>
{
    public ComputeRoiValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (plan.Measurements.All(m => m.Instrument != EvaluationInstrument.CostBenefitAnalysis))
            {
                context.AddFailure(nameof(request.PlanId), Text.Pick("Rencana ini tidak mengukur ROI.", "This plan does not measure ROI."));
            }
        });
}

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
        var measurement = Required(PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsReaction, "reaction measurement", out var problem), problem);
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
        var measurement = Required(PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsGraded, "graded assessment", out var problem), problem);
        return PlanScoring.FinalScores(plan, measurement, rules);
    }

    public async Task<BehaviourResult> Handle(ComputeBehaviourChange request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        return PlanScoring.Behaviour(plan, request.AfterOffsetDays, rules);
    }

    public async Task<IReadOnlyList<KpiChange>> Handle(ComputeKpiChange request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        return PlanScoring.Kpis(plan);
    }

    public async Task<RoiAnalysis> Handle(ComputeRoi request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        return PlanScoring.Roi(plan, rules);
    }

    private static PlannedMeasurement Required(PlannedMeasurement? measurement, string? problem) =>
        measurement ?? throw new DomainRuleException(problem ?? "No measurement.");
}
