using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Returns a submitted plan with a reason; the plan refuses otherwise (<c>domain_rule.plan_not_submitted</c>).</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Reason">Why.</param>
[RequiresCapability(Capabilities.PlanApprove)]
public sealed record ReturnTrainingPlan(TrainingPlanId PlanId, string Reason) : IRequest<Unit>;

internal sealed class ReturnTrainingPlanValidator : AbstractValidator<ReturnTrainingPlan>
{
    public ReturnTrainingPlanValidator()
    {
        RuleFor(x => x.PlanId).Required();
        RuleFor(x => x.Reason).Required().MaxChars(2000);
    }
}

internal sealed class ReturnTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<ReturnTrainingPlan, Unit>
{
    public async Task<Unit> Handle(ReturnTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        plan.Return(request.Reason);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
