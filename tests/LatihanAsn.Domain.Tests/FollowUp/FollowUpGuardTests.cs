using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>
/// The follow-up aggregates refuse every move their rules forbid by themselves, without the mediator: each refusal is a
/// <see cref="DomainRuleException"/> with its stable code, and the aggregate is left exactly as it was.
/// </summary>
public sealed class FollowUpGuardTests
{
    private static readonly CourseDetails WithTest = RunFixture.Course(new CourseCompletion(PassingScore: 70m, GrantsCertificate: true));

    public static TheoryData<string, string> ScheduledRunRefusals => new()
    {
        { "start before the first day", "run_starts_later" },
        { "start with too few confirmed", "run_below_minimum_seats" },
        { "invite someone enrolled", "already_enrolled" },
        { "confirm someone not invited", "enrolment_cannot_move" },
        { "decline a confirmation", "enrolment_cannot_move" },
        { "mark an invited person a no-show", "enrolment_cannot_move" },
        { "withdraw someone not enrolled", "enrolment_cannot_move" },
        { "record attendance before the start", "run_not_in_progress" },
        { "complete before the start", "run_not_in_progress" },
    };

    public static TheoryData<string, string> RunningRunRefusals => new()
    {
        { "start again", "run_not_scheduled" },
        { "invite once started", "run_not_scheduled" },
        { "confirm once started", "run_not_scheduled" },
        { "record a session that does not exist", "session_missing" },
        { "record a session ahead of its day", "session_later" },
        { "record someone not confirmed", "not_confirmed_participant" },
        { "complete before the last day", "run_ends_later" },
        { "complete with a score for a stranger", "test_score_invalid" },
        { "complete with a score above 100", "test_score_invalid" },
        { "complete without every score", "test_score_missing" },
    };

    public static TheoryData<string, string> ClosedRunRefusals => new()
    {
        { "cancel a completed run", "run_closed" },
        { "withdraw from a completed run", "run_closed" },
        { "mark a no-show in a completed run", "run_closed" },
        { "complete again", "run_not_in_progress" },
        { "cancel a cancelled run", "run_closed" },
        { "invite to a cancelled run", "run_not_scheduled" },
    };

    public static TheoryData<string, string> OtherRefusals => new()
    {
        { "renew a renewed certificate", "certificate_already_renewed" },
        { "renew a certificate by itself", "certificate_renews_itself" },
        { "check in before the start", "check_in_out_of_order" },
        { "check in before the last check-in", "check_in_out_of_order" },
        { "end mentoring before the last check-in", "mentoring_end_out_of_order" },
        { "check in after the end", "mentoring_ended" },
        { "end mentoring twice", "mentoring_ended" },
        { "complete a milestone that does not exist", "milestone_missing" },
        { "complete a milestone twice", "milestone_already_completed" },
        { "sign off with milestones open", "milestones_open" },
        { "sign off twice", "action_plan_signed_off" },
        { "add evidence after the sign-off", "action_plan_signed_off" },
        { "complete a milestone after the sign-off", "action_plan_signed_off" },
    };

    [Theory]
    [MemberData(nameof(ScheduledRunRefusals))]
    public async Task A_scheduled_run_refuses(string move, string rule)
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        await host.Send(new InviteParticipants(setup.Run, [new(setup.Staff[0]), new(setup.Staff[1])]));
        await host.Send(new RespondToInvitation(setup.Run, setup.Staff[0], true));
        var run = RunFixture.Stored(host, setup.Run);
        var (confirmed, invited, stranger) = (setup.Staff[0], setup.Staff[1], setup.Staff[4]);

