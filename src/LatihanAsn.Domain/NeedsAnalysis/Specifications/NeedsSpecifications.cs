using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Needs surveys the caller can see: those whose population overlaps the caller's scope (a province-wide survey is
/// visible everywhere; a region's survey in that region and its OPDs; an OPD's survey in that OPD and its region).
/// </summary>
public sealed class NeedsSurveysVisibleSpec : Specification<NeedsSurvey>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="callerRegionCode">For an OPD scope, the OPD's region (so region-wide surveys are visible to it); ignored otherwise.</param>
    /// <param name="id">Only this survey, if given.</param>
    public NeedsSurveysVisibleSpec(CallerScope scope, string? callerRegionCode = null, SurveyId? id = null)
    {
        Visible(Query, scope, callerRegionCode);
        if (id is { } surveyId)
        {
            Query.Where(s => s.Id == surveyId);
        }

        Query.OrderBy(s => s.OpenedAt).ThenBy(s => s.Id);
    }

    /// <summary>The surveys whose population overlaps the caller's scope.</summary>
    internal static void Visible(ISpecificationBuilder<NeedsSurvey> query, CallerScope scope, string? callerRegionCode)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Level == ScopeLevel.Region)
        {
            var region = scope.RegionCode;
            query.Where(s => s.PopulationRegionCode == null || s.PopulationRegionCode == region);
        }
        else if (scope.Level == ScopeLevel.Opd)
        {
            var opd = scope.OpdCode;
            query.Where(s => s.PopulationRegionCode == null
                || (s.PopulationRegionCode == callerRegionCode && (s.PopulationOpdCode == null || s.PopulationOpdCode == opd)));
        }
    }
}

/// <summary>Some needs surveys (a batch's), those of them the caller can see (as <see cref="NeedsSurveysVisibleSpec"/>), ordered alike.</summary>
public sealed class NeedsSurveysVisibleByIdsSpec : Specification<NeedsSurvey>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="callerRegionCode">For an OPD scope, the OPD's region (so region-wide surveys are visible to it); ignored otherwise.</param>
    /// <param name="ids">The surveys.</param>
    public NeedsSurveysVisibleByIdsSpec(CallerScope scope, string? callerRegionCode, IReadOnlyCollection<SurveyId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        NeedsSurveysVisibleSpec.Visible(Query, scope, callerRegionCode);
        Query.Where(s => ids.Contains(s.Id));
        Query.OrderBy(s => s.OpenedAt).ThenBy(s => s.Id);
    }
}

/// <summary>Responses to a survey within the caller's scope, optionally one respondent's, by identifier.</summary>
public sealed class SurveyResponsesSpec : ScopedSpecification<SurveyResponse>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="surveyId">The survey.</param>
    /// <param name="respondent">Only this respondent's, if given.</param>
    public SurveyResponsesSpec(CallerScope scope, SurveyId surveyId, EmployeeId? respondent = null)
        : base(scope)
    {
        Query.Where(r => r.SurveyId == surveyId);
        if (respondent is { } who)
        {
            Query.Where(r => r.Respondent == who);
        }

        Query.OrderBy(r => r.Id);
    }
}

/// <summary>
/// Whether a respondent has already answered a survey. Not scoped on purpose: "once per survey" must see the response
/// wherever the respondent was when answering; used only with <c>FirstOrDefaultAsync</c> by the submission, whose
/// respondent the validator has already found in the caller's scope.
/// </summary>
public sealed class ResponseOfRespondentSpec : Specification<SurveyResponse>, ISingleResultSpecification<SurveyResponse>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="surveyId">The survey.</param>
    /// <param name="respondent">The respondent.</param>
    public ResponseOfRespondentSpec(SurveyId surveyId, EmployeeId respondent) =>
        Query.Where(r => r.SurveyId == surveyId && r.Respondent == respondent);
}

