using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Marks a confirmed employee who did not come; the seat goes to the waiting list.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record MarkNoShow(CourseRunId RunId, EmployeeId Employee) : IRequest<Unit>;

internal sealed class MarkNoShowValidator : AbstractValidator<MarkNoShow>
{
    // Nothing to check in the request's shape: the run's existence and state are the handler's and the run's.
}

internal sealed class MarkNoShowHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<MarkNoShow, Unit>
{
    public Task<Unit> Handle(MarkNoShow request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.MarkNoShow(request.Employee), cancellationToken);
}
