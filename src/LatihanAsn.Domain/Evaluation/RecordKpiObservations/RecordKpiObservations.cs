using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>One KPI value to record: a number, or the converted index of an SKM survey in the caller's scope.</summary>
/// <param name="Kpi">The KPI code of the plan.</param>
/// <param name="Group">The trained group or a comparison group.</param>
/// <param name="ObservedOn">The day (or period end) observed; not in the future.</param>
/// <param name="Value">The value, when given directly.</param>
/// <param name="FromSkmSurvey">The SKM survey whose unrounded converted index (25-100) is the value, when not given directly.</param>
public sealed record KpiValueInput(string Kpi, ComparisonGroup Group, DateOnly ObservedOn, decimal? Value = null, SkmSurveyId? FromSkmSurvey = null);

/// <summary>
/// Records KPI observations (level 4) against a KPI or satisfaction-survey measurement; their phase is the
/// measurement's. Each value is given directly or taken from an SKM survey (exactly one of the two).
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The KPI measurement.</param>
/// <param name="Observations">The observations.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordKpiObservations(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<KpiValueInput> Observations) : IRequest<Unit>;

internal sealed class RecordKpiObservationsValidator : AbstractValidator<RecordKpiObservations>
{
    public RecordKpiObservationsValidator(TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Observations).Required();
        RuleForEach(x => x.Observations).ChildRules(o =>
        {
            o.RuleFor(x => x.Kpi).Required();
            o.RuleFor(x => x.Group).KnownValue();
            o.RuleFor(x => x.ObservedOn).NotInFuture(time);
            o.RuleFor(x => x).Must(x => x.Value.HasValue ^ x.FromSkmSurvey.HasValue).WithName(nameof(KpiValueInput.Value))
                .WithMessage(_ => Messages.Get("Evaluation_GiveExactlyOneValueOrSKM"));
        });
    }
}
