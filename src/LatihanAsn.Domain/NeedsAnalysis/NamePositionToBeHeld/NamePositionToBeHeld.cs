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
public sealed record NamePositionToBeHeld(EmployeeId EmployeeId, PositionId? PositionId, CareerMove? Move = null) : IRequest<Unit>;

internal sealed class NamePositionToBeHeldValidator : AbstractValidator<NamePositionToBeHeld>
{
    public NamePositionToBeHeldValidator(IReadRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.EmployeeId).MustAsync((id, ct) => employees.AnyAsync(new EmployeeByIdSpec(scope.Current, id), ct))
            .WithMessage(_ => Messages.Get("Competencies_EmployeeNotFoundScope"));
        RuleFor(x => x.PositionId!.Value).MustAsync((id, ct) => positions.AnyAsync(new PositionByIdSpec(scope.Current, id), ct))
            .When(x => x.PositionId.HasValue).OverridePropertyName(nameof(NamePositionToBeHeld.PositionId))
            .WithMessage(_ => Messages.Get("Competencies_PositionNotFoundScope"));
        RuleFor(x => x.Move).NotNull().When(x => x.PositionId.HasValue)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_SayWhyPromotionTalentPoolOr"));
        RuleFor(x => x.Move!.Value).IsInEnum().When(x => x.Move.HasValue).OverridePropertyName(nameof(NamePositionToBeHeld.Move))
            .WithMessage(_ => Messages.Get("NeedsAnalysis_UnknownReason"));
        RuleFor(x => x.PositionId).MustAsync(async (request, positionId, ct) =>
            {
                var employee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.EmployeeId), ct).ConfigureAwait(false);
                return employee is null || employee.PositionId != positionId;
            })
            .When(x => x.PositionId.HasValue)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_PositionToHeldMustDifferFrom"));
    }
}

internal sealed class NamePositionToBeHeldHandler(IRepository<Employee> employees, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<NamePositionToBeHeld, Unit>
{
    public async Task<Unit> Handle(NamePositionToBeHeld request, CancellationToken cancellationToken)
    {
        var employee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.EmployeeId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.EmployeeId.ToString());
        employee.NamePositionToBeHeld(request.PositionId, request.Move);
        await employees.UpdateAsync(employee, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(employee, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
