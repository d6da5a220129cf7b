namespace LatihanAsn.Domain.Programs;

/// <summary>Identifies a course in the catalogue.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct CourseId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CourseId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>
/// Identifies a course run: one delivery of a course in one mode, for one cohort, at one place and on given dates.
/// It is the unit that is planned, run, attended and evaluated.
/// </summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct CourseRunId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CourseRunId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a yearly training plan (one version of it).</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct TrainingPlanId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static TrainingPlanId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
