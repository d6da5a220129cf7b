using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>A course was added to the catalogue.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Code">Its code.</param>
public sealed record CourseDefined(CourseId CourseId, string Code) : DomainEvent;

/// <summary>A course's details were replaced.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Code">Its code.</param>
public sealed record CourseUpdated(CourseId CourseId, string Code) : DomainEvent;

/// <summary>A course was withdrawn from the catalogue.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="Code">Its code.</param>
public sealed record CourseWithdrawn(CourseId CourseId, string Code) : DomainEvent;

/// <summary>A region's reach was set.</summary>
/// <param name="RegionCode">The region.</param>
/// <param name="Connectivity">Its connectivity.</param>
public sealed record RegionReachSet(string RegionCode, Connectivity Connectivity) : DomainEvent;

/// <summary>A yearly training plan was composed as a draft.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Year">The year.</param>
/// <param name="Version">Its version.</param>
/// <param name="Lines">How many lines (course runs) it has.</param>
public sealed record TrainingPlanComposed(TrainingPlanId PlanId, int Year, int Version, int Lines) : DomainEvent;

/// <summary>A plan was submitted for approval.</summary>
/// <param name="PlanId">The plan.</param>
public sealed record TrainingPlanSubmitted(TrainingPlanId PlanId) : DomainEvent;

/// <summary>A plan was approved: it will not be edited again, only revised as a new version.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Year">The year.</param>
/// <param name="Version">The approved version.</param>
/// <param name="ApprovedBy">Who approved it.</param>
/// <param name="Budget">Its total budget, in rupiah.</param>
public sealed record TrainingPlanApproved(TrainingPlanId PlanId, int Year, int Version, string ApprovedBy, decimal Budget) : DomainEvent;

/// <summary>A submitted plan was returned with a reason.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Reason">Why.</param>
public sealed record TrainingPlanReturned(TrainingPlanId PlanId, string Reason) : DomainEvent;

/// <summary>An approved plan was revised as a new draft version.</summary>
/// <param name="PlanId">The approved plan.</param>
/// <param name="RevisionId">The new draft version.</param>
/// <param name="Version">The new version number.</param>
public sealed record TrainingPlanRevised(TrainingPlanId PlanId, TrainingPlanId RevisionId, int Version) : DomainEvent;
