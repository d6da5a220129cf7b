using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>A framework version was defined.</summary>
/// <param name="FrameworkId">The version's identifier.</param>
/// <param name="Code">The framework code.</param>
/// <param name="Version">The version number.</param>
public sealed record FrameworkDefined(FrameworkId FrameworkId, string Code, int Version) : DomainEvent;

/// <summary>A framework version was succeeded by a newer one.</summary>
/// <param name="FrameworkId">The retired version's identifier.</param>
/// <param name="Code">The framework code.</param>
/// <param name="Version">The retired version number.</param>
/// <param name="ValidTo">Its last day in force.</param>
public sealed record FrameworkRetired(FrameworkId FrameworkId, string Code, int Version, DateOnly ValidTo) : DomainEvent;

/// <summary>An OPD was registered.</summary>
/// <param name="OpdId">The OPD's identifier.</param>
/// <param name="OpdCode">The OPD code.</param>
/// <param name="RegionCode">Its region.</param>
public sealed record OpdRegistered(OpdId OpdId, string OpdCode, string RegionCode) : DomainEvent;

/// <summary>A position was defined.</summary>
/// <param name="PositionId">The position's identifier.</param>
/// <param name="Code">The position code.</param>
/// <param name="Kind">The kind of position.</param>
public sealed record PositionDefined(PositionId PositionId, string Code, PositionKind Kind) : DomainEvent;

/// <summary>A competency standard (SKJ) was defined for a position.</summary>
/// <param name="PositionId">The position.</param>
/// <param name="ValidFrom">First day of the new standard.</param>
/// <param name="RequirementCount">How many competencies it requires.</param>
public sealed record StandardDefined(PositionId PositionId, DateOnly ValidFrom, int RequirementCount) : DomainEvent;

/// <summary>An employee was registered.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Nip">The NIP.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
public sealed record EmployeeRegistered(EmployeeId EmployeeId, Nip Nip, string RegionCode, string OpdCode) : DomainEvent;

/// <summary>An employee moved to another position, OPD or region.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="PositionId">The new position.</param>
/// <param name="RegionCode">The new region.</param>
/// <param name="OpdCode">The new OPD.</param>
public sealed record EmployeeTransferred(EmployeeId EmployeeId, PositionId PositionId, string RegionCode, string OpdCode) : DomainEvent;

/// <summary>An assessment was recorded.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="EmployeeId">The assessed employee.</param>
/// <param name="Source">Its source.</param>
/// <param name="Status">Its status when recorded (confirmed, or pending confirmation).</param>
public sealed record AssessmentRecorded(AssessmentId AssessmentId, EmployeeId EmployeeId, AssessmentSource Source, AssessmentStatus Status) : DomainEvent;

/// <summary>An assessment was superseded by a newer one.</summary>
/// <param name="AssessmentId">The superseded assessment.</param>
/// <param name="SupersededBy">The assessment that replaces it.</param>
public sealed record AssessmentSuperseded(AssessmentId AssessmentId, AssessmentId SupersededBy) : DomainEvent;

/// <summary>Evidence was appended to an assessment.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="Evidence">The new evidence.</param>
public sealed record AssessmentEvidenceAdded(AssessmentId AssessmentId, EvidenceItem Evidence) : DomainEvent;

/// <summary>A pending assessment was confirmed and now counts in the profile.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="ConfirmedBy">Who confirmed it.</param>
public sealed record AssessmentConfirmed(AssessmentId AssessmentId, EmployeeId EmployeeId, string ConfirmedBy) : DomainEvent;

/// <summary>A pending assessment was rejected.</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="EmployeeId">The employee.</param>
/// <param name="RejectedBy">Who rejected it.</param>
/// <param name="Reason">Why.</param>
public sealed record AssessmentRejected(AssessmentId AssessmentId, EmployeeId EmployeeId, string RejectedBy, string Reason) : DomainEvent;

/// <summary>The position an employee is to hold was named or cleared.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="PositionId">The position to be held, or <see langword="null"/> when cleared.</param>
/// <param name="Move">Why.</param>
public sealed record PositionToBeHeldNamed(EmployeeId EmployeeId, PositionId? PositionId, CareerMove? Move) : DomainEvent;
