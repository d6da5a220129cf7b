using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>One employee by identifier, within the caller's scope.</summary>
public sealed class EmployeeByIdSpec : ScopedSpecification<Employee>, ISingleResultSpecification<Employee>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The employee.</param>
    public EmployeeByIdSpec(CallerScope scope, EmployeeId id)
        : base(scope) => Query.Where(e => e.Id == id);
}

/// <summary>Employees within the caller's scope, optionally narrowed to a region, an OPD or some employees, ordered by NIP.</summary>
public sealed class EmployeesSpec : ScopedSpecification<Employee>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="regionCode">Only this region, if given.</param>
    /// <param name="opdCode">Only this OPD, if given.</param>
    /// <param name="ids">Only these employees, if given.</param>
    public EmployeesSpec(CallerScope scope, string? regionCode = null, string? opdCode = null, IReadOnlyCollection<EmployeeId>? ids = null)
        : base(scope)
    {
        if (regionCode is not null)
        {
            Query.Where(e => e.RegionCode == regionCode);
        }

        if (opdCode is not null)
        {
            Query.Where(e => e.OpdCode == opdCode);
        }

        if (ids is not null)
        {
            Query.Where(e => ids.Contains(e.Id));
        }

        Query.OrderBy(e => e.Nip);
    }
}

/// <summary>
/// Whether a NIP is registered anywhere. Not scoped on purpose: a NIP is unique nationally, so registration must see
/// every record; it is used only with <c>AnyAsync</c> and returns no data.
/// </summary>
public sealed class EmployeeWithNipSpec : Specification<Employee>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="nip">The NIP.</param>
    public EmployeeWithNipSpec(Nip nip) => Query.Where(e => e.Nip == nip);
}

/// <summary>
/// Which of some NIPs are registered anywhere: the registered ones among them, nothing else. Not scoped on purpose, as
/// <see cref="EmployeeWithNipSpec"/>: a NIP is unique nationally, so an import must see every record; it returns only
/// NIPs the caller already named, no employee's data. One query for a whole batch.
/// </summary>
public sealed class RegisteredNipsSpec : Specification<Employee, Nip>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="nips">The NIPs to look for (a set, so that a store evaluating in memory looks each up once).</param>
    public RegisteredNipsSpec(IReadOnlyCollection<Nip> nips)
    {
        ArgumentNullException.ThrowIfNull(nips);
        Query.Where(e => nips.Contains(e.Nip));
        Query.Select(e => e.Nip);
    }
}

/// <summary>One position by identifier, within the caller's scope.</summary>
public sealed class PositionByIdSpec : ScopedSpecification<Position>, ISingleResultSpecification<Position>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The position.</param>
    public PositionByIdSpec(CallerScope scope, PositionId id)
        : base(scope) => Query.Where(p => p.Id == id);
}

/// <summary>Positions within the caller's scope, optionally only some, ordered by code.</summary>
public sealed class PositionsSpec : ScopedSpecification<Position>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="ids">Only these positions, if given.</param>
    public PositionsSpec(CallerScope scope, IReadOnlyCollection<PositionId>? ids = null)
        : base(scope)
    {
        if (ids is not null)
        {
            Query.Where(p => ids.Contains(p.Id));
        }

        Query.OrderBy(p => p.Code);
    }
}

/// <summary>Whether a position code is in use anywhere (not scoped: codes are unique across the host; used with <c>AnyAsync</c>).</summary>
public sealed class PositionWithCodeSpec : Specification<Position>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="code">The position code.</param>
    public PositionWithCodeSpec(string code) => Query.Where(p => p.Code == code);
}

/// <summary>One OPD by code, within the caller's scope.</summary>
public sealed class OpdByCodeSpec : ScopedSpecification<Opd>, ISingleResultSpecification<Opd>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="opdCode">The OPD code.</param>
    public OpdByCodeSpec(CallerScope scope, string opdCode)
        : base(scope) => Query.Where(o => o.OpdCode == opdCode);
}

/// <summary>Whether an OPD code is in use anywhere (not scoped: codes are unique across the host; used with <c>AnyAsync</c>).</summary>
public sealed class OpdWithCodeSpec : Specification<Opd>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="opdCode">The OPD code.</param>
    public OpdWithCodeSpec(string opdCode) => Query.Where(o => o.OpdCode == opdCode);
}

