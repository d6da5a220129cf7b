using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Computes the level 4 change of every KPI of the plan, with difference-in-differences where a comparison group exists.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
public sealed record ComputeKpiChange(EvaluationPlanId PlanId) : IRequest<IReadOnlyList<KpiChange>>;

internal sealed class ComputeKpiChangeValidator : AbstractValidator<ComputeKpiChange>
{
    public ComputeKpiChangeValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (plan.Design.Kpis is not { Count: > 0 })
            {
                context.AddFailure(nameof(request.PlanId), Messages.Get("Evaluation_PlanHasNoKPIs"));
            }
        });
}
