using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Starts a scheduled run with enough confirmed participants.</summary>
/// <param name="RunId">The run.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record StartRun(CourseRunId RunId) : IRequest<Unit>;

internal sealed class StartRunValidator : AbstractValidator<StartRun>
{
    // Nothing to check in the request's shape: the run's existence, state and first day are the handler's and the run's.
}

internal sealed class StartRunHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events) : IRequestHandler<StartRun, Unit>
{
    public Task<Unit> Handle(StartRun request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.StartRun(time.Today()), cancellationToken);
}
