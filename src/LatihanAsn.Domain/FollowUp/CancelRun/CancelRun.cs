using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Cancels a scheduled or running run.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Reason">Why.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record CancelRun(CourseRunId RunId, string Reason) : IRequest<Unit>;

internal sealed class CancelRunValidator : AbstractValidator<CancelRun>
{
    public CancelRunValidator() => RuleFor(x => x.Reason).Required().MaxChars(1000);
}

internal sealed class CancelRunHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<CancelRun, Unit>
{
    public Task<Unit> Handle(CancelRun request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.Cancel(request.Reason), cancellationToken);
}