        Refuses(run, rule, move switch
        {
            "start before the first day" => r => r.StartRun(r.Start.AddDays(-1)),
            "start with too few confirmed" => r => r.StartRun(r.Start),
            "invite someone enrolled" => r => r.Invite(invited),
            "confirm someone not invited" => r => r.Confirm(stranger),
            "decline a confirmation" => r => r.Decline(confirmed),
            "mark an invited person a no-show" => r => r.MarkNoShow(invited),
            "withdraw someone not enrolled" => r => r.Withdraw(stranger),
            "record attendance before the start" => r => r.RecordAttendance(1, [(confirmed, true)], r.End),
            "complete before the start" => r => r.Complete(new Dictionary<EmployeeId, decimal>(), r.End),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        });
    }

    [Theory]
    [MemberData(nameof(RunningRunRefusals))]
    public async Task A_running_run_refuses(string move, string rule)
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, WithTest, participants: 3);
        var run = RunFixture.Stored(host, setup.Run);
        var people = setup.Staff.Take(3).ToArray();
        var stranger = setup.Staff[5];
        var latest = run.Sessions.MaxBy(s => s.Date)!;
        latest.Date.ShouldBeGreaterThan(run.Start);
        var scores = people.ToDictionary(p => p, _ => 80m);

        Refuses(run, rule, move switch
        {
            "start again" => r => r.StartRun(r.End),
            "invite once started" => r => r.Invite(stranger),
            "confirm once started" => r => r.Confirm(people[0]),
            "record a session that does not exist" => r => r.RecordAttendance(99, [(people[0], true)], r.End),
            "record a session ahead of its day" => r => r.RecordAttendance(latest.Number, [(people[0], true)], latest.Date.AddDays(-1)),
            "record someone not confirmed" => r => r.RecordAttendance(1, [(people[0], true), (stranger, true)], r.End),
            "complete before the last day" => r => r.Complete(scores, r.End.AddDays(-1)),
            "complete with a score for a stranger" => r => r.Complete(new Dictionary<EmployeeId, decimal>(scores) { [stranger] = 90m }, r.End),
            "complete with a score above 100" => r => r.Complete(new Dictionary<EmployeeId, decimal>(scores) { [people[0]] = 101m }, r.End),
            "complete without every score" => r => r.Complete(scores.Take(2).ToDictionary(), r.End),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        });
    }

    [Theory]
    [MemberData(nameof(ClosedRunRefusals))]
    public async Task A_completed_or_cancelled_run_refuses(string move, string rule)
    {
        using var host = new TestHost();
        var setup = await RunFixture.StartedAsync(host, participants: 3);
        var people = setup.Staff.Take(3).ToArray();
        var run = RunFixture.Stored(host, setup.Run);
        if (move.Contains("cancelled", StringComparison.Ordinal))
        {
            run.Cancel("Gedung direnovasi");
        }
        else
        {
            run.Complete(new Dictionary<EmployeeId, decimal>(), run.End);
        }

        run.ClearDomainEvents();
        Refuses(run, rule, move switch
        {
            "cancel a completed run" or "cancel a cancelled run" => r => r.Cancel("Lagi"),
            "withdraw from a completed run" => r => r.Withdraw(people[0]),
            "mark a no-show in a completed run" => r => r.MarkNoShow(people[1]),
            "complete again" => r => r.Complete(new Dictionary<EmployeeId, decimal>(), r.End),
            "invite to a cancelled run" => r => r.Invite(setup.Staff[5]),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        });
    }

    [Fact]
    public async Task A_certificate_is_issued_only_by_a_course_that_grants_one()
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host);
        var employee = host.Store.Set<Employee>().First(e => e.Id == setup.Staff[0]);

        var refused = Should.Throw<DomainRuleException>(() => Certificate.Issue(CertificateId.New(), employee, RunFixture.Stored(host, setup.Run), setup.View.End));

        refused.Code.ShouldBe("domain_rule.course_grants_no_certificate");
    }

    [Theory]
    [MemberData(nameof(OtherRefusals))]
    public async Task Certificates_mentoring_and_action_plans_refuse(string move, string rule)
    {
        using var host = new TestHost();
        var setup = await RunFixture.ScheduledAsync(host, RunFixture.Course(new CourseCompletion(GrantsCertificate: true)));
        var run = RunFixture.Stored(host, setup.Run);
        var employee = host.Store.Set<Employee>().First(e => e.Id == setup.Staff[0]);
        var day = new DateOnly(2026, 11, 2);

        var certificate = Certificate.Issue(CertificateId.New(), employee, run, day);
        certificate.RenewWith(CertificateId.New());
        var fresh = Certificate.Issue(CertificateId.New(), employee, run, day);

        var mentoring = MentoringPlan.Start(MentoringPlanId.New(), setup.Staff[5], employee, CompetencyCode.From("M.05"), 3, 14, day);
        mentoring.RecordCheckIn(day.AddDays(14), "SOP dibahas", 3);
        var ended = MentoringPlan.Start(MentoringPlanId.New(), setup.Staff[5], employee, CompetencyCode.From("M.05"), 3, 14, day);
        ended.Complete(day.AddDays(30), 3);

        var action = ActionPlan.Create(ActionPlanId.New(), employee, "Respons 24 jam", setup.Run, "Kepala Bidang", [new ActionGoal("Menanggapi pengaduan")], [("SOP", day.AddDays(10)), ("Uji coba", day.AddDays(20))]);
        action.CompleteMilestone(1, day.AddDays(5), "SOP No. 7");
        var signed = ActionPlan.Create(ActionPlanId.New(), employee, "Respons 24 jam", setup.Run, "Kepala Bidang", [new ActionGoal("Menanggapi pengaduan")], [("SOP", day.AddDays(10))]);
        signed.CompleteMilestone(1, day.AddDays(5), "SOP No. 7");
        signed.SignOff("Kepala Bidang", day.AddDays(6));

        switch (move)
        {
            case "renew a renewed certificate": Refuses(certificate, rule, c => c.RenewWith(CertificateId.New())); break;
            case "renew a certificate by itself": Refuses(fresh, rule, c => c.RenewWith(c.Id)); break;
            case "check in before the start": Refuses(mentoring, rule, m => m.RecordCheckIn(day.AddDays(-1), "Terlambat", 2)); break;
            case "check in before the last check-in": Refuses(mentoring, rule, m => m.RecordCheckIn(day.AddDays(13), "Terlambat", 2)); break;
            case "end mentoring before the last check-in": Refuses(mentoring, rule, m => m.Complete(day.AddDays(13), 3)); break;
            case "check in after the end": Refuses(ended, rule, m => m.RecordCheckIn(day.AddDays(31), "Lagi", 4)); break;
            case "end mentoring twice": Refuses(ended, rule, m => m.Complete(day.AddDays(31), 4)); break;
            case "complete a milestone that does not exist": Refuses(action, rule, a => a.CompleteMilestone(9, day.AddDays(6), "x")); break;
            case "complete a milestone twice": Refuses(action, rule, a => a.CompleteMilestone(1, day.AddDays(6), "Lagi")); break;
            case "sign off with milestones open": Refuses(action, rule, a => a.SignOff("Kepala Bidang", day.AddDays(6))); break;
            case "sign off twice": Refuses(signed, rule, a => a.SignOff("Lagi", day.AddDays(7))); break;
            case "add evidence after the sign-off": Refuses(signed, rule, a => a.AddEvidence(1, "Foto")); break;
            case "complete a milestone after the sign-off": Refuses(signed, rule, a => a.CompleteMilestone(1, day.AddDays(7), "Lagi")); break;
            default: throw new ArgumentOutOfRangeException(nameof(move));
        }
    }

    /// <summary>Asserts that <paramref name="change"/> is refused with the rule's code and leaves <paramref name="aggregate"/> unchanged.</summary>
    internal static void Refuses<T>(T aggregate, string rule, Action<T> change)
        where T : class
    {
        var before = AggregateSnapshot.Of(aggregate);

        var refused = Should.Throw<DomainRuleException>(() => change(aggregate));

        refused.Code.ShouldBe($"domain_rule.{rule}");
        refused.Rule.ShouldBe(rule);
        refused.Message.ShouldNotBeNullOrWhiteSpace();
        AggregateSnapshot.Of(aggregate).ShouldBe(before);
    }
}
