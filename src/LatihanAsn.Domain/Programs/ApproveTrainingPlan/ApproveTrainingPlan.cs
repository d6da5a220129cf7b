using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Approves a submitted plan; the version it revises, if any, is superseded. Raises <see cref="TrainingPlanApproved"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ApprovedBy">Who approves (name or NIP).</param>
public sealed record ApproveTrainingPlan(TrainingPlanId PlanId, string ApprovedBy) : IRequest<Unit>;

internal sealed class ApproveTrainingPlanValidator : AbstractValidator<ApproveTrainingPlan>
{
    public ApproveTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope)
    {
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Submitted);
        RuleFor(x => x.ApprovedBy).Required().MaxChars(200);
    }
}

internal sealed class ApproveTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<ApproveTrainingPlan, Unit>
{
    public async Task<Unit> Handle(ApproveTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        TrainingPlan? previous = null;
        if (plan.Revises is { } revised)
        {
            previous = await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, revised), cancellationToken).ConfigureAwait(false);
            previous?.Supersede();
        }

        plan.Approve(request.ApprovedBy);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        if (previous is not null)
        {
            await plans.UpdateAsync(previous, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
