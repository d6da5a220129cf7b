using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Computes the level 3 behaviour change: every before-phase rating against the after-phase ratings at one offset
/// (default: the latest offset that has ratings), per indicator, per rater kind and overall, with transfer to colleagues.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="AfterOffsetDays">The offset of the after ratings to use (for example 30 or 90), if not the latest.</param>
public sealed record ComputeBehaviourChange(EvaluationPlanId PlanId, int? AfterOffsetDays = null) : IRequest<BehaviourResult>;

internal sealed class ComputeBehaviourChangeValidator : AbstractValidator<ComputeBehaviourChange>
{
    public ComputeBehaviourChangeValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (!plan.Measurements.Any(PlanScoring.IsRating))
            {
                context.AddFailure(nameof(request.PlanId), Messages.Get("Evaluation_PlanDoesNotMeasureBehaviour"));
            }
            else if (request.AfterOffsetDays is { } offset && !plan.Measurements.Any(m => PlanScoring.IsRating(m) && m.Phase == MeasurementPhase.After && m.OffsetDays == offset))
            {
                context.AddFailure(nameof(request.AfterOffsetDays), Messages.Get("Evaluation_NoAfterPhaseBehaviourRatingPlanned", offset));
            }
        });
}
