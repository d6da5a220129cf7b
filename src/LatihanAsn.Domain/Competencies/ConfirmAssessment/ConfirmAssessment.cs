using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Confirms a pending assessment (for example the test evidence a completed course produced), so that it counts in the
/// employee's profile, and therefore in their gaps and the next cycle's needs.
/// </summary>
/// <param name="AssessmentId">The pending assessment, in the caller's scope.</param>
/// <param name="ConfirmedBy">Who confirms (the supervisor's name or NIP).</param>
public sealed record ConfirmAssessment(AssessmentId AssessmentId, string ConfirmedBy) : IRequest<Unit>;

internal sealed class ConfirmAssessmentValidator : AbstractValidator<ConfirmAssessment>
{
    public ConfirmAssessmentValidator(IReadRepository<CompetencyAssessment> assessments, ICallerScopeAccessor scope)
    {
        PendingAssessmentValidation.Apply(this, x => x.AssessmentId, assessments, scope);
        RuleFor(x => x.ConfirmedBy).Required().MaxChars(200);
    }
}

internal sealed class ConfirmAssessmentHandler(IRepository<CompetencyAssessment> assessments, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<ConfirmAssessment, Unit>
{
    public async Task<Unit> Handle(ConfirmAssessment request, CancellationToken cancellationToken)
    {
        var assessment = await assessments.FirstOrDefaultAsync(new AssessmentByIdSpec(scope.Current, request.AssessmentId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Assessment"), request.AssessmentId.ToString());
        assessment.Confirm(request.ConfirmedBy);
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(assessment, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
