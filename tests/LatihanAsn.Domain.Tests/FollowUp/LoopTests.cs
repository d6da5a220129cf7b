using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

public sealed class ClosedLoopTests
{
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");

    private static async Task<int?> HeldGapAsync(TestHost host, EmployeeId employee, DateOnly asOf) =>
        (await host.Send(new ComputeIndividualNeeds(employee, asOf))).Needs.Single(n => n.Competency == M05).Held!.Gap;

    [Fact]
    public async Task Need_plan_run_completion_evidence_and_a_smaller_gap_that_feeds_the_next_plan()
    {
        using var host = new TestHost();
        var course = RunFixture.Course(new CourseCompletion(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 36));
        var setup = await RunFixture.ScheduledAsync(host, course);
        var (ana, budi, citra) = (setup.Staff[0], setup.Staff[1], setup.Staff[2]);
        var line = host.Store.Set<TrainingPlan>().Single().Lines.Single(l => l.Number == 1);

        // The need: every Metro analyst is one level short in M.05 (level 1, the standard asks 2-3), and the plan targets them.
        (await HeldGapAsync(host, ana, host.Today)).ShouldBe(1);
        line.TargetEmployees.ShouldContain(ana);
        line.Competencies.ShouldContain(M05);

        // The run: three take part; Ana and Budi pass the test, Citra does not.
        await host.Send(new InviteParticipants(setup.Run, [new(ana), new(budi), new(citra)]));
        foreach (var p in new[] { ana, budi, citra })
        {
            await host.Send(new RespondToInvitation(setup.Run, p, true));
        }

        RunFixture.MoveTo(host, setup.View.Start);
        await host.Send(new StartRun(setup.Run));
        await RunFixture.AttendAsync(host, setup, [ana, budi, citra], (_, _) => true);
        var completion = await host.Send(new CompleteRun(setup.Run, [new(ana, 85m), new(budi, 72m), new(citra, 55m)]));

        // Evidence: a pending test assessment each for Ana and Budi at the level the course leads them to (1 -> 2).
        completion.Evidence.Count.ShouldBe(2);
        var evidence = host.Store.Set<CompetencyAssessment>().Where(a => completion.Evidence.Contains(a.Id)).ToDictionary(a => a.EmployeeId);
        evidence.Keys.ShouldBe([ana, budi], ignoreOrder: true);
        evidence.Values.ShouldAllBe(a => a.Source == AssessmentSource.Test && a.Status == AssessmentStatus.Pending && a.AssessedOn == setup.View.End);
        evidence[ana].Levels.Single().ShouldBe(new AssessedLevel(M05, ProficiencyLevel.From(2)));
        evidence[ana].Evidence.Single().Reference.ShouldBe($"run:{setup.Run}");
        completion.Certificates.Count.ShouldBe(2);

        // Pending evidence changes nothing until the supervisor decides; it is on the list of what is due.
        (await HeldGapAsync(host, ana, host.Today)).ShouldBe(1);
        var due = await host.Send(new GetWhatIsDue(HorizonDays: 0));
        due.Items.Where(i => i.Kind == DueKind.AssessmentToConfirm).Select(i => i.Employee).ShouldBe([ana, budi], ignoreOrder: true);

        await host.Send(new ConfirmAssessment(evidence[ana].Id, "Kepala Bidang Aplikasi"));
        await host.Send(new RejectAssessment(evidence[budi].Id, "Kepala Bidang Aplikasi", "Belum terlihat dalam pekerjaan sehari-hari"));

        (await HeldGapAsync(host, ana, host.Today)).ShouldBe(0);
        (await HeldGapAsync(host, budi, host.Today)).ShouldBe(1);
        (await HeldGapAsync(host, citra, host.Today)).ShouldBe(1);
        host.Events.Events.OfType<AssessmentConfirmed>().Single().EmployeeId.ShouldBe(ana);
        (await host.Send(new GetWhatIsDue(HorizonDays: 0))).Items.ShouldNotContain(i => i.Kind == DueKind.AssessmentToConfirm);

        // The next cycle: Ana meets the standard in M.05 now, so the next plan does not target her for it.
        var next = await host.Send(new ComposeTrainingPlan("Rencana 2028", 2028, 500_000_000m, World.MetroOpd, OpdCode: World.MetroOpd));
        var targets = host.Store.Set<TrainingPlan>().Single(p => p.Id == next.PlanId).Lines.Where(l => l.Competencies.Contains(M05)).SelectMany(l => l.TargetEmployees).ToArray();
        targets.ShouldNotContain(ana);
        targets.ShouldContain(budi);
    }

