using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Revises an approved plan as a new draft version with the same lines; the plan refuses otherwise
/// (<c>domain_rule.plan_not_approved</c>). Returns the new version's identifier.
/// </summary>
/// <param name="PlanId">The approved plan.</param>
[RequiresCapability(Capabilities.PlanCompose)]
public sealed record ReviseTrainingPlan(TrainingPlanId PlanId) : IRequest<TrainingPlanId>;

internal sealed class ReviseTrainingPlanValidator : AbstractValidator<ReviseTrainingPlan>
{
    public ReviseTrainingPlanValidator() => RuleFor(x => x.PlanId).Required();
}

internal sealed class ReviseTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events) : IRequestHandler<ReviseTrainingPlan, TrainingPlanId>
{
    public async Task<TrainingPlanId> Handle(ReviseTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var revision = plan.Revise(TrainingPlanId.New(), time.GetUtcNow());
        await plans.AddAsync(revision, cancellationToken).ConfigureAwait(false);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false); // its version moves, so a concurrent approval or revision conflicts
        await events.PublishAsync([plan, revision], cancellationToken).ConfigureAwait(false);
        return revision.Id;
    }
}
