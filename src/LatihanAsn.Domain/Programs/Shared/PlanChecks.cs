using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>Checks that a plan exists in the caller's scope and is in one of the expected states.</summary>
internal static class PlanChecks
{
    public static void InStatus<T>(AbstractValidator<T> validator, Func<T, TrainingPlanId> id, IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope, params PlanStatus[] expected)
    {
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "PlanId").CustomAsync(async (planId, context, ct) =>
        {
            var plan = await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, planId), ct).ConfigureAwait(false);
            if (plan is null)
            {
                context.AddFailure(Messages.Get("FollowUp_PlanNotFoundScope"));
            }
            else if (!expected.Contains(plan.Status))
            {
                var allowed = string.Join("/", expected);
                context.AddFailure(Messages.Get("Programs_PlanStepNeeds", plan.Status, allowed));
            }
        });
    }

    public static async Task<TrainingPlan> LoadAsync(IReadRepositoryBase<TrainingPlan> plans, CallerScope scope, TrainingPlanId id, CancellationToken cancellationToken) =>
        await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Programs_Plan"), id.ToString());
}
