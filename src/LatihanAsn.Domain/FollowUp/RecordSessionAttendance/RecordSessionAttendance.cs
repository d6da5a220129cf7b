using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Whether a participant attended.</summary>
/// <param name="Employee">The participant.</param>
/// <param name="Attended">Whether they attended.</param>
public sealed record AttendanceMark(EmployeeId Employee, bool Attended);

/// <summary>Records who attended a session of a run in progress.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Session">The session number.</param>
/// <param name="Marks">Each participant once.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record RecordSessionAttendance(CourseRunId RunId, int Session, IReadOnlyList<AttendanceMark> Marks) : IRequest<Unit>;

internal sealed class RecordSessionAttendanceValidator : AbstractValidator<RecordSessionAttendance>
{
    public RecordSessionAttendanceValidator()
    {
        RuleFor(x => x.Session).GreaterThanOrEqualTo(1).WithMessage(_ => Messages.Get("FollowUp_SessionNumbersStartAt1"));
        RuleFor(x => x.Marks).Required()
            .Must(m => m is null || m.Select(x => x.Employee).Distinct().Count() == m.Count)
            .WithMessage(_ => Messages.Get("FollowUp_EachParticipantOnlyOnce"));
    }
}

internal sealed class RecordSessionAttendanceHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events) : IRequestHandler<RecordSessionAttendance, Unit>
{
    public Task<Unit> Handle(RecordSessionAttendance request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.RecordAttendance(request.Session, request.Marks.Select(m => (m.Employee, m.Attended)), time.Today()), cancellationToken);
}
