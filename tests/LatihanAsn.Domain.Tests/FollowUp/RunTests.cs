using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

public sealed class RunStateMachineTests
{
    [Fact]
    public async Task A_run_is_scheduled_from_an_approved_line_with_its_sessions_and_terms()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host, RunFixture.Course(new CourseCompletion(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 24), sessions: 4));
        var plan = host.Store.Set<TrainingPlan>().Single();
        var line = plan.Lines.Single(l => l.Number == 1);
        var run = RunFixture.Stored(host, setup.Run);

        (run.Status, run.CourseCode, run.Start, run.End, run.Jp).ShouldBe((RunStatus.Scheduled, "PPP-01", line.Start, line.End, line.Jp));
        run.Sessions.Count.ShouldBe(4);
        run.Sessions.Sum(s => s.Jp).ShouldBe(line.Jp);
        run.Sessions.Select(s => s.Date).ShouldBeInOrder();
        run.Sessions[0].Date.ShouldBe(line.Start);
        run.Sessions.ShouldAllBe(s => s.Date >= line.Start && s.Date <= line.End);
        run.Terms.ShouldBe(new RunCompletionTerms(0.9m, 70m, true, 24));
        (run.RegionCode, run.OpdCode).ShouldBe((World.MetroRegion, World.MetroOpd));
    }

    [Fact]
    public async Task Only_approved_plans_and_existing_unscheduled_lines_are_run()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var draft = (await host.Send(new ComposeTrainingPlan("Rencana Lain", 2027, 100_000_000m, World.MetroOpd, OpdCode: World.MetroOpd))).PlanId;
        host.Store.Writes = 0;

        var draftRefused = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ScheduleRun(draft, 2)));
        draftRefused.Code.ShouldBe("domain_rule.plan_not_approved");
        draftRefused.Message.ShouldContain("Draft");
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ScheduleRun(setup.Plan, 1)))).Errors["Line"].Single().ShouldContain("1");
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new ScheduleRun(setup.Plan, 99)))).Code.ShouldBe("domain_rule.plan_line_missing");
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ScheduleRun(TrainingPlanId.New(), 1, (WaitingListOrder)5)))).Errors.Keys.ShouldBe(["WaitingList"]);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new ScheduleRun(TrainingPlanId.New(), 1)))).Code.ShouldBe("not_found");
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new ScheduleRun(setup.Plan, 2), CallerScope.ForRegion(World.PesisirRegion)))).Code.ShouldBe("not_found");
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<CourseRun>().Count.ShouldBe(1);
    }

    [Fact]
    public async Task The_happy_path_raises_an_event_for_every_step()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var people = setup.Staff.Take(3).ToArray();

        var invited = await host.Send(new InviteParticipants(setup.Run, people.Select(p => new InvitationInput(p)).ToArray()));
        foreach (var p in people)
        {
            await host.Send(new RespondToInvitation(setup.Run, p, true));
        }

        RunFixture.MoveTo(host, setup.View.Start);
        await host.Send(new StartRun(setup.Run));
        await RunFixture.AttendAsync(host, setup, people, (_, _) => true);
        var completion = await host.Send(new CompleteRun(setup.Run));

        invited.ShouldAllBe(e => e.Status == EnrolmentStatus.Invited);
        completion.Outcomes.ShouldAllBe(o => o.Completed && o.AttendanceShare == 1m && o.PassedTest == null);
        var kinds = host.Events.Events.Select(e => e.GetType().Name).Distinct().ToArray();
        kinds.ShouldBe(["ParticipantInvited", "InvitationConfirmed", "RunStarted", "SessionAttendanceRecorded", "ParticipantCompleted", "RunCompleted", "LearningHoursCredited"]);
        RunFixture.Stored(host, setup.Run).Status.ShouldBe(RunStatus.Completed);
    }

    public static TheoryData<string, string> InvalidMoves => new()
    {
        { "confirm without an invitation", "Scheduled" },
        { "decline after confirming", "Scheduled" },
        { "mark an invited employee a no-show", "Scheduled" },
        { "start with fewer confirmed than the minimum", "Scheduled" },
        { "record attendance before the start", "Scheduled" },
        { "complete a run not started", "Scheduled" },
        { "invite once started", "InProgress" },
        { "confirm once started", "InProgress" },
        { "record attendance of someone not confirmed", "InProgress" },
        { "record attendance of a session that does not exist", "InProgress" },
        { "start twice", "InProgress" },
        { "withdraw after completion", "Completed" },
        { "cancel after completion", "Completed" },
        { "complete twice", "Completed" },
        { "start a cancelled run", "Cancelled" },
        { "cancel twice", "Cancelled" },
        { "invite to a cancelled run", "Cancelled" },
    };

    [Theory]
    [MemberData(nameof(InvalidMoves))]
    public async Task Invalid_moves_are_refused_with_a_reason_and_change_nothing(string move, string state)
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var staff = setup.Staff;
        await host.Send(new InviteParticipants(setup.Run, [new(staff[0]), new(staff[1]), new(staff[2])]));
        await host.Send(new RespondToInvitation(setup.Run, staff[0], true));
        if (state != "Scheduled")
        {
            await host.Send(new RespondToInvitation(setup.Run, staff[1], true));
            RunFixture.MoveTo(host, setup.View.Start);
            if (state == "Cancelled")
            {
                await host.Send(new CancelRun(setup.Run, "Narasumber berhalangan"));
            }
            else
            {
                await host.Send(new StartRun(setup.Run));
            }
        }

        if (state == "Completed")
        {
            await RunFixture.AttendAsync(host, setup, [staff[0], staff[1]], (_, _) => true);
            await host.Send(new CompleteRun(setup.Run));
        }

        var before = RunFixture.Stored(host, setup.Run);
        var (status, enrolments, attendance) = (before.Status, before.Enrolments.ToArray(), before.Attendance.ToArray());
        host.Events.Events.Clear();
        host.Store.Writes = 0;
        RunFixture.MoveTo(host, setup.View.End);

        Func<Task> act = move switch
        {
            "confirm without an invitation" => () => host.Send(new RespondToInvitation(setup.Run, staff[4], true)),
            "decline after confirming" => () => host.Send(new RespondToInvitation(setup.Run, staff[0], false)),
            "mark an invited employee a no-show" => () => host.Send(new MarkNoShow(setup.Run, staff[1])),
            "start with fewer confirmed than the minimum" => () => host.Send(new StartRun(setup.Run)),
            "record attendance before the start" => () => host.Send(new RecordSessionAttendance(setup.Run, 1, [new(staff[0], true)])),
            "complete a run not started" => () => host.Send(new CompleteRun(setup.Run)),
            "invite once started" => () => host.Send(new InviteParticipants(setup.Run, [new(staff[3])])),
            "confirm once started" => () => host.Send(new RespondToInvitation(setup.Run, staff[2], true)),
            "record attendance of someone not confirmed" => () => host.Send(new RecordSessionAttendance(setup.Run, 1, [new(staff[0], true), new(staff[2], true)])),
            "record attendance of a session that does not exist" => () => host.Send(new RecordSessionAttendance(setup.Run, 9, [new(staff[0], true)])),
            "start twice" => () => host.Send(new StartRun(setup.Run)),
            "withdraw after completion" => () => host.Send(new WithdrawParticipant(setup.Run, staff[0])),
            "cancel after completion" => () => host.Send(new CancelRun(setup.Run, "Terlambat")),
            "complete twice" => () => host.Send(new CompleteRun(setup.Run)),
            "start a cancelled run" => () => host.Send(new StartRun(setup.Run)),
            "cancel twice" => () => host.Send(new CancelRun(setup.Run, "Lagi")),
            "invite to a cancelled run" => () => host.Send(new InviteParticipants(setup.Run, [new(staff[3])])),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        };

        var error = await Should.ThrowAsync<DomainRuleException>(act);

        error.Message.ShouldNotBeNullOrWhiteSpace();
        var after = RunFixture.Stored(host, setup.Run);
        after.Status.ShouldBe(status);
        after.Enrolments.ShouldBe(enrolments);
        after.Attendance.ShouldBe(attendance);
        host.Store.Writes.ShouldBe(0);
        host.Events.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Refusals_speak_the_callers_language()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);

        using (new CultureScope("id-ID"))
        {
            (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new StartRun(setup.Run).WithClock(host, setup.View.Start)))).Message.ShouldContain("memerlukan minimal");
        }

        using (new CultureScope("en-GB"))
        {
            (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new StartRun(setup.Run)))).Message.ShouldContain("needs at least 2 confirmed participants; it has 0");
            (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new CancelRun(setup.Run, " ")))).Errors["Reason"].Single().ShouldContain("required");
        }
    }

    [Fact]
    public async Task Dates_are_kept_a_run_does_not_start_attend_or_complete_ahead_of_its_days()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0]), new(setup.Staff[1])]));
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[0], true));
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[1], true));

        var early = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new StartRun(setup.Run)));
        early.Code.ShouldBe("domain_rule.run_starts_later");
        early.Message.ShouldContain(Text.Iso(setup.View.Start));
        RunFixture.MoveTo(host, setup.View.Start);
        await host.Send(new StartRun(setup.Run));
        var last = setup.View.Sessions[^1];
        if (last.Date > setup.View.Start)
        {
            (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new RecordSessionAttendance(setup.Run, last.Number, [new(setup.Staff[0], true)])))).Code.ShouldBe("domain_rule.session_later");
        }

        if (setup.View.End > setup.View.Start)
        {
            var refused = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteRun(setup.Run)));
            refused.Code.ShouldBe("domain_rule.run_ends_later");
            refused.Message.ShouldContain(Text.Iso(setup.View.End));
        }

        RunFixture.Stored(host, setup.Run).Attendance.ShouldBeEmpty();
    }

    [Fact]
    public async Task Cancelling_keeps_the_reason_and_credits_nothing()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        await host.Send(new InviteParticipants(setup.Run));

        await host.Send(new CancelRun(setup.Run, "  Gedung direnovasi "));

        var run = RunFixture.Stored(host, setup.Run);
        (run.Status, run.CancelReason).ShouldBe((RunStatus.Cancelled, "Gedung direnovasi"));
        host.Events.Events.OfType<RunCancelled>().Single().Reason.ShouldBe("Gedung direnovasi");
        var refused = await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CreditRunHours(setup.Run)));
        refused.Code.ShouldBe("domain_rule.run_not_completed");
        refused.Message.ShouldContain("Cancelled");
        host.Store.Set<LearningHoursLedger>().ShouldBeEmpty();
    }

    [Fact]
    public async Task Inviting_without_a_list_invites_the_lines_target_employees()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var line = host.Store.Set<TrainingPlan>().Single().Lines.Single(l => l.Number == 1);

        var invited = await host.Send(new InviteParticipants(setup.Run));

        invited.Select(e => e.Employee).ShouldBe(line.TargetEmployees);
        invited.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, invited.Count));
    }

    [Fact]
    public async Task Bad_run_requests_are_refused_with_every_reason_and_nothing_is_written()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var stranger = setup.World.PesisirStaff[0];
        var metro = CallerScope.ForRegion(World.MetroRegion);

        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0]), new(setup.Staff[0])]))))
            .Errors.Keys.ShouldBe(["Invitations"]);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0]), new(stranger)]), metro)))
            .Errors.Keys.ShouldBe(["Invitations[1].Employee"]);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new InviteParticipants(setup.Run, []))))
            .Errors.Keys.ShouldBe(["Invitations"]);
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new RecordSessionAttendance(CourseRunId.New(), 0, []))))
            .Errors.Keys.ShouldBe(["Session", "Marks"], ignoreOrder: true);
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new RecordSessionAttendance(CourseRunId.New(), 1, [new(setup.Staff[0], true)])))).Code.ShouldBe("not_found");
        (await Should.ThrowAsync<RequestValidationException>(() => host.Send(new CompleteRun(setup.Run, [new(setup.Staff[0], 101m), new(setup.Staff[0], 50m)]))))
            .Errors.Keys.ShouldContain("Scores");
        (await Should.ThrowAsync<NotFoundInScopeException>(() => host.Send(new GetCourseRun(setup.Run), CallerScope.ForRegion(World.PesisirRegion))))
            .Code.ShouldBe("not_found");
        host.Store.Writes.ShouldBe(0);
        RunFixture.Stored(host, setup.Run).Enrolments.ShouldBeEmpty();
    }
}