/// <summary>
/// The responses of some respondents to some surveys (a batch's), so that a second submission replaces the first. Not
/// scoped on purpose, as <see cref="ResponseOfRespondentSpec"/>: "once per survey" must see the response wherever the
/// respondent was when answering; used only by the batch submission, whose respondents it has already found in the
/// caller's scope. A response of a respondent to another of the surveys than the one asked may come too (the store
/// filters both lists, not the pairs). By identifier.
/// </summary>
public sealed class ResponsesOfRespondentsSpec : Specification<SurveyResponse>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="surveyIds">The surveys.</param>
    /// <param name="respondents">The respondents.</param>
    public ResponsesOfRespondentsSpec(IReadOnlyCollection<SurveyId> surveyIds, IReadOnlyCollection<EmployeeId> respondents)
    {
        ArgumentNullException.ThrowIfNull(surveyIds);
        ArgumentNullException.ThrowIfNull(respondents);
        Query.Where(r => surveyIds.Contains(r.SurveyId) && respondents.Contains(r.Respondent));
        Query.OrderBy(r => r.Id);
    }
}

/// <summary>Learning-hours ledgers of a year within the caller's scope, optionally of a region, an OPD or one employee; by year, then identifier.</summary>
public sealed class LedgersSpec : ScopedSpecification<LearningHoursLedger>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="year">The year, or <see langword="null"/> for every year.</param>
    /// <param name="employeeId">Only this employee's, if given.</param>
    /// <param name="regionCode">Only this region's, if given.</param>
    /// <param name="opdCode">Only this OPD's, if given.</param>
    public LedgersSpec(CallerScope scope, int? year, EmployeeId? employeeId = null, string? regionCode = null, string? opdCode = null)
        : base(scope)
    {
        if (year is { } y)
        {
            Query.Where(l => l.Year == y);
        }

        if (employeeId is { } id)
        {
            Query.Where(l => l.EmployeeId == id);
        }

        if (regionCode is not null)
        {
            Query.Where(l => l.RegionCode == regionCode);
        }

        if (opdCode is not null)
        {
            Query.Where(l => l.OpdCode == opdCode);
        }

        Query.OrderBy(l => l.Year).ThenBy(l => l.Id);
    }
}

/// <summary>
/// The learning-hours ledgers of some employees in a year (or some years), within the caller's scope, ordered as
/// <see cref="LedgersSpec"/>. For a known set of employees (a run's completers), so the store reads theirs only.
/// </summary>
public sealed class LedgersOfEmployeesSpec : ScopedSpecification<LearningHoursLedger>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="year">The year.</param>
    /// <param name="employeeIds">The employees.</param>
    public LedgersOfEmployeesSpec(CallerScope scope, int year, IReadOnlyCollection<EmployeeId> employeeIds)
        : base(scope)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        Query.Where(l => l.Year == year && employeeIds.Contains(l.EmployeeId));
        Query.OrderBy(l => l.Year).ThenBy(l => l.Id);
    }

    /// <summary>Initialises the specification for several years (a batch's): the employees' ledgers of any of them.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="years">The years.</param>
    /// <param name="employeeIds">The employees.</param>
    public LedgersOfEmployeesSpec(CallerScope scope, IReadOnlyCollection<int> years, IReadOnlyCollection<EmployeeId> employeeIds)
        : base(scope)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(employeeIds);
        Query.Where(l => years.Contains(l.Year) && employeeIds.Contains(l.EmployeeId));
        Query.OrderBy(l => l.Year).ThenBy(l => l.Id);
    }
}

/// <summary>Performance appraisals within the caller's scope, optionally of one employee: by year, then when recorded, then identifier.</summary>
public sealed class AppraisalsSpec : ScopedSpecification<PerformanceAppraisal>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="employeeId">Only this employee's, if given.</param>
    /// <param name="regionCode">Only this region's, if given.</param>
    /// <param name="opdCode">Only this OPD's, if given.</param>
    public AppraisalsSpec(CallerScope scope, EmployeeId? employeeId = null, string? regionCode = null, string? opdCode = null)
        : base(scope)
    {
        if (employeeId is { } id)
        {
            Query.Where(a => a.EmployeeId == id);
        }

        if (regionCode is not null)
        {
            Query.Where(a => a.RegionCode == regionCode);
        }

        if (opdCode is not null)
        {
            Query.Where(a => a.OpdCode == opdCode);
        }

        Query.OrderBy(a => a.Year).ThenBy(a => a.RecordedAt).ThenBy(a => a.Id);
    }
}
