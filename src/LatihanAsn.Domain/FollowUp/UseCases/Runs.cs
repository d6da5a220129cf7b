using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Schedules the run of an approved plan's line (once per line). Returns the run's identifier.</summary>
/// <param name="PlanId">The approved plan, in the caller's scope.</param>
/// <param name="Line">The line number.</param>
/// <param name="WaitingList">How the waiting list is ordered (default first come).</param>
public sealed record ScheduleRun(TrainingPlanId PlanId, int Line, WaitingListOrder WaitingList = WaitingListOrder.FirstCome) : IRequest<CourseRunId>;

/// <summary>An invitation.</summary>
/// <param name="Employee">The employee, in the caller's scope.</param>
/// <param name="Priority">Their waiting-list priority (for example the needs register's score).</param>
public sealed record InvitationInput(EmployeeId Employee, decimal Priority = 0m);

/// <summary>
/// Invites employees to a scheduled run: each gets a seat while seats are free, then a place on the waiting list.
/// Without invitations, the plan line's target employees are invited, in the line's order. Returns the enrolments made.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Invitations">Who to invite, or <see langword="null"/> for the line's target employees.</param>
public sealed record InviteParticipants(CourseRunId RunId, IReadOnlyList<InvitationInput>? Invitations = null) : IRequest<IReadOnlyList<Enrolment>>;

/// <summary>An invited employee accepts (confirms) or declines; a declined seat goes to the waiting list.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The invited employee.</param>
/// <param name="Accept">Whether they accept.</param>
/// <param name="Reason">Why they decline, if they say.</param>
public sealed record RespondToInvitation(CourseRunId RunId, EmployeeId Employee, bool Accept, string? Reason = null) : IRequest<Unit>;

/// <summary>Withdraws an employee from a run; a freed seat goes to the waiting list.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
/// <param name="Reason">Why, if said.</param>
public sealed record WithdrawParticipant(CourseRunId RunId, EmployeeId Employee, string? Reason = null) : IRequest<Unit>;

/// <summary>Marks a confirmed employee who did not come; the seat goes to the waiting list.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Employee">The employee.</param>
public sealed record MarkNoShow(CourseRunId RunId, EmployeeId Employee) : IRequest<Unit>;

/// <summary>Starts a scheduled run with enough confirmed participants.</summary>
/// <param name="RunId">The run.</param>
public sealed record StartRun(CourseRunId RunId) : IRequest<Unit>;

/// <summary>Whether a participant attended.</summary>
/// <param name="Employee">The participant.</param>
/// <param name="Attended">Whether they attended.</param>
public sealed record AttendanceMark(EmployeeId Employee, bool Attended);

/// <summary>Records who attended a session of a run in progress.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Session">The session number.</param>
/// <param name="Marks">Each participant once.</param>
public sealed record RecordSessionAttendance(CourseRunId RunId, int Session, IReadOnlyList<AttendanceMark> Marks) : IRequest<Unit>;

/// <summary>A final test score.</summary>
/// <param name="Employee">The participant.</param>
/// <param name="Score">The score, 0-100.</param>
public sealed record TestScoreInput(EmployeeId Employee, decimal Score);

/// <summary>
/// Completes a run in progress: decides each participant's completion (attendance share, test), credits the JP of
/// those who completed to their learning-hours ledger (once: the credit's reference is the run and the employee),
/// issues certificates where the course grants them (renewing an earlier one for the same course), records a pending
/// test assessment for each who passed the test — evidence the supervisor confirms, which closes the loop to the
/// profile and the next cycle's gaps — and records attendance in the run's evaluation plan, if there is one.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="Scores">Final test scores (every participant's, when the course has a test).</param>
public sealed record CompleteRun(CourseRunId RunId, IReadOnlyList<TestScoreInput>? Scores = null) : IRequest<RunCompletion>;

/// <summary>The outcome of a completed run.</summary>
/// <param name="Outcomes">Each participant's outcome.</param>
/// <param name="CreditedJp">The JP credited now, by employee (empty for those already credited).</param>
/// <param name="Certificates">The certificates issued.</param>
/// <param name="Evidence">The pending test assessments recorded.</param>
public sealed record RunCompletion(IReadOnlyList<ParticipantOutcome> Outcomes, IReadOnlyDictionary<EmployeeId, decimal> CreditedJp, IReadOnlyList<CertificateId> Certificates, IReadOnlyList<AssessmentId> Evidence);