public sealed class WaitingListTests
{
    private static async Task<RunSetup> FullRunAsync(TestHost host, WaitingListOrder order, params decimal[] priorities)
    {
        var setup = await RunFixture.ScheduledAsync(host, RunFixture.Course(maxSeats: 3), order, metroStaff: 3 + priorities.Length);
        var staff = setup.Staff;
        await host.Send(new InviteParticipants(setup.Run, staff.Select((s, i) => new InvitationInput(s, i < 3 ? 0m : priorities[i - 3])).ToArray()));
        host.Events.Events.Clear();
        return setup;
    }

    [Fact]
    public async Task Seats_go_first_then_the_waiting_list_in_arrival_order()
    {
        using var host = new TestHost();
        var setup = await FullRunAsync(host, WaitingListOrder.FirstCome, 0m, 0m);

        var view = await host.Send(new GetCourseRun(setup.Run));

        view.SeatsTaken.ShouldBe(3);
        view.Enrolments.Select(e => e.Status).ShouldBe([EnrolmentStatus.Invited, EnrolmentStatus.Invited, EnrolmentStatus.Invited, EnrolmentStatus.WaitListed, EnrolmentStatus.WaitListed]);
        view.WaitingList.ShouldBe([setup.Staff[3], setup.Staff[4]]);
    }

