using Ardalis.Specification;
using FluentValidation;
using FluentValidation.Results;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Registers many employees in one command, for an agency's import (a SIASN export, for example): each row is a
/// <see cref="RegisterEmployee"/> and is checked as that request is (the NIP valid and not yet registered, the position
/// in the caller's scope), and no two rows may carry the same NIP. The whole batch is validated before anything is
/// written, and written in one unit of work: a refused batch changes nothing and publishes nothing (see <see cref="Batch"/>).
/// Returns the new employees' identifiers in row order.
/// </summary>
/// <remarks>
/// A row's shape or a NIP already registered or repeated refuses the batch with <see cref="RequestValidationException"/>,
/// the property path naming the row (for example <c>Rows[12].Nip</c>); a position not found in the caller's scope
/// refuses it with <see cref="BatchRowException"/> naming the row, code <c>not_found</c>.
/// </remarks>
/// <param name="Rows">The employees to register: 1 to <see cref="Batch.MaxRows"/> rows.</param>
[RequiresCapability(Capabilities.EmployeeManage)]
public sealed record ImportEmployees(IReadOnlyList<RegisterEmployee> Rows) : IRequest<IReadOnlyList<EmployeeId>>;

internal sealed class ImportEmployeesValidator : AbstractValidator<ImportEmployees>
{
    public ImportEmployeesValidator(IReadRepository<Employee> employees)
    {
        RuleFor(x => x.Rows).BatchOfRows();
        When(x => x.Rows is { Count: >= 1 and <= Batch.MaxRows }, () =>
        {
            RuleFor(x => x.Rows).EachRow(new RegisterEmployeeShape(), nameof(ImportEmployees.Rows));

            // The facts about the store and about the other rows, for the whole batch at once: one query.
            RuleFor(x => x).CustomAsync(async (request, context, ct) =>
            {
                var rows = request.Rows;
                var nips = new Nip?[rows.Count];
                var firstRow = new Dictionary<Nip, int>(rows.Count);
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i] is not { } row || !Nip.TryParse(row.Nip, out var nip, out _))
                    {
                        continue;
                    }

                    nips[i] = nip;
                    if (!firstRow.TryAdd(nip, i))
                    {
                        Fail(context, i, row.Nip, Messages.Get("Competencies_NIPRepeatedInBatch", nip, firstRow[nip]));
                    }
                }

                if (firstRow.Count == 0)
                {
                    return;
                }

                var registered = (await employees.ListAsync(new RegisteredNipsSpec(firstRow.Keys.ToHashSet()), ct).ConfigureAwait(false)).ToHashSet();
                if (registered.Count == 0)
                {
                    return;
                }

                for (var i = 0; i < rows.Count; i++)
                {
                    if (nips[i] is { } nip && registered.Contains(nip))
                    {
                        Fail(context, i, rows[i].Nip, Messages.Get("Competencies_NIPAlreadyRegistered"));
                    }
                }
            });
        });
    }

    private static void Fail(ValidationContext<ImportEmployees> context, int row, string nip, string message)
    {
        context.MessageFormatter.AppendPropertyValue(nip);
        context.AddFailure(new ValidationFailure($"{nameof(ImportEmployees.Rows)}[{row}].{nameof(RegisterEmployee.Nip)}", context.MessageFormatter.BuildMessage(message), nip));
    }
}

internal sealed class ImportEmployeesHandler(IRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<ImportEmployees, IReadOnlyList<EmployeeId>>
{
    public async Task<IReadOnlyList<EmployeeId>> Handle(ImportEmployees request, CancellationToken cancellationToken)
    {
        var rows = request.Rows;
        var caller = scope.Current;

        // Every position the rows name, in one query within the caller's scope; one out of scope is simply not found. The
        // positions are only read (an employee copies their OPD and region), so the store need not track them.
        var positionIds = rows.Select(r => r.PositionId).ToHashSet();
        var positionsSpec = new PositionsSpec(caller, positionIds).ReadOnly();
        var positionById = (await positions.ListAsync(positionsSpec, cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id);

        var registered = new Employee[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            registered[i] = Batch.ForRow(i, () =>
            {
                var position = positionById.GetValueOrDefault(row.PositionId)
                    ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Position"), row.PositionId.ToString());
                return Employee.Register(EmployeeId.New(), Nip.Parse(row.Nip), row.Name, row.Employment, position.Id, position.OpdCode, position.RegionCode);
            });
        }

        await employees.AddRangeAsync(registered, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(registered, cancellationToken).ConfigureAwait(false);
        return Array.ConvertAll(registered, e => e.Id);
    }
}
