using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Schedules the runs of many lines of an approved plan in one command (an agency schedules its approved plan at
/// once): each line as <see cref="ScheduleRun"/> schedules it, with the plan and the courses read once. The whole batch
/// is validated before anything is written and written in one unit of work: a line already scheduled, named twice, or
/// that the plan or the run refuses, refuses the batch, naming the row, and nothing changes (see <see cref="Batch"/>).
/// Returns the new runs' identifiers in row order.
/// </summary>
/// <param name="PlanId">The approved plan, in the caller's scope.</param>
/// <param name="Lines">The line numbers: 1 to <see cref="Batch.MaxRows"/> of them.</param>
/// <param name="WaitingList">How the runs' waiting lists are ordered (default first come).</param>
[RequiresCapability(Capabilities.RunManage)]
public sealed record ScheduleRuns(TrainingPlanId PlanId, IReadOnlyList<int> Lines, WaitingListOrder WaitingList = WaitingListOrder.FirstCome) : IRequest<IReadOnlyList<CourseRunId>>;

internal sealed class ScheduleRunsValidator : AbstractValidator<ScheduleRuns>
{
    public ScheduleRunsValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.WaitingList).KnownValue();
        RuleFor(x => x.Lines).BatchOfRows();
        When(x => x.Lines is { Count: >= 1 and <= Batch.MaxRows }, () =>
        {
            // Facts about the other rows and the other runs, for the whole batch at once: one query.
            RuleFor(x => x).CustomAsync(async (request, context, ct) =>
            {
                var firstRow = new Dictionary<int, int>(request.Lines.Count);
                for (var i = 0; i < request.Lines.Count; i++)
                {
                    if (!firstRow.TryAdd(request.Lines[i], i))
                    {
                        context.AddFailure($"{nameof(ScheduleRuns.Lines)}[{i}]", Messages.Get("FollowUp_LineRepeatedInBatch", request.Lines[i], firstRow[request.Lines[i]]));
                    }
                }

                var scheduled = (await runs.ListAsync(new CourseRunsSpec(scope.Current, request.PlanId).ReadOnly(), ct).ConfigureAwait(false))
                    .Select(r => r.LineNumber)
                    .ToHashSet();
                for (var i = 0; i < request.Lines.Count; i++)
                {
                    if (scheduled.Contains(request.Lines[i]))
                    {
                        context.MessageFormatter.AppendPropertyValue(request.Lines[i]);
                        context.AddFailure($"{nameof(ScheduleRuns.Lines)}[{i}]", context.MessageFormatter.BuildMessage(Messages.Get("FollowUp_LineAlreadyScheduled2")));
                    }
                }
            });
        });
    }
}

internal sealed class ScheduleRunsHandler(IRepository<CourseRun> runs, IReadRepository<TrainingPlan> plans, IReadRepository<Course> courses, ICallerScopeAccessor scope, RuleSetRegistry rules, DomainEventPublisher events)
    : IRequestHandler<ScheduleRuns, IReadOnlyList<CourseRunId>>
{
    public async Task<IReadOnlyList<CourseRunId>> Handle(ScheduleRuns request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.ReadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var courseIds = plan.Lines.Select(l => l.CourseId).ToHashSet();
        var courseById = (await courses.ListAsync(new CoursesSpec(ids: courseIds), cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Id);
        var scheduled = new CourseRun[request.Lines.Count];
        for (var i = 0; i < scheduled.Length; i++)
        {
            var number = request.Lines[i];
            scheduled[i] = Batch.ForRow(i, () =>
            {
                var line = CourseRun.LineToRun(plan, number);
                var course = courseById.GetValueOrDefault(line.CourseId) ?? throw new NotFoundInScopeException(Messages.Get("FollowUp_Course"), line.CourseCode);
                return CourseRun.Schedule(CourseRunId.New(), plan, line.Number, course, request.WaitingList, rules.InForce<FollowUpRuleSet>(line.Start).MinimumAttendanceShare);
            });
        }

        await runs.AddRangeAsync(scheduled, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(scheduled, cancellationToken).ConfigureAwait(false);
        return Array.ConvertAll(scheduled, r => r.Id);
    }
}
