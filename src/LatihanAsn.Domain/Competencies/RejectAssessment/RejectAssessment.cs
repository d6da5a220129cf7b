using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Rejects a pending assessment; it never counts. One that is not pending refuses (<c>domain_rule.assessment_not_pending</c>).
/// With <see cref="Capabilities.SupervisionSignOff"/> only, the assessed employee must be one the caller supervises.
/// </summary>
/// <param name="AssessmentId">The pending assessment, in the caller's scope.</param>
/// <param name="RejectedBy">Who rejects.</param>
/// <param name="Reason">Why.</param>
[RequiresCapability(Capabilities.AssessmentConfirm, Capabilities.SupervisionSignOff)]
public sealed record RejectAssessment(AssessmentId AssessmentId, string RejectedBy, string Reason) : IRequest<Unit>;

internal sealed class RejectAssessmentValidator : AbstractValidator<RejectAssessment>
{
    public RejectAssessmentValidator()
    {
        RuleFor(x => x.AssessmentId).Required();
        RuleFor(x => x.RejectedBy).Required().MaxChars(200);
        RuleFor(x => x.Reason).Required().MaxChars(2000);
    }
}

internal sealed class RejectAssessmentHandler(IRepository<CompetencyAssessment> assessments, IReadRepository<Employee> employees, ICallerAccessor callers, DomainEventPublisher events) : IRequestHandler<RejectAssessment, Unit>
{
    public async Task<Unit> Handle(RejectAssessment request, CancellationToken cancellationToken)
    {
        var caller = callers.Current;
        var assessment = await Load.AssessmentAsync(assessments, caller.Scope, request.AssessmentId, cancellationToken).ConfigureAwait(false);
        await Acting.EnsureAsync(caller, Capabilities.AssessmentConfirm, Relation.Supervisee, assessment.EmployeeId, employees, nameof(RejectAssessment), cancellationToken).ConfigureAwait(false);
        assessment.Reject(request.RejectedBy, request.Reason);
        await assessments.UpdateAsync(assessment, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(assessment, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
