using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>One invited employee's answer, a row of <see cref="RespondToInvitations"/>.</summary>
/// <param name="Employee">The invited employee.</param>
/// <param name="Accept">Whether they accept.</param>
/// <param name="Reason">Why they decline, if they say.</param>
public sealed record InvitationResponse(EmployeeId Employee, bool Accept, string? Reason = null);

/// <summary>What one answer did.</summary>
/// <param name="Enrolment">The employee's enrolment after their answer (confirmed or declined).</param>
/// <param name="Promoted">The employee a decline's freed seat went to, promoted from the waiting list (invited), if any.</param>
public sealed record InvitationAnswered(Enrolment Enrolment, EmployeeId? Promoted);

/// <summary>
/// Many invited employees of one run answer at once (see <see cref="Batch"/>): each response is applied to the run as a
/// <see cref="RespondToInvitation"/> would be, in row order, all in one unit of work, so a declined seat goes to the
/// waiting list exactly as when the answers come one by one in that order (the one promoted may answer in a later
/// batch). The whole batch is validated first (a failure's path names the row, for example <c>Responses[12].Reason</c>);
/// a run not found in the caller's scope refuses it; an answer the run refuses (<c>enrolment_cannot_move</c>: not
/// invited, or already answered, also earlier in the batch; <c>run_not_scheduled</c>) refuses the whole batch with a
/// <see cref="BatchRowException"/> naming the row: nothing is written then. Returns what each answer did, in row order.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Responses">The answers, 1 to <see cref="Batch.MaxRows"/>, in the order they are given.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record RespondToInvitations(CourseRunId RunId, IReadOnlyList<InvitationResponse> Responses) : IRequest<IReadOnlyList<InvitationAnswered>>;

internal sealed class InvitationResponseValidator : AbstractValidator<InvitationResponse>
{
    public InvitationResponseValidator() => RuleFor(x => x.Reason).MaxChars(RespondToInvitationValidator.MaxReason);
}

internal sealed class RespondToInvitationsValidator : AbstractValidator<RespondToInvitations>
{
    public RespondToInvitationsValidator()
    {
        RuleFor(x => x.Responses).BatchOfRows();
        RuleFor(x => x.Responses).EachRow(new InvitationResponseValidator(), nameof(RespondToInvitations.Responses));
    }
}

internal sealed class RespondToInvitationsHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<RespondToInvitations, IReadOnlyList<InvitationAnswered>>
{
    public async Task<IReadOnlyList<InvitationAnswered>> Handle(RespondToInvitations request, CancellationToken cancellationToken)
    {
        var run = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var rows = request.Responses;
        var answered = new InvitationAnswered[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            answered[i] = Batch.ForRow(i, () =>
            {
                var raised = run.DomainEvents.Count;
                if (row.Accept)
                {
                    run.Confirm(row.Employee);
                }
                else
                {
                    run.Decline(row.Employee, row.Reason);
                }

                // The run promotes from its waiting list inside Decline; the event it raises names who.
                EmployeeId? promoted = null;
                for (var e = raised; e < run.DomainEvents.Count; e++)
                {
                    if (run.DomainEvents[e] is ParticipantPromoted promotion)
                    {
                        promoted = promotion.Employee;
                    }
                }

                return new InvitationAnswered(run.Find(row.Employee)!, promoted);
            });
        }

        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return answered;
    }
}
