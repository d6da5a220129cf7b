using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Where a run stands.</summary>
public enum RunStatus
{
    /// <summary>Scheduled: invitations and replies.</summary>
    Scheduled = 0,

    /// <summary>Started: attendance is recorded per session.</summary>
    InProgress = 1,

    /// <summary>Finished: completions decided, JP credited.</summary>
    Completed = 2,

    /// <summary>Cancelled, with a reason.</summary>
    Cancelled = 3,
}

/// <summary>Where one employee stands in a run.</summary>
public enum EnrolmentStatus
{
    /// <summary>Invited, holding a seat until they reply.</summary>
    Invited = 0,

    /// <summary>On the waiting list: no seat yet.</summary>
    WaitListed = 1,

    /// <summary>Confirmed: holding a seat.</summary>
    Confirmed = 2,

    /// <summary>Declined the invitation.</summary>
    Declined = 3,

    /// <summary>Withdrew after being invited, confirmed or wait-listed.</summary>
    Withdrawn = 4,

    /// <summary>Confirmed but did not come.</summary>
    NoShow = 5,

    /// <summary>Completed: attendance (and test) met.</summary>
    Completed = 6,

    /// <summary>Took part but did not complete (attendance or test short).</summary>
    NotCompleted = 7,
}

/// <summary>How the waiting list is ordered.</summary>
public enum WaitingListOrder
{
    /// <summary>First come, first served.</summary>
    FirstCome = 0,

    /// <summary>Highest priority first (for example the needs register's score), then first come.</summary>
    Priority = 1,
}

/// <summary>One session of a run.</summary>
/// <param name="Number">The session number, from 1.</param>
/// <param name="Date">Its day.</param>
/// <param name="Jp">The JP it carries.</param>
public sealed record RunSession(int Number, DateOnly Date, decimal Jp);

/// <summary>One employee's enrolment in a run.</summary>
/// <param name="Employee">The employee.</param>
/// <param name="Status">Where they stand.</param>
/// <param name="Priority">Their priority on the waiting list (higher first, with <see cref="WaitingListOrder.Priority"/>).</param>
/// <param name="Sequence">When they were invited, as a running number (first come first).</param>
/// <param name="TestScore">Their final test score, once recorded.</param>
/// <param name="AttendedJp">The JP of the sessions they attended.</param>
/// <param name="Note">Why they did not complete, declined or withdrew, if said.</param>
public sealed record Enrolment(EmployeeId Employee, EnrolmentStatus Status, decimal Priority, int Sequence, decimal? TestScore, decimal AttendedJp, string? Note)
{
    /// <summary>Gets whether the enrolment holds a seat.</summary>
    public bool HoldsSeat => Status is EnrolmentStatus.Invited or EnrolmentStatus.Confirmed;
}

/// <summary>Whether an employee attended a session.</summary>
/// <param name="Session">The session number.</param>
/// <param name="Employee">The employee.</param>
/// <param name="Attended">Whether they attended.</param>
public sealed record SessionAttendance(int Session, EmployeeId Employee, bool Attended);

/// <summary>The terms a run is completed on, fixed when it is scheduled.</summary>
/// <param name="MinimumAttendanceShare">The share of the run's JP a participant must attend (0-1).</param>
/// <param name="PassingScore">The final test's passing score (0-100), or <see langword="null"/> without a test.</param>
/// <param name="GrantsCertificate">Whether completion earns a certificate.</param>
/// <param name="CertificateValidityMonths">The certificate's validity, or <see langword="null"/> when it does not expire.</param>
public sealed record RunCompletionTerms(decimal MinimumAttendanceShare, decimal? PassingScore, bool GrantsCertificate, int? CertificateValidityMonths);

/// <summary>One participant's outcome when a run completes.</summary>
/// <param name="Employee">The participant.</param>
/// <param name="Completed">Whether they completed.</param>
/// <param name="AttendanceShare">The share of the run's JP they attended.</param>
/// <param name="TestScore">Their test score, if any.</param>
/// <param name="PassedTest">Whether they passed the test (<see langword="null"/> when the run has none).</param>
/// <param name="Reason">Why they did not complete, in words (empty when they did).</param>
public sealed record ParticipantOutcome(EmployeeId Employee, bool Completed, decimal AttendanceShare, decimal? TestScore, bool? PassedTest, LocalizedText Reason);

