using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Withdraws an employee from a run; a freed seat goes to the waiting list.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
/// <param name="Reason">Why, if said.</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record WithdrawParticipant(CourseRunId RunId, EmployeeId Employee, string? Reason = null) : IRequest<Unit>;

internal sealed class WithdrawParticipantValidator : AbstractValidator<WithdrawParticipant>
{
    public WithdrawParticipantValidator() => RuleFor(x => x.Reason).MaxChars(1000);
}

internal sealed class WithdrawParticipantHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<WithdrawParticipant, Unit>
{
    public Task<Unit> Handle(WithdrawParticipant request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.Withdraw(request.Employee, request.Reason), cancellationToken);
}
