namespace LatihanAsn.Domain.Competencies;

/// <summary>Identifies a competency framework version.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct FrameworkId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static FrameworkId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a position (jabatan).</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct PositionId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static PositionId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an employee (ASN).</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct EmployeeId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static EmployeeId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a competency assessment.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>
/// Ordered as <see cref="Guid.CompareTo(Guid)"/> orders <see cref="Value"/>; this breaks ties in the order of
/// <see cref="AssessmentsSpec"/>. A store that keeps the value as its 36-character text (either case) or as its 16 bytes
/// in RFC 4122 (big-endian) order sorts it the same way.
/// </remarks>
public readonly record struct AssessmentId(Guid Value) : IComparable<AssessmentId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static AssessmentId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(AssessmentId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is AssessmentId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not an AssessmentId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an OPD (work unit).</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct OpdId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static OpdId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