/// <summary>
/// Credits the JP of a completed run's participants who completed (safe to repeat: an activity already credited is not
/// credited again). Returns the JP credited now, by employee.
/// </summary>
/// <param name="RunId">The completed run.</param>
public sealed record CreditRunHours(CourseRunId RunId) : IRequest<IReadOnlyDictionary<EmployeeId, decimal>>;

/// <summary>Cancels a scheduled or running run.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Reason">Why.</param>
public sealed record CancelRun(CourseRunId RunId, string Reason) : IRequest<Unit>;

/// <summary>A run as a host shows it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="CourseCode">The course.</param>
/// <param name="Title">The title.</param>
/// <param name="Mode">The mode.</param>
/// <param name="Place">Where.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="Status">The status.</param>
/// <param name="SeatsTaken">Seats taken.</param>
/// <param name="MaxSeats">Seats.</param>
/// <param name="Sessions">The sessions.</param>
/// <param name="Enrolments">The enrolments.</param>
/// <param name="WaitingList">The waiting list, next first.</param>
public sealed record RunView(CourseRunId RunId, string CourseCode, string Title, DeliveryMode Mode, string Place, DateOnly Start, DateOnly End, RunStatus Status, int SeatsTaken, int MaxSeats, IReadOnlyList<RunSession> Sessions, IReadOnlyList<Enrolment> Enrolments, IReadOnlyList<EmployeeId> WaitingList);

/// <summary>Gets a run in the caller's scope.</summary>
/// <param name="RunId">The run.</param>
public sealed record GetCourseRun(CourseRunId RunId) : IRequest<RunView>;

/// <summary>Validation shared by the run requests.</summary>
internal static class RunChecks
{
    public static void Exists<T>(AbstractValidator<T> validator, Func<T, CourseRunId> id, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope) =>
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "RunId")
            .MustAsync((runId, ct) => runs.AnyAsync(new CourseRunByIdSpec(scope.Current, runId), ct))
            .WithText("Run tidak ditemukan dalam cakupan Anda.", "The run was not found within your scope.");

    public static void NotBefore<T>(AbstractValidator<T> validator, Func<T, CourseRunId> id, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time, Func<CourseRun, DateOnly> day, string indonesian, string english) =>
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "RunId").CustomAsync(async (runId, context, ct) =>
        {
            var run = await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope.Current, runId), ct).ConfigureAwait(false);
            if (run is not null && day(run) > time.Today())
            {
                context.AddFailure("RunId", Text.Pick($"{indonesian} ({Text.Iso(day(run))}).", $"{english} ({Text.Iso(day(run))})."));
            }
        });

    /// <summary>Loads a run in scope, changes it, saves it and publishes its events: the shape of every run transition.</summary>
    public static async Task<Unit> ApplyAsync(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events, CourseRunId id, Action<CourseRun> change, CancellationToken cancellationToken)
    {
        var run = await LoadAsync(runs, scope.Current, id, cancellationToken).ConfigureAwait(false);
        change(run);
        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public static async Task<CourseRun> LoadAsync(IReadRepositoryBase<CourseRun> runs, CallerScope scope, CourseRunId id, CancellationToken cancellationToken) =>
        await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("Run", id.ToString());
}

internal sealed class ScheduleRunValidator : AbstractValidator<ScheduleRun>
{
    public ScheduleRunValidator(IReadRepository<TrainingPlan> plans, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.WaitingList).KnownValue();
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            var plan = await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, request.PlanId), ct).ConfigureAwait(false);
            if (plan is null)
            {
                context.AddFailure(nameof(request.PlanId), Text.Pick("Rencana tidak ditemukan dalam cakupan Anda.", "The plan was not found within your scope."));
            }
            else if (plan.Status != PlanStatus.Approved)
            {
                context.AddFailure(nameof(request.PlanId), Text.Pick($"Rencana berstatus {plan.Status}; hanya rencana disetujui yang dijalankan.", $"The plan is {plan.Status}; only approved plans are run."));
            }
            else if (!plan.Lines.Any(l => l.Number == request.Line))
            {
                context.AddFailure(nameof(request.Line), Text.Pick($"Rencana tidak mempunyai baris {request.Line}.", $"The plan has no line {request.Line}."));
            }
            else if (await runs.AnyAsync(new CourseRunsSpec(scope.Current, request.PlanId, line: request.Line), ct).ConfigureAwait(false))
            {
                context.AddFailure(nameof(request.Line), Text.Pick($"Baris {request.Line} sudah dijadwalkan.", $"Line {request.Line} is already scheduled."));
            }
        });
    }
}

