using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Approves a submitted plan; the version it revises, if any, is superseded in the same commit. Raises
/// <see cref="TrainingPlanApproved"/>. Approving a plan that is already approved changes nothing and raises nothing (the
/// command is idempotent, also under concurrent approvals); a draft, returned or superseded plan is refused
/// (<c>domain_rule.plan_not_submitted</c>).
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ApprovedBy">Who approves (name or NIP).</param>
[RequiresCapability(Capabilities.PlanApprove)]
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
        if (plan.Status == PlanStatus.Approved)
        {
            return Unit.Value; // approving an approved plan changes nothing: the command is idempotent
        }

        var revised = plan.Revises is { } revisedId ? await PlanChecks.LoadAsync(plans, scope.Current, revisedId, cancellationToken).ConfigureAwait(false) : null;
        if (revised is { Status: not PlanStatus.Approved } && await plans.AnyAsync(new ApprovedTrainingPlanSpec(scope.Current, plan.Id), cancellationToken).ConfigureAwait(false))
        {
            return Unit.Value; // a concurrent request approved this plan (and superseded the revised one) after it was loaded
        }

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
