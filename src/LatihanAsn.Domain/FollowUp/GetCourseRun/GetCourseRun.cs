using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>A run as a host shows it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="CourseCode">The course.</param>
/// <param name="Title">The title.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Place">Where.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="Status">The status.</param>
/// <param name="SeatsTaken">Seats taken.</param>
/// <param name="MaxSeats">Seats.</param>
/// <param name="Sessions">The sessions.</param>
/// <param name="Enrolments">The enrolments.</param>
/// <param name="WaitingList">The waiting list, next first.</param>
public sealed record RunView(CourseRunId RunId, string CourseCode, string Title, DeliveryMode Mode, string Place, DateOnly Start, DateOnly End, RunStatus Status, int SeatsTaken, int MaxSeats, IReadOnlyList<RunSession> Sessions, IReadOnlyList<Enrolment> Enrolments, IReadOnlyList<EmployeeId> WaitingList);

/// <summary>Gets a run in the caller's scope.</summary>
/// <param name="RunId">The run.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record GetCourseRun(CourseRunId RunId) : IRequest<RunView>;

internal sealed class GetCourseRunValidator : AbstractValidator<GetCourseRun>
{
    // Nothing to check in the request's shape: the handler's load reports a run not found in scope.
}

internal sealed class GetCourseRunHandler(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope) : IRequestHandler<GetCourseRun, RunView>
{
    public async Task<RunView> Handle(GetCourseRun request, CancellationToken cancellationToken)
    {
        var r = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var waiting = r.Enrolments.Where(e => e.Status == EnrolmentStatus.WaitListed).OrderBy(e => r.WaitListPosition(e.Employee)).Select(e => e.Employee).ToArray();
        return new RunView(r.Id, r.CourseCode, r.Title, r.Mode, r.Place, r.Start, r.End, r.Status, r.SeatsTaken, r.MaxSeats, r.Sessions, r.Enrolments, waiting);
    }
}
