namespace LatihanAsn.Domain.Programs;

/// <summary>Identifies a course in the catalogue.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct CourseId(Guid Value) : IComparable<CourseId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CourseId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(CourseId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is CourseId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a CourseId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Identifies a course run: one delivery of a course in one mode, for one cohort, at one place and on given dates.
/// It is the unit that is planned, run, attended and evaluated.
/// </summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct CourseRunId(Guid Value) : IComparable<CourseRunId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CourseRunId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(CourseRunId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is CourseRunId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a CourseRunId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a yearly training plan (one version of it).</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct TrainingPlanId(Guid Value) : IComparable<TrainingPlanId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static TrainingPlanId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(TrainingPlanId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is TrainingPlanId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a TrainingPlanId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
