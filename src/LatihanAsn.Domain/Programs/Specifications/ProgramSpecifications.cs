using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>Courses of the catalogue (reference data, not scoped): all, the active ones, or some, ordered by code.</summary>
public sealed class CoursesSpec : Specification<Course>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="activeOnly">Only courses not withdrawn.</param>
    /// <param name="ids">Only these courses, if given.</param>
    public CoursesSpec(bool activeOnly = false, IReadOnlyCollection<CourseId>? ids = null)
    {
        if (activeOnly)
        {
            Query.Where(c => !c.Withdrawn);
        }

        if (ids is not null)
        {
            Query.Where(c => ids.Contains(c.Id));
        }

        Query.OrderBy(c => c.Code);
    }
}

/// <summary>One course by identifier (reference data, not scoped).</summary>
public sealed class CourseByIdSpec : Specification<Course>, ISingleResultSpecification<Course>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="id">The course.</param>
    public CourseByIdSpec(CourseId id) => Query.Where(c => c.Id == id);
}

/// <summary>Courses with a code (reference data, not scoped): codes are unique.</summary>
public sealed class CourseWithCodeSpec : Specification<Course>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="code">The code.</param>
    public CourseWithCodeSpec(string code) => Query.Where(c => c.Code == code);
}

/// <summary>Every region's reach, or one region's, ordered by region code (reference data, not scoped).</summary>
public sealed class RegionReachSpec : Specification<RegionReach>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="regionCode">Only this region, if given.</param>
    public RegionReachSpec(string? regionCode = null)
    {
        if (regionCode is not null)
        {
            Query.Where(r => r.RegionCode == regionCode);
        }

        Query.OrderBy(r => r.RegionCode);
    }
}

/// <summary>One training plan by identifier, within the caller's scope.</summary>
public sealed class TrainingPlanByIdSpec : ScopedSpecification<TrainingPlan>, ISingleResultSpecification<TrainingPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The plan.</param>
    public TrainingPlanByIdSpec(CallerScope scope, TrainingPlanId id)
        : base(scope) => Query.Where(p => p.Id == id);
}

/// <summary>
/// A plan within the caller's scope as its store holds it now, if approved: a store answers <c>AnyAsync</c> from its
/// committed data, so this sees an approval committed by a concurrent request after the plan was loaded.
/// </summary>
internal sealed class ApprovedTrainingPlanSpec : ScopedSpecification<TrainingPlan>
{
    public ApprovedTrainingPlanSpec(CallerScope scope, TrainingPlanId id)
        : base(scope) => Query.Where(p => p.Id == id && p.Status == PlanStatus.Approved);
}

/// <summary>Training plans within the caller's scope, optionally of a year: by year, version, then identifier.</summary>
public sealed class TrainingPlansSpec : ScopedSpecification<TrainingPlan>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="year">Only this year's, if given.</param>
    /// <param name="status">Only plans in this status, if given.</param>
    public TrainingPlansSpec(CallerScope scope, int? year = null, PlanStatus? status = null)
        : base(scope)
    {
        if (year is { } y)
        {
            Query.Where(p => p.Year == y);
        }

        if (status is { } s)
        {
            Query.Where(p => p.Status == s);
        }

        Query.OrderBy(p => p.Year).ThenBy(p => p.Version).ThenBy(p => p.Id);
    }
}
