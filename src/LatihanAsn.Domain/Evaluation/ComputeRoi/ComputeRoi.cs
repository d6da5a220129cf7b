using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Computes the level 5 ROI of the plan's recorded costs, monetised benefits and intangibles.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeRoi(EvaluationPlanId PlanId) : IRequest<RoiAnalysis>;

internal sealed class ComputeRoiValidator : AbstractValidator<ComputeRoi>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}
