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
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeReaction(EvaluationPlanId PlanId, string? MeasurementCode = null) : IRequest<ReactionResult>;

internal sealed class ComputeReactionValidator : AbstractValidator<ComputeReaction>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}
