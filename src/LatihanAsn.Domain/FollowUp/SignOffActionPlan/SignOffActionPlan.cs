using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Signs an action plan off (every milestone completed).
/// With <see cref="Capabilities.SupervisionSignOff"/> only, the plan's employee must be one the caller supervises.
/// </summary>
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

internal sealed class SignOffActionPlanHandler(IRepository<ActionPlan> plans, IReadRepository<Employee> employees, ICallerAccessor callers, DomainEventPublisher events) : IRequestHandler<SignOffActionPlan, Unit>
{
    public Task<Unit> Handle(SignOffActionPlan request, CancellationToken cancellationToken)
    {
        var caller = callers.Current;
        return FollowUpChange.ApplyAsync(
            plans,
            new ActionPlanByIdSpec(caller.Scope, request.PlanId),
            Messages.Get("FollowUp_ActionPlan"),
            request.PlanId.ToString(),
            plan => plan.SignOff(request.SignedOffBy, request.On),
            events,
            cancellationToken,
            plan => Acting.EnsureAsync(caller, Capabilities.FollowUpManage, Relation.Supervisee, plan.EmployeeId, employees, nameof(SignOffActionPlan), cancellationToken));
    }
}
