using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Records a mentoring check-in.
/// With <see cref="Capabilities.MentoringCheckIn"/> only, the caller must be the plan's mentor.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="On">Its day; not in the future.</param>
/// <param name="Notes">What was discussed.</param>
/// <param name="Progress">Progress, 1-5.</param>
[RequiresCapability(Capabilities.FollowUpManage, Capabilities.MentoringCheckIn)]
public sealed record RecordMentoringCheckIn(MentoringPlanId PlanId, DateOnly On, string Notes, int Progress) : IRequest<Unit>;

internal sealed class RecordMentoringCheckInValidator : AbstractValidator<RecordMentoringCheckIn>
{
    public RecordMentoringCheckInValidator(TimeProvider time)
    {
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithMessage(_ => Messages.Get("FollowUp_DayMustNotInFuture"));
        RuleFor(x => x.Notes).Required().MaxChars(4000);
        RuleFor(x => x.Progress).InclusiveBetween(1, 5).WithMessage(_ => Messages.Get("FollowUp_ProgressMust1To5"));
    }
}

internal sealed class RecordMentoringCheckInHandler(IRepository<MentoringPlan> plans, IReadRepository<Employee> employees, ICallerAccessor callers, DomainEventPublisher events) : IRequestHandler<RecordMentoringCheckIn, Unit>
{
    public Task<Unit> Handle(RecordMentoringCheckIn request, CancellationToken cancellationToken)
    {
        var caller = callers.Current;
        return FollowUpChange.ApplyAsync(
            plans,
            new MentoringPlanByIdSpec(caller.Scope, request.PlanId),
            "Mentoring",
            request.PlanId.ToString(),
            plan => plan.RecordCheckIn(request.On, request.Notes, request.Progress),
            events,
            cancellationToken,
            plan => Acting.EnsureAsync(caller, Capabilities.FollowUpManage, Relation.Self, plan.MentorId, employees, nameof(RecordMentoringCheckIn), cancellationToken));
    }
}
