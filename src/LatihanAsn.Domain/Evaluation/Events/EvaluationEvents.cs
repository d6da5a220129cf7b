using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>An evaluation plan was created for a course run.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="CourseRunId">The course run it evaluates.</param>
/// <param name="RegionCode">The organiser's region.</param>
/// <param name="OpdCode">The organiser's OPD.</param>
/// <param name="Participants">How many participants.</param>
/// <param name="Measurements">How many planned measurements.</param>
public sealed record EvaluationPlanCreated(EvaluationPlanId PlanId, CourseRunId CourseRunId, string RegionCode, string OpdCode, int Participants, int Measurements) : DomainEvent;

/// <summary>Attendance of a course run was recorded (or corrected).</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Attended">How many participants are now recorded as present.</param>
/// <param name="Absent">How many are now recorded as absent.</param>
public sealed record AttendanceRecorded(EvaluationPlanId PlanId, int Attended, int Absent) : DomainEvent;

/// <summary>Data of a planned measurement was recorded.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="MeasurementCode">The planned measurement.</param>
/// <param name="Instrument">Its instrument.</param>
/// <param name="Added">How many records were added.</param>
public sealed record MeasurementRecorded(EvaluationPlanId PlanId, string MeasurementCode, EvaluationInstrument Instrument, int Added) : DomainEvent;

/// <summary>A participant reported passing the training on to colleagues.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Participant">The participant.</param>
/// <param name="ColleaguesTaught">Colleagues taught.</param>
/// <param name="SessionsShared">Sessions shared.</param>
public sealed record KnowledgeTransferRecorded(EvaluationPlanId PlanId, EmployeeId Participant, int ColleaguesTaught, int SessionsShared) : DomainEvent;

/// <summary>A public satisfaction survey was created for a unit and period.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="RegionCode">The unit's region.</param>
/// <param name="OpdCode">The unit's OPD.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
public sealed record SkmSurveyCreated(SkmSurveyId SurveyId, string RegionCode, string OpdCode, DateOnly PeriodStart, DateOnly PeriodEnd) : DomainEvent;

/// <summary>Responses to a public satisfaction survey were recorded.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Added">How many responses were added.</param>
/// <param name="Total">How many responses the survey now holds.</param>
public sealed record SkmResponsesRecorded(SkmSurveyId SurveyId, int Added, int Total) : DomainEvent;