internal sealed class ScheduleRunHandler(IRepository<CourseRun> runs, IReadRepository<TrainingPlan> plans, IReadRepository<Course> courses, ICallerScopeAccessor scope, RuleSetRegistry rules, DomainEventPublisher events)
    : IRequestHandler<ScheduleRun, CourseRunId>
{
    public async Task<CourseRunId> Handle(ScheduleRun request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var line = plan.Lines.Single(l => l.Number == request.Line);
        var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(line.CourseId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Kursus", "Course"), line.CourseCode);
        var run = CourseRun.Schedule(CourseRunId.New(), plan, line.Number, course, request.WaitingList, rules.InForce<FollowUpRuleSet>(line.Start).MinimumAttendanceShare);
        await runs.AddAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return run.Id;
    }
}

internal sealed class InviteParticipantsValidator : AbstractValidator<InviteParticipants>
{
    public InviteParticipantsValidator(IReadRepository<CourseRun> runs, IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RuleFor(x => x.Invitations).Must(i => i is null || (i.Count > 0 && i.Select(x => x.Employee).Distinct().Count() == i.Count))
            .WithText("Undangan tidak boleh kosong dan setiap pegawai hanya sekali.", "Invitations must not be empty, and each employee only once.");
        RuleFor(x => x.Invitations).CustomAsync(async (invitations, context, ct) =>
        {
            if (invitations is null || invitations.Count == 0)
            {
                return;
            }

            var ids = invitations.Select(i => i.Employee).Distinct().ToArray();
            var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: ids), ct).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
            for (var i = 0; i < invitations.Count; i++)
            {
                if (!found.Contains(invitations[i].Employee))
                {
                    context.AddFailure($"Invitations[{i}].Employee", Text.Pick("Pegawai tidak ditemukan dalam cakupan Anda.", "The employee was not found within your scope."));
                }
            }
        });
    }
}

internal sealed class InviteParticipantsHandler(IRepository<CourseRun> runs, IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<InviteParticipants, IReadOnlyList<Enrolment>>
{
    public async Task<IReadOnlyList<Enrolment>> Handle(InviteParticipants request, CancellationToken cancellationToken)
    {
        var run = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var invitations = request.Invitations;
        if (invitations is null)
        {
            var plan = await PlanChecks.LoadAsync(plans, scope.Current, run.PlanId, cancellationToken).ConfigureAwait(false);
            invitations = plan.Lines.Single(l => l.Number == run.LineNumber).TargetEmployees.Select(e => new InvitationInput(e)).ToArray();
        }

        var made = invitations.Select(i => run.Invite(i.Employee, i.Priority)).ToArray();
        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(run, cancellationToken).ConfigureAwait(false);
        return made;
    }
}

internal sealed class RespondToInvitationValidator : AbstractValidator<RespondToInvitation>
{
    public RespondToInvitationValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RuleFor(x => x.Reason).MaxChars(1000);
    }
}

internal sealed class RespondToInvitationHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<RespondToInvitation, Unit>
{
    public Task<Unit> Handle(RespondToInvitation request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run =>
        {
            if (request.Accept)
            {
                run.Confirm(request.Employee);
            }
            else
            {
                run.Decline(request.Employee, request.Reason);
            }
        }, cancellationToken);
}

internal sealed class WithdrawParticipantValidator : AbstractValidator<WithdrawParticipant>
{
    public WithdrawParticipantValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RuleFor(x => x.Reason).MaxChars(1000);
    }
}

internal sealed class WithdrawParticipantHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<WithdrawParticipant, Unit>
{
    public Task<Unit> Handle(WithdrawParticipant request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.Withdraw(request.Employee, request.Reason), cancellationToken);
}

