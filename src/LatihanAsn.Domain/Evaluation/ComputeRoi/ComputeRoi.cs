using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Computes the level 5 ROI of the plan's recorded costs, monetised benefits and intangibles.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
public sealed record ComputeRoi(EvaluationPlanId PlanId) : IRequest<RoiAnalysis>;

internal sealed class ComputeRoiValidator : AbstractValidator<ComputeRoi>
{
    public ComputeRoiValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope) =>
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            if (plan.Measurements.All(m => m.Instrument != EvaluationInstrument.CostBenefitAnalysis))
            {
                context.AddFailure(nameof(request.PlanId), Messages.Get("Evaluation_PlanDoesNotMeasureROI"));
            }
        });
}
