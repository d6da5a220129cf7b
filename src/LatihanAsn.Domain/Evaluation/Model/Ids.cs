namespace LatihanAsn.Domain.Evaluation;

/// <summary>Identifies the evaluation plan of one course run (and the measurements recorded against it).</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct EvaluationPlanId(Guid Value) : IComparable<EvaluationPlanId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static EvaluationPlanId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(EvaluationPlanId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is EvaluationPlanId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not an EvaluationPlanId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a public satisfaction survey (SKM) of a service unit for one period.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct SkmSurveyId(Guid Value) : IComparable<SkmSurveyId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static SkmSurveyId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(SkmSurveyId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>ThenBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is SkmSurveyId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not an SkmSurveyId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
