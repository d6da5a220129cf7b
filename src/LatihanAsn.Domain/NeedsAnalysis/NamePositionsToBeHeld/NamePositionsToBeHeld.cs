using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Names (or clears) the positions many employees are to hold at once (an import, see <see cref="Batch"/>): each row is
/// a <see cref="NamePositionToBeHeld"/> and is applied as that request would be, in row order, all in one unit of work
/// (a later row for the same employee overrides an earlier one). The whole batch is validated first, each row with the
/// single request's rules (a failure's path names the row, for example <c>Rows[12].Move</c>); a row whose employee or
/// position is not found in the caller's scope, or that names the position the employee already holds
/// (<c>position_to_be_held_is_held</c>), refuses the whole batch with a <see cref="BatchRowException"/> naming the row:
/// nothing is written then.
/// </summary>
/// <param name="Rows">The namings, 1 to <see cref="Batch.MaxRows"/>, in the order they are made.</param>
[RequiresCapability(Capabilities.EmployeeManage)]
public sealed record NamePositionsToBeHeld(IReadOnlyList<NamePositionToBeHeld> Rows) : IRequest<Unit>;

internal sealed class NamePositionsToBeHeldValidator : AbstractValidator<NamePositionsToBeHeld>
{
    public NamePositionsToBeHeldValidator()
    {
        RuleFor(x => x.Rows).BatchOfRows();
        RuleFor(x => x.Rows).EachRow(new NamePositionToBeHeldValidator(), nameof(NamePositionsToBeHeld.Rows));
    }
}

internal sealed class NamePositionsToBeHeldHandler(IRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<NamePositionsToBeHeld, Unit>
{
    public async Task<Unit> Handle(NamePositionsToBeHeld request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var rows = request.Rows;
        var people = await BatchLoad.EmployeesAsync(employees, caller, rows.Select(r => r.EmployeeId), cancellationToken).ConfigureAwait(false);
        var named = await BatchLoad.PositionsAsync(positions, caller, rows.Select(r => r.PositionId).OfType<PositionId>(), cancellationToken).ConfigureAwait(false);
        var changed = new List<Employee>();
        var isChanged = new HashSet<Employee>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Batch.ForRow(i, () =>
            {
                // As NamePositionToBeHeld: the employee, the position (visible in the scope), then the employee's own rule.
                var employee = BatchLoad.Employee(people, row.EmployeeId);
                if (row.PositionId is { } positionId)
                {
                    BatchLoad.Position(named, positionId);
                }

                employee.NamePositionToBeHeld(row.PositionId, row.Move); // refuses the position already held
                if (isChanged.Add(employee))
                {
                    changed.Add(employee);
                }
            });
        }

        await employees.UpdateRangeAsync(changed, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(changed, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
