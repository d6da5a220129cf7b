using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Names (or clears, with <see langword="null"/>) the position an employee of the caller's scope is to hold, so that
/// needs analysis measures the gap against it too (PP 11/2017 art. 206). The position must be visible in the scope.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="PositionId">The position to be held, or <see langword="null"/> to clear.</param>
/// <param name="Move">Why; required with a position.</param>
[RequiresCapability(Capabilities.EmployeeManage)]
public sealed record NamePositionToBeHeld(EmployeeId EmployeeId, PositionId? PositionId, CareerMove? Move = null) : IRequest<Unit>;

internal sealed class NamePositionToBeHeldValidator : AbstractValidator<NamePositionToBeHeld>
{
    public NamePositionToBeHeldValidator()
    {
        RuleFor(x => x.EmployeeId).Required();
        RuleFor(x => x.PositionId!.Value).Required().When(x => x.PositionId.HasValue).OverridePropertyName(nameof(NamePositionToBeHeld.PositionId));
        RuleFor(x => x.Move).NotNull().When(x => x.PositionId.HasValue)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_SayWhyPromotionTalentPoolOr"));
        RuleFor(x => x.Move!.Value).IsInEnum().When(x => x.Move.HasValue).OverridePropertyName(nameof(NamePositionToBeHeld.Move))
            .WithMessage(_ => Messages.Get("NeedsAnalysis_UnknownReason"));
    }
}

internal sealed class NamePositionToBeHeldHandler(IRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<NamePositionToBeHeld, Unit>
{
    public async Task<Unit> Handle(NamePositionToBeHeld request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var employee = await Load.EmployeeAsync(employees, caller, request.EmployeeId, cancellationToken).ConfigureAwait(false);
        if (request.PositionId is { } positionId)
        {
            await Load.PositionAsync(positions, caller, positionId, cancellationToken).ConfigureAwait(false); // must be visible in the scope
        }

        employee.NamePositionToBeHeld(request.PositionId, request.Move); // refuses the position already held
        await employees.UpdateAsync(employee, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(employee, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
