namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Identifies a needs survey.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct SurveyId(Guid Value) : IComparable<SurveyId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static SurveyId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(SurveyId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is SurveyId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a SurveyId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies one respondent's response to a needs survey.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct SurveyResponseId(Guid Value) : IComparable<SurveyResponseId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static SurveyResponseId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(SurveyResponseId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is SurveyResponseId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a SurveyResponseId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an employee's learning-hours ledger for one year.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct LedgerId(Guid Value) : IComparable<LedgerId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static LedgerId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(LedgerId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is LedgerId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a LedgerId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a performance appraisal.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct AppraisalId(Guid Value) : IComparable<AppraisalId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static AppraisalId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(AppraisalId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is AppraisalId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a AppraisalId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