/// <summary>
/// One run of an approved plan's line: its sessions, the invited employees and the waiting list, attendance per session,
/// and completion. Every transition is a state machine step that refuses an invalid move with a clear error and raises
/// an event: invite (a seat, or the waiting list when seats are full), confirm or decline, withdraw, no-show, start,
/// attendance, complete or cancel. A seat freed by a decline, a withdrawal or a no-show goes to the first on the waiting
/// list (first come, or by priority), who is invited.
/// </summary>
/// <remarks>Scoped by the plan owner's region and OPD (the organiser runs it).</remarks>
public sealed class CourseRun : AggregateRoot<CourseRunId>, IScoped
{
    private readonly List<RunSession> _sessions = [];
    private readonly List<Enrolment> _enrolments = [];
    private readonly List<SessionAttendance> _attendance = [];
    private readonly List<CompetencyStep> _develops = [];

    private CourseRun()
    {
        CourseCode = Title = Place = Organiser = RegionCode = OpdCode = string.Empty;
        Terms = null!;
    }

    /// <summary>Gets the plan the run belongs to.</summary>
    public TrainingPlanId PlanId { get; private set; }

    /// <summary>Gets the plan line it runs.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Gets the course.</summary>
    public CourseId CourseId { get; private set; }

    /// <summary>Gets the course code.</summary>
    public string CourseCode { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the delivery mode.</summary>
    public DeliveryMode Mode { get; private set; }

    /// <summary>Gets the learning form its JP are credited as.</summary>
    public LearningForm Form { get; private set; }

    /// <summary>Gets where it takes place.</summary>
    public string Place { get; private set; }

    /// <summary>Gets the organiser.</summary>
    public string Organiser { get; private set; }

    /// <summary>Gets the first day.</summary>
    public DateOnly Start { get; private set; }

    /// <summary>Gets the last day.</summary>
    public DateOnly End { get; private set; }

    /// <summary>Gets the JP of the whole run.</summary>
    public decimal Jp { get; private set; }

    /// <summary>Gets the fewest participants it needs to start.</summary>
    public int MinSeats { get; private set; }

    /// <summary>Gets the most participants it takes.</summary>
    public int MaxSeats { get; private set; }

    /// <summary>Gets how the waiting list is ordered.</summary>
    public WaitingListOrder WaitingList { get; private set; }

    /// <summary>Gets the completion terms.</summary>
    public RunCompletionTerms Terms { get; private set; }

    /// <summary>Gets the plan owner's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the plan owner's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the status.</summary>
    public RunStatus Status { get; private set; }

    /// <summary>Gets why the run was cancelled, if it was.</summary>
    public string? CancelReason { get; private set; }

    /// <summary>Gets the sessions.</summary>
    public IReadOnlyList<RunSession> Sessions => _sessions;

    /// <summary>Gets the enrolments, in invitation order.</summary>
    public IReadOnlyList<Enrolment> Enrolments => _enrolments;

    /// <summary>Gets the attendance records.</summary>
    public IReadOnlyList<SessionAttendance> Attendance => _attendance;

    /// <summary>Gets what the course develops (for the competency evidence of a completion).</summary>
    public IReadOnlyList<CompetencyStep> Develops => _develops;

    /// <summary>Gets the number of seats taken (invited and confirmed).</summary>
    public int SeatsTaken => _enrolments.Count(e => e.HoldsSeat);

    /// <summary>Schedules the run of an approved plan's line.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="plan">The plan: approved.</param>
    /// <param name="line">The line's number.</param>
    /// <param name="course">The course of the line.</param>
    /// <param name="waitingList">How the waiting list is ordered.</param>
    /// <param name="defaultAttendanceShare">The attendance share when the course sets none.</param>
    /// <returns>The run, with a <see cref="RunScheduled"/> event pending.</returns>
    /// <exception cref="DomainRuleException">The plan is not approved (<c>plan_not_approved</c>), has no such line (<c>plan_line_missing</c>), or the line's course or mode does not match (<c>course_does_not_match_line</c>).</exception>
    public static CourseRun Schedule(CourseRunId id, TrainingPlan plan, int line, Course course, WaitingListOrder waitingList, decimal defaultAttendanceShare)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(plan);
        Guard.Against.Null(course);
        Guard.Against.EnumOutOfRange(waitingList);
        var planLine = LineToRun(plan, line);
        var offering = course.Id == planLine.CourseId ? course.Offerings.FirstOrDefault(o => o.Mode == planLine.Mode) : null;
        if (offering is null)
        {
            throw new DomainRuleException("course_does_not_match_line", Messages.Get("FollowUp_CourseDoesNotMatchLine", course.Code, line));
        }

        var run = new CourseRun
        {
            Id = id,
            PlanId = plan.Id,
            LineNumber = line,
            CourseId = course.Id,
            CourseCode = course.Code,
            Title = course.Title,
            Mode = planLine.Mode,
            Form = planLine.Form,
            Place = planLine.Place,
            Organiser = planLine.Organiser,
            Start = planLine.Start,
            End = planLine.End,
            Jp = planLine.Jp,
            MinSeats = offering.MinSeats,
            MaxSeats = offering.MaxSeats,
            WaitingList = waitingList,
            Terms = new RunCompletionTerms(
                course.Completion.MinimumAttendanceShare ?? defaultAttendanceShare,
                course.Completion.PassingScore,
                course.Completion.GrantsCertificate,
                course.Completion.CertificateValidityMonths),
            RegionCode = plan.RegionCode,
            OpdCode = plan.OpdCode,
            Status = RunStatus.Scheduled,
        };
        run._sessions.AddRange(SpreadSessions(planLine.Start, planLine.End, offering.Sessions, planLine.Jp));
        run._develops.AddRange(course.Develops);
        run.Raise(new RunScheduled(id, plan.Id, line, course.Code, planLine.Start));
        return run;
    }

