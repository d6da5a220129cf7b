using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.EntityFrameworkCore.Tests;
using LatihanAsn.Domain.Tests.Infrastructure;
using MediatR;
using static LatihanAsn.Domain.Tests.UnitOfWork.Contention;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// A failure injected at every write of each multi-aggregate command, on SQLite and PostgreSQL through the EF Core package: the command fails with the
/// library's <c>unexpected</c> error, the stored state is exactly as before, no event is published, and the same
/// command then succeeds (a retry works).
/// </summary>
public sealed class FailureScenarios
{
    public async Task Completing_a_run_with_credit_certificates_and_evidence_is_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 4);
        await scene.AttendedAsync(4);
        var scores = scene.Staff.Select((p, i) => new TestScoreInput(p, 60m + (10m * i))).ToArray();

        var completion = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new CompleteRun(scene.Run, scores)), minimumWrites: EfHarness.Writes(5));

        completion.Outcomes.Count.ShouldBe(4);
        completion.Certificates.Count.ShouldBe(3); // 70, 80 and 90 pass; 60 does not
        completion.Evidence.Count.ShouldBe(3);
        completion.CreditedJp.Count.ShouldBe(3); // completion needs a passed test
    }

    public async Task Completing_a_second_run_of_the_same_course_renews_the_certificate_in_one_commit(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 3);
        await scene.AttendedAsync(3);
        var first = await harness.Send(new CompleteRun(scene.Run, [.. scene.Staff.Select(p => new TestScoreInput(p, 90m))]));
        first.Certificates.Count.ShouldBe(3);

        // The same course again next year: a new plan, a new run, the same people.
        var next = (await harness.Send(new ComposeTrainingPlan("Rencana 2028", 2028, 5_000_000_000m, World.MetroOpd, OpdCode: World.MetroOpd))).PlanId;
        await harness.Send(new SubmitTrainingPlan(next));
        await harness.Send(new ApproveTrainingPlan(next, "Kepala BPSDM"));
        var again = new Scene { Harness = harness, Analyst = scene.Analyst, Head = scene.Head, Staff = scene.Staff, Plan = next, Run = await harness.Send(new ScheduleRun(next, 1)) };
        await again.AttendedAsync(3);

        var renewal = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new CompleteRun(again.Run, [.. scene.Staff.Select(p => new TestScoreInput(p, 95m))])), minimumWrites: EfHarness.Writes(4));

        renewal.Certificates.Count.ShouldBe(3);
        var certificates = await harness.Send(new GetCertificates(new CertificateFilter()));
        certificates.Count(c => first.Certificates.Contains(c.CertificateId)).ShouldBe(3);
        harness.Events.Events.OfType<CertificateIssued>().Count().ShouldBe(3);
    }

    public async Task Transferring_an_employee_is_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);

        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new TransferEmployee(scene.Staff[0], scene.Head)), minimumWrites: EfHarness.Writes(1));

        (await harness.Send(new GetEmployeeProfile(scene.Staff[0]))).PositionId.ShouldBe(scene.Head);
    }

    public async Task Approving_a_revision_supersedes_the_approved_version_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);
        var revision = await harness.Send(new ReviseTrainingPlan(scene.Plan));
        await harness.Send(new SubmitTrainingPlan(revision));

        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ApproveTrainingPlan(revision, "Kepala BPSDM")), minimumWrites: EfHarness.Writes(2));

        harness.Events.Events.OfType<TrainingPlanApproved>().Single().PlanId.ShouldBe(revision);
    }

    public async Task Versioning_the_framework_is_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        await Scene.BuildAsync(harness, staff: 2);
        IReadOnlyList<CompetencyInput> Technical() =>
        [
            new("TEK.01", "Pengelolaan Pengaduan", CompetencyGroup.Teknis, "Menangani pengaduan masyarakat sampai tuntas.",
                [.. Enumerable.Range(1, 5).Select(l => new LevelInput(l, $"Tingkat {l}"))]),
        ];
        await harness.Send(new DefineFramework("KOMTEK-DISKOMINFO", "Kompetensi Teknis Diskominfo", "Keputusan Kepala Dinas 1/2025", new DateOnly(2025, 1, 1), Technical()));

        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new VersionFramework("KOMTEK-DISKOMINFO", "Keputusan Kepala Dinas 2/2026", new DateOnly(2026, 1, 1), Technical())), minimumWrites: EfHarness.Writes(2));
    }

    public async Task Recording_hours_for_an_employee_without_a_ledger_is_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);

        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new RecordLearningHours(scene.Staff[0], new DateOnly(2026, 3, 2), LearningForm.Seminar, 180, "Seminar pelayanan publik", Reference: "seminar-1")), minimumWrites: EfHarness.Writes(1));
    }

    public async Task Importing_employees_and_their_assessments_is_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);

        var ids = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportEmployees(
            [.. Enumerable.Range(700, 5).Select(n => new RegisterEmployee(Nips.Make(n), $"Pegawai Impor {n}", EmploymentType.Pns, scene.Analyst))])), minimumWrites: EfHarness.Writes(5));
        var assessed = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportAssessments(
            [.. ids.Select(id => new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT Penilaian Kompetensi", [new("M.01", 2), new("M.05", 1)]))])), minimumWrites: EfHarness.Writes(5));

        assessed.Count.ShouldBe(5);
        (await harness.Send(new GetEmployeeProfile(ids[4]))).PositionId.ShouldBe(scene.Analyst);
    }

    public async Task Importing_learning_hours_and_answers_is_all_or_nothing(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 3);
        await harness.Send(new InviteParticipants(scene.Run, [.. scene.Staff.Select(p => new InvitationInput(p))]));

        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportLearningHours(
            [.. scene.Staff.Select((p, i) => new RecordLearningHours(p, new DateOnly(2026, 3, 2), LearningForm.Seminar, 180, "Seminar pelayanan publik", Reference: $"seminar-{i}"))])), minimumWrites: EfHarness.Writes(3));
        var answered = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new RespondToInvitations(scene.Run,
            [new InvitationResponse(scene.Staff[0], true), new InvitationResponse(scene.Staff[1], false, "Tugas dinas luar daerah"), new InvitationResponse(scene.Staff[2], true)])), minimumWrites: EfHarness.Writes(1));

        answered.Select(a => a.Enrolment.Status).ShouldBe([EnrolmentStatus.Confirmed, EnrolmentStatus.Declined, EnrolmentStatus.Confirmed]);
    }
}
