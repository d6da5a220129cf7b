using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// A population in columnar form for national-scale batch rules (struct of arrays): one column per competency, each a
/// contiguous run of one byte per employee, in two matrices (required and actual levels), plus each employee's group.
/// Index <c>competency * EmployeeCount + employee</c>. A required level of 0 means "not required by this employee's
/// standard"; an actual level of 0 means "not assessed".
/// </summary>
/// <remarks>
/// 4.3 million employees by 9 competencies take about 39 MB per matrix. The buffers are spans so a host fills them
/// straight from its store, a column at a time, without per-cell objects. When employees are stored group by group
/// (all rows of group 0, then group 1, ...), the batch rules take a vectorised path; any order is accepted.
/// Not thread-safe while being filled.
/// </remarks>
public sealed class PopulationMatrix
{
    private readonly byte[] _required;
    private readonly byte[] _actual;
    private readonly int[] _group;

    /// <summary>Initialises an empty matrix (all levels 0, every employee in group 0).</summary>
    /// <param name="competencies">The competencies, one per column; distinct.</param>
    /// <param name="employeeCount">The number of rows.</param>
    /// <param name="groupKeys">The group keys; an employee's group is an index into it.</param>
    /// <exception cref="ArgumentException">No competencies, duplicates, or no group.</exception>
    public PopulationMatrix(IReadOnlyList<CompetencyCode> competencies, int employeeCount, IReadOnlyList<string> groupKeys)
    {
        Guard.Against.Null(competencies);
        Guard.Against.Null(groupKeys);
        Guard.Against.Negative(employeeCount);
        if (competencies.Count == 0 || competencies.Distinct().Count() != competencies.Count)
        {
            throw new ArgumentException("The matrix needs distinct competencies.", nameof(competencies));
        }

        if (groupKeys.Count == 0 || groupKeys.Distinct(StringComparer.Ordinal).Count() != groupKeys.Count)
        {
            throw new ArgumentException("The matrix needs at least one group and distinct group keys.", nameof(groupKeys));
        }

        Competencies = [.. competencies];
        GroupKeys = [.. groupKeys];
        EmployeeCount = employeeCount;
        _required = new byte[checked(employeeCount * competencies.Count)];
        _actual = new byte[_required.Length];
        _group = new int[employeeCount];
    }

    /// <summary>Gets the competencies, one per column.</summary>
    public IReadOnlyList<CompetencyCode> Competencies { get; }

    /// <summary>Gets the number of columns.</summary>
    public int CompetencyCount => Competencies.Count;

    /// <summary>Gets the number of rows.</summary>
    public int EmployeeCount { get; }

    /// <summary>Gets the group keys.</summary>
    public IReadOnlyList<string> GroupKeys { get; }

    /// <summary>Gets every required level (0-5, 0 = not required), column after column.</summary>
    public Span<byte> RequiredLevels => _required;

    /// <summary>Gets every actual level (0-5, 0 = not assessed), column after column.</summary>
    public Span<byte> ActualLevels => _actual;

    /// <summary>Gets each employee's group index.</summary>
    public Span<int> GroupIndexes => _group;

    internal ReadOnlySpan<byte> Required => _required;

    internal ReadOnlySpan<byte> Actual => _actual;

    internal ReadOnlySpan<int> Groups => _group;

    /// <summary>Gets the required levels of one competency, one byte per employee.</summary>
    /// <param name="competency">The column.</param>
    /// <returns>The column.</returns>
    public Span<byte> RequiredColumn(int competency) => _required.AsSpan(Guard.Against.OutOfRange(competency, nameof(competency), 0, CompetencyCount - 1) * EmployeeCount, EmployeeCount);

    /// <summary>Gets the actual levels of one competency, one byte per employee.</summary>
    /// <param name="competency">The column.</param>
    /// <returns>The column.</returns>
    public Span<byte> ActualColumn(int competency) => _actual.AsSpan(Guard.Against.OutOfRange(competency, nameof(competency), 0, CompetencyCount - 1) * EmployeeCount, EmployeeCount);

    /// <summary>Fills one row (one employee across every column).</summary>
    /// <param name="employee">The row.</param>
    /// <param name="group">The group index.</param>
    /// <param name="required">Required levels, one per column.</param>
    /// <param name="actual">Actual levels, one per column.</param>
    /// <exception cref="ArgumentOutOfRangeException">A row, group or level out of range.</exception>
    public void SetRow(int employee, int group, ReadOnlySpan<byte> required, ReadOnlySpan<byte> actual)
    {
        Guard.Against.OutOfRange(employee, nameof(employee), 0, EmployeeCount - 1);
        Guard.Against.OutOfRange(group, nameof(group), 0, GroupKeys.Count - 1);
        if (required.Length != CompetencyCount || actual.Length != CompetencyCount)
        {
            throw new ArgumentException("A row needs one level per competency.");
        }

        for (var k = 0; k < CompetencyCount; k++)
        {
            if (required[k] > ProficiencyLevel.MaxValue || actual[k] > ProficiencyLevel.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(required), $"Levels are 0 to 5 (row {employee}, column {k}).");
            }

            _required[(k * EmployeeCount) + employee] = required[k];
            _actual[(k * EmployeeCount) + employee] = actual[k];
        }

        _group[employee] = group;
    }

    /// <summary>Returns the row ranges of each group when rows are stored group by group (non-decreasing group index).</summary>
    /// <returns>For each group, its first row and row count; <see langword="null"/> when the rows are not grouped.</returns>
    internal (int Start, int Count)[]? GroupRanges() => GroupRanging.Of(_group, GroupKeys.Count);
}