    /// <summary>Returns the line of a plan that a run would run, refusing a plan that is not approved or has no such line.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="line">The line's number.</param>
    /// <returns>The line.</returns>
    /// <exception cref="DomainRuleException">The plan is not approved (<c>plan_not_approved</c>) or has no such line (<c>plan_line_missing</c>).</exception>
    internal static PlanLine LineToRun(TrainingPlan plan, int line)
    {
        Guard.Against.Null(plan);
        if (plan.Status != PlanStatus.Approved)
        {
            throw new DomainRuleException("plan_not_approved", Messages.Get("FollowUp_OnlyApprovedPlanCanRunPlan", plan.Status));
        }

        return plan.Lines.FirstOrDefault(l => l.Number == line)
            ?? throw new DomainRuleException("plan_line_missing", Messages.Get("FollowUp_PlanHasNoLine", line));
    }

    /// <summary>Invites an employee: a seat when one is free, otherwise the waiting list.</summary>
    /// <param name="employee">The employee; not yet enrolled.</param>
    /// <param name="priority">Their waiting-list priority (used with <see cref="WaitingListOrder.Priority"/>).</param>
    /// <returns>The new enrolment.</returns>
    /// <exception cref="DomainRuleException">The run is not scheduled (<c>run_not_scheduled</c>), or the employee is already enrolled (<c>already_enrolled</c>).</exception>
    public Enrolment Invite(EmployeeId employee, decimal priority = 0m)
    {
        Guard.Against.Default(employee.Value);
        EnsureStatus(RunStatus.Scheduled, "run_not_scheduled", Messages.Get("FollowUp_Invite"));
        if (_enrolments.Exists(e => e.Employee == employee && e.Status is not (EnrolmentStatus.Declined or EnrolmentStatus.Withdrawn)))
        {
            throw new DomainRuleException("already_enrolled", Messages.Get("FollowUp_EmployeeAlreadyEnrolledInRun", employee));
        }

        var sequence = _enrolments.Count == 0 ? 1 : _enrolments.Max(e => e.Sequence) + 1;
        var status = SeatsTaken < MaxSeats ? EnrolmentStatus.Invited : EnrolmentStatus.WaitListed;
        var enrolment = new Enrolment(employee, status, priority, sequence, null, 0m, null);
        _enrolments.RemoveAll(e => e.Employee == employee);
        _enrolments.Add(enrolment);
        Raise(status == EnrolmentStatus.Invited ? new ParticipantInvited(Id, employee) : new ParticipantWaitListed(Id, employee, WaitListPosition(employee)));
        return enrolment;
    }

    /// <summary>Confirms an invitation.</summary>
    /// <param name="employee">The invited employee.</param>
    /// <exception cref="DomainRuleException">Not invited (<c>enrolment_cannot_move</c>), or the run is not scheduled (<c>run_not_scheduled</c>).</exception>
    public void Confirm(EmployeeId employee)
    {
        EnsureStatus(RunStatus.Scheduled, "run_not_scheduled", Messages.Get("FollowUp_Confirm"));
        Move(employee, [EnrolmentStatus.Invited], EnrolmentStatus.Confirmed, null);
        Raise(new InvitationConfirmed(Id, employee));
    }

