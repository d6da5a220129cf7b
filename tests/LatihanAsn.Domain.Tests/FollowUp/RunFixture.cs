using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>A scheduled run, its plan and its world.</summary>
internal sealed record RunSetup(World World, TrainingPlanId Plan, CourseRunId Run, RunView View)
{
    public IReadOnlyList<EmployeeId> Staff => World.MetroStaff;
}

/// <summary>
/// An approved 2027 plan of the Metro OPD with one course (M.05 from level 1 to 3, one step per run) whose
/// completion terms, seats and sessions each test chooses; every employee assessed at level 1 in January 2026.
/// </summary>
internal static class RunFixture
{
    public static CourseDetails Course(CourseCompletion? completion = null, int minSeats = 2, int maxSeats = 30, int sessions = 5) => new(
        "Manajemen Pelayanan Publik",
        OrganiserKind.Bpsdm,
        "BPSDM Provinsi Lampung",
        30m,
        "Kurikulum terakreditasi LAN",
        [new CompetencyStepInput("M.05", 1, 3)],
        [new DeliveryOffering(DeliveryMode.Klasikal, 15_000_000m, 750_000m, minSeats, maxSeats, LampungReach.BpsdmCentre, false, 0m, sessions, 5, LearningForm.Pelatihan)],
        Completion: completion);

    public static async Task<(World World, TrainingPlanId Plan)> ApprovedPlanAsync(TestHost host, CourseDetails? course = null, int metroStaff = 6)
    {
        var world = await World.CreateAsync(host, metroStaff, 3);
        foreach (var reach in LampungReach.Create())
        {
            host.Store.Seed(reach);
        }

        foreach (var id in world.MetroStaff.Concat(world.PesisirStaff))
        {
            await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT Penilaian Kompetensi", [new("M.01", 1), new("M.03", 1), new("M.05", 1)]));
        }

        await host.Send(new DefineCourse("PPP-01", course ?? Course()));
        var plan = (await host.Send(new ComposeTrainingPlan("Rencana Pengembangan Kompetensi", 2027, 500_000_000m, World.MetroOpd, OpdCode: World.MetroOpd))).PlanId;
        await host.Send(new SubmitTrainingPlan(plan));
        await host.Send(new ApproveTrainingPlan(plan, "Kepala BPSDM"));
        return (world, plan);
    }

    public static async Task<RunSetup> ScheduledAsync(TestHost host, CourseDetails? course = null, WaitingListOrder order = WaitingListOrder.FirstCome, int metroStaff = 6)
    {
        var (world, plan) = await ApprovedPlanAsync(host, course, metroStaff);
        var run = await host.Send(new ScheduleRun(plan, 1, order));
        host.Events.Events.Clear();
        host.Store.Writes = 0;
        return new RunSetup(world, plan, run, await host.Send(new GetCourseRun(run)));
    }

    /// <summary>Invites, confirms and starts: <paramref name="participants"/> confirmed, the clock on the first day.</summary>
    public static async Task<RunSetup> StartedAsync(TestHost host, CourseDetails? course = null, int participants = 4)
    {
        var setup = await ScheduledAsync(host, course);
        var people = setup.Staff.Take(participants).ToArray();
        await host.Send(new InviteParticipants(setup.Run, people.Select(p => new InvitationInput(p)).ToArray()));
        foreach (var person in people)
        {
            await host.Send(new RespondToInvitation(setup.Run, person, true));
        }

        MoveTo(host, setup.View.Start);
        await host.Send(new StartRun(setup.Run));
        host.Events.Events.Clear();
        host.Store.Writes = 0;
        return setup with { View = await host.Send(new GetCourseRun(setup.Run)) };
    }

    /// <summary>Records every session: each participant attends the sessions <paramref name="attends"/> says.</summary>
    public static async Task AttendAsync(TestHost host, RunSetup setup, IReadOnlyList<EmployeeId> people, Func<EmployeeId, int, bool> attends)
    {
        foreach (var session in setup.View.Sessions)
        {
            MoveTo(host, session.Date);
            await host.Send(new RecordSessionAttendance(setup.Run, session.Number, people.Select(p => new AttendanceMark(p, attends(p, session.Number))).ToArray()));
        }

        MoveTo(host, setup.View.End);
    }

    /// <summary>Moves the host's clock forward to 09:00 in Lampung (UTC+7) on <paramref name="day"/>, if it is not already later.</summary>
    public static void MoveTo(TestHost host, DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (target > host.Clock.GetUtcNow())
        {
            host.Clock.SetUtcNow(target);
        }
    }

    public static CourseRun Stored(TestHost host, CourseRunId run) => host.Store.Set<CourseRun>().Single(r => r.Id == run);
}
