using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Schedules the run of an approved plan's line (once per line). Returns the run's identifier.</summary>
/// <param name="PlanId">The approved plan, in the caller's scope.</param>
/// <param name="Line">The line number.</param>
/// <param name="WaitingList">How the waiting list is ordered (default first come).</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record ScheduleRun(TrainingPlanId PlanId, int Line, WaitingListOrder WaitingList = WaitingListOrder.FirstCome) : IRequest<CourseRunId>;

internal sealed class ScheduleRunValidator : AbstractValidator<ScheduleRun>
{
    public ScheduleRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.WaitingList).KnownValue();

        // A fact about other runs; the plan itself (in scope, approved, with the line) is the handler's and the run's.
        RuleFor(x => x.Line).MustAsync(async (request, line, ct) => !await runs.AnyAsync(new CourseRunsSpec(scope.Current, request.PlanId, line: line), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("FollowUp_LineAlreadyScheduled2"));
    }
}

internal sealed class ScheduleRunHandler(IRepository<CourseRun> runs, IReadRepository<TrainingPlan> plans, IReadRepository<Course> courses, ICallerScopeAccessor scope, RuleSetRegistry rules, DomainEventPublisher events)
    : IRequestHandler<ScheduleRun, CourseRunId>
{
    public async Task<CourseRunId> Handle(ScheduleRun request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.ReadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var line = CourseRun.LineToRun(plan, request.Line);
        var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(line.CourseId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("FollowUp_Course"), line.CourseCode);
        var run = CourseRun.Schedule(CourseRunId.New(), plan, line.Number, course, request.WaitingList, rules.InForce<FollowUpRuleSet>(line.Start).MinimumAttendanceShare);
        await runs.AddAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return run.Id;
    }
}