/// <summary>
/// Every version of a framework, newest first. Frameworks are national or agency reference data, readable by every
/// caller, so this specification is not scoped.
/// </summary>
public sealed class FrameworkVersionsSpec : Specification<CompetencyFramework>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="code">The framework code.</param>
    public FrameworkVersionsSpec(string code) => Query.Where(f => f.Code == code).OrderByDescending(f => f.Version);
}

/// <summary>Every framework version in force on a day (not scoped: reference data).</summary>
public sealed class FrameworksInForceSpec : Specification<CompetencyFramework>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="date">The day.</param>
    public FrameworksInForceSpec(DateOnly date) =>
        Query.Where(f => f.ValidFrom <= date && (f.ValidTo == null || f.ValidTo >= date)).OrderBy(f => f.Code);
}

/// <summary>
/// Every framework version in force on at least one day from <c>from</c> to <c>to</c> (not scoped: reference data), so
/// that a batch of assessments spread over many days reads the frameworks once.
/// </summary>
public sealed class FrameworksInForceBetweenSpec : Specification<CompetencyFramework>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day (not before <paramref name="from"/>).</param>
    public FrameworksInForceBetweenSpec(DateOnly from, DateOnly to) =>
        Query.Where(f => f.ValidFrom <= to && (f.ValidTo == null || f.ValidTo >= from)).OrderBy(f => f.Code).ThenBy(f => f.Version);
}

/// <summary>One assessment by identifier, within the caller's scope.</summary>
public sealed class AssessmentByIdSpec : ScopedSpecification<CompetencyAssessment>, ISingleResultSpecification<CompetencyAssessment>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="id">The assessment.</param>
    public AssessmentByIdSpec(CallerScope scope, AssessmentId id)
        : base(scope) => Query.Where(a => a.Id == id);
}

/// <summary>Some assessments by identifier, within the caller's scope, ordered by identifier.</summary>
public sealed class AssessmentsByIdsSpec : ScopedSpecification<CompetencyAssessment>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="ids">The assessments (a set, so that a store evaluating in memory looks each up once).</param>
    public AssessmentsByIdsSpec(CallerScope scope, IReadOnlyCollection<AssessmentId> ids)
        : base(scope)
    {
        ArgumentNullException.ThrowIfNull(ids);
        Query.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id);
    }
}

/// <summary>
/// Assessments within the caller's scope: of one employee, or of a region or OPD; ordered by day, then by identifier
/// (a total order, so that every store lists them alike).
/// </summary>
public sealed class AssessmentsSpec : ScopedSpecification<CompetencyAssessment>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="employeeId">Only this employee's, if given.</param>
    /// <param name="regionCode">Only this region's, if given.</param>
    /// <param name="opdCode">Only this OPD's, if given.</param>
    /// <param name="status">Only this status, if given.</param>
    public AssessmentsSpec(CallerScope scope, EmployeeId? employeeId = null, string? regionCode = null, string? opdCode = null, AssessmentStatus? status = null)
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

        if (status is { } s)
        {
            Query.Where(a => a.Status == s);
        }

        Query.OrderBy(a => a.AssessedOn).ThenBy(a => a.Id);
    }
}

/// <summary>
/// Assessments of some employees within the caller's scope, optionally of one status, ordered as
/// <see cref="AssessmentsSpec"/>: by day assessed, then identifier. For a known set of employees (a run's participants),
/// so the store reads their assessments only.
/// </summary>
public sealed class AssessmentsOfEmployeesSpec : ScopedSpecification<CompetencyAssessment>
{
    /// <summary>Initialises the specification.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="employeeIds">The employees.</param>
    /// <param name="status">Only this status, if given.</param>
    public AssessmentsOfEmployeesSpec(CallerScope scope, IReadOnlyCollection<EmployeeId> employeeIds, AssessmentStatus? status = null)
        : base(scope)
    {
        ArgumentNullException.ThrowIfNull(employeeIds);
        Query.Where(a => employeeIds.Contains(a.EmployeeId));
        if (status is { } s)
        {
            Query.Where(a => a.Status == s);
        }

        Query.OrderBy(a => a.AssessedOn).ThenBy(a => a.Id);
    }
}
