using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records fully loaded costs, monetised benefits (with isolation and confidence, 0-1) and intangibles (level 5).</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The cost-benefit measurement.</param>
/// <param name="Costs">The cost items, if any.</param>
/// <param name="Benefits">The monetised benefits, if any.</param>
/// <param name="Intangibles">The intangible benefits, if any; at least one of the three lists is not empty.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordCostsAndBenefits(
    EvaluationPlanId PlanId,
    string MeasurementCode,
    IReadOnlyList<CostItem>? Costs = null,
    IReadOnlyList<MonetisedBenefit>? Benefits = null,
    IReadOnlyList<string>? Intangibles = null) : IRequest<Unit>;

internal sealed class RecordCostsAndBenefitsValidator : AbstractValidator<RecordCostsAndBenefits>
{
    public RecordCostsAndBenefitsValidator()
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x).Must(x => (x.Costs?.Count ?? 0) + (x.Benefits?.Count ?? 0) + (x.Intangibles?.Count(s => !string.IsNullOrWhiteSpace(s)) ?? 0) > 0)
            .WithName("Costs").WithMessage(_ => Messages.Get("Evaluation_RecordAtLeastOneCostBenefit"));
        RuleForEach(x => x.Costs).ChildRules(c =>
        {
            c.RuleFor(x => x.Category).KnownValue();
            c.RuleFor(x => x.Description).Required().MaxChars(500);
            c.RuleFor(x => x.Amount).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("Evaluation_MustNotNegative"));
        });
        RuleForEach(x => x.Benefits).ChildRules(b =>
        {
            b.RuleFor(x => x.Description).Required().MaxChars(500);
            b.RuleFor(x => x.Value).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("Evaluation_MustNotNegative"));
            b.RuleFor(x => x.Isolation).InclusiveBetween(0m, 1m).WithMessage(_ => Messages.Get("Evaluation_Must0To1"));
            b.RuleFor(x => x.Confidence).InclusiveBetween(0m, 1m).WithMessage(_ => Messages.Get("Evaluation_Must0To1"));
            b.RuleFor(x => x.Basis).MaxChars(1000);
        });
        RuleForEach(x => x.Intangibles).MaxChars(500);
    }
}
