using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Computes the level 4 change of every KPI of the plan, with difference-in-differences where a comparison group exists.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeKpiChange(EvaluationPlanId PlanId) : IRequest<IReadOnlyList<KpiChange>>;

internal sealed class ComputeKpiChangeValidator : AbstractValidator<ComputeKpiChange>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}
