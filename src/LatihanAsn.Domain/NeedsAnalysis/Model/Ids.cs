namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Identifies a needs survey.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct SurveyId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static SurveyId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies one respondent's response to a needs survey.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct SurveyResponseId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static SurveyResponseId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an employee's learning-hours ledger for one year.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct LedgerId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static LedgerId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a performance appraisal.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct AppraisalId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static AppraisalId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
