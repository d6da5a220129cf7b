using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Credits the JP of a completed run's participants who completed (safe to repeat: an activity already credited is not
/// credited again). Returns the JP credited now, by employee.
/// </summary>
/// <param name="RunId">The completed run.</param>
public sealed record CreditRunHours(CourseRunId RunId) : IRequest<IReadOnlyDictionary<EmployeeId, decimal>>;

internal sealed class CreditRunHoursValidator : AbstractValidator<CreditRunHours>
{
    public CreditRunHoursValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.RunId).CustomAsync(async (id, context, ct) =>
        {
            var run = await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope.Current, id), ct).ConfigureAwait(false);
            if (run is null)
            {
                context.AddFailure(Messages.Get("FollowUp_RunNotFoundScope"));
            }
            else if (run.Status != RunStatus.Completed)
            {
                context.AddFailure(Messages.Get("FollowUp_RunJPCreditedOnceCompleted", run.Status));
            }
        });
    }
}

internal sealed class CreditRunHoursHandler(IReadRepository<CourseRun> runs, RunCredit credit, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<CreditRunHours, IReadOnlyDictionary<EmployeeId, decimal>>
{
    public async Task<IReadOnlyDictionary<EmployeeId, decimal>> Handle(CreditRunHours request, CancellationToken cancellationToken)
    {
        var run = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var (credited, ledgers) = await credit.CreditAsync(run, scope.Current, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(ledgers, cancellationToken).ConfigureAwait(false);
        return credited;
    }
}
