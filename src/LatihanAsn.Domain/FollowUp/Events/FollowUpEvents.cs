using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>A run of an approved plan line was scheduled.</summary>
/// <param name="RunId">The run.</param>
/// <param name="PlanId">The plan.</param>
/// <param name="Line">The line.</param>
/// <param name="CourseCode">The course.</param>
/// <param name="Start">Its first day.</param>
public sealed record RunScheduled(CourseRunId RunId, TrainingPlanId PlanId, int Line, string CourseCode, DateOnly Start) : DomainEvent;

/// <summary>An employee was invited (and holds a seat).</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record ParticipantInvited(CourseRunId RunId, EmployeeId Employee) : DomainEvent;

/// <summary>An employee was put on the waiting list.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
/// <param name="Position">Their position on the list.</param>
public sealed record ParticipantWaitListed(CourseRunId RunId, EmployeeId Employee, int Position) : DomainEvent;

/// <summary>An invitation was confirmed.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record InvitationConfirmed(CourseRunId RunId, EmployeeId Employee) : DomainEvent;

/// <summary>An invitation was declined.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record InvitationDeclined(CourseRunId RunId, EmployeeId Employee) : DomainEvent;

/// <summary>An employee withdrew.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record ParticipantWithdrawn(CourseRunId RunId, EmployeeId Employee) : DomainEvent;

/// <summary>A confirmed employee did not come.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record ParticipantNoShow(CourseRunId RunId, EmployeeId Employee) : DomainEvent;

/// <summary>The first on the waiting list was invited to a freed seat.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record ParticipantPromoted(CourseRunId RunId, EmployeeId Employee) : DomainEvent;

/// <summary>A run started.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Participants">Confirmed participants.</param>
public sealed record RunStarted(CourseRunId RunId, int Participants) : DomainEvent;

/// <summary>Attendance of a session was recorded.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Session">The session.</param>
/// <param name="Attended">How many attended.</param>
/// <param name="Absent">How many were absent.</param>
public sealed record SessionAttendanceRecorded(CourseRunId RunId, int Session, int Attended, int Absent) : DomainEvent;

/// <summary>A participant's completion was decided.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The participant.</param>
/// <param name="Completed">Whether they completed.</param>
/// <param name="TestScore">Their test score, if any.</param>
public sealed record ParticipantCompleted(CourseRunId RunId, EmployeeId Employee, bool Completed, decimal? TestScore) : DomainEvent;

/// <summary>A run completed.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Completed">Participants who completed.</param>
/// <param name="NotCompleted">Participants who did not.</param>
public sealed record RunCompleted(CourseRunId RunId, int Completed, int NotCompleted) : DomainEvent;

/// <summary>A run was cancelled.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Reason">Why.</param>
public sealed record RunCancelled(CourseRunId RunId, string Reason) : DomainEvent;

/// <summary>A certificate was issued.</summary>
/// <param name="CertificateId">The certificate.</param>
/// <param name="Employee">Its holder.</param>
/// <param name="CourseCode">The course.</param>
/// <param name="ValidUntil">Its last valid day, if it expires.</param>
public sealed record CertificateIssued(CertificateId CertificateId, EmployeeId Employee, string CourseCode, DateOnly? ValidUntil) : DomainEvent;

/// <summary>A certificate was replaced by a newer one for the same course.</summary>
/// <param name="CertificateId">The replaced certificate.</param>
/// <param name="ReplacedBy">The new one.</param>
public sealed record CertificateRenewed(CertificateId CertificateId, CertificateId ReplacedBy) : DomainEvent;

/// <summary>A mentoring plan started.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="Competency">The competency.</param>
public sealed record MentoringStarted(MentoringPlanId PlanId, EmployeeId Mentor, EmployeeId Mentee, CompetencyCode Competency) : DomainEvent;

/// <summary>A mentoring check-in was recorded.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="On">Its day.</param>
/// <param name="Progress">The progress rating, 1-5.</param>
public sealed record MentoringCheckInRecorded(MentoringPlanId PlanId, DateOnly On, int Progress) : DomainEvent;

/// <summary>A mentoring plan ended with the mentor's assessment.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="AssessedLevel">The level the mentor assessed.</param>
public sealed record MentoringCompleted(MentoringPlanId PlanId, EmployeeId Mentee, int AssessedLevel) : DomainEvent;

/// <summary>An action plan was created.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Employee">Its owner.</param>
public sealed record ActionPlanCreated(ActionPlanId PlanId, EmployeeId Employee) : DomainEvent;

/// <summary>A milestone of an action plan was completed.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Milestone">The milestone's number.</param>
/// <param name="On">The day.</param>
public sealed record MilestoneCompleted(ActionPlanId PlanId, int Milestone, DateOnly On) : DomainEvent;

/// <summary>A supervisor signed an action plan off.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="SignedOffBy">Who signed.</param>
public sealed record ActionPlanSignedOff(ActionPlanId PlanId, string SignedOffBy) : DomainEvent;
