using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records an interview or a direct observation with its coded findings, against an interview or observation measurement.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The interview or observation measurement.</param>
/// <param name="On">The day, not in the future.</param>
/// <param name="RecordedBy">Who interviewed or observed.</param>
/// <param name="With">With whom (for example the participant, the supervisor, service users).</param>
/// <param name="Findings">The coded findings; at least one.</param>
/// <param name="Participant">The participant it is about, if one.</param>
/// <param name="Competency">The competency it is about, if any.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordQualitativeEvidence(
    EvaluationPlanId PlanId,
    string MeasurementCode,
    DateOnly On,
    string RecordedBy,
    string With,
    IReadOnlyList<CodedFinding> Findings,
    EmployeeId? Participant = null,
    string? Competency = null) : IRequest<Unit>;

internal sealed class RecordQualitativeEvidenceValidator : AbstractValidator<RecordQualitativeEvidence>
{
    public RecordQualitativeEvidenceValidator(TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.On).NotInFuture(time);
        RuleFor(x => x.RecordedBy).Required().MaxChars(200);
        RuleFor(x => x.With).Required().MaxChars(500);
        RuleFor(x => x.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
            .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
        RuleFor(x => x.Findings).Required();
        RuleForEach(x => x.Findings).ChildRules(f =>
        {
            f.RuleFor(x => x.Theme).Required().MaxChars(200);
            f.RuleFor(x => x.Level).KnownValue();
            f.RuleFor(x => x.Direction).KnownValue();
            f.RuleFor(x => x.Note).MaxChars(1000);
        });
    }
}
