using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// An invited employee accepts (confirms) or declines; a declined seat goes to the waiting list.
/// With <see cref="Capabilities.RunRespond"/> only, the employee must be the caller themself.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The invited employee.</param>
/// <param name="Accept">Whether they accept.</param>
/// <param name="Reason">Why they decline, if they say.</param>
[RequiresCapability(Capabilities.RunManage, Capabilities.RunRespond)]
public sealed record RespondToInvitation(CourseRunId RunId, EmployeeId Employee, bool Accept, string? Reason = null) : IRequest<Unit>;

internal sealed class RespondToInvitationValidator : AbstractValidator<RespondToInvitation>
{
    /// <summary>The longest reason for declining, here and in <see cref="RespondToInvitations"/>.</summary>
    public const int MaxReason = 1000;

    public RespondToInvitationValidator() => RuleFor(x => x.Reason).MaxChars(MaxReason);
}

internal sealed class RespondToInvitationHandler(IRepository<CourseRun> runs, IReadRepository<Employee> employees, ICallerScopeAccessor scope, ICallerAccessor callers, DomainEventPublisher events) : IRequestHandler<RespondToInvitation, Unit>
{
    public async Task<Unit> Handle(RespondToInvitation request, CancellationToken cancellationToken)
    {
        var run = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);

        // An employee answers only their own invitation; an officer with run.manage answers for anyone in scope.
        await Acting.EnsureAsync(callers.Current, Capabilities.RunManage, Relation.Self, request.Employee, employees, nameof(RespondToInvitation), cancellationToken).ConfigureAwait(false);
        if (request.Accept)
        {
            run.Confirm(request.Employee);
        }
        else
        {
            run.Decline(request.Employee, request.Reason);
        }

        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
