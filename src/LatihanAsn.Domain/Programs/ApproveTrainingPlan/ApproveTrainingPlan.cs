using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Approves a submitted plan; the version it revises, if any, is superseded in the same commit. Raises
/// <see cref="TrainingPlanApproved"/>. A plan that is not submitted is refused (<c>domain_rule.plan_not_submitted</c>),
/// so approving twice is refused clearly.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ApprovedBy">Who approves (name or NIP).</param>
public sealed record ApproveTrainingPlan(TrainingPlanId PlanId, string ApprovedBy) : IRequest<Unit>;

internal sealed class ApproveTrainingPlanValidator : AbstractValidator<ApproveTrainingPlan>
{
    public ApproveTrainingPlanValidator()
    {
        RuleFor(x => x.PlanId).Required();
        RuleFor(x => x.ApprovedBy).Required().MaxChars(200);
    }
}

internal sealed class ApproveTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<ApproveTrainingPlan, Unit>
{
    public async Task<Unit> Handle(ApproveTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var revised = plan.Revises is { } revisedId ? await PlanChecks.LoadAsync(plans, scope.Current, revisedId, cancellationToken).ConfigureAwait(false) : null;
        plan.Approve(request.ApprovedBy, revised); // supersedes the revised version in the same change
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        if (revised is not null)
        {
            await plans.UpdateAsync(revised, cancellationToken).ConfigureAwait(false);
            await events.PublishAsync(revised, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
