using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Submits a draft or returned plan for approval.</summary>
/// <param name="PlanId">The plan.</param>
public sealed record SubmitTrainingPlan(TrainingPlanId PlanId) : IRequest<Unit>;

internal sealed class SubmitTrainingPlanValidator : AbstractValidator<SubmitTrainingPlan>
{
    public SubmitTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope)
    {
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Draft, PlanStatus.Returned);
        RuleFor(x => x.PlanId).MustAsync(async (id, ct) => (await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, id), ct).ConfigureAwait(false))?.Lines.Count != 0)
            .WithMessage(_ => Messages.Get("Programs_PlanWithoutLinesCannotSubmitted"));
    }
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
