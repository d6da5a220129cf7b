using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Computes the level 1 result of a reaction measurement (means per item, aspect and overall with bands, NPS, the 1-4
/// x 25 score). Without <paramref name="MeasurementCode"/>, the plan's only reaction measurement (or the only one with
/// data) is used.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The reaction measurement, if the plan has several.</param>
public sealed record ComputeReaction(EvaluationPlanId PlanId, string? MeasurementCode = null) : IRequest<ReactionResult>;

internal sealed class ComputeReactionValidator : AbstractValidator<ComputeReaction>
{
    public ComputeReactionValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (PlanScoring.Select(plan, request.MeasurementCode, PlanScoring.IsReaction, Messages.Get("Evaluation_ReactionMeasurement"), out var problem) is null)
            {
                context.AddFailure(nameof(request.MeasurementCode), problem!);
            }
        });
}