internal sealed class MarkNoShowValidator : AbstractValidator<MarkNoShow>
{
    public MarkNoShowValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope) => RunChecks.Exists(this, x => x.RunId, runs, scope);
}

internal sealed class MarkNoShowHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<MarkNoShow, Unit>
{
    public Task<Unit> Handle(MarkNoShow request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.MarkNoShow(request.Employee), cancellationToken);
}

internal sealed class StartRunValidator : AbstractValidator<StartRun>
{
    public StartRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RunChecks.NotBefore(this, x => x.RunId, runs, scope, time, r => r.Start, "Run baru dapat dimulai pada hari pertamanya", "A run can start on its first day at the earliest");
    }
}

internal sealed class StartRunHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<StartRun, Unit>
{
    public Task<Unit> Handle(StartRun request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.StartRun(), cancellationToken);
}

internal sealed class RecordSessionAttendanceValidator : AbstractValidator<RecordSessionAttendance>
{
    public RecordSessionAttendanceValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RuleFor(x => x.Session).GreaterThanOrEqualTo(1).WithText("Nomor sesi mulai dari 1.", "Session numbers start at 1.");
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            var run = await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope.Current, request.RunId), ct).ConfigureAwait(false);
            if (run?.Sessions.FirstOrDefault(s => s.Number == request.Session) is { } session && session.Date > time.Today())
            {
                context.AddFailure(nameof(request.Session), Text.Pick(
                    $"Sesi {session.Number} berlangsung {Text.Iso(session.Date)}: kehadiran dicatat pada hari itu atau sesudahnya.",
                    $"Session {session.Number} is on {Text.Iso(session.Date)}: attendance is recorded on that day or later."));
            }
        });
        RuleFor(x => x.Marks).Required()
            .Must(m => m is null || m.Select(x => x.Employee).Distinct().Count() == m.Count)
            .WithText("Setiap peserta hanya sekali.", "Each participant only once.");
    }
}

internal sealed class RecordSessionAttendanceHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<RecordSessionAttendance, Unit>
{
    public Task<Unit> Handle(RecordSessionAttendance request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.RecordAttendance(request.Session, request.Marks.Select(m => (m.Employee, m.Attended))), cancellationToken);
}

internal sealed class CompleteRunValidator : AbstractValidator<CompleteRun>
{
    public CompleteRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RunChecks.NotBefore(this, x => x.RunId, runs, scope, time, r => r.End, "Run baru dapat diselesaikan pada hari terakhirnya", "A run can be completed on its last day at the earliest");
        RuleFor(x => x.Scores).Must(s => s is null || s.Select(x => x.Employee).Distinct().Count() == s.Count)
            .WithText("Setiap peserta hanya satu nilai.", "One score per participant.");
        RuleForEach(x => x.Scores).ChildRules(score =>
            score.RuleFor(s => s.Score).InclusiveBetween(0m, 100m).WithText("Nilai harus 0 sampai 100 (nilai: {PropertyValue}).", "Scores must be 0 to 100 (value: {PropertyValue})."));
    }
}

/// <summary>Credits a completed run's JP to the ledgers of those who completed, once per run and employee.</summary>
internal sealed class RunCredit(IRepository<LearningHoursLedger> ledgers, IReadRepository<Employee> employees, RuleSetRegistry rules, TimeProvider time)
{
    public async Task<(IReadOnlyDictionary<EmployeeId, decimal> Credited, IReadOnlyList<LearningHoursLedger> Ledgers)> CreditAsync(CourseRun run, CallerScope scope, CancellationToken cancellationToken)
    {
        var completed = run.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.Employee).ToArray();
        var credited = new Dictionary<EmployeeId, decimal>();
        var touched = new List<LearningHoursLedger>();
        if (completed.Length == 0)
        {
            return (credited, touched);
        }

