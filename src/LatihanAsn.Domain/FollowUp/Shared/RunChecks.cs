using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Validation shared by the run requests.</summary>
internal static class RunChecks
{
    public static void Exists<T>(AbstractValidator<T> validator, Func<T, CourseRunId> id, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope) =>
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "RunId")
            .MustAsync((runId, ct) => runs.AnyAsync(new CourseRunByIdSpec(scope.Current, runId), ct))
            .WithMessage(_ => Messages.Get("FollowUp_RunNotFoundScope"));

    public static void NotBefore<T>(AbstractValidator<T> validator, Func<T, CourseRunId> id, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time, Func<CourseRun, DateOnly> day, string messageKey) =>
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "RunId").CustomAsync(async (runId, context, ct) =>
        {
            var run = await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope.Current, runId), ct).ConfigureAwait(false);
            if (run is not null && day(run) > time.Today())
            {
                context.AddFailure("RunId", Messages.Get(messageKey, Text.Iso(day(run))));
            }
        });

    /// <summary>Loads a run in scope, changes it, saves it and publishes its events: the shape of every run transition.</summary>
    public static async Task<Unit> ApplyAsync(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events, CourseRunId id, Action<CourseRun> change, CancellationToken cancellationToken)
    {
        var run = await LoadAsync(runs, scope.Current, id, cancellationToken).ConfigureAwait(false);
        change(run);
        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public static async Task<CourseRun> LoadAsync(IReadRepositoryBase<CourseRun> runs, CallerScope scope, CourseRunId id, CancellationToken cancellationToken) =>
        await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("Run", id.ToString());
}