    [Fact]
    public async Task A_course_without_a_test_gives_no_evidence_and_someone_already_at_the_courses_level_gets_none()
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, participants: 2);
        await RunFixture.AttendAsync(host, setup, [setup.Staff[0], setup.Staff[1]], (_, _) => true);

        (await host.Send(new CompleteRun(setup.Run))).Evidence.ShouldBeEmpty();

        using var other = new TestHost();
        var tested = await RunFixture.ScheduledAsync(other, RunFixture.Course(new CourseCompletion(PassingScore: 60m)));
        await other.Send(new RecordAssessment(tested.Staff[0], AssessmentSource.AssessmentCentre, other.Today, "UPT", [new("M.05", 3)]));
        await other.Send(new InviteParticipants(tested.Run, [new(tested.Staff[0]), new(tested.Staff[1])]));
        await other.Send(new RespondToInvitation(tested.Run, tested.Staff[0], true));
        await other.Send(new RespondToInvitation(tested.Run, tested.Staff[1], true));
        RunFixture.MoveTo(other, tested.View.Start);
        await other.Send(new StartRun(tested.Run));
        await RunFixture.AttendAsync(other, tested, [tested.Staff[0], tested.Staff[1]], (_, _) => true);

        var completion = await other.Send(new CompleteRun(tested.Run, [new(tested.Staff[0], 90m), new(tested.Staff[1], 90m)]));

        completion.Evidence.Count.ShouldBe(1);
        other.Store.Set<CompetencyAssessment>().Single(a => a.Id == completion.Evidence[0]).EmployeeId.ShouldBe(tested.Staff[1]);
    }
}

public sealed class CertificateTests
{
    private static async Task<(RunSetup Setup, RunCompletion Completion)> CertifiedAsync(TestHost host, int? validityMonths, int line = 1, RunSetup? existing = null, params int[] who)
    {
        var setup = existing ?? await RunFixture.ScheduledAsync(host, RunFixture.Course(new CourseCompletion(GrantsCertificate: true, CertificateValidityMonths: validityMonths), maxSeats: 3));
        if (line != 1)
        {
            var run = await host.Send(new ScheduleRun(setup.Plan, line));
            setup = setup with { Run = run, View = await host.Send(new GetCourseRun(run)) };
        }

        var people = who.Select(i => setup.Staff[i]).ToArray();
        await host.Send(new InviteParticipants(setup.Run, people.Select(p => new InvitationInput(p)).ToArray()));
        foreach (var p in people)
        {
            await host.Send(new RespondToInvitation(setup.Run, p, true));
        }

        RunFixture.MoveTo(host, setup.View.Start);
        await host.Send(new StartRun(setup.Run));
        await RunFixture.AttendAsync(host, setup, people, (_, _) => true);
        return (setup, await host.Send(new CompleteRun(setup.Run)));
    }

    [Fact]
    public async Task Certificates_are_valid_then_expiring_then_expired_by_their_validity()
    {
        using var host = new TestHost();
        var (setup, completion) = await CertifiedAsync(host, 12, who: [0, 1]);
        var until = setup.View.End.AddMonths(12).AddDays(-1);

        completion.Certificates.Count.ShouldBe(2);
        var all = await host.Send(new GetCertificates());
        all.ShouldAllBe(c => c.IssuedOn == setup.View.End && c.ValidUntil == until && c.Standing == CertificateStanding.Valid && c.CourseCode == "PPP-01");

        (await host.Send(new GetCertificates(CertificateFilter.Expiring, until.AddDays(-61)))).ShouldBeEmpty();
        var expiring = await host.Send(new GetCertificates(CertificateFilter.Expiring, until.AddDays(-60)));
        expiring.Select(c => c.DaysLeft).ShouldBe([60, 60]);
        (await host.Send(new GetCertificates(CertificateFilter.Expiring, until.AddDays(-90), WithinDays: 90))).Count.ShouldBe(2);
        (await host.Send(new GetCertificates(CertificateFilter.Valid, until))).Count.ShouldBe(2);
        (await host.Send(new GetCertificates(CertificateFilter.Expired, until))).ShouldBeEmpty();
        var expired = await host.Send(new GetCertificates(CertificateFilter.Expired, until.AddDays(1), Employee: setup.Staff[0]));
        expired.Single().DaysLeft.ShouldBe(-1);
        host.Events.Events.OfType<CertificateIssued>().Select(e => e.ValidUntil).ShouldBe([until, until]);
    }