    /// <summary>Declines an invitation; the seat goes to the waiting list.</summary>
    /// <param name="employee">The invited employee.</param>
    /// <param name="reason">Why, if said.</param>
    /// <exception cref="DomainRuleException">Not invited (<c>enrolment_cannot_move</c>), or the run is not scheduled (<c>run_not_scheduled</c>).</exception>
    public void Decline(EmployeeId employee, string? reason = null)
    {
        EnsureStatus(RunStatus.Scheduled, "run_not_scheduled", Messages.Get("FollowUp_Decline"));
        Move(employee, [EnrolmentStatus.Invited], EnrolmentStatus.Declined, reason);
        Raise(new InvitationDeclined(Id, employee));
        PromoteFromWaitingList();
    }

    /// <summary>Withdraws an invited, confirmed or wait-listed employee; a freed seat goes to the waiting list.</summary>
    /// <param name="employee">The employee.</param>
    /// <param name="reason">Why, if said.</param>
    /// <exception cref="DomainRuleException">Not in one of those states (<c>enrolment_cannot_move</c>), or the run is completed or cancelled (<c>run_closed</c>).</exception>
    public void Withdraw(EmployeeId employee, string? reason = null)
    {
        if (Status is not (RunStatus.Scheduled or RunStatus.InProgress))
        {
            throw InvalidMove("run_closed", Messages.Get("FollowUp_WithdrawParticipant"));
        }

        var freed = Find(employee)?.HoldsSeat == true;
        Move(employee, [EnrolmentStatus.Invited, EnrolmentStatus.Confirmed, EnrolmentStatus.WaitListed], EnrolmentStatus.Withdrawn, reason);
        Raise(new ParticipantWithdrawn(Id, employee));
        if (freed)
        {
            PromoteFromWaitingList();
        }
    }

    /// <summary>Marks a confirmed employee who did not come as a no-show; the seat goes to the waiting list.</summary>
    /// <param name="employee">The confirmed employee.</param>
    /// <exception cref="DomainRuleException">Not confirmed (<c>enrolment_cannot_move</c>), or the run is completed or cancelled (<c>run_closed</c>).</exception>
    public void MarkNoShow(EmployeeId employee)
    {
        if (Status is not (RunStatus.Scheduled or RunStatus.InProgress))
        {
            throw InvalidMove("run_closed", Messages.Get("FollowUp_MarkNoShow"));
        }

        Move(employee, [EnrolmentStatus.Confirmed], EnrolmentStatus.NoShow, null);
        Raise(new ParticipantNoShow(Id, employee));
        PromoteFromWaitingList();
    }

    /// <summary>Starts the run. Invitations not confirmed lapse (their seats are not held once the run starts).</summary>
    /// <param name="today">Today: the run's first day or later.</param>
    /// <exception cref="DomainRuleException">
    /// Not scheduled (<c>run_not_scheduled</c>), before the first day (<c>run_starts_later</c>), or fewer confirmed
    /// participants than the minimum seats (<c>run_below_minimum_seats</c>).
    /// </exception>
    public void StartRun(DateOnly today)
    {
        EnsureStatus(RunStatus.Scheduled, "run_not_scheduled", Messages.Get("FollowUp_Start"));
        if (today < Start)
        {
            throw new DomainRuleException("run_starts_later", Messages.Get("FollowUp_RunStartsOnFirstDayAtEarliest", Text.Iso(Start)));
        }

        var confirmed = _enrolments.Count(e => e.Status == EnrolmentStatus.Confirmed);
        if (confirmed < MinSeats)
        {
            throw new DomainRuleException("run_below_minimum_seats", Messages.Get("FollowUp_RunNeedsAtLeastConfirmedParticipants", CourseCode, MinSeats, confirmed));
        }

        Status = RunStatus.InProgress;
        Raise(new RunStarted(Id, confirmed));
    }

