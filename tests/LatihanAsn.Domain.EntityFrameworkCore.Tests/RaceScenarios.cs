using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.EntityFrameworkCore.Tests;
using LatihanAsn.Domain.Tests.Infrastructure;
using static LatihanAsn.Domain.Tests.UnitOfWork.Contention;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// Twenty concurrent requests, each in its own DI scope and its own connection, on SQLite and PostgreSQL through the EF Core package: no lost
/// update, no duplicate, and no error but the library's own (a conflict, or a refusal of a request that came too late).
/// </summary>
public sealed class RaceScenarios
{
    public async Task Concurrent_invitations_to_one_run_lose_none_of_the_accepted_ones(Provider provider)
    {
        // The requests must really overlap for the run to prove anything; on a busy machine they may not, so try again.
        for (var attempt = 1; ; attempt++)
        {
            await using var harness = await EfHarness.CreateAsync(provider);
            var scene = await Scene.BuildAsync(harness, staff: Concurrency);
            harness.PauseReads();

            var (accepted, refused) = await Race(i => harness.Send(new InviteParticipants(scene.Run, [new InvitationInput(scene.Staff[i])])).ContinueWith(t => (i, t.Result), TaskScheduler.Default));

            OnlyConflicts(refused);
            accepted.ShouldNotBeEmpty();
            var run = await harness.Send(new GetCourseRun(scene.Run));
            run.Enrolments.Select(e => e.Employee.Value).Order().ShouldBe(accepted.Select(a => scene.Staff[a.i].Value).Order());
            harness.Events.Events.OfType<ParticipantInvited>().Count().ShouldBe(accepted.Count);
            if (refused.Count > 0 || attempt == 3)
            {
                refused.ShouldNotBeEmpty("the requests never overlapped, so these runs proved nothing");
                break;
            }
        }
    }

    public async Task Twenty_imports_sharing_a_NIP_store_one_batch_whole(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);
        var before = await harness.CountAsync("Employee");
        harness.PauseReads();

        // Every batch carries the same NIP and one of its own: one batch can be stored, and only whole.
        var (accepted, refused) = await Race(i => harness.Send(new ImportEmployees(
        [
            new RegisterEmployee(Nips.Make(500), "Pegawai Bersama", EmploymentType.Pns, scene.Analyst),
            new RegisterEmployee(Nips.Make(600 + i), $"Pegawai Impor {i}", EmploymentType.Pns, scene.Analyst),
        ])));

