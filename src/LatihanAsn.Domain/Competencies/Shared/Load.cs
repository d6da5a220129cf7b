using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Loads the aggregates a command names, within the caller's scope, or throws <see cref="NotFoundInScopeException"/>
/// (code <c>not_found</c>): a missing aggregate is never a validation error, and each is loaded once, by the handler.
/// </summary>
internal static class Load
{
    public static async Task<Employee> EmployeeAsync(IReadRepositoryBase<Employee> employees, CallerScope scope, EmployeeId id, CancellationToken cancellationToken) =>
        await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), id.ToString());

    public static async Task<Position> PositionAsync(IReadRepositoryBase<Position> positions, CallerScope scope, PositionId id, CancellationToken cancellationToken) =>
        await positions.FirstOrDefaultAsync(new PositionByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Position"), id.ToString());

    public static async Task<CompetencyAssessment> AssessmentAsync(IReadRepositoryBase<CompetencyAssessment> assessments, CallerScope scope, AssessmentId id, CancellationToken cancellationToken) =>
        await assessments.FirstOrDefaultAsync(new AssessmentByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Assessment"), id.ToString());

    public static async Task<Opd> OpdAsync(IReadRepositoryBase<Opd> opds, CallerScope scope, string opdCode, CancellationToken cancellationToken) =>
        await opds.FirstOrDefaultAsync(new OpdByCodeSpec(scope, opdCode.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("OPD", opdCode);

    /// <summary>The current (latest) version of a framework; frameworks are reference data, so there is no scope.</summary>
    public static async Task<CompetencyFramework> CurrentFrameworkAsync(IReadRepositoryBase<CompetencyFramework> frameworks, string code, CancellationToken cancellationToken) =>
        await frameworks.FirstOrDefaultAsync(new FrameworkVersionsSpec(code.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Framework"), code);
}