    public static TheoryData<string> SeatFreeingMoves => new() { "decline", "withdraw", "no-show" };

    [Theory]
    [MemberData(nameof(SeatFreeingMoves))]
    public async Task A_freed_seat_goes_to_the_first_on_the_waiting_list(string move)
    {
        using var host = new TestHost();
        var setup = await FullRunAsync(host, WaitingListOrder.FirstCome, 0m, 0m);
        var leaving = setup.Staff[1];
        if (move == "no-show")
        {
            await host.Send(new RespondToInvitation(setup.Run, leaving, true));
        }

        await (move switch
        {
            "decline" => host.Send(new RespondToInvitation(setup.Run, leaving, false, "Tugas luar kota")),
            "withdraw" => host.Send(new WithdrawParticipant(setup.Run, leaving, "Mutasi")),
            _ => host.Send(new MarkNoShow(setup.Run, leaving)),
        });

        var view = await host.Send(new GetCourseRun(setup.Run));
        view.Enrolments.Single(e => e.Employee == setup.Staff[3]).Status.ShouldBe(EnrolmentStatus.Invited);
        view.WaitingList.ShouldBe([setup.Staff[4]]);
        view.SeatsTaken.ShouldBe(3);
        host.Events.Events.OfType<ParticipantPromoted>().Single().Employee.ShouldBe(setup.Staff[3]);
    }