        var conversion = rules.InForce<JpConversionRuleSet>(run.End);
        var people = (await employees.ListAsync(new EmployeesSpec(scope, ids: completed), cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id);
        var existing = (await ledgers.ListAsync(new LedgersOfEmployeesSpec(scope, run.End.Year, completed), cancellationToken).ConfigureAwait(false))
            .Where(l => people.ContainsKey(l.EmployeeId)).ToDictionary(l => l.EmployeeId);
        var activity = new LearningActivity(run.Form, Math.Max(1, (int)Math.Round(run.Jp * conversion.MinutesPerJp, MidpointRounding.AwayFromZero)), run.End.DayNumber - run.Start.DayNumber + 1, run.Jp);
        foreach (var id in completed)
        {
            if (!people.TryGetValue(id, out var employee))
            {
                continue; // moved out of the caller's scope since enrolling: another caller credits them
            }

            var isNew = !existing.TryGetValue(id, out var ledger);
            ledger ??= LearningHoursLedger.Open(LedgerId.New(), employee, run.End.Year);
            var before = ledger.Entries.Count;
            var entry = ledger.Credit(run.End, activity, $"{run.CourseCode} {run.Title}", Reference(run, id), conversion, time.GetUtcNow());
            if (ledger.Entries.Count == before)
            {
                continue; // already credited
            }

            if (isNew)
            {
                await ledgers.AddAsync(ledger, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await ledgers.UpdateAsync(ledger, cancellationToken).ConfigureAwait(false);
            }

            credited[id] = entry.CreditedMinutes / entry.MinutesPerJp;
            touched.Add(ledger);
        }

        return (credited, touched);
    }

    public static string Reference(CourseRun run, EmployeeId employee) => $"run:{run.Id}:{employee}";
}

internal sealed class CompleteRunHandler(
    IRepository<CourseRun> runs,
    IRepository<Certificate> certificates,
    IRepository<CompetencyAssessment> assessments,
    IRepository<EvaluationPlan> evaluations,
    IReadRepository<Employee> employees,
    ProfileLoader profiles,
    RunCredit credit,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<CompleteRun, RunCompletion>
{
    public async Task<RunCompletion> Handle(CompleteRun request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var run = await RunChecks.LoadAsync(runs, caller, request.RunId, cancellationToken).ConfigureAwait(false);
        var outcomes = run.Complete((request.Scores ?? []).ToDictionary(s => s.Employee, s => s.Score));
        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        var changed = new List<IAggregateRoot> { run };

        var (creditedJp, ledgers) = await credit.CreditAsync(run, caller, cancellationToken).ConfigureAwait(false);
        changed.AddRange(ledgers);
        var completers = outcomes.Where(o => o.Completed).Select(o => o.Employee).ToArray();
        var people = completers.Length == 0 ? [] : (await employees.ListAsync(new EmployeesSpec(caller, ids: completers), cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id);

        // Certificates, renewing an earlier one for the same course.
        var issued = new List<CertificateId>();
        if (run.Terms.GrantsCertificate)
        {
            foreach (var employee in people.Values)
            {
                var certificate = Certificate.Issue(CertificateId.New(), employee, run, run.End);
                foreach (var earlier in (await certificates.ListAsync(new CertificatesSpec(caller, employee.Id, run.CourseId), cancellationToken).ConfigureAwait(false)).Where(c => c.RenewedBy is null))
                {
                    earlier.RenewWith(certificate.Id);
                    await certificates.UpdateAsync(earlier, cancellationToken).ConfigureAwait(false);
                    changed.Add(earlier);
                }

                await certificates.AddAsync(certificate, cancellationToken).ConfigureAwait(false);
                changed.Add(certificate);
                issued.Add(certificate.Id);
            }
        }

        // The closed loop: a passed test is evidence of the level the course leads each participant to.
        var evidence = new List<AssessmentId>();
        var passed = outcomes.Where(o => o.Completed && o.PassedTest == true).ToArray();
        if (passed.Length > 0)
        {
            var snapshots = (await profiles.LoadAsync(caller, run.End, null, null, passed.Select(p => p.Employee).ToArray(), cancellationToken).ConfigureAwait(false))
                .ToDictionary(s => s.Employee.Id);
            foreach (var outcome in passed)
            {
                if (!snapshots.TryGetValue(outcome.Employee, out var snapshot))
                {
                    continue;
                }

                var levels = run.Develops
                    .Select(step => (step.Competency, Current: snapshot.Profile.LevelOf(step.Competency)?.Value ?? 0, Step: step))
                    .Where(x => x.Step.GainFor(x.Current) > 0)
                    .Select(x => new AssessedLevel(x.Competency, ProficiencyLevel.From(x.Current + x.Step.GainFor(x.Current))))
                    .ToArray();
                if (levels.Length == 0)
                {
                    continue; // not assessed yet, or already at the course's level
                }

                var now = time.GetUtcNow();
                var assessment = CompetencyAssessment.Record(
                    AssessmentId.New(), snapshot.Employee, AssessmentSource.Test, run.End, run.Organiser, levels, now, pending: true,
                    [new EvidenceItem(now, $"Lulus {run.CourseCode} {run.Title} dengan nilai {outcome.TestScore} (run {run.Id})", $"run:{run.Id}")]);
                await assessments.AddAsync(assessment, cancellationToken).ConfigureAwait(false);
                changed.Add(assessment);
                evidence.Add(assessment.Id);
            }
        }

        // The run's evaluation plan, if any, learns who attended.
        if (await evaluations.FirstOrDefaultAsync(new EvaluationPlanForRunSpec(run.Id), cancellationToken).ConfigureAwait(false) is { } evaluation)
        {
            var entries = run.Enrolments
                .Where(e => e.Status is EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted && evaluation.IsParticipant(e.Employee))
                .Select(e => new AttendanceEntry(e.Employee, e.AttendedJp > 0m))
                .ToArray();
            if (entries.Length > 0)
            {
                evaluation.RecordAttendance(entries);
                await evaluations.UpdateAsync(evaluation, cancellationToken).ConfigureAwait(false);
                changed.Add(evaluation);
            }
        }

        await events.PublishAsync(changed, cancellationToken).ConfigureAwait(false);
        return new RunCompletion(outcomes, creditedJp, issued, evidence);
    }
}

internal sealed class CreditRunHoursValidator : AbstractValidator<CreditRunHours>
{
    public CreditRunHoursValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.RunId).CustomAsync(async (id, context, ct) =>
        {
            var run = await runs.FirstOrDefaultAsync(new CourseRunByIdSpec(scope.Current, id), ct).ConfigureAwait(false);
            if (run is null)
            {
                context.AddFailure(Text.Pick("Run tidak ditemukan dalam cakupan Anda.", "The run was not found within your scope."));
            }
            else if (run.Status != RunStatus.Completed)
            {
                context.AddFailure(Text.Pick($"Run berstatus {run.Status}; JP dikreditkan setelah selesai.", $"The run is {run.Status}; JP are credited once it is completed."));
            }
        });
    }
}

internal sealed class CreditRunHoursHandler(IReadRepository<CourseRun> runs, RunCredit credit, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<CreditRunHours, IReadOnlyDictionary<EmployeeId, decimal>>
{
    public async Task<IReadOnlyDictionary<EmployeeId, decimal>> Handle(CreditRunHours request, CancellationToken cancellationToken)
    {
        var run = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var (credited, ledgers) = await credit.CreditAsync(run, scope.Current, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(ledgers, cancellationToken).ConfigureAwait(false);
        return credited;
    }
}

internal sealed class CancelRunValidator : AbstractValidator<CancelRun>
{
    public CancelRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RuleFor(x => x.Reason).Required().MaxChars(1000);
    }
}

internal sealed class CancelRunHandler(IRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<CancelRun, Unit>
{
    public Task<Unit> Handle(CancelRun request, CancellationToken cancellationToken) =>
        RunChecks.ApplyAsync(runs, scope, events, request.RunId, run => run.Cancel(request.Reason), cancellationToken);
}

internal sealed class GetCourseRunValidator : AbstractValidator<GetCourseRun>
{
    public GetCourseRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope) => RunChecks.Exists(this, x => x.RunId, runs, scope);
}

internal sealed class GetCourseRunHandler(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope) : IRequestHandler<GetCourseRun, RunView>
{
    public async Task<RunView> Handle(GetCourseRun request, CancellationToken cancellationToken)
    {
        var r = await RunChecks.LoadAsync(runs, scope.Current, request.RunId, cancellationToken).ConfigureAwait(false);
        var waiting = r.Enrolments.Where(e => e.Status == EnrolmentStatus.WaitListed).OrderBy(e => r.WaitListPosition(e.Employee)).Select(e => e.Employee).ToArray();
        return new RunView(r.Id, r.CourseCode, r.Title, r.Mode, r.Place, r.Start, r.End, r.Status, r.SeatsTaken, r.MaxSeats, r.Sessions, r.Enrolments, waiting);
    }
}