    /// <summary>Records (or corrects) who attended a session. Only confirmed participants are recorded.</summary>
    /// <param name="session">The session number.</param>
    /// <param name="entries">Each participant once, attended or not.</param>
    /// <param name="today">Today: the session's day or later.</param>
    /// <exception cref="DomainRuleException">
    /// The run is not in progress (<c>run_not_in_progress</c>), the session does not exist (<c>session_missing</c>) or is
    /// later than today (<c>session_later</c>), or someone is not a confirmed participant (<c>not_confirmed_participant</c>).
    /// </exception>
    public void RecordAttendance(int session, IEnumerable<(EmployeeId Employee, bool Attended)> entries, DateOnly today)
    {
        EnsureStatus(RunStatus.InProgress, "run_not_in_progress", Messages.Get("FollowUp_RecordAttendance"));
        var day = _sessions.Find(s => s.Number == session)?.Date
            ?? throw new DomainRuleException("session_missing", Messages.Get("FollowUp_RunHasNoSession", session));
        if (today < day)
        {
            throw new DomainRuleException("session_later", Messages.Get("FollowUp_SessionOnAttendanceRecordedOnDay", session, Text.Iso(day)));
        }

        var list = Guard.Against.Null(entries).ToList();
        if (list.Count == 0 || list.Select(e => e.Employee).Distinct().Count() != list.Count)
        {
            throw new ArgumentException("Attendance needs each participant once.", nameof(entries));
        }

        foreach (var (employee, _) in list)
        {
            if (Find(employee)?.Status != EnrolmentStatus.Confirmed)
            {
                throw new DomainRuleException("not_confirmed_participant", Messages.Get("FollowUp_EmployeeNotConfirmedParticipant", employee));
            }
        }

        foreach (var (employee, attended) in list)
        {
            _attendance.RemoveAll(a => a.Session == session && a.Employee == employee);
            _attendance.Add(new SessionAttendance(session, employee, attended));
        }

        Raise(new SessionAttendanceRecorded(Id, session, list.Count(e => e.Attended), list.Count(e => !e.Attended)));
    }

    /// <summary>
    /// Completes the run: each confirmed participant completes when they attended at least the minimum share of the
    /// run's JP and, when the course has a test, scored at least the passing score; the others do not complete, with the
    /// reason.
    /// </summary>
    /// <param name="testScores">Final test scores (0-100) by participant; required for every participant when the course has a test.</param>
    /// <param name="today">Today: the run's last day or later.</param>
    /// <returns>Each participant's outcome.</returns>
    /// <exception cref="DomainRuleException">
    /// The run is not in progress (<c>run_not_in_progress</c>), today is before its last day (<c>run_ends_later</c>),
    /// a test score is given for someone else or outside 0-100 (<c>test_score_invalid</c>) or missing
    /// (<c>test_score_missing</c>).
    /// </exception>
    public IReadOnlyList<ParticipantOutcome> Complete(IReadOnlyDictionary<EmployeeId, decimal> testScores, DateOnly today)
    {
        Guard.Against.Null(testScores);
        EnsureStatus(RunStatus.InProgress, "run_not_in_progress", Messages.Get("FollowUp_Complete"));
        if (today < End)
        {
            throw new DomainRuleException("run_ends_later", Messages.Get("FollowUp_RunCompletedOnLastDayAtEarliest", Text.Iso(End)));
        }
        var confirmed = _enrolments.Where(e => e.Status == EnrolmentStatus.Confirmed).ToList();
        if (testScores.Keys.Any(k => !confirmed.Exists(e => e.Employee == k)) || testScores.Values.Any(v => v is < 0m or > 100m))
        {
            throw new DomainRuleException("test_score_invalid", Messages.Get("FollowUp_TestScoresForConfirmedParticipantsOnly"));
        }

        if (Terms.PassingScore is not null && confirmed.Exists(e => !testScores.ContainsKey(e.Employee)))
        {
            throw new DomainRuleException("test_score_missing", Messages.Get("FollowUp_CourseHasTestEveryParticipantNeeds"));
        }

        var outcomes = new List<ParticipantOutcome>();
        foreach (var enrolment in confirmed)
        {
            // Sessions share the JP equally, so the share is exact as sessions attended over sessions (9 of 10 is 0.9).
            var attendedSessions = _attendance.Count(a => a.Employee == enrolment.Employee && a.Attended);
            var share = (decimal)attendedSessions / _sessions.Count;
            var attendedJp = Jp * attendedSessions / _sessions.Count;
            decimal? score = testScores.TryGetValue(enrolment.Employee, out var s) ? s : null;
            bool? passed = Terms.PassingScore is { } passing ? score >= passing : null;
            var attendedEnough = share >= Terms.MinimumAttendanceShare;
            var completed = attendedEnough && passed != false;
            var reason = completed ? new LocalizedText(string.Empty, string.Empty)
                : !attendedEnough ? Messages.Both("FollowUp_AttendanceBelowJP", Percent(share), Percent(Terms.MinimumAttendanceShare))
                : Messages.Both("FollowUp_TestScoreBelowPassingScore", score, Terms.PassingScore);
            Replace(enrolment with
            {
                Status = completed ? EnrolmentStatus.Completed : EnrolmentStatus.NotCompleted,
                TestScore = score,
                AttendedJp = attendedJp,
                Note = completed ? null : reason.Indonesian,
            });
            outcomes.Add(new ParticipantOutcome(enrolment.Employee, completed, share, score, passed, reason));
            Raise(new ParticipantCompleted(Id, enrolment.Employee, completed, score));
        }

        Status = RunStatus.Completed;
        Raise(new RunCompleted(Id, outcomes.Count(o => o.Completed), outcomes.Count(o => !o.Completed)));
        return outcomes;
    }

