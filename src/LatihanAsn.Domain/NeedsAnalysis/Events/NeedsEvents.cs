using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A needs survey was opened.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Title">Its title.</param>
/// <param name="Items">How many items it asks.</param>
public sealed record NeedsSurveyOpened(SurveyId SurveyId, string Title, int Items) : DomainEvent;

/// <summary>A needs survey was closed.</summary>
/// <param name="SurveyId">The survey.</param>
public sealed record NeedsSurveyClosed(SurveyId SurveyId) : DomainEvent;

/// <summary>A respondent submitted (or, with a revision above 1, replaced) their response.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Respondent">The respondent.</param>
/// <param name="Revision">The submission number.</param>
public sealed record SurveyResponseSubmitted(SurveyId SurveyId, EmployeeId Respondent, int Revision) : DomainEvent;

/// <summary>Learning hours were credited to an employee.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Year">The year.</param>
/// <param name="Form">The form.</param>
/// <param name="Jp">The JP credited (unrounded).</param>
/// <param name="Reference">The activity's reference, if any.</param>
public sealed record LearningHoursCredited(EmployeeId EmployeeId, int Year, LearningForm Form, decimal Jp, string? Reference) : DomainEvent;

/// <summary>A performance appraisal was recorded.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Year">The year.</param>
/// <param name="Result">The result.</param>
/// <param name="Target">The target.</param>
public sealed record PerformanceAppraised(EmployeeId EmployeeId, int Year, decimal Result, decimal Target) : DomainEvent;
