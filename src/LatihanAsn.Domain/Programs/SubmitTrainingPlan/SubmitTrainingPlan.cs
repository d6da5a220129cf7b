using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Submits a draft or returned plan for approval. The plan refuses otherwise (<c>domain_rule.plan_not_draft</c>), and
/// without lines (<c>domain_rule.plan_has_no_lines</c>).
/// </summary>
/// <param name="PlanId">The plan.</param>
[RequiresCapability(Capabilities.PlanCompose)]
public sealed record SubmitTrainingPlan(TrainingPlanId PlanId) : IRequest<Unit>;

internal sealed class SubmitTrainingPlanValidator : AbstractValidator<SubmitTrainingPlan>
{
    public SubmitTrainingPlanValidator() => RuleFor(x => x.PlanId).Required();
}

internal sealed class SubmitTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<SubmitTrainingPlan, Unit>
{
    public async Task<Unit> Handle(SubmitTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        plan.Submit();
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
