using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Moves an employee to another position (both in the caller's scope); their OPD and region become the new position's
/// and their assessments, learning-hours ledgers and appraisals move with them (survey responses keep the unit the
/// respondent answered from).
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="PositionId">The new position.</param>
public sealed record TransferEmployee(EmployeeId EmployeeId, PositionId PositionId) : IRequest<Unit>;

internal sealed class TransferEmployeeValidator : AbstractValidator<TransferEmployee>
{
    public TransferEmployeeValidator(IReadRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.EmployeeId)
            .MustAsync(async (id, ct) => await employees.AnyAsync(new EmployeeByIdSpec(scope.Current, id), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_EmployeeNotFoundScope"));
        RuleFor(x => x.PositionId)
            .MustAsync(async (id, ct) => await positions.AnyAsync(new PositionByIdSpec(scope.Current, id), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_PositionNotFoundScope"));
    }
}

internal sealed class TransferEmployeeHandler(
    IRepository<Employee> employees,
    IReadRepository<Position> positions,
    IRepository<CompetencyAssessment> assessments,
    IRepository<NeedsAnalysis.LearningHoursLedger> ledgers,
    IRepository<NeedsAnalysis.PerformanceAppraisal> appraisals,
    ICallerScopeAccessor scope,
    DomainEventPublisher events)
    : IRequestHandler<TransferEmployee, Unit>
{
    public async Task<Unit> Handle(TransferEmployee request, CancellationToken cancellationToken)
    {
        var employee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.EmployeeId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.EmployeeId.ToString());
        var position = await positions.FirstOrDefaultAsync(new PositionByIdSpec(scope.Current, request.PositionId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Position"), request.PositionId.ToString());
        var history = await assessments.ListAsync(new AssessmentsSpec(scope.Current, employee.Id), cancellationToken).ConfigureAwait(false);
        var hours = await ledgers.ListAsync(new NeedsAnalysis.LedgersSpec(scope.Current, null, employee.Id), cancellationToken).ConfigureAwait(false);
        var appraised = await appraisals.ListAsync(new NeedsAnalysis.AppraisalsSpec(scope.Current, employee.Id), cancellationToken).ConfigureAwait(false);
        employee.Transfer(position.Id, position.OpdCode, position.RegionCode);
        history.ForEach(a => a.FollowTransfer(employee));
        hours.ForEach(l => l.FollowTransfer(employee));
        appraised.ForEach(a => a.FollowTransfer(employee));

        await employees.UpdateAsync(employee, cancellationToken).ConfigureAwait(false);
        if (history.Count > 0)
        {
            await assessments.UpdateRangeAsync(history, cancellationToken).ConfigureAwait(false);
        }

        if (hours.Count > 0)
        {
            await ledgers.UpdateRangeAsync(hours, cancellationToken).ConfigureAwait(false);
        }

        if (appraised.Count > 0)
        {
            await appraisals.UpdateRangeAsync(appraised, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(employee, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
