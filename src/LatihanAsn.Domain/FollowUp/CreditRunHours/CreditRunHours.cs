using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Credits the JP of a completed run's participants who completed (safe to repeat: an activity already credited is not
/// credited again). Returns the JP credited now, by employee.
/// </summary>
/// <param name="RunId">The completed run.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record CreditRunHours(CourseRunId RunId) : IRequest<IReadOnlyDictionary<EmployeeId, decimal>>;

internal sealed class CreditRunHoursValidator : AbstractValidator<CreditRunHours>
{
    // Nothing to check in the request's shape: the run's existence and status are the handler's and the completion service's.
}

internal sealed class CreditRunHoursHandler(IReadRepository<CourseRun> runs, RunParticipants participants, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<CreditRunHours, IReadOnlyDictionary<EmployeeId, decimal>>
{
    public async Task<IReadOnlyDictionary<EmployeeId, decimal>> Handle(CreditRunHours request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var run = await RunChecks.LoadAsync(runs, caller, request.RunId, cancellationToken).ConfigureAwait(false);
        var people = await participants.PeopleAsync(run, caller, e => e.Status == EnrolmentStatus.Completed, cancellationToken).ConfigureAwait(false);
        var ledgers = await participants.LedgersAsync(run, caller, people.Keys.ToArray(), cancellationToken).ConfigureAwait(false);
        var credit = RunCompletionService.Credit(run, people, ledgers, participants.Conversion(run), time.GetUtcNow());
        await events.PublishAsync(await participants.StageAsync(credit, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        return credit.CreditedJp;
    }
}
