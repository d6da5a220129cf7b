using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// A small province built through the mediator on either store: the 2017 framework and Lampung's reach seeded, one
/// Metro OPD with an analyst position, staff assessed at level 1, one course that grants a certificate and has a test,
/// and an approved 2027 plan with a scheduled run.
/// </summary>
internal sealed class Scene
{
    public required IHarness Harness { get; init; }

    public required PositionId Analyst { get; init; }

    public required PositionId Head { get; init; }

    public required List<EmployeeId> Staff { get; init; }

    public required TrainingPlanId Plan { get; init; }

    public required CourseRunId Run { get; init; }

    public static CourseDetails CertifyingCourse(int maxSeats = 30) =>
        RunFixture.Course(new CourseCompletion(0.8m, 70m, true, 24), minSeats: 2, maxSeats: maxSeats);

    public static async Task<Scene> BuildAsync(IHarness harness, int staff = 6)
    {
        await harness.SeedAsync(Permenpanrb38Of2017.Create(FrameworkId.New()));
        await harness.SeedAsync([.. LampungReach.Create()]);
        await harness.Send(new RegisterOpd(World.MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", World.MetroRegion));
        var analyst = await harness.Send(new DefinePosition("JF-PRANATA-KOM-METRO", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, World.MetroOpd));
        var head = await harness.Send(new DefinePosition("ADM-KADIS-METRO", "Sekretaris Dinas", PositionKind.Administrator, null, World.MetroOpd));
        await harness.Send(new DefinePositionStandard(analyst, new DateOnly(2024, 1, 1), [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3)]));
        await harness.Send(new DefinePositionStandard(head, new DateOnly(2024, 1, 1)));
        var people = new List<EmployeeId>();
        for (var i = 0; i < staff; i++)
        {
            var id = await harness.Send(new RegisterEmployee(Nips.Make(i), $"Pegawai Metro {i}", EmploymentType.Pns, analyst));
            await harness.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT Penilaian Kompetensi", [new("M.01", 1), new("M.03", 1), new("M.05", 1)]));
            people.Add(id);
        }

        await harness.Send(new DefineCourse("PPP-01", CertifyingCourse(Math.Max(30, staff))));
        var plan = (await harness.Send(new ComposeTrainingPlan("Rencana Pengembangan Kompetensi", 2027, 5_000_000_000m, World.MetroOpd, OpdCode: World.MetroOpd))).PlanId;
        await harness.Send(new SubmitTrainingPlan(plan));
        await harness.Send(new ApproveTrainingPlan(plan, "Kepala BPSDM"));
        var run = await harness.Send(new ScheduleRun(plan, 1));
        harness.Events.Events.Clear();
        return new Scene { Harness = harness, Analyst = analyst, Head = head, Staff = people, Plan = plan, Run = run };
    }

    public void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (target > Harness.Clock.GetUtcNow())
        {
            Harness.Clock.SetUtcNow(target);
        }
    }

    /// <summary>Invites and confirms <paramref name="count"/> staff, starts the run and records every session as attended.</summary>
    public async Task<RunView> AttendedAsync(int count)
    {
        var people = Staff.Take(count).ToArray();
        await Harness.Send(new InviteParticipants(Run, [.. people.Select(p => new InvitationInput(p))]));
        foreach (var person in people)
        {
            await Harness.Send(new RespondToInvitation(Run, person, true));
        }

        var view = await Harness.Send(new GetCourseRun(Run));
        MoveTo(view.Start);
        await Harness.Send(new StartRun(Run));
        foreach (var session in view.Sessions)
        {
            MoveTo(session.Date);
            await Harness.Send(new RecordSessionAttendance(Run, session.Number, [.. people.Select(p => new AttendanceMark(p, true))]));
        }

        MoveTo(view.End);
        Harness.Events.Events.Clear();
        return view;
    }
}
