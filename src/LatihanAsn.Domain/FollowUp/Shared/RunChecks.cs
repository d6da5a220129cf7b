using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>The shape shared by the run requests: load the run in scope (not found otherwise), change it, stage it.</summary>
internal static class RunChecks
{
    /// <summary>Loads a run in scope, changes it, stages it and enlists its events: the shape of every run transition.</summary>
    public static async Task<Unit> ApplyAsync(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events, CourseRunId id, Action<CourseRun> change, CancellationToken cancellationToken)
    {
        var run = await LoadAsync(runs, scope.Current, id, cancellationToken).ConfigureAwait(false);
        change(run);
        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    /// <summary>Loads a run within the caller's scope, or throws <see cref="NotFoundInScopeException"/>.</summary>
    public static async Task<CourseRun> LoadAsync(IReadRepositoryBase<CourseRun> runs, CallerScope scope, CourseRunId id, CancellationToken cancellationToken) =>
        await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("Run", id.ToString());
}
