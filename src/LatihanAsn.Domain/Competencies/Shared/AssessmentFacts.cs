using Ardalis.Specification;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// What a profile takes from an assessment (<see cref="ProfileRule"/>): a projection, so that a province's profiles are
/// read without its assessments' evidence, assessors and the rest of the aggregates.
/// </summary>
internal sealed record AssessmentFacts(
    AssessmentId Id,
    EmployeeId EmployeeId,
    AssessmentStatus Status,
    DateOnly AssessedOn,
    AssessmentSource Source,
    DateTimeOffset RecordedAt,
    IReadOnlyList<AssessedLevel> Levels)
{
    public static AssessmentFacts Of(CompetencyAssessment assessment) => new(
        assessment.Id, assessment.EmployeeId, assessment.Status, assessment.AssessedOn, assessment.Source, assessment.RecordedAt, assessment.Levels);
}

/// <summary>
/// The filters and order of an assessments specification, projected to <see cref="AssessmentFacts"/> and read-only:
/// the same rows in the same order, fewer columns.
/// </summary>
internal sealed class AssessmentFactsSpec : Specification<CompetencyAssessment, AssessmentFacts>
{
    public AssessmentFactsSpec(Specification<CompetencyAssessment> of)
    {
        ArgumentNullException.ThrowIfNull(of);
        foreach (var where in of.WhereExpressions)
        {
            Query.Where(where.Filter);
        }

        IOrderedSpecificationBuilder<CompetencyAssessment, AssessmentFacts>? ordered = null;
        foreach (var order in of.OrderExpressions)
        {
            ordered = (order.OrderType, ordered) switch
            {
                (OrderTypeEnum.OrderBy, _) => Query.OrderBy(order.KeySelector),
                (OrderTypeEnum.OrderByDescending, _) => Query.OrderByDescending(order.KeySelector),
                (OrderTypeEnum.ThenBy, { } o) => o.ThenBy(order.KeySelector),
                (OrderTypeEnum.ThenByDescending, { } o) => o.ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"Order {order.OrderType} without a first order."),
            };
        }

        Query.AsNoTracking();
        Query.Select(a => new AssessmentFacts(a.Id, a.EmployeeId, a.Status, a.AssessedOn, a.Source, a.RecordedAt, a.Levels));
    }
}
