using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.Tests.UnitOfWork;
using static LatihanAsn.Domain.Tests.UnitOfWork.Contention;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>
/// RespondToInvitations through the real container and pipeline, on both stores: many answers to one run give the run,
/// the events and the promotions from the waiting list that the same answers sent one by one give (two worlds built
/// alike, compared); an answer the run refuses refuses the whole batch, naming the row, with nothing stored and nothing
/// published; a failure at the write leaves nothing.
/// </summary>
public sealed class RespondToInvitationsTests
{
    public static TheoryData<string> Stores => new() { "memory", "sqlite" };

    private const int Seats = 30;

    /// <summary>The scene's run (30 seats) with 36 employees invited: the first 30 hold a seat, six wait, first come first served.</summary>
    private static async Task<(Scene Scene, List<EmployeeId> Invited, List<EmployeeId> Waiting, Labels Labels)> WorldAsync(IHarness harness)
    {
        var scene = await Scene.BuildAsync(harness, staff: 2);
        var people = new List<EmployeeId>(scene.Staff);
        for (var i = 0; people.Count < Seats + 6; i++)
        {
            people.Add(await harness.Send(new RegisterEmployee(Nips.Make(200 + i), $"Pegawai Metro {200 + i}", EmploymentType.Pns, scene.Analyst)));
        }

        var enrolled = await harness.Send(new InviteParticipants(scene.Run, [.. people.Select(p => new InvitationInput(p))]));
        enrolled.Count(e => e.Status == EnrolmentStatus.Invited).ShouldBe(Seats);
        harness.Events.Events.Clear();
        var labels = new Labels().Name(scene.Run.Value, "Run").Name(scene.Plan.Value, "Plan");
        for (var i = 0; i < people.Count; i++)
        {
            labels.Name(people[i].Value, $"E{i}");
        }

        return (scene, people[..Seats], people[Seats..], labels);
    }

    // Declines free seats for the waiting list in order; the first promoted accepts later in the same batch, the second
    // declines in turn (promoting the fourth waiting), the invitees from the 20th on do not answer.
    private static InvitationResponse[] Answers(List<EmployeeId> invited, List<EmployeeId> waiting) =>
    [
        new(invited[0], true),
        new(invited[1], false, "Tugas dinas luar daerah"),
        new(invited[2], true),
        new(waiting[0], true),
        new(invited[3], false),
        new(invited[4], false, "Cuti melahirkan"),
        new(waiting[1], false, "Beban kerja akhir triwulan"),
        .. invited[5..20].Select(e => new InvitationResponse(e, true)),
    ];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Answers_in_one_batch_promote_from_the_waiting_list_exactly_as_answers_one_by_one(string store)
    {
        using var single = IHarness.Create(store);
        using var batch = IHarness.Create(store);
        var (scene1, invited1, waiting1, labels1) = await WorldAsync(single);
        var (scene2, invited2, waiting2, labels2) = await WorldAsync(batch);

        var promoted1 = new List<EmployeeId?>();
        foreach (var answer in Answers(invited1, waiting1))
        {
            var before = single.Events.Events.Count;
            await single.Send(new RespondToInvitation(scene1.Run, answer.Employee, answer.Accept, answer.Reason));
            promoted1.Add(single.Events.Events.Skip(before).OfType<ParticipantPromoted>().Select(e => (EmployeeId?)e.Employee).SingleOrDefault());
        }

        var waitingBefore = (await batch.Send(new GetCourseRun(scene2.Run))).WaitingList.Count;
        var answered = await batch.Send(new RespondToInvitations(scene2.Run, Answers(invited2, waiting2)));
        var view2 = await batch.Send(new GetCourseRun(scene2.Run));

        // Row by row: the enrolment after the answer and who its decline promoted.
        answered.Count.ShouldBe(Answers(invited2, waiting2).Length);
        answered.Select(a => labels2.Mask(a.Promoted?.ToString() ?? "-")).ShouldBe(promoted1.Select(p => labels1.Mask(p?.ToString() ?? "-")));
        answered.Select(a => a.Promoted).OfType<EmployeeId>().ShouldBe([waiting2[0], waiting2[1], waiting2[2], waiting2[3]]);
        (waitingBefore - view2.WaitingList.Count).ShouldBe(answered.Count(a => a.Promoted is not null));
        answered.Select(a => labels2.Mask(AggregateSnapshot.Of(a.Enrolment))).ShouldBe(
            Answers(invited2, waiting2).Select(r => labels2.Mask(AggregateSnapshot.Of(view2.Enrolments.Single(e => e.Employee == r.Employee)))));

        // The run as stored and as read, and the events.
        var view1 = await single.Send(new GetCourseRun(scene1.Run));
        labels2.Mask(AggregateSnapshot.Of(view2)).ShouldBe(labels1.Mask(AggregateSnapshot.Of(view1)));
        (await StoredState.OfAsync<CourseRun>(batch, labels2)).ShouldBe(await StoredState.OfAsync<CourseRun>(single, labels1));
        StoredState.Events(batch, labels2).ShouldBe(StoredState.Events(single, labels1));
        view2.Enrolments.Count(e => e.Status == EnrolmentStatus.Confirmed).ShouldBe(18);
        view2.Enrolments.Count(e => e.Status == EnrolmentStatus.Declined).ShouldBe(4);
        view2.WaitingList.ShouldBe([waiting2[4], waiting2[5]]);
    }

