using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Gets where every planned measurement stands on a day: recorded, upcoming, due or overdue (missing).</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="On">The day (default: today by the injected clock).</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record GetMeasurementStatus(EvaluationPlanId PlanId, DateOnly? On = null) : IRequest<IReadOnlyList<MeasurementState>>;

internal sealed class GetMeasurementStatusValidator : AbstractValidator<GetMeasurementStatus>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}

internal sealed class GetMeasurementStatusHandler(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    : IRequestHandler<GetMeasurementStatus, IReadOnlyList<MeasurementState>>
{
    public async Task<IReadOnlyList<MeasurementState>> Handle(GetMeasurementStatus request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        return plan.StatusOn(request.On ?? time.Today());
    }
}
