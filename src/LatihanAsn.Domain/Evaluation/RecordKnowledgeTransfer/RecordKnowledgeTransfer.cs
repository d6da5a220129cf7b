using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records what a participant who attended passed on to colleagues (level 3 transfer).</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="Participant">The participant.</param>
/// <param name="ReportedOn">The day reported, not in the future.</param>
/// <param name="ColleaguesTaught">Colleagues taught, 0 or more.</param>
/// <param name="SessionsShared">Sharing sessions held, 0 or more.</param>
/// <param name="Note">A note, if any.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordKnowledgeTransfer(EvaluationPlanId PlanId, EmployeeId Participant, DateOnly ReportedOn, int ColleaguesTaught, int SessionsShared, string? Note = null) : IRequest<Unit>;

internal sealed class RecordKnowledgeTransferValidator : AbstractValidator<RecordKnowledgeTransfer>
{
    public RecordKnowledgeTransferValidator(TimeProvider time)
    {
        RuleFor(x => x.ReportedOn).NotInFuture(time);
        RuleFor(x => x.ColleaguesTaught).GreaterThanOrEqualTo(0).WithMessage(_ => Messages.Get("Evaluation_MustNotNegative"));
        RuleFor(x => x.SessionsShared).GreaterThanOrEqualTo(0).WithMessage(_ => Messages.Get("Evaluation_MustNotNegative"));
        RuleFor(x => x.Note).MaxChars(2000);
    }
}
