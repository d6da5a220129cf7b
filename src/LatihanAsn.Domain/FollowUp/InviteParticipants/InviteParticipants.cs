using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>An invitation.</summary>
/// <param name="Employee">The employee, in the caller's scope.</param>
/// <param name="Priority">Their waiting-list priority (for example the needs register's score).</param>
public sealed record InvitationInput(EmployeeId Employee, decimal Priority = 0m);

/// <summary>
/// Invites employees to a scheduled run: each gets a seat while seats are free, then a place on the waiting list.
/// Without invitations, the plan line's target employees within the caller's scope are invited, in the line's order
/// (a region officer invites only their region's part of a province-wide line). Returns the enrolments made.
/// Inviting someone already invited, confirmed or waiting changes nothing for them (the command is idempotent).
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Invitations">Who to invite, or <see langword="null"/> for the line's target employees.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record InviteParticipants(CourseRunId RunId, IReadOnlyList<InvitationInput>? Invitations = null) : IRequest<IReadOnlyList<Enrolment>>;

internal sealed class InviteParticipantsValidator : AbstractValidator<InviteParticipants>
{
    public InviteParticipantsValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Invitations).Must(i => i is null || (i.Count > 0 && i.Select(x => x.Employee).Distinct().Count() == i.Count))
            .WithMessage(_ => Messages.Get("FollowUp_InvitationsMustNotEmptyAndEach"));
        RuleFor(x => x.Invitations).CustomAsync(async (invitations, context, ct) =>
        {
            if (invitations is null || invitations.Count == 0)
            {
                return;
            }

            var ids = invitations.Select(i => i.Employee).Distinct().ToArray();
            var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: ids), ct).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
            for (var i = 0; i < invitations.Count; i++)
            {
                if (!found.Contains(invitations[i].Employee))
                {
                    context.AddFailure($"Invitations[{i}].Employee", Messages.Get("Competencies_EmployeeNotFoundScope"));
                }
            }
        });
    }
}

internal sealed class InviteParticipantsHandler(IRepository<CourseRun> runs, IReadRepository<TrainingPlan> plans, IReadRepository<Employee> employees, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<InviteParticipants, IReadOnlyList<Enrolment>>
{
    public async Task<IReadOnlyList<Enrolment>> Handle(InviteParticipants request, CancellationToken cancellationToken)
    {
        var run = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var invitations = request.Invitations;
        if (invitations is null)
        {
            var plan = await PlanChecks.ReadAsync(plans, scope.Current, run.PlanId, cancellationToken).ConfigureAwait(false);
            invitations = plan.Lines.Single(l => l.Number == run.LineNumber).TargetEmployees.Select(e => new InvitationInput(e)).ToArray();

            // The line's targets are filtered to the caller's scope (named invitations are checked by the validator).
            var targets = invitations.Select(i => i.Employee).ToArray();
            var inScope = targets.Length == 0
                ? []
                : (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: targets), cancellationToken).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
            invitations = invitations.Where(i => inScope.Contains(i.Employee)).ToArray();
        }

        // Inviting someone already invited (or confirmed, or waiting) changes nothing: the command is idempotent.
        var made = invitations.Where(i => !IsActive(run.Find(i.Employee))).Select(i => run.Invite(i.Employee, i.Priority)).ToArray();
        if (made.Length == 0)
        {
            return made;
        }

        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return made;
    }

    private static bool IsActive(Enrolment? enrolment) =>
        enrolment is not null && enrolment.Status is not (EnrolmentStatus.Declined or EnrolmentStatus.Withdrawn);
}
