using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>
/// ScheduleRuns through the real container and pipeline: the runs it schedules are the runs ScheduleRun schedules line
/// by line (two worlds built alike, compared); a line repeated, already scheduled or not in the plan refuses the whole
/// batch, naming the row, with nothing stored and nothing published.
/// </summary>
public sealed class ScheduleRunsTests
{
    private static string View(RunView view) =>
        $"{view.CourseCode}|{view.Title}|{view.Mode}|{view.Place}|{view.Start}|{view.End}|{view.Status}|{view.SeatsTaken}/{view.MaxSeats}|{string.Join(",", view.Sessions.Select(s => s.ToString()))}";

    [Fact]
    public async Task A_batch_schedules_what_single_requests_schedule()
    {
        using var single = new TestHost();
        using var batch = new TestHost();
        var (_, plan1) = await RunFixture.ApprovedPlanAsync(single);
        var (_, plan2) = await RunFixture.ApprovedPlanAsync(batch);
        var lines = (await single.Send(new LatihanAsn.Domain.Programs.ExplainTrainingPlan(plan1))).Lines.Select(l => l.Number).ToArray();
        lines.ShouldNotBeEmpty();

        var one = new List<RunView>();
        foreach (var line in lines)
        {
            one.Add(await single.Send(new GetCourseRun(await single.Send(new ScheduleRun(plan1, line, WaitingListOrder.Priority)))));
        }

        batch.Events.Events.Clear();
        var ids = await batch.Send(new ScheduleRuns(plan2, lines, WaitingListOrder.Priority));
        ids.Count.ShouldBe(lines.Length);
        var many = new List<RunView>();
        foreach (var id in ids)
        {
            many.Add(await batch.Send(new GetCourseRun(id)));
        }

        many.Select(View).ShouldBe(one.Select(View));
        batch.Events.Events.OfType<RunScheduled>().Select(e => e.RunId).ShouldBe(ids);
    }

    [Fact]
    public async Task A_refused_line_refuses_the_batch_naming_its_row_and_changes_nothing()
    {
        using var host = new TestHost();
        var (_, plan) = await RunFixture.ApprovedPlanAsync(host);
        await host.Send(new ScheduleRun(plan, 1));
        host.Events.Events.Clear();
        host.Store.Writes = 0;

        var again = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ScheduleRuns(plan, [1])));
        again.Errors.Keys.ShouldBe(["Lines[0]"]);

        var twice = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ScheduleRuns(plan, [7, 7])));
        twice.Errors.Keys.ShouldContain("Lines[1]");

        var missing = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ScheduleRuns(plan, [99])));
        missing.Details["row"].ShouldBe(0);

        await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ScheduleRuns(plan, [])));
        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();
    }
}
