namespace LatihanAsn.Domain.Evaluation;

/// <summary>Identifies the evaluation plan of one course run (and the measurements recorded against it).</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct EvaluationPlanId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static EvaluationPlanId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a public satisfaction survey (SKM) of a service unit for one period.</summary>
/// <param name="Value">The underlying value.</param>
public readonly record struct SkmSurveyId(Guid Value)
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static SkmSurveyId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