    [Fact]
    public async Task With_priority_order_the_highest_priority_is_promoted_ties_by_arrival()
    {
        using var host = new TestHost();
        var setup = await FullRunAsync(host, WaitingListOrder.Priority, 0.4m, 0.9m, 0.9m, 0.1m);

        var view = await host.Send(new GetCourseRun(setup.Run));
        view.WaitingList.ShouldBe([setup.Staff[4], setup.Staff[5], setup.Staff[3], setup.Staff[6]]);

        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[0], false));
        await host.Send(new WithdrawParticipant(setup.Run, setup.Staff[2]));

        host.Events.Events.OfType<ParticipantPromoted>().Select(e => e.Employee).ShouldBe([setup.Staff[4], setup.Staff[5]]);
        (await host.Send(new GetCourseRun(setup.Run))).WaitingList.ShouldBe([setup.Staff[3], setup.Staff[6]]);
    }

    [Fact]
    public async Task Leaving_the_waiting_list_frees_no_seat_and_a_declined_employee_may_be_invited_again()
    {
        using var host = new TestHost();
        var setup = await FullRunAsync(host, WaitingListOrder.FirstCome, 0m, 0m);

        await host.Send(new WithdrawParticipant(setup.Run, setup.Staff[3]));
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[0], false));
        var again = await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0])]));

        host.Events.Events.OfType<ParticipantPromoted>().Single().Employee.ShouldBe(setup.Staff[4]);
        again.Single().Status.ShouldBe(EnrolmentStatus.WaitListed);
        host.Events.Events.OfType<ParticipantWaitListed>().Single().Position.ShouldBe(1);
        (await host.Send(new GetCourseRun(setup.Run))).WaitingList.ShouldBe([setup.Staff[0]]);
    }

    [Fact]
    public async Task Invitations_not_confirmed_by_the_start_do_not_count_towards_the_minimum()
    {
        using var host = new TestHost();
        var setup = await FullRunAsync(host, WaitingListOrder.FirstCome, 0m);
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[0], true));
        RunFixture.MoveTo(host, setup.View.Start);

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new StartRun(setup.Run)))).Message.ShouldContain("1");
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[1], true));
        await host.Send(new StartRun(setup.Run));

        host.Events.Events.OfType<RunStarted>().Single().Participants.ShouldBe(2);
    }
}

