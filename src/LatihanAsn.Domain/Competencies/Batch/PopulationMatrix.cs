using Ardalis.GuardClauses;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// A population in columnar form, for national-scale batch rules: one row per employee, one column per competency,
/// levels as bytes in two flat arrays (struct of arrays, row-major: index <c>employee * CompetencyCount + competency</c>).
/// A required level of 0 means "not required by this employee's standard"; an actual level of 0 means "not assessed".
/// </summary>
/// <remarks>4.3 million employees by 9 competencies take about 39 MB per matrix. The buffers are exposed as spans so
/// a host fills them straight from its store without per-cell objects. Not thread-safe while being filled.</remarks>
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

    /// <summary>Gets the required levels (0-5, 0 = not required), row-major.</summary>
    public Span<byte> RequiredLevels => _required;

    /// <summary>Gets the actual levels (0-5, 0 = not assessed), row-major.</summary>
    public Span<byte> ActualLevels => _actual;

    /// <summary>Gets each employee's group index.</summary>
    public Span<int> GroupIndexes => _group;

    /// <summary>Fills one row.</summary>
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
        }

        required.CopyTo(_required.AsSpan(employee * CompetencyCount, CompetencyCount));
        actual.CopyTo(_actual.AsSpan(employee * CompetencyCount, CompetencyCount));
        _group[employee] = group;
    }

    internal ReadOnlySpan<byte> Required => _required;

    internal ReadOnlySpan<byte> Actual => _actual;

    internal ReadOnlySpan<int> Groups => _group;
}
