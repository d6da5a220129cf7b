using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>Loads a plan of the caller's scope, or throws <see cref="NotFoundInScopeException"/>; the plan itself checks its status.</summary>
internal static class PlanChecks
{
    public static async Task<TrainingPlan> LoadAsync(IReadRepositoryBase<TrainingPlan> plans, CallerScope scope, TrainingPlanId id, CancellationToken cancellationToken) =>
        await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Programs_Plan"), id.ToString());

    /// <summary>Loads a plan that the command only reads (not tracked for changes): the same refusal as <see cref="LoadAsync"/>.</summary>
    public static async Task<TrainingPlan> ReadAsync(IReadRepositoryBase<TrainingPlan> plans, CallerScope scope, TrainingPlanId id, CancellationToken cancellationToken) =>
        await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope, id).ReadOnly(), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Programs_Plan"), id.ToString());
}
