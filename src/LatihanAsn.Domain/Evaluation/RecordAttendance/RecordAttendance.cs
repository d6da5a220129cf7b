using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records (or corrects) who attended a course run. Every entry names a participant of the plan, each once.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="Entries">Present or absent per participant.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordAttendance(EvaluationPlanId PlanId, IReadOnlyList<AttendanceEntry> Entries) : IRequest<Unit>;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(x => x.Entries).Required()
            .Must(e => e is null || e.Where(x => x is not null).Select(x => x.Participant).Distinct().Count() == e.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantMayAppearOnlyOnce"));
    }
}

internal sealed class RecordAttendanceHandler(IRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<RecordAttendance, Unit>
{
    public async Task<Unit> Handle(RecordAttendance request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        plan.RecordAttendance(request.Entries);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
