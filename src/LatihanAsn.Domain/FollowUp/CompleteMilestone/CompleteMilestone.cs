using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Completes a milestone of an action plan, with evidence.
/// With <see cref="Capabilities.ActionPlanOwn"/> only, the plan must be the caller's own.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Milestone">The milestone's number.</param>
/// <param name="On">The day; not in the future.</param>
/// <param name="Evidence">The evidence.</param>
[RequiresCapability(Capabilities.FollowUpManage, Capabilities.ActionPlanOwn)]
public sealed record CompleteMilestone(ActionPlanId PlanId, int Milestone, DateOnly On, string Evidence) : IRequest<Unit>;

internal sealed class CompleteMilestoneValidator : AbstractValidator<CompleteMilestone>
{
    public CompleteMilestoneValidator(TimeProvider time)
    {
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithMessage(_ => Messages.Get("FollowUp_DayMustNotInFuture"));
        RuleFor(x => x.Evidence).Required().MaxChars(2000);
    }
}

internal sealed class CompleteMilestoneHandler(IRepository<ActionPlan> plans, IReadRepository<Employee> employees, ICallerAccessor callers, DomainEventPublisher events) : IRequestHandler<CompleteMilestone, Unit>
{
    public Task<Unit> Handle(CompleteMilestone request, CancellationToken cancellationToken)
    {
        var caller = callers.Current;
        return FollowUpChange.ApplyAsync(
            plans,
            new ActionPlanByIdSpec(caller.Scope, request.PlanId),
            Messages.Get("FollowUp_ActionPlan"),
            request.PlanId.ToString(),
            plan => plan.CompleteMilestone(request.Milestone, request.On, request.Evidence),
            events,
            cancellationToken,
            plan => Acting.EnsureAsync(caller, Capabilities.FollowUpManage, Relation.Self, plan.EmployeeId, employees, nameof(CompleteMilestone), cancellationToken));
    }
}
