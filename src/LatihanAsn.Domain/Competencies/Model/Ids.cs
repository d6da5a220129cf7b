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
public readonly record struct AssessmentId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static AssessmentId New() => new(Guid.NewGuid());

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
