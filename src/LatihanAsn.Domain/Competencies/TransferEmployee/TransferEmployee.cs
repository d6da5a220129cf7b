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
[RequiresCapability(Capabilities.EmployeeManage)]
public sealed record TransferEmployee(EmployeeId EmployeeId, PositionId PositionId) : IRequest<Unit>;

internal sealed class TransferEmployeeValidator : AbstractValidator<TransferEmployee>
{
    public TransferEmployeeValidator()
    {
        RuleFor(x => x.EmployeeId).Required();
        RuleFor(x => x.PositionId).Required();
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
        var caller = scope.Current;
        var employee = await Load.EmployeeAsync(employees, caller, request.EmployeeId, cancellationToken).ConfigureAwait(false);
        var position = await Load.PositionAsync(positions, caller, request.PositionId, cancellationToken).ConfigureAwait(false);
        var history = await assessments.ListAsync(new AssessmentsSpec(caller, employee.Id), cancellationToken).ConfigureAwait(false);
        var hours = await ledgers.ListAsync(new NeedsAnalysis.LedgersSpec(caller, null, employee.Id), cancellationToken).ConfigureAwait(false);
        var appraised = await appraisals.ListAsync(new NeedsAnalysis.AppraisalsSpec(caller, employee.Id), cancellationToken).ConfigureAwait(false);

        employee.Transfer(position.Id, position.OpdCode, position.RegionCode);
        history.ForEach(a => a.FollowTransfer(employee));
        hours.ForEach(l => l.FollowTransfer(employee));
        appraised.ForEach(a => a.FollowTransfer(employee));

        // Every write is staged here and committed together by the pipeline, so the records never split from their employee.
        await employees.UpdateAsync(employee, cancellationToken).ConfigureAwait(false);
        await assessments.UpdateRangeAsync(history, cancellationToken).ConfigureAwait(false);
        await ledgers.UpdateRangeAsync(hours, cancellationToken).ConfigureAwait(false);
        await appraisals.UpdateRangeAsync(appraised, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([employee, .. history, .. hours, .. appraised], cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
