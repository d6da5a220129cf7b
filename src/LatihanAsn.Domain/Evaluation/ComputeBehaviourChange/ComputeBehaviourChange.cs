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
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeBehaviourChange(EvaluationPlanId PlanId, int? AfterOffsetDays = null) : IRequest<BehaviourResult>;

internal sealed class ComputeBehaviourChangeValidator : AbstractValidator<ComputeBehaviourChange>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}
