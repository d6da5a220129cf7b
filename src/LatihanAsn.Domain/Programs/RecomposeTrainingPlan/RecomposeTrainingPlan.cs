using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Recomposes a draft or returned plan for its population, with a new budget if given; the plan refuses otherwise
/// (<c>domain_rule.plan_not_draft</c>).
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Budget">The new budget, or <see langword="null"/> to keep it.</param>
/// <param name="Method">The algorithm.</param>
[RequiresCapability(Capabilities.PlanCompose)]
public sealed record RecomposeTrainingPlan(TrainingPlanId PlanId, decimal? Budget = null, CompositionMethod Method = CompositionMethod.Auto) : IRequest<ComposedPlan>;

internal sealed class RecomposeTrainingPlanValidator : AbstractValidator<RecomposeTrainingPlan>
{
    public RecomposeTrainingPlanValidator()
    {
        RuleFor(x => x.PlanId).Required();
        RuleFor(x => x.Budget).InclusiveBetween(0m, 1_000_000_000_000_000m).When(x => x.Budget.HasValue)
            .WithMessage(_ => Messages.Get("Programs_BudgetMustBetween0And10"));
        RuleFor(x => x.Method).KnownValue();
    }
}

internal sealed class RecomposeTrainingPlanHandler(CompositionInputs inputs, ICompositionPolicy policy, IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<RecomposeTrainingPlan, ComposedPlan>
{
    public async Task<ComposedPlan> Handle(RecomposeTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var budget = request.Budget ?? plan.BudgetCeiling;
        var problem = await inputs.LoadAsync(scope.Current, plan.Year, budget, plan.PopulationRegionCode, plan.PopulationOpdCode, plan.SurveyId, cancellationToken).ConfigureAwait(false);
        var composition = policy.Compose(problem, request.Method, cancellationToken);
        plan.Recompose(budget, composition, problem.Courses.ToArray(), time.GetUtcNow());
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return new ComposedPlan(plan.Id, composition);
    }
}