    [Fact]
    public async Task With_a_priority_waiting_list_the_batch_promotes_the_highest_priority_first_as_one_by_one()
    {
        var course = RunFixture.Course(maxSeats: 3);
        using var single = new TestHost();
        using var batch = new TestHost();
        var one = await RunFixture.ScheduledAsync(single, course, WaitingListOrder.Priority, metroStaff: 8);
        var many = await RunFixture.ScheduledAsync(batch, course, WaitingListOrder.Priority, metroStaff: 8);
        decimal[] priorities = [0m, 0m, 0m, 0.2m, 0.9m, 0.5m, 0.9m, 0.1m];
        await single.Send(new InviteParticipants(one.Run, [.. one.Staff.Select((e, i) => new InvitationInput(e, priorities[i]))]));
        await batch.Send(new InviteParticipants(many.Run, [.. many.Staff.Select((e, i) => new InvitationInput(e, priorities[i]))]));
        InvitationResponse[] Answers(IReadOnlyList<EmployeeId> staff) =>
            [new(staff[0], false), new(staff[4], false), new(staff[1], false), new(staff[6], true), new(staff[2], true), new(staff[5], false)];

        foreach (var answer in Answers(one.Staff))
        {
            await single.Send(new RespondToInvitation(one.Run, answer.Employee, answer.Accept, answer.Reason));
        }

        var answered = await batch.Send(new RespondToInvitations(many.Run, Answers(many.Staff)));

        // Staff 4 and 6 wait with 0.9 (4 first come), then 5 with 0.5, 3 with 0.2, 7 with 0.1.
        answered.Select(a => a.Promoted).ShouldBe([many.Staff[4], many.Staff[6], many.Staff[5], null, null, many.Staff[3]]);
        var labels1 = new Labels();
        var labels2 = new Labels();
        for (var i = 0; i < one.Staff.Count; i++)
        {
            labels1.Name(one.Staff[i].Value, $"E{i}");
            labels2.Name(many.Staff[i].Value, $"E{i}");
        }

        labels1.Name(one.Run.Value, "Run").Name(one.Plan.Value, "Plan");
        labels2.Name(many.Run.Value, "Run").Name(many.Plan.Value, "Plan");
        labels2.Mask(AggregateSnapshot.Of(await batch.Send(new GetCourseRun(many.Run)))).ShouldBe(labels1.Mask(AggregateSnapshot.Of(await single.Send(new GetCourseRun(one.Run)))));
        batch.Events.Events.Select(e => labels2.Mask(AggregateSnapshot.Of(e))).Order().ShouldBe(single.Events.Events.Select(e => labels1.Mask(AggregateSnapshot.Of(e))).Order());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task An_answer_the_run_refuses_refuses_the_whole_batch_naming_the_row(string store)
    {
        using var harness = IHarness.Create(store);
        var (scene, invited, waiting, _) = await WorldAsync(harness);

        // The shape: every failure names its row.
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, []))))
            .Errors.Keys.ShouldBe(["Responses"]);
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, [new(invited[0], true), null!, new(invited[1], false, new string('x', 1001))]))))
            .Errors.Keys.ShouldBe(["Responses[1]", "Responses[2].Reason"], ignoreOrder: true);

        // The run's own rules, for the row that breaks them: still waiting, answering twice, not enrolled at all.
        var error = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, [new(invited[0], true), new(invited[1], true), new(waiting[0], true)])));
        (error.Row, error.Code, error.Error.Code).ShouldBe((2, "domain_rule.enrolment_cannot_move", "domain_rule.enrolment_cannot_move"));
        error = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, [new(invited[0], true), new(invited[0], false)])));
        error.Row.ShouldBe(1);
        error = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, [new(EmployeeId.New(), true)])));
        (error.Row, error.Code).ShouldBe((0, "domain_rule.enrolment_cannot_move"));

        // A decline that promoted someone earlier in the refused batch promoted no one.
        error = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, [new(invited[1], false), new(waiting[0], true), new(waiting[1], true)])));
        error.Row.ShouldBe(2);
        (await harness.Send(new GetCourseRun(scene.Run))).WaitingList.ShouldBe(waiting);

        // A run not found is the request's own error, not a row's.
        var missing = await RefusedAsync<NotFoundInScopeException>(harness, () => harness.Send(new RespondToInvitations(CourseRunId.New(), [new(invited[0], true)])));
        missing.Code.ShouldBe(ErrorCodes.NotFound);

        // A cancelled run takes no answers.
        await harness.Send(new CancelRun(scene.Run, "Anggaran dialihkan"));
        error = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new RespondToInvitations(scene.Run, [new(invited[0], true)])));
        (error.Row, error.Code).ShouldBe((0, "domain_rule.run_not_scheduled"));
    }

    [Fact]
    public async Task A_run_outside_the_callers_scope_is_not_found()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        await host.Send(new InviteParticipants(setup.Run, [new InvitationInput(setup.Staff[0])]));
        host.Events.Events.Clear();
        host.Store.Writes = 0;

        await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new RespondToInvitations(setup.Run, [new(setup.Staff[0], true)]), CallerScope.ForRegion(World.PesisirRegion)));

        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();
        (await host.Send(new RespondToInvitations(setup.Run, [new(setup.Staff[0], true)]), CallerScope.ForRegion(World.MetroRegion))).Single().Enrolment.Status.ShouldBe(EnrolmentStatus.Confirmed);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_failure_at_the_write_leaves_nothing(string store)
    {
        using var harness = IHarness.Create(store);
        var (scene, invited, waiting, _) = await WorldAsync(harness);

        var answered = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new RespondToInvitations(scene.Run, Answers(invited, waiting))), minimumWrites: 1);

        answered.Count(a => a.Promoted is not null).ShouldBe(4);
        harness.Events.Events.OfType<ParticipantPromoted>().Count().ShouldBe(4);
    }

    private static async Task<T> RefusedAsync<T>(IHarness harness, Func<Task> act)
        where T : LatihanAsnException
    {
        var before = await harness.FingerprintAsync();
        harness.Events.Events.Clear();
        var error = await Should.ThrowAsync<T>(act);
        (await harness.FingerprintAsync()).ShouldBe(before, $"{harness.Name}: a refused batch changed the store");
        harness.Events.Events.ShouldBeEmpty($"{harness.Name}: a refused batch published events");
        return error;
    }
}
