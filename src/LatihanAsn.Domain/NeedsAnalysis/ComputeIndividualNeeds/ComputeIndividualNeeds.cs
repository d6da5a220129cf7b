using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Computes an employee's individual needs: the gap against the position held and, where one is named, the position to
/// be held, with the latest performance appraisal beside it (a performance gap with no competency gap is not a
/// training need). The employee must be in the caller's scope; a position to be held outside it is left out.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="AsOf">The day (default: today).</param>
[RequiresCapability(Capabilities.PopulationRead)]
public sealed record ComputeIndividualNeeds(EmployeeId EmployeeId, DateOnly? AsOf = null) : IRequest<IndividualNeeds>;

internal sealed class ComputeIndividualNeedsValidator : AbstractValidator<ComputeIndividualNeeds>
{
    public ComputeIndividualNeedsValidator() => RuleFor(x => x.EmployeeId).Required();
}

internal sealed class ComputeIndividualNeedsHandler(NeedsLoader loader, ICallerScopeAccessor scope, TimeProvider time)
    : IRequestHandler<ComputeIndividualNeeds, IndividualNeeds>
{
    public async Task<IndividualNeeds> Handle(ComputeIndividualNeeds request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? time.Today();
        var row = (await loader.LoadAsync(scope.Current, asOf, null, null, [request.EmployeeId], true, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
        if (row.Snapshot is null)
        {
            throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.EmployeeId.ToString());
        }

        return IndividualNeedsRule.Evaluate(
            request.EmployeeId,
            asOf,
            row.Snapshot.Gaps,
            row.Needs.Where(n => n.ToBeHeld is not null).Select(n => n.ToBeHeld!).ToArray() is { Length: > 0 } next ? next : null,
            row.Performance);
    }
}