public sealed class CompletionAndCreditTests
{
    [Theory]
    [InlineData(10, 10, true)]
    [InlineData(10, 9, true)]
    [InlineData(10, 8, false)]
    [InlineData(5, 4, false)]
    [InlineData(4, 4, true)]
    public async Task Completion_needs_the_attendance_share_of_the_rule_set(int sessions, int attended, bool completes)
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, RunFixture.Course(sessions: sessions), participants: 2);
        var (ana, budi) = (setup.Staff[0], setup.Staff[1]);

        await RunFixture.AttendAsync(host, setup, [ana, budi], (p, s) => p == budi || s <= attended);
        var completion = await host.Send(new CompleteRun(setup.Run));

        var outcome = completion.Outcomes.Single(o => o.Employee == ana);
        outcome.AttendanceShare.ShouldBe((decimal)attended / sessions);
        outcome.Completed.ShouldBe(completes);
        outcome.Reason.English.ShouldBe(completes ? string.Empty : $"Attendance {attended * 100m / sessions:0.#} % is below 90 % of the JP.");
        completion.CreditedJp.ContainsKey(ana).ShouldBe(completes);
        completion.CreditedJp[budi].ShouldBe(30m);
        RunFixture.Stored(host, setup.Run).Find(ana)!.AttendedJp.ShouldBe(30m * attended / sessions);
    }

    [Fact]
    public async Task A_host_replaces_the_default_attendance_rule()
    {
        var lenient = new FollowUpRuleSet(new RuleSetInfo("follow-up/bkd-lampung", "2027", "Kebijakan BKD", new DateOnly(2027, 1, 1)), 0.75m, 30, 9, 2);
        using var host = new TestHost(o => o.RuleSets.Add(lenient));
        var setup = await RunFixture.StartedAsync(host, RunFixture.Course(sessions: 4), participants: 2);

        await RunFixture.AttendAsync(host, setup, [setup.Staff[0], setup.Staff[1]], (p, s) => p == setup.Staff[1] || s != 2);
        var completion = await host.Send(new CompleteRun(setup.Run));

        RunFixture.Stored(host, setup.Run).Terms.MinimumAttendanceShare.ShouldBe(0.75m);
        completion.Outcomes.ShouldAllBe(o => o.Completed);
    }

    [Fact]
    public async Task A_course_with_a_test_needs_a_passing_score_from_everyone()
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, RunFixture.Course(new CourseCompletion(PassingScore: 70m)), participants: 3);
        var people = setup.Staff.Take(3).ToArray();
        await RunFixture.AttendAsync(host, setup, people, (_, _) => true);

        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteRun(setup.Run, [new(people[0], 80m)])))).Message.ShouldNotBeEmpty();
        RunFixture.Stored(host, setup.Run).Status.ShouldBe(RunStatus.InProgress);
        (await Should.ThrowAsync<DomainRuleException>(() => host.Send(new CompleteRun(setup.Run, [new(people[0], 80m), new(people[1], 70m), new(people[2], 69.5m), new(setup.Staff[5], 90m)])))).Message.ShouldNotBeEmpty();

        var completion = await host.Send(new CompleteRun(setup.Run, [new(people[0], 80m), new(people[1], 70m), new(people[2], 69.5m)]));

        completion.Outcomes.Select(o => (o.Completed, o.PassedTest)).ShouldBe([(true, (bool?)true), (true, true), (false, false)]);
        completion.Outcomes[2].Reason.English.ShouldBe("Test score 69.5 is below the passing score 70.");
        RunFixture.Stored(host, setup.Run).Find(people[2])!.Status.ShouldBe(EnrolmentStatus.NotCompleted);
    }

    [Fact]
    public async Task Jp_are_credited_once_however_often_the_credit_is_repeated()
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, participants: 3);
        var people = setup.Staff.Take(3).ToArray();
        await RunFixture.AttendAsync(host, setup, people, (p, _) => p != people[2]);
        var completion = await host.Send(new CompleteRun(setup.Run));
        var entries = host.Store.Set<LearningHoursLedger>().SelectMany(l => l.Entries).ToArray();
        host.Events.Events.Clear();

        var again = await host.Send(new CreditRunHours(setup.Run));
        var thrice = await host.Send(new CreditRunHours(setup.Run));

        completion.CreditedJp.Keys.ShouldBe([people[0], people[1]], ignoreOrder: true);
        completion.CreditedJp.Values.ShouldAllBe(jp => jp == 30m);
        again.ShouldBeEmpty();
        thrice.ShouldBeEmpty();
        host.Store.Set<LearningHoursLedger>().SelectMany(l => l.Entries).ToArray().ShouldBe(entries);
        entries.Select(e => e.Reference).ShouldBe([$"run:{setup.Run}:{people[0]}", $"run:{setup.Run}:{people[1]}"], ignoreOrder: true);
        host.Events.Events.ShouldBeEmpty();
        var standing = await host.Send(new GetJpCompliance(setup.View.End.Year, EmployeeId: people[0]));
        standing.Employees.Single().Standing.Jp.ShouldBe(30m);
        standing.Employees.Single().Standing.Compliant.ShouldBeTrue();
    }

    [Fact]
    public async Task A_credit_lost_after_completion_is_recovered_by_crediting_again()
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, participants: 2);
        await RunFixture.AttendAsync(host, setup, [setup.Staff[0], setup.Staff[1]], (_, _) => true);
        await host.Send(new CompleteRun(setup.Run));
        host.Store.Remove<LearningHoursLedger>(l => l.EmployeeId == setup.Staff[1]);

        var recovered = await host.Send(new CreditRunHours(setup.Run));

        recovered.Keys.ShouldBe([setup.Staff[1]]);
        host.Store.Set<LearningHoursLedger>().Count.ShouldBe(2);
        host.Events.Events.OfType<LearningHoursCredited>().Last().Reference.ShouldBe($"run:{setup.Run}:{setup.Staff[1]}");
    }
}

internal static class RequestClockExtensions
{
    /// <summary>Moves the clock to <paramref name="day"/> before sending (reads well inline).</summary>
    public static T WithClock<T>(this T request, TestHost host, DateOnly day)
    {
        RunFixture.MoveTo(host, day);
        return request;
    }
}

public sealed class IdempotentInvitationTests
{
    [Fact]
    public async Task Inviting_someone_already_invited_changes_nothing_and_raises_nothing()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0]), new(setup.Staff[1])]));
        host.Events.Events.Clear();
        var before = host.Store.Fingerprint();

        var made = await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[1])]));

        made.ShouldBeEmpty();
        host.Store.Fingerprint().ShouldBe(before);
        host.Events.Events.ShouldBeEmpty();
        var mixed = await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[1]), new(setup.Staff[2])]));
        mixed.Select(e => e.Employee).ShouldBe([setup.Staff[2]]);
    }
}