    /// <summary>Cancels the run.</summary>
    /// <param name="reason">Why.</param>
    /// <exception cref="DomainRuleException">The run is completed or already cancelled (<c>run_closed</c>).</exception>
    public void Cancel(string reason)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        if (Status is not (RunStatus.Scheduled or RunStatus.InProgress))
        {
            throw InvalidMove("run_closed", Messages.Get("FollowUp_Cancel"));
        }

        Status = RunStatus.Cancelled;
        CancelReason = reason.Trim();
        Raise(new RunCancelled(Id, CancelReason));
    }

    /// <summary>Returns an employee's enrolment, if any.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns>The enrolment, or <see langword="null"/>.</returns>
    public Enrolment? Find(EmployeeId employee) => _enrolments.Find(e => e.Employee == employee);

    /// <summary>Returns an employee's position on the waiting list (1 for the next to be invited), or 0 when not on it.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns>The position.</returns>
    public int WaitListPosition(EmployeeId employee) => WaitingQueue().Select((e, i) => (e, i)).FirstOrDefault(x => x.e.Employee == employee) is { e: not null } found ? found.i + 1 : 0;

    private IEnumerable<Enrolment> WaitingQueue()
    {
        var waiting = _enrolments.Where(e => e.Status == EnrolmentStatus.WaitListed);
        return WaitingList == WaitingListOrder.Priority
            ? waiting.OrderByDescending(e => e.Priority).ThenBy(e => e.Sequence)
            : waiting.OrderBy(e => e.Sequence);
    }

    private void PromoteFromWaitingList()
    {
        if (SeatsTaken >= MaxSeats || WaitingQueue().FirstOrDefault() is not { } next)
        {
            return;
        }

        Replace(next with { Status = EnrolmentStatus.Invited });
        Raise(new ParticipantPromoted(Id, next.Employee));
    }

    private void Move(EmployeeId employee, EnrolmentStatus[] from, EnrolmentStatus to, string? note)
    {
        var enrolment = Find(employee);
        if (enrolment is null || !from.Contains(enrolment.Status))
        {
            var status = enrolment is null ? Messages.Get("FollowUp_NotEnrolled") : enrolment.Status.ToString();
            throw new DomainRuleException("enrolment_cannot_move", Messages.Get("FollowUp_EmployeeCannotBecome", employee, status, to));
        }

        Replace(enrolment with { Status = to, Note = string.IsNullOrWhiteSpace(note) ? enrolment.Note : note.Trim() });
    }

    private void Replace(Enrolment enrolment)
    {
        var i = _enrolments.FindIndex(e => e.Employee == enrolment.Employee);
        _enrolments[i] = enrolment;
    }

    private void EnsureStatus(RunStatus expected, string rule, string action)
    {
        if (Status != expected)
        {
            throw InvalidMove(rule, action);
        }
    }

    private DomainRuleException InvalidMove(string rule, string action) => new(rule, Messages.Get("FollowUp_RunCannot", CourseCode, Status, action));

    private static string Percent(decimal share) => Rounding.HalfAwayFromZero(share * 100m, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %";

    /// <summary>Spreads sessions over the run's days (one per day while days remain), the JP shared equally.</summary>
    private static IEnumerable<RunSession> SpreadSessions(DateOnly start, DateOnly end, int sessions, decimal jp)
    {
        var days = end.DayNumber - start.DayNumber + 1;
        for (var i = 0; i < sessions; i++)
        {
            yield return new RunSession(i + 1, start.AddDays((int)((long)i * days / sessions)), jp / sessions);
        }
    }
}
