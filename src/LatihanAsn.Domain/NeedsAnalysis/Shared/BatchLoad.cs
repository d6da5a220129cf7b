using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// What the needs-analysis batch requests load: every employee and position the rows name, in one query per kind within
/// the caller's scope, and the per-row look-ups that refuse, as the single-row loaders do, what is not found there.
/// </summary>
internal static class BatchLoad
{
    /// <summary>The employees of the caller's scope among <paramref name="ids"/>, by identifier (one query).</summary>
    public static async Task<Dictionary<EmployeeId, Employee>> EmployeesAsync(IReadRepositoryBase<Employee> employees, CallerScope scope, IEnumerable<EmployeeId> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        return distinct.Length == 0
            ? []
            : (await employees.ListAsync(new EmployeesSpec(scope, ids: distinct), cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id);
    }

    /// <summary>The positions of the caller's scope among <paramref name="ids"/>, by identifier (one query).</summary>
    public static async Task<Dictionary<PositionId, Position>> PositionsAsync(IReadRepositoryBase<Position> positions, CallerScope scope, IEnumerable<PositionId> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToArray();
        return distinct.Length == 0
            ? []
            : (await positions.ListAsync(new PositionsSpec(scope, distinct), cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
    }

    /// <summary>A row's employee, or <see cref="NotFoundInScopeException"/> as <c>Load.EmployeeAsync</c> throws it.</summary>
    public static Employee Employee(Dictionary<EmployeeId, Employee> found, EmployeeId id) =>
        found.TryGetValue(id, out var employee) ? employee : throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), id.ToString());

    /// <summary>A row's position, or <see cref="NotFoundInScopeException"/> as <c>Load.PositionAsync</c> throws it.</summary>
    public static Position Position(Dictionary<PositionId, Position> found, PositionId id) =>
        found.TryGetValue(id, out var position) ? position : throw new NotFoundInScopeException(Messages.Get("Competencies_Position"), id.ToString());
}
