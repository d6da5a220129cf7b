using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The follow-up cycle through the sample host's real DI container and its EF Core mapping on a SQLite file.</summary>
public sealed class FollowUpPersistenceTests : IDisposable
{
    private const string Metro = "1872";
    private const string MetroOpd = "1872-DISKOMINFO";
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");

    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;
    private readonly LampungHost _host;
    private readonly FakeTimeProvider _clock = new(TestHost.Now);
    private readonly EventLog _events = new();

    public FollowUpPersistenceTests()
    {
        _database = SqliteDatabase.Recreate(_directory.File("followup.db"));
        _host = new LampungHost(_database, services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddSingleton(_events);
            foreach (var type in typeof(DomainEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
            {
                services.AddTransient(typeof(INotificationHandler<>).MakeGenericType(type), typeof(EventLogHandler<>).MakeGenericType(type));
            }
        });
    }

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task The_closed_loop_runs_end_to_end_on_SQLite_need_plan_run_completion_evidence_smaller_gap()
    {
        var staff = await SeedAsync(6);
        var (plan, run) = await ApprovedRunAsync();
        var view = await _host.SendAsync(new GetCourseRun(run));
        (await GapAsync(staff[0])).ShouldBe(1);

        var invited = await _host.SendAsync(new InviteParticipants(run));
        invited.Count.ShouldBe(6);
        foreach (var e in staff.Take(5))
        {
            await _host.SendAsync(new RespondToInvitation(run, e, true));
        }

        await _host.SendAsync(new RespondToInvitation(run, staff[5], false, "Cuti melahirkan"));
        MoveTo(view.Start);
        await _host.SendAsync(new StartRun(run));
        foreach (var session in view.Sessions)
        {
            MoveTo(session.Date);
            await _host.SendAsync(new RecordSessionAttendance(run, session.Number, staff.Take(5).Select(e => new AttendanceMark(e, e != staff[4] || session.Number == 1)).ToArray()));
        }

        MoveTo(view.End);
        var completion = await _host.SendAsync(new CompleteRun(run, [new(staff[0], 88m), new(staff[1], 75m), new(staff[2], 64m), new(staff[3], 90m), new(staff[4], 95m)]));

        staff.Select(e => completion.Outcomes.Single(o => o.Employee == e).Completed).Take(5).ShouldBe([true, true, false, true, false]);
        completion.CreditedJp.Keys.ShouldBe([staff[0], staff[1], staff[3]], ignoreOrder: true);
        (await _host.SendAsync(new CreditRunHours(run))).ShouldBeEmpty();
        (await _host.SendAsync(new GetJpCompliance(view.End.Year, EmployeeId: staff[0]))).Employees.Single().Standing.Jp.ShouldBe(30m);
        completion.Evidence.Count.ShouldBe(3);

        // The supervisor confirms two and rejects one; only the confirmed ones shrink the gap.
        Dictionary<EmployeeId, AssessmentId> evidenceOf;
        using (var context = _database.CreateContext())
        {
            evidenceOf = await context.Set<CompetencyAssessment>().Where(a => a.Source == AssessmentSource.Test).ToDictionaryAsync(a => a.EmployeeId, a => a.Id);
        }

        evidenceOf.Values.ShouldBe(completion.Evidence, ignoreOrder: true);
        await _host.SendAsync(new ConfirmAssessment(evidenceOf[staff[0]], "Kepala Bidang"));
        await _host.SendAsync(new ConfirmAssessment(evidenceOf[staff[1]], "Kepala Bidang"));
        await _host.SendAsync(new RejectAssessment(evidenceOf[staff[3]], "Kepala Bidang", "Belum diterapkan"));
        var gaps = new List<int?>();
        foreach (var e in staff)
        {
            gaps.Add(await GapAsync(e));
        }

        using (var context = _database.CreateContext())
        {
            var evidence = await context.Set<CompetencyAssessment>().Where(a => a.Source == AssessmentSource.Test).ToListAsync();
            evidence.Select(a => (a.EmployeeId, a.Status)).ShouldBe(
                [(staff[0], AssessmentStatus.Confirmed), (staff[1], AssessmentStatus.Confirmed), (staff[3], AssessmentStatus.Rejected)], ignoreOrder: true);
            gaps.ShouldBe([0, 0, 1, 1, 1, 1]);
        }

        // What the database holds is what the run was: every JSON column survives a fresh context.
        using (var fresh = _database.CreateContext())
        {
            var stored = await fresh.Set<CourseRun>().SingleAsync();
            stored.Status.ShouldBe(RunStatus.Completed);
            stored.Sessions.ShouldBe(view.Sessions);
            staff.Select(e => stored.Find(e)!.Status).ShouldBe([EnrolmentStatus.Completed, EnrolmentStatus.Completed, EnrolmentStatus.NotCompleted, EnrolmentStatus.Completed, EnrolmentStatus.NotCompleted, EnrolmentStatus.Declined]);
            stored.Find(staff[5])!.Note.ShouldBe("Cuti melahirkan");
            stored.Enrolments.ShouldBe((await _host.SendAsync(new GetCourseRun(run))).Enrolments);
            stored.Attendance.Count.ShouldBe(5 * view.Sessions.Count);
            stored.Terms.ShouldBe(new RunCompletionTerms(0.9m, 70m, true, 24));
            stored.Develops.Single().Competency.ShouldBe(M05);
            (await fresh.Set<Certificate>().CountAsync()).ShouldBe(3);
            fresh.ChangeTracker.DetectChanges();
            fresh.ChangeTracker.HasChanges().ShouldBeFalse();
        }

        // The next cycle's needs register no longer counts Ana and Budi short in M.05.
        var register = await _host.SendAsync(new ComputeNeedsRegister(PopulationDimension.Region));
        register.Entries.Single(l => l.Competency == M05).TargetEmployees.Count.ShouldBe(4);
        _events.Events.OfType<LearningHoursCredited>().Count().ShouldBe(3);
        plan.ShouldNotBe(default);
    }

    [Fact]
    public async Task Waiting_lists_mentoring_action_plans_certificates_and_the_due_report_work_on_SQLite()
    {
        var staff = await SeedAsync(6, mentorLevel: 4);
        var (_, run) = await ApprovedRunAsync(maxSeats: 4);
        var view = await _host.SendAsync(new GetCourseRun(run));

        await _host.SendAsync(new InviteParticipants(run, staff.Take(5).Select((e, i) => new InvitationInput(e, i)).ToArray()));
        await _host.SendAsync(new WithdrawParticipant(run, staff[1], "Mutasi"));
        (await _host.SendAsync(new GetCourseRun(run))).Enrolments.Single(e => e.Employee == staff[4]).Status.ShouldBe(EnrolmentStatus.Invited);

        var matches = await _host.SendAsync(new FindMentors([new(staff[0], "M.05", 3)]));
        matches.Single().Mentor.ShouldBe(staff[5]);
        var mentoring = await _host.SendAsync(new StartMentoring(staff[5], staff[0], "M.05", 3, 14, Today));
        var action = await _host.SendAsync(new CreateActionPlan(staff[0], "Respons pengaduan 24 jam", run, "Kepala Bidang",
            [new ActionGoalInput("Menanggapi pengaduan dalam 24 jam", "M.05", "RESPONSE-HOURS", 24m)], [new MilestoneInput("SOP disusun", Today.AddDays(10))]));

        MoveTo(Today.AddDays(15));
        var due = await _host.SendAsync(new GetWhatIsDue());

        due.Items.Single(i => i.Kind == DueKind.MentoringCheckIn).Overdue.ShouldBeTrue();
        due.Items.Single(i => i.Kind == DueKind.MilestoneOverdue).Reference.ShouldBe($"action-plan:{action}:1");
        due.Items.Count(i => i.Kind == DueKind.BelowJpEntitlement).ShouldBe(6);
        await _host.SendAsync(new RecordMentoringCheckIn(mentoring, Today, "SOP dibahas", 3));
        await _host.SendAsync(new CompleteMilestone(action, 1, Today, "SOP No. 7"));
        await _host.SendAsync(new SignOffActionPlan(action, "Kepala Bidang", Today));
        var assessment = await _host.SendAsync(new CompleteMentoring(mentoring, Today, 3, "Mandiri"));
        var after = await _host.SendAsync(new GetWhatIsDue());
        after.Items.ShouldNotContain(i => i.Kind == DueKind.MentoringCheckIn || i.Kind == DueKind.MilestoneOverdue);
        after.Items.Single(i => i.Kind == DueKind.AssessmentToConfirm).Reference.ShouldBe($"assessment:{assessment}");

        using var fresh = _database.CreateContext();
        var plan = await fresh.Set<MentoringPlan>().SingleAsync();
        (plan.Status, plan.Competency, plan.CheckIns.Single().Notes, plan.AssessedLevel).ShouldBe((MentoringStatus.Completed, M05, "SOP dibahas", (int?)3));
        var stored = await fresh.Set<ActionPlan>().SingleAsync();
        (stored.Status, stored.RunId, stored.Goals.Single().Competency, stored.Milestones.Single().Evidence.Single()).ShouldBe((ActionPlanStatus.SignedOff, (CourseRunId?)run, (CompetencyCode?)M05, "SOP No. 7"));
        (await fresh.Set<CourseRun>().SingleAsync()).Enrolments.Select(e => e.Status).ShouldBe(
            [EnrolmentStatus.Invited, EnrolmentStatus.Withdrawn, EnrolmentStatus.Invited, EnrolmentStatus.Invited, EnrolmentStatus.Invited]);
        view.MaxSeats.ShouldBe(4);
    }

    [Fact]
    public async Task Completing_a_course_again_renews_the_earlier_certificate_in_the_same_commit_on_SQLite()
    {
        var staff = await SeedAsync(3);
        var (_, run) = await ApprovedRunAsync();
        var view = await _host.SendAsync(new GetCourseRun(run));
        await _host.SendAsync(new InviteParticipants(run, staff.Take(2).Select(e => new InvitationInput(e)).ToArray()));
        await _host.SendAsync(new RespondToInvitation(run, staff[0], true));
        await _host.SendAsync(new RespondToInvitation(run, staff[1], true));

        // Ana already holds the course's certificate from an earlier run (stored as the host would have it).
        var earlierId = CertificateId.New();
        using (var context = _database.CreateContext())
        {
            var ana = await context.Set<Employee>().SingleAsync(e => e.Id == staff[0]);
            var stored = await context.Set<CourseRun>().SingleAsync();
            var earlier = Certificate.Issue(earlierId, ana, stored, view.Start.AddYears(-2));
            earlier.ClearDomainEvents();
            earlier.SetAggregateVersion(1);
            context.Add(earlier);
            await context.SaveChangesAsync();
        }

        MoveTo(view.Start);
        await _host.SendAsync(new StartRun(run));
        foreach (var session in view.Sessions)
        {
            MoveTo(session.Date);
            await _host.SendAsync(new RecordSessionAttendance(run, session.Number, staff.Take(2).Select(e => new AttendanceMark(e, true)).ToArray()));
        }

        MoveTo(view.End);
        _events.Events.Clear();
        var completion = await _host.SendAsync(new CompleteRun(run, [new(staff[0], 88m), new(staff[1], 90m)]));

        completion.Certificates.Count.ShouldBe(2);
        using var fresh = _database.CreateContext();
        var certificates = await fresh.Set<Certificate>().Where(c => c.EmployeeId == staff[0]).ToListAsync();
        var renewed = certificates.Single(c => c.Id == earlierId);
        var current = certificates.Single(c => c.Id != earlierId);
        renewed.RenewedBy.ShouldBe(current.Id);
        completion.Certificates.ShouldContain(current.Id);
        current.RenewedBy.ShouldBeNull();
        (renewed.AggregateVersion, current.AggregateVersion).ShouldBe((2L, 1L));
        (await fresh.Set<Certificate>().CountAsync(c => c.EmployeeId == staff[1])).ShouldBe(1);
        _events.Events.OfType<CertificateRenewed>().Single().ShouldBe(new CertificateRenewed(earlierId, current.Id));
        _events.Events.OfType<CertificateIssued>().Count().ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_transition_changes_nothing_in_the_database()
    {
        var staff = await SeedAsync(4);
        var (_, run) = await ApprovedRunAsync();
        await _host.SendAsync(new InviteParticipants(run, [new(staff[0]), new(staff[1])]));
        await _host.SendAsync(new RespondToInvitation(run, staff[0], true));
        _events.Events.Clear();

        await Should.ThrowAsync<DomainRuleException>(() => _host.SendAsync(new MarkNoShow(run, staff[1])));
        (await Should.ThrowAsync<DomainRuleException>(() => _host.SendAsync(new StartRun(run)))).Code.ShouldBe("domain_rule.run_starts_later");
        await Should.ThrowAsync<DomainRuleException>(() => _host.SendAsync(new RespondToInvitation(run, staff[2], true)));

        using var fresh = _database.CreateContext();
        (await fresh.Set<CourseRun>().SingleAsync()).Enrolments.Select(e => e.Status).ShouldBe([EnrolmentStatus.Confirmed, EnrolmentStatus.Invited]);
        _events.Events.ShouldBeEmpty();
    }

    private async Task<int?> GapAsync(EmployeeId employee) =>
        (await _host.SendAsync(new ComputeIndividualNeeds(employee))).Needs.Single(n => n.Competency == M05).Held!.Gap;

    private void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (target > _clock.GetUtcNow())
        {
            _clock.SetUtcNow(target);
        }
    }

    private async Task<List<EmployeeId>> SeedAsync(int count, int? mentorLevel = null)
    {
        await _host.SendAsync(new DefineFramework(Permenpanrb38Of2017.Code, Permenpanrb38Of2017.Name, Permenpanrb38Of2017.Source, Permenpanrb38Of2017.ValidFrom,
            Permenpanrb38Of2017.Competencies.Select(c => new CompetencyInput(c.Code.Value, c.Name, c.Group, c.Definition, c.Levels.Select(l => new LevelInput(l.Level.Value, l.Description)).ToArray())).ToArray()));
        await _host.SendAsync(new RegisterOpd(MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", Metro));
        var analyst = await _host.SendAsync(new DefinePosition("1872-DISKOMINFO-JF-01", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, MetroOpd));
        await _host.SendAsync(new DefinePositionStandard(analyst, new DateOnly(2024, 1, 1), [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3)]));
        var staff = new List<EmployeeId>();
        for (var i = 0; i < count; i++)
        {
            staff.Add(await _host.SendAsync(new RegisterEmployee(Nips.Make(i), $"Pegawai {i}", EmploymentType.Pns, analyst)));
            var level = mentorLevel is { } m && i == count - 1 ? m : 1;
            await _host.SendAsync(new RecordAssessment(staff[i], AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT", [new("M.01", 1), new("M.03", 1), new("M.05", level)]));
        }

        foreach (var reach in LampungReach.Create())
        {
            await _host.SendAsync(new SetRegionReach(reach.RegionCode, reach.Name, reach.Connectivity, reach.Travel));
        }

        return staff;
    }

    private async Task<(TrainingPlanId Plan, CourseRunId Run)> ApprovedRunAsync(int maxSeats = 30)
    {
        await _host.SendAsync(new DefineCourse("PLY-01", new CourseDetails(
            "Manajemen Pelayanan Publik", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", 30m, "Kurikulum terakreditasi LAN",
            [new CompetencyStepInput("M.05", 1, 3)],
            [new DeliveryOffering(DeliveryMode.Klasikal, 15_000_000m, 750_000m, 2, maxSeats, LampungReach.BpsdmCentre, false, 0m, 5, 5, LearningForm.Pelatihan)],
            Completion: new CourseCompletion(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 24))));
        var plan = (await _host.SendAsync(new ComposeTrainingPlan("Rencana 2027", 2027, 500_000_000m, MetroOpd, OpdCode: MetroOpd))).PlanId;
        await _host.SendAsync(new SubmitTrainingPlan(plan));
        await _host.SendAsync(new ApproveTrainingPlan(plan, "Sekretaris Daerah"));
        var run = await _host.SendAsync(new ScheduleRun(plan, 1, WaitingListOrder.Priority));
        _events.Events.Clear();
        return (plan, run);
    }
}
