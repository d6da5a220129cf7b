using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Appends evidence to an assessment in the caller's scope (evidence is append-only).</summary>
/// <param name="AssessmentId">The assessment.</param>
/// <param name="Description">What the evidence is.</param>
/// <param name="Reference">Where to find it, if anywhere.</param>
[RequiresCapability(Capabilities.AssessmentRecord)]
public sealed record AddAssessmentEvidence(AssessmentId AssessmentId, string Description, string? Reference = null) : IRequest<Unit>;

internal sealed class AddAssessmentEvidenceValidator : AbstractValidator<AddAssessmentEvidence>
{
    public AddAssessmentEvidenceValidator()
    {
        RuleFor(x => x.AssessmentId).Required();
        RuleFor(x => x.Description).Required().MaxChars(2000);
        RuleFor(x => x.Reference).MaxChars(500);
    }
}

internal sealed class AddAssessmentEvidenceHandler(IRepository<CompetencyAssessment> assessments, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<AddAssessmentEvidence, Unit>
{
    public async Task<Unit> Handle(AddAssessmentEvidence request, CancellationToken cancellationToken)
    {
        var assessment = await Load.AssessmentAsync(assessments, scope.Current, request.AssessmentId, cancellationToken).ConfigureAwait(false);
        assessment.AddEvidence(new EvidenceItem(time.GetUtcNow(), request.Description.Trim(), request.Reference?.Trim()));
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(assessment, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
