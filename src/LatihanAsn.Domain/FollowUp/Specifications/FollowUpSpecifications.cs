using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>One run by identifier, within the caller's scope.</summary>
public sealed class CourseRunByIdSpec : ScopedSpecification<CourseRun>, ISingleResultSpecification<CourseRun>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The run.</param>
    public CourseRunByIdSpec(CallerScope scope, CourseRunId id)
        : base(scope) => Query.Where(r => r.Id == id);
}

/// <summary>Runs within the caller's scope, optionally of a plan or in a status: by first day, then identifier.</summary>
public sealed class CourseRunsSpec : ScopedSpecification<CourseRun>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="planId">Only this plan's, if given.</param>
    /// <param name="status">Only runs in this status, if given.</param>
    /// <param name="line">Only this plan line's, if given (with <paramref name="planId"/>).</param>
    public CourseRunsSpec(CallerScope scope, TrainingPlanId? planId = null, RunStatus? status = null, int? line = null)
        : base(scope)
    {
        if (planId is { } p)
        {
            Query.Where(r => r.PlanId == p);
        }

        if (line is { } l)
        {
            Query.Where(r => r.LineNumber == l);
        }

        if (status is { } s)
        {
            Query.Where(r => r.Status == s);
        }

        Query.OrderBy(r => r.Start).ThenBy(r => r.Id);
    }
}

/// <summary>Certificates within the caller's scope, optionally of an employee or a course: by issue day, then identifier.</summary>
public sealed class CertificatesSpec : ScopedSpecification<Certificate>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="employeeId">Only this employee's, if given.</param>
    /// <param name="courseId">Only this course's, if given.</param>
    /// <param name="regionCode">Only this region's, if given.</param>
    public CertificatesSpec(CallerScope scope, EmployeeId? employeeId = null, CourseId? courseId = null, string? regionCode = null)
        : base(scope)
    {
        if (employeeId is { } e)
        {
            Query.Where(c => c.EmployeeId == e);
        }

        if (courseId is { } c)
        {
            Query.Where(x => x.CourseId == c);
        }

        if (regionCode is not null)
        {
            Query.Where(x => x.RegionCode == regionCode);
        }

        Query.OrderBy(x => x.IssuedOn).ThenBy(x => x.Id);
    }
}

/// <summary>Certificates of one course held by some employees, within the caller's scope.</summary>
internal sealed class CertificatesOfCourseSpec : ScopedSpecification<Certificate>
{
    public CertificatesOfCourseSpec(CallerScope scope, CourseId courseId, IReadOnlyCollection<EmployeeId> employeeIds)
        : base(scope)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        Query.Where(c => c.CourseId == courseId && employeeIds.Contains(c.EmployeeId));
        Query.OrderBy(c => c.IssuedOn).ThenBy(c => c.Id);
    }
}

/// <summary>One mentoring plan by identifier, within the caller's scope (the mentee's).</summary>
public sealed class MentoringPlanByIdSpec : ScopedSpecification<MentoringPlan>, ISingleResultSpecification<MentoringPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The plan.</param>
    public MentoringPlanByIdSpec(CallerScope scope, MentoringPlanId id)
        : base(scope) => Query.Where(p => p.Id == id);
}

/// <summary>Mentoring plans within the caller's scope (the mentee's), optionally only active ones: by start, then identifier.</summary>
public sealed class MentoringPlansSpec : ScopedSpecification<MentoringPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="activeOnly">Only active plans.</param>
    public MentoringPlansSpec(CallerScope scope, bool activeOnly = false)
        : base(scope)
    {
        if (activeOnly)
        {
            Query.Where(p => p.Status == MentoringStatus.Active);
        }

        Query.OrderBy(p => p.StartedOn).ThenBy(p => p.Id);
    }
}

/// <summary>
/// Active mentoring plans of some mentors, wherever their mentees are. Not scoped on purpose: a mentor's load counts
/// every mentee; used only to count load, returning no mentee data to the caller. Ordered by identifier.
/// </summary>
public sealed class ActiveMentoringOfMentorsSpec : Specification<MentoringPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="mentors">The mentors.</param>
    public ActiveMentoringOfMentorsSpec(IReadOnlyCollection<EmployeeId> mentors) =>
        Query.Where(p => p.Status == MentoringStatus.Active && mentors.Contains(p.MentorId)).OrderBy(p => p.Id);
}

/// <summary>One action plan by identifier, within the caller's scope.</summary>
public sealed class ActionPlanByIdSpec : ScopedSpecification<ActionPlan>, ISingleResultSpecification<ActionPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The plan.</param>
    public ActionPlanByIdSpec(CallerScope scope, ActionPlanId id)
        : base(scope) => Query.Where(p => p.Id == id);
}

/// <summary>Action plans within the caller's scope, optionally only active ones: by identifier.</summary>
public sealed class ActionPlansSpec : ScopedSpecification<ActionPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="activeOnly">Only plans not signed off.</param>
    public ActionPlansSpec(CallerScope scope, bool activeOnly = false)
        : base(scope)
    {
        if (activeOnly)
        {
            Query.Where(p => p.Status == ActionPlanStatus.Active);
        }

        Query.OrderBy(p => p.Id);
    }
}