    [Fact]
    public async Task Completing_the_course_again_renews_the_earlier_certificate()
    {
        using var host = new TestHost();
        var (setup, first) = await CertifiedAsync(host, 24, who: [0, 1, 2]);
        host.Store.Set<TrainingPlan>().Single().Lines.Count.ShouldBeGreaterThanOrEqualTo(2);

        var (_, second) = await CertifiedAsync(host, 24, line: 2, existing: setup, who: [0, 3, 4]);

        var views = await host.Send(new GetCertificates(Employee: setup.Staff[0]));
        views.Select(v => v.Standing).ShouldBe([CertificateStanding.Renewed, CertificateStanding.Valid], ignoreOrder: true);
        var renewed = host.Store.Set<Certificate>().Single(c => c.Id == first.Certificates[0]);
        renewed.RenewedBy.ShouldBe(second.Certificates[0]);
        host.Events.Events.OfType<CertificateRenewed>().Single().ReplacedBy.ShouldBe(second.Certificates[0]);
        (await host.Send(new GetCertificates(CertificateFilter.Expired, new DateOnly(2031, 1, 1), Employee: setup.Staff[0]))).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_certificate_without_validity_never_expires_and_a_course_without_one_issues_none()
    {
        using var host = new TestHost();
        var (_, completion) = await CertifiedAsync(host, null, who: [0, 1]);

        (await host.Send(new GetCertificates(CertificateFilter.Expired, new DateOnly(2090, 1, 1)))).ShouldBeEmpty();
        (await host.Send(new GetCertificates(AsOf: new DateOnly(2090, 1, 1)))).ShouldAllBe(c => c.Standing == CertificateStanding.Valid && c.DaysLeft == null);
        completion.Certificates.Count.ShouldBe(2);

        using var other = new TestHost();
        var setup = await RunFixture.StartedAsync(other, participants: 2);
        await RunFixture.AttendAsync(other, setup, [setup.Staff[0], setup.Staff[1]], (_, _) => true);
        (await other.Send(new CompleteRun(setup.Run))).Certificates.ShouldBeEmpty();
        other.Store.Set<Certificate>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Certificate_queries_refuse_bad_filters_and_stay_in_scope()
    {
        using var host = new TestHost();
        await CertifiedAsync(host, 12, who: [0, 1]);

        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new GetCertificates((CertificateFilter)9, WithinDays: -1))))
            .Errors.Keys.ShouldBe(["Filter", "WithinDays"], ignoreOrder: true);
        (await host.Send(new GetCertificates(), CallerScope.ForRegion(World.PesisirRegion))).ShouldBeEmpty();
        (await host.Send(new GetCertificates(), CallerScope.ForRegion(World.MetroRegion))).Count.ShouldBe(2);
    }
}

public sealed class EvidenceDecisionTests
{
    public static TheoryData<string, string> Decisions => new()
    {
        { "confirm", "confirm" },
        { "confirm", "reject" },
        { "reject", "confirm" },
        { "reject", "reject" },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Pending_evidence_is_decided_once_a_second_decision_is_refused_and_changes_nothing(string first, string second)
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var id = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 3)], Pending: true));
        CompetencyAssessment Assessment() => host.Store.Set<CompetencyAssessment>().Single();
        Assessment().Status.ShouldBe(AssessmentStatus.Pending);

        await Decide(first);
        var status = Assessment().Status;
        host.Events.Events.Clear();
        host.Store.Writes = 0;

        var error = await Should.ThrowAsync<DomainRuleException>(() => Decide(second));

        error.Code.ShouldBe("domain_rule.assessment_not_pending");
        error.Message.ShouldContain(status.ToString());
        status.ShouldBe(first == "confirm" ? AssessmentStatus.Confirmed : AssessmentStatus.Rejected);
        Assessment().Status.ShouldBe(status);
        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();

        Task Decide(string decision) => decision == "confirm"
            ? host.Send(new ConfirmAssessment(id, "Kepala Bidang"))
            : host.Send(new RejectAssessment(id, "Kepala Bidang", "Belum terlihat"));
    }

    [Fact]
    public async Task Only_pending_evidence_in_scope_is_decided_and_every_reason_is_given()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 1);
        var confirmed = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Supervisor, host.Today, "Atasan", [new("M.05", 2)]));
        var pesisir = await host.Send(new RecordAssessment(world.PesisirStaff[0], AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 2)], Pending: true));
        host.Store.Writes = 0;

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ConfirmAssessment(confirmed, "Kepala"))))
            .Message.ShouldContain("Confirmed");
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new ConfirmAssessment(pesisir, "Kepala"), CallerScope.ForRegion(World.MetroRegion))))
            .Key.ShouldBe(pesisir.ToString());
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new RejectAssessment(default, " ", ""))))
            .Errors.Keys.ShouldBe(["AssessmentId", "RejectedBy", "Reason"], ignoreOrder: true);
        host.Store.Writes.ShouldBe(0);

        await host.Send(new RejectAssessment(pesisir, "Kepala Bidang", "Belum terlihat"), CallerScope.ForRegion(World.PesisirRegion));
        host.Events.Events.OfType<AssessmentRejected>().Single().Reason.ShouldBe("Belum terlihat");
    }
}
