using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Signs an action plan off (every milestone completed).</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="SignedOffBy">The supervisor.</param>
/// <param name="On">The day; not in the future.</param>
[RequiresCapability(Capabilities.FollowUpManage, Capabilities.SupervisionSignOff)]
public sealed record SignOffActionPlan(ActionPlanId PlanId, string SignedOffBy, DateOnly On) : IRequest<Unit>;

internal sealed class SignOffActionPlanValidator : AbstractValidator<SignOffActionPlan>
{
    public SignOffActionPlanValidator(TimeProvider time)
    {
        RuleFor(x => x.SignedOffBy).Required().MaxChars(200);
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithMessage(_ => Messages.Get("FollowUp_DayMustNotInFuture"));
    }
}

internal sealed class SignOffActionPlanHandler(IRepository<ActionPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<SignOffActionPlan, Unit>
{
    public Task<Unit> Handle(SignOffActionPlan request, CancellationToken cancellationToken) =>
        FollowUpChange.ApplyAsync(plans, new ActionPlanByIdSpec(scope.Current, request.PlanId), Messages.Get("FollowUp_ActionPlan"), request.PlanId.ToString(), plan => plan.SignOff(request.SignedOffBy, request.On), events, cancellationToken);
}