        OnlyLibraryRefusals(refused); // a conflict, or the shared NIP found registered by a batch that read after the first commit
        accepted.Count.ShouldBe(1);
        (await harness.CountAsync("Employee")).ShouldBe(before + 2);
        harness.Events.Events.OfType<EmployeeRegistered>().Select(e => e.EmployeeId.Value).Order().ShouldBe(accepted.Single().Select(id => id.Value).Order());
    }

    public async Task Twenty_batches_of_answers_to_one_run_lose_none(Provider provider)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var harness = await EfHarness.CreateAsync(provider);
            var scene = await Scene.BuildAsync(harness, staff: Concurrency);
            await harness.Send(new InviteParticipants(scene.Run, [.. scene.Staff.Select(p => new InvitationInput(p))]));
            harness.Events.Events.Clear();
            harness.PauseReads();

            var (accepted, refused) = await Race(i => harness.Send(new RespondToInvitations(scene.Run, [new InvitationResponse(scene.Staff[i], true)])).ContinueWith(t => (i, t.Result), TaskScheduler.Default));

            OnlyConflicts(refused);
            accepted.ShouldNotBeEmpty();
            var confirmed = (await harness.Send(new GetCourseRun(scene.Run))).Enrolments.Where(e => e.Status == EnrolmentStatus.Confirmed).Select(e => e.Employee.Value).Order();
            confirmed.ShouldBe(accepted.Select(a => scene.Staff[a.i].Value).Order());
            harness.Events.Events.OfType<InvitationConfirmed>().Count().ShouldBe(accepted.Count);
            if (refused.Count > 0 || attempt == 3)
            {
                refused.ShouldNotBeEmpty("the requests never overlapped, so these runs proved nothing");
                break;
            }
        }
    }

    public async Task Inviting_the_same_employee_concurrently_enrols_them_once(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 3);
        harness.PauseReads();

        var (_, refused) = await Race(_ => harness.Send(new InviteParticipants(scene.Run, [new InvitationInput(scene.Staff[0])])));

        OnlyConflicts(refused); // the first invites; the others conflict, or read it invited and change nothing
        (await harness.Send(new GetCourseRun(scene.Run))).Enrolments.Count(e => e.Employee == scene.Staff[0]).ShouldBe(1);
        harness.Events.Events.OfType<ParticipantInvited>().Count().ShouldBe(1);
    }

    public async Task A_plan_approved_by_twenty_people_at_once_is_approved_once(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 3);
        var revision = await harness.Send(new ReviseTrainingPlan(scene.Plan));
        await harness.Send(new SubmitTrainingPlan(revision));
        harness.Events.Events.Clear();
        harness.PauseReads();

        var (accepted, refused) = await Race(i => harness.Send(new ApproveTrainingPlan(revision, $"Pejabat {i}")));

        accepted.ShouldNotBeEmpty(); // the first, and any that read it approved (approving an approved plan changes nothing)
        OnlyConflicts(refused);
        harness.Events.Events.OfType<TrainingPlanApproved>().Count().ShouldBe(1);
        harness.Events.Events.OfType<TrainingPlanApproved>().Single().PlanId.ShouldBe(revision);
    }

    public async Task Two_versions_approved_at_once_leave_one_approved_version(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 3);
        var second = await harness.Send(new ReviseTrainingPlan(scene.Plan));
        var third = await harness.Send(new ReviseTrainingPlan(scene.Plan));
        await harness.Send(new SubmitTrainingPlan(second));
        await harness.Send(new SubmitTrainingPlan(third));
        harness.Events.Events.Clear();
        harness.PauseReads();

        var (accepted, refused) = await Race(i => harness.Send(new ApproveTrainingPlan(i % 2 == 0 ? second : third, $"Pejabat {i}")));

        accepted.ShouldNotBeEmpty();
        OnlyLibraryRefusals(refused); // a conflict, or the other version refused once one was approved
        harness.Events.Events.OfType<TrainingPlanApproved>().Count().ShouldBe(1);
        var approved = harness.Events.Events.OfType<TrainingPlanApproved>().Single().PlanId;
        var explanations = new[] { scene.Plan, second, third }.Select(id => harness.Send(new ExplainTrainingPlan(id)));
        (await Task.WhenAll(explanations)).Count(e => e.Status == PlanStatus.Approved).ShouldBe(1);
        approved.ShouldBeOneOf(second, third);
    }

    public async Task Concurrent_credits_to_one_ledger_lose_none_of_the_accepted_ones(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);
        await harness.Send(new RecordLearningHours(scene.Staff[0], new DateOnly(2026, 2, 2), LearningForm.Seminar, 90, "Seminar pembuka", Reference: "seed"));
        harness.Events.Events.Clear();
        harness.PauseReads();

        var (accepted, refused) = await Race(i => harness.Send(new RecordLearningHours(scene.Staff[0], new DateOnly(2026, 3, 2), LearningForm.Seminar, 90, $"Seminar {i}", Reference: $"seminar-{i}")));

        OnlyConflicts(refused);
        accepted.ShouldNotBeEmpty();
        accepted.ShouldAllBe(a => a.Credited);
        harness.Events.Events.OfType<LearningHoursCredited>().Count().ShouldBe(accepted.Count);
        var final = await harness.Send(new RecordLearningHours(scene.Staff[0], new DateOnly(2026, 4, 1), LearningForm.Seminar, 90, "Seminar penutup", Reference: "last"));
        final.Standing.Jp.ShouldBe(final.Jp * (accepted.Count + 2));
        (await harness.CountAsync(nameof(LearningHoursLedger))).ShouldBe(1);
    }

    public async Task Concurrent_first_credits_create_one_ledger_and_no_provider_error(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);
        harness.PauseReads();

        var (accepted, refused) = await Race(i => harness.Send(new RecordLearningHours(scene.Staff[1], new DateOnly(2026, 3, 2), LearningForm.Seminar, 90, $"Seminar {i}", Reference: $"seminar-{i}")));

        OnlyConflicts(refused);
        accepted.ShouldNotBeEmpty();
        (await harness.CountAsync(nameof(LearningHoursLedger))).ShouldBe(1);
        harness.Events.Events.OfType<LearningHoursCredited>().Count().ShouldBe(accepted.Count);
    }

    public async Task Concurrent_answers_of_one_respondent_keep_one_response(Provider provider)
    {
        await using var harness = await EfHarness.CreateAsync(provider);
        var scene = await Scene.BuildAsync(harness, staff: 2);
        var survey = await harness.Send(new OpenNeedsSurvey("Survei kebutuhan 2027", SurveyForm.Borich, [new SurveyItemInput("M.01"), new SurveyItemInput("M.05")]));
        harness.PauseReads();

        var (accepted, refused) = await Race(i => harness.Send(new SubmitSurveyResponse(survey, scene.Staff[0], [new AnswerInput("M.01", 1 + (i % 5), 1 + (i % 3)), new AnswerInput("M.05", 5, 2)])));

        OnlyConflicts(refused);
        accepted.ShouldNotBeEmpty();
        accepted.Distinct().Count().ShouldBe(1);
        (await harness.CountAsync(nameof(SurveyResponse))).ShouldBe(1);
    }
}
