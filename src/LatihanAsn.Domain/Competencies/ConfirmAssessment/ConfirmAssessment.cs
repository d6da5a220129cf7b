using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Confirms a pending assessment (for example the test evidence a completed course produced), so that it counts in the
/// employee's profile, and therefore in their gaps and the next cycle's needs. An assessment that is not pending refuses
/// (<c>domain_rule.assessment_not_pending</c>).
/// With <see cref="Capabilities.SupervisionSignOff"/> only, the assessed employee must be one the caller supervises.
/// </summary>
/// <param name="AssessmentId">The pending assessment, in the caller's scope.</param>
/// <param name="ConfirmedBy">Who confirms (the supervisor's name or NIP).</param>
[RequiresCapability(Capabilities.AssessmentConfirm, Capabilities.SupervisionSignOff)]
public sealed record ConfirmAssessment(AssessmentId AssessmentId, string ConfirmedBy) : IRequest<Unit>;

internal sealed class ConfirmAssessmentValidator : AbstractValidator<ConfirmAssessment>
{
    public ConfirmAssessmentValidator()
    {
        RuleFor(x => x.AssessmentId).Required();
        RuleFor(x => x.ConfirmedBy).Required().MaxChars(200);
    }
}

internal sealed class ConfirmAssessmentHandler(IRepository<CompetencyAssessment> assessments, IReadRepository<Employee> employees, ICallerAccessor callers, DomainEventPublisher events) : IRequestHandler<ConfirmAssessment, Unit>
{
    public async Task<Unit> Handle(ConfirmAssessment request, CancellationToken cancellationToken)
    {
        var caller = callers.Current;
        var assessment = await Load.AssessmentAsync(assessments, caller.Scope, request.AssessmentId, cancellationToken).ConfigureAwait(false);
        await Acting.EnsureAsync(caller, Capabilities.AssessmentConfirm, Relation.Supervisee, assessment.EmployeeId, employees, nameof(ConfirmAssessment), cancellationToken).ConfigureAwait(false);
        assessment.Confirm(request.ConfirmedBy);
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(assessment, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
