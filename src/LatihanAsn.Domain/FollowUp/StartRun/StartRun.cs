using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Starts a scheduled run with enough confirmed participants.</summary>
/// <param name="RunId">The run.</param>
public sealed record StartRun(CourseRunId RunId) : IRequest<Unit>;

internal sealed class StartRunValidator : AbstractValidator<StartRun>
{
    public StartRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RunChecks.NotBefore(this, x => x.RunId, runs, scope, time, r => r.Start, "FollowUp_RunStartsOnFirstDayAtEarliest");
    }
}

internal sealed class StartRunHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<StartRun, Unit>
{
    public Task<Unit> Handle(StartRun request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.StartRun(), cancellationToken);
}
