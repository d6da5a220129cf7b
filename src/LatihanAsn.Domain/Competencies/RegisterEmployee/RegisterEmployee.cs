using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Registers an employee in a position; the employee's OPD and region are the position's. The position must be in the
/// caller's scope and the NIP valid (<see cref="Nip.Parse"/>) and not yet registered. Returns the employee's identifier.
/// </summary>
/// <param name="Nip">The NIP, 18 digits, spaces allowed.</param>
/// <param name="Name">The full name.</param>
/// <param name="Employment">PNS or PPPK.</param>
/// <param name="PositionId">The position held.</param>
[RequiresCapability(Capabilities.EmployeeManage)]
public sealed record RegisterEmployee(string Nip, string Name, EmploymentType Employment, PositionId PositionId) : IRequest<EmployeeId>;

/// <summary>
/// The shape of a <see cref="RegisterEmployee"/>, without the store: shared by the single request and the rows of
/// <see cref="ImportEmployees"/>, so both accept and refuse the same rows.
/// </summary>
internal sealed class RegisterEmployeeShape : AbstractValidator<RegisterEmployee>
{
    public RegisterEmployeeShape()
    {
        RuleFor(x => x.Nip).Required().Custom((text, context) =>
        {
            if (!string.IsNullOrWhiteSpace(text) && !Competencies.Nip.TryParse(text, out _, out var error))
            {
                context.AddFailure(error!);
            }
        });
        RuleFor(x => x.Name).Required().MaxChars(200);
        RuleFor(x => x.Employment).KnownValue();
    }
}

internal sealed class RegisterEmployeeValidator : AbstractValidator<RegisterEmployee>
{
    public RegisterEmployeeValidator(IReadRepository<Employee> employees)
    {
        Include(new RegisterEmployeeShape());
        RuleFor(x => x.Nip)
            .MustAsync(async (text, ct) => !Competencies.Nip.TryParse(text, out var nip, out _)
                || !await employees.AnyAsync(new EmployeeWithNipSpec(nip), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_NIPAlreadyRegistered"));
    }
}

internal sealed class RegisterEmployeeHandler(IRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<RegisterEmployee, EmployeeId>
{
    public async Task<EmployeeId> Handle(RegisterEmployee request, CancellationToken cancellationToken)
    {
        var position = await Load.PositionAsync(positions, scope.Current, request.PositionId, cancellationToken).ConfigureAwait(false);
        var employee = Employee.Register(EmployeeId.New(), Nip.Parse(request.Nip), request.Name, request.Employment, position.Id, position.OpdCode, position.RegionCode);
        await employees.AddAsync(employee, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(employee, cancellationToken).ConfigureAwait(false);
        return employee.Id;
    }
}
