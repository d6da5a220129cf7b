using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>One evaluation plan by identifier, within the caller's scope.</summary>
public sealed class EvaluationPlanByIdSpec : ScopedSpecification<EvaluationPlan>, ISingleResultSpecification<EvaluationPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The plan.</param>
    public EvaluationPlanByIdSpec(CallerScope scope, EvaluationPlanId id)
        : base(scope) => Query.Where(p => p.Id == id);
}

/// <summary>Evaluation plans within the caller's scope, optionally of one OPD, ordered by the run's last day, then identifier.</summary>
public sealed class EvaluationPlansSpec : ScopedSpecification<EvaluationPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="opdCode">Only this organiser OPD's, if given.</param>
    public EvaluationPlansSpec(CallerScope scope, string? opdCode = null)
        : base(scope)
    {
        if (opdCode is not null)
        {
            Query.Where(p => p.OpdCode == opdCode);
        }

        Query.OrderBy(p => p.RunEnd).ThenBy(p => p.Id);
    }
}

/// <summary>
/// Whether a course run already has an evaluation plan anywhere. Not scoped on purpose: a run has one plan whoever
/// created it; it is used only with <c>AnyAsync</c> and returns no data.
/// </summary>
public sealed class EvaluationPlanForRunSpec : Specification<EvaluationPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="courseRunId">The course run.</param>
    public EvaluationPlanForRunSpec(CourseRunId courseRunId) => Query.Where(p => p.CourseRunId == courseRunId);
}

/// <summary>One SKM survey by identifier, within the caller's scope.</summary>
public sealed class SkmSurveyByIdSpec : ScopedSpecification<SkmSurvey>, ISingleResultSpecification<SkmSurvey>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The survey.</param>
    public SkmSurveyByIdSpec(CallerScope scope, SkmSurveyId id)
        : base(scope) => Query.Where(s => s.Id == id);
}

/// <summary>SKM surveys within the caller's scope, optionally of one OPD, ordered by period end, then identifier.</summary>
public sealed class SkmSurveysSpec : ScopedSpecification<SkmSurvey>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="opdCode">Only this OPD's, if given.</param>
    public SkmSurveysSpec(CallerScope scope, string? opdCode = null)
        : base(scope)
    {
        if (opdCode is not null)
        {
            Query.Where(s => s.OpdCode == opdCode);
        }

        Query.OrderBy(s => s.PeriodEnd).ThenBy(s => s.Id);
    }
}
