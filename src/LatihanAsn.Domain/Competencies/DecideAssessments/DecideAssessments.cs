using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// One decision on a pending assessment: confirmed (as <see cref="ConfirmAssessment"/>) or rejected with a reason (as
/// <see cref="RejectAssessment"/>).
/// </summary>
/// <param name="AssessmentId">The pending assessment, in the caller's scope.</param>
/// <param name="Confirm">Confirm it (<see langword="true"/>) or reject it.</param>
/// <param name="DecidedBy">Who decides (the supervisor's name or NIP).</param>
/// <param name="Reason">Why it is rejected (required for a rejection).</param>
public sealed record AssessmentDecision(AssessmentId AssessmentId, bool Confirm, string DecidedBy, string? Reason = null);

/// <summary>
/// Decides many pending assessments in one command (a supervisor clearing the evidence a course's completion produced):
/// each row as <see cref="ConfirmAssessment"/> or <see cref="RejectAssessment"/> decides it, with the assessments read
/// in one query. The whole batch is validated before anything is written and written in one unit of work: a row's
/// shape, an assessment named twice, one not found in the caller's scope, not pending, or (with
/// <see cref="Capabilities.SupervisionSignOff"/> only) of someone the caller does not supervise refuses the batch,
/// naming the row, and nothing changes (see <see cref="Batch"/>).
/// </summary>
/// <param name="Rows">The decisions: 1 to <see cref="Batch.MaxRows"/> of them.</param>
[RequiresCapability(Capabilities.AssessmentConfirm, Capabilities.SupervisionSignOff)]
public sealed record DecideAssessments(IReadOnlyList<AssessmentDecision> Rows) : IRequest<Unit>;

internal sealed class AssessmentDecisionValidator : AbstractValidator<AssessmentDecision>
{
    public AssessmentDecisionValidator()
    {
        RuleFor(x => x.AssessmentId).Required();
        RuleFor(x => x.DecidedBy).Required().MaxChars(200);
        RuleFor(x => x.Reason).Required().MaxChars(2000).When(x => !x.Confirm);
        RuleFor(x => x.Reason).MaxChars(2000).When(x => x.Confirm);
    }
}

internal sealed class DecideAssessmentsValidator : AbstractValidator<DecideAssessments>
{
    public DecideAssessmentsValidator()
    {
        RuleFor(x => x.Rows).BatchOfRows();
        When(x => x.Rows is { Count: >= 1 and <= Batch.MaxRows }, () =>
        {
            RuleFor(x => x.Rows).EachRow(new AssessmentDecisionValidator(), nameof(DecideAssessments.Rows));
            RuleFor(x => x).Custom((request, context) =>
            {
                var firstRow = new Dictionary<AssessmentId, int>(request.Rows.Count);
                for (var i = 0; i < request.Rows.Count; i++)
                {
                    if (request.Rows[i] is { } row && !firstRow.TryAdd(row.AssessmentId, i))
                    {
                        context.AddFailure($"{nameof(DecideAssessments.Rows)}[{i}].{nameof(AssessmentDecision.AssessmentId)}", Messages.Get("Competencies_AssessmentDecidedTwiceInBatch", row.AssessmentId, firstRow[row.AssessmentId]));
                    }
                }
            });
        });
    }
}

internal sealed class DecideAssessmentsHandler(IRepository<CompetencyAssessment> assessments, IReadRepository<Employee> employees, ICallerAccessor callers, DomainEventPublisher events)
    : IRequestHandler<DecideAssessments, Unit>
{
    public async Task<Unit> Handle(DecideAssessments request, CancellationToken cancellationToken)
    {
        var caller = callers.Current;
        var rows = request.Rows;
        var ids = rows.Select(r => r.AssessmentId).ToHashSet();
        var byId = (await assessments.ListAsync(new AssessmentsByIdsSpec(caller.Scope, ids), cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);

        // Without the broad capability a supervisor decides only for the people they supervise: their NIPs, read once each.
        var nipOf = new Dictionary<EmployeeId, Nip?>();
        if (!caller.Has(Capabilities.AssessmentConfirm))
        {
            foreach (var employee in byId.Values.Select(a => a.EmployeeId).Distinct())
            {
                var nips = await employees.ListAsync(new NipOfEmployeeSpec(employee), cancellationToken).ConfigureAwait(false);
                nipOf[employee] = nips.Count == 1 ? nips[0] : null;
            }
        }

        var decided = new CompetencyAssessment[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            decided[i] = Batch.ForRow(i, () =>
            {
                var assessment = byId.GetValueOrDefault(row.AssessmentId)
                    ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Assessment"), row.AssessmentId.ToString());
                if (!caller.Has(Capabilities.AssessmentConfirm))
                {
                    if (nipOf.GetValueOrDefault(assessment.EmployeeId) is not { } nip)
                    {
                        throw new CapabilityRequiredException(nameof(DecideAssessments), [Capabilities.AssessmentConfirm]);
                    }

                    Acting.Ensure(caller, Capabilities.AssessmentConfirm, Relation.Supervisee, nip, nameof(DecideAssessments));
                }

                if (row.Confirm)
                {
                    assessment.Confirm(row.DecidedBy);
                }
                else
                {
                    assessment.Reject(row.DecidedBy, row.Reason!);
                }

                return assessment;
            });
        }

        await assessments.UpdateRangeAsync(decided, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(decided, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
