using System.Globalization;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Persistence;
using LatihanAsn.Lampung.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Lampung.Commands;

/// <summary>What the follow-up step recorded through the mediator over its simulated year.</summary>
internal sealed record FollowUpCounts(
    int RunsScheduled,
    int RunsHeld,
    int RunsCancelled,
    int Invitations,
    int WaitListed,
    int Promoted,
    int Confirmed,
    int Declined,
    int Withdrawn,
    int NoShows,
    int AttendanceMarks,
    int Completed,
    int NotCompleted,
    int LedgersCredited,
    decimal JpCredited,
    int CreditedAgain,
    int Certificates,
    int Evidence,
    int EvidenceConfirmed,
    int EvidenceRejected,
    int MentoringPlans,
    int CheckIns,
    int MentoringCompleted,
    int ActionPlans,
    int MilestonesCompleted,
    int ActionPlansSignedOff);

/// <summary>The runs of one delivery mode and how they ended.</summary>
internal sealed record RunModeRow(string Mode, int Runs, int Cancelled, int Confirmed, int Completed, int NotCompleted, decimal JpCredited, int Certificates);

/// <summary>One run, as an example of the state machine at work.</summary>
internal sealed record RunExample(string Course, string Title, string Mode, DateOnly Start, DateOnly End, int MaxSeats, int Invited, int WaitListed, int Promoted, int Confirmed, int Completed, int NotCompleted, string? FirstReason);

/// <summary>How many items of one kind need attention.</summary>
internal sealed record DueKindRow(string Kind, int Items, int Overdue);

/// <summary>One item that needs attention.</summary>
internal sealed record DueRow(DateOnly DueOn, string Kind, bool Overdue, string Region, string Description);

/// <summary>The what-is-due report on one day of the simulated year.</summary>
internal sealed record DueSection(DateOnly AsOf, int HorizonDays, int Items, IReadOnlyList<DueKindRow> ByKind, IReadOnlyList<DueRow> First);

/// <summary>One JPM band at the start and at the end of the year (percent unrounded).</summary>
internal sealed record JpmChangeRow(string Band, int Before, decimal BeforePercent, int After, decimal AfterPercent);

/// <summary>One competency's mean shortfall and red count at the start and at the end of the year.</summary>
internal sealed record GapChangeRow(string Competency, string Name, decimal? ShortfallBefore, decimal? ShortfallAfter, int RedBefore, int RedAfter, int AmberBefore, int AmberAfter);

/// <summary>The 20 JP compliance of the province in two years.</summary>
internal sealed record JpChangeRow(int Year, int Employees, int Compliant, int Below, decimal ShortfallJp);

/// <summary>What the demo's follow-up step did and what changed in the province.</summary>
internal sealed record FollowUpReport(
    int Year,
    DateOnly From,
    DateOnly To,
    FollowUpCounts Recorded,
    IReadOnlyList<RunModeRow> ByMode,
    RunExample? Example,
    DueSection Due,
    IReadOnlyList<JpmChangeRow> Jpm,
    int? JpmUndefinedBefore,
    int? JpmUndefinedAfter,
    IReadOnlyList<GapChangeRow> Gaps,
    IReadOnlyList<JpChangeRow> Compliance);

/// <summary>
/// The demo's follow-up step: one simulated year (the plan's year) on a clock the step moves forward, every change
/// through the mediator in the province's scope. Each line of the approved plan becomes a run (<c>ScheduleRun</c>); its
/// target employees are invited and reply (most confirm, some decline, some never answer); full runs take volunteers
/// on a waiting list by priority, promoted when a seat frees. A week before each run a few withdraw; on its first day a
/// few do not come and the run starts (or is cancelled below its minimum seats); attendance is recorded per session; on
/// its last day the run completes with test scores, which credits the JP (crediting again adds nothing), issues
/// certificates and records pending test evidence; two weeks later the supervisors confirm or reject it. Completers of
/// the public-service courses write action plans with milestones; from June, employees still short in a competency get
/// a mentor (<c>FindMentors</c>, <c>StartMentoring</c>), with check-ins and the mentor's assessment in November. On
/// 15 October the step asks what is due; on 31 December it compares the province's JPM distribution, gaps and 20 JP
/// compliance with the start of the year. Reproducible from the seed.
/// </summary>
internal static class DemoFollowUp
{
    /// <summary>The day the step asks what is due.</summary>
    public static DateOnly DueDay => new(Year, 10, 15);

    /// <summary>The year simulated: the plan's.</summary>
    public static int Year => DemoCompose.Year;

    private const int DueItemsShown = 8;
    private const int MaxActionPlans = 60;
    private const int MaxMentees = 40;

    private static readonly string[] DeclineReasons = ["Tugas dinas luar daerah", "Cuti melahirkan", "Beban kerja akhir triwulan", "Sedang mengikuti pelatihan lain"];

    public static async Task<FollowUpReport> RunAsync(LampungHost host, DemoPlan plan, SeedResult seeded, int seed, CancellationToken cancellationToken, DemoPhases? phases = null, PopulationSummary? provinceBefore = null)
    {
        phases ??= new DemoPhases();
        var random = new Random(unchecked(seed * 31 + 6));
        var clock = new SimulatedClock(new DateOnly(Year, 1, 5));
        using var year = new LampungHost(host.Database, services => services.AddSingleton<TimeProvider>(clock));
        // The province before the year: the summary the demo printed first (same day, and no assessment changed since),
        // so it is not computed again; the 20 JP compliance of the year before is read.
        var before = await phases.MeasureAsync("report", () => SnapshotAsync(year, new DateOnly(Year - 1, 12, 31), cancellationToken, provinceBefore));
        var simulation = new Simulation(year, clock, random, seed, plan, seeded, phases);
        var (counts, byMode, example, due) = await host.Database.InTransactionAsync(() => simulation.RunAsync(cancellationToken), cancellationToken);
        clock.MoveTo(new DateOnly(Year, 12, 31));
        var after = await phases.MeasureAsync("report", () => SnapshotAsync(year, clock.Today, cancellationToken));

        return new FollowUpReport(
            Year,
            new DateOnly(Year, 1, 5),
            clock.Today,
            counts,
            byMode,
            example,
            due,
            JpmChange(before.Population, after.Population),
            before.Population.JpmUndefined,
            after.Population.JpmUndefined,
            GapChange(before.Population, after.Population),
            [Compliance(before.Compliance), Compliance(after.Compliance)]);
    }

    private static async Task<(PopulationGroup Population, JpComplianceReport Compliance)> SnapshotAsync(LampungHost host, DateOnly asOf, CancellationToken cancellationToken, PopulationSummary? known = null)
    {
        var summary = known ?? await host.SendAsync(new SummarisePopulation(PopulationDimension.Province, AsOf: asOf), cancellationToken);
        var compliance = await host.SendAsync(new GetJpCompliance(asOf.Year, PopulationDimension.Province), cancellationToken);
        var group = summary.Groups.SingleOrDefault() ?? new PopulationGroup(PopulationSummaryRule.ProvinceKey, true, null, [], null, []);
        return (group, compliance);
    }

    private static IReadOnlyList<JpmChangeRow> JpmChange(PopulationGroup before, PopulationGroup after)
    {
        if (before.Suppressed || after.Suppressed)
        {
            return [];
        }

        var total = before.Employees!.Value;
        var totalAfter = after.Employees!.Value;
        return before.JpmDistribution
            .Select(b =>
            {
                var a = after.JpmDistribution.Single(x => x.Band == b.Band).Count;
                return new JpmChangeRow(b.Band, b.Count, b.Count * 100m / total, a, a * 100m / totalAfter);
            })
            .ToArray();
    }

    private static IReadOnlyList<GapChangeRow> GapChange(PopulationGroup before, PopulationGroup after)
    {
        var then = after.Competencies.ToDictionary(c => c.Competency);
        return before.Competencies
            .Where(c => then.ContainsKey(c.Competency))
            .Select(c =>
            {
                var a = then[c.Competency];
                return new GapChangeRow(c.Competency.Value, CompetencyName(c.Competency), c.MeanShortfall, a.MeanShortfall, c.Red, a.Red, c.Amber, a.Amber);
            })
            .OrderBy(r => r.Competency, StringComparer.Ordinal)
            .ToArray();
    }

    private static JpChangeRow Compliance(JpComplianceReport report)
    {
        var province = report.Groups.SingleOrDefault();
        return province is null
            ? new JpChangeRow(report.Year, 0, 0, 0, 0m)
            : new JpChangeRow(report.Year, province.Employees, province.Compliant, province.Below, province.ShortfallJp);
    }

    private static string CompetencyName(CompetencyCode code) =>
        Permenpanrb38Of2017.Competencies.FirstOrDefault(c => c.Code == code)?.Name ?? code.Value;

    /// <summary>The simulated year: a timeline of dated actions, run in date order.</summary>
    private sealed class Simulation(LampungHost host, SimulatedClock clock, Random random, int seed, DemoPlan plan, SeedResult seeded, DemoPhases phases)
    {
        private readonly PriorityQueue<Func<Task>, (DateOnly Day, int Order, int Sequence)> _timeline = new();
        private int _sequence;
        private readonly Dictionary<CourseRunId, RunState> _runs = [];
        private readonly Dictionary<EmployeeId, string> _regionOf = [];
        private readonly Dictionary<EmployeeId, int> _index = [];
        private readonly List<AssessmentId> _pendingMentorEvidence = [];
        private int _invitations;
        private int _waitListed;
        private int _promoted;
        private int _declined;
        private int _withdrawn;
        private int _noShows;
        private int _marks;
        private int _creditedAgain;
        private int _confirmedEvidence;
        private int _rejectedEvidence;
        private int _evidence;
        private int _mentoring;
        private int _checkIns;
        private int _mentoringCompleted;
        private int _actionPlans;
        private int _milestones;
        private int _signedOff;
        private DueSection? _due;

        private CancellationToken Token { get; set; }

        public async Task<(FollowUpCounts, IReadOnlyList<RunModeRow>, RunExample?, DueSection)> RunAsync(CancellationToken cancellationToken)
        {
            Token = cancellationToken;
            for (var i = 0; i < seeded.EmployeeIds.Count; i++)
            {
                _regionOf[seeded.EmployeeIds[i]] = plan.Positions[plan.Employees[i].Position].RegionCode;
                _index[seeded.EmployeeIds[i]] = i;
            }

            var enrol = phases.Start("enrol");
            if (LoadApprovedPlan() is { } approved) // none when the population was too small for a plan
            {
                await ScheduleAndInviteAsync(approved);
            }

            await RespondAsync();
            enrol.Stop();
            var complete = phases.Start("complete");
            foreach (var state in _runs.Values)
            {
                PlanRun(state);
            }

            At(new DateOnly(Year, 6, 1), 5, StartMentoringAsync);
            At(DueDay, 9, async () => _due = await DueAsync());

            // Run the timeline; actions may add later actions (a milestone completed, a supervisor's decision).
            while (_timeline.TryDequeue(out var act, out var when))
            {
                clock.MoveTo(when.Day);
                await act();
            }

            complete.Stop();

            var all = _runs.Values.ToArray();
            var counts = new FollowUpCounts(
                all.Length,
                all.Count(r => r.Completion is not null),
                all.Count(r => r.Cancelled),
                _invitations,
                _waitListed,
                _promoted,
                all.Sum(r => r.Confirmed),
                _declined,
                _withdrawn,
                _noShows,
                _marks,
                all.Sum(r => r.Completion?.Outcomes.Count(o => o.Completed) ?? 0),
                all.Sum(r => r.Completion?.Outcomes.Count(o => !o.Completed) ?? 0),
                all.Sum(r => r.Completion?.CreditedJp.Count ?? 0),
                all.Sum(r => r.Completion?.CreditedJp.Values.Sum() ?? 0m),
                _creditedAgain,
                all.Sum(r => r.Completion?.Certificates.Count ?? 0),
                _evidence,
                _confirmedEvidence,
                _rejectedEvidence,
                _mentoring,
                _checkIns,
                _mentoringCompleted,
                _actionPlans,
                _milestones,
                _signedOff);
            var byMode = all
                .GroupBy(r => r.Line.Mode)
                .OrderBy(g => g.Key)
                .Select(g => new RunModeRow(
                    ProgramsText.Mode(g.Key),
                    g.Count(),
                    g.Count(r => r.Cancelled),
                    g.Sum(r => r.Confirmed),
                    g.Sum(r => r.Completion?.Outcomes.Count(o => o.Completed) ?? 0),
                    g.Sum(r => r.Completion?.Outcomes.Count(o => !o.Completed) ?? 0),
                    g.Sum(r => r.Completion?.CreditedJp.Values.Sum() ?? 0m),
                    g.Sum(r => r.Completion?.Certificates.Count ?? 0)))
                .ToArray();
            var example = all.Where(r => r.WaitListed > 0 && r.Completion is not null).OrderByDescending(r => r.Promoted).ThenBy(r => r.Line.Number).FirstOrDefault();
            return (counts, byMode, example is null ? null : Example(example), _due!);
        }

        private TrainingPlan? LoadApprovedPlan()
        {
            using var context = host.Database.CreateContext();
            return context.Set<TrainingPlan>().SingleOrDefault(p => p.Year == Year && p.Status == PlanStatus.Approved);
        }

        private void At(DateOnly day, int order, Func<Task> act) => _timeline.Enqueue(act, (day, order, _sequence++));

        private async Task ScheduleAndInviteAsync(TrainingPlan approved)
        {
            var targeted = approved.Lines.SelectMany(l => l.TargetEmployees).ToHashSet();
            var untargeted = seeded.EmployeeIds.Where(e => !targeted.Contains(e)).ToArray(); // volunteers come from these

            // The whole approved plan is scheduled in one command; each run then invites the people its line names (the
            // plan at hand says who: the command need not read the plan again).
            var lines = approved.Lines.OrderBy(l => l.Number).ToArray();
            var scheduled = await host.SendAsync(new ScheduleRuns(approved.Id, [.. lines.Select(l => l.Number)], WaitingListOrder.Priority), Token);
            for (var i = 0; i < lines.Length; i++)
            {
                var (line, run) = (lines[i], scheduled[i]);
                var invited = await host.SendAsync(new InviteParticipants(run, [.. line.TargetEmployees.Select(e => new InvitationInput(e))]), Token);
                _invitations += invited.Count;
                var state = new RunState(run, line);
                _runs[run] = state;
                var view = await host.SendAsync(new GetCourseRun(run), Token);
                if (view.SeatsTaken < view.MaxSeats)
                {
                    continue;
                }

                // A full run takes volunteers from its participants' regions on a waiting list, by priority.
                var regions = line.TargetEmployees.Select(e => _regionOf[e]).ToHashSet(StringComparer.Ordinal);
                var pool = untargeted.Where(e => regions.Contains(_regionOf[e])).ToArray();
                var volunteers = random.GetItems(pool, Math.Min(3, pool.Length)).Distinct().ToArray();
                if (volunteers.Length == 0)
                {
                    continue;
                }

                var listed = await host.SendAsync(new InviteParticipants(run, volunteers.Select(v => new InvitationInput(v, Math.Round((decimal)random.NextDouble(), 2))).ToArray()), Token);
                _invitations += listed.Count;
                _waitListed += listed.Count(e => e.Status == EnrolmentStatus.WaitListed);
                state.WaitListed += listed.Count(e => e.Status == EnrolmentStatus.WaitListed);
            }
        }

        private async Task RespondAsync()
        {
            clock.MoveTo(new DateOnly(Year, 1, 12));
            foreach (var state in _runs.Values)
            {
                var answered = new HashSet<EmployeeId>();
                while (true)
                {
                    var pending = (await host.SendAsync(new GetCourseRun(state.Id), Token)).Enrolments
                        .Where(e => e.Status == EnrolmentStatus.Invited && answered.Add(e.Employee))
                        .OrderBy(e => Of(e.Employee))
                        .ToArray();
                    if (pending.Length == 0)
                    {
                        break;
                    }

                    // This round's answers to the run in one request, in the same order; those promoted by its
                    // declines answer in the next round.
                    var responses = new List<InvitationResponse>();
                    foreach (var enrolment in pending)
                    {
                        var roll = U(1, state.Line.Number, Of(enrolment.Employee));
                        if (roll < 0.90)
                        {
                            responses.Add(new InvitationResponse(enrolment.Employee, true));
                        }
                        else if (roll < 0.96)
                        {
                            responses.Add(new InvitationResponse(enrolment.Employee, false, DeclineReasons[(int)(U(2, state.Line.Number, Of(enrolment.Employee)) * DeclineReasons.Length)]));
                        }

                        // Otherwise no reply: the invitation lapses when the run starts.
                    }

                    if (responses.Count > 0)
                    {
                        var replies = await host.SendAsync(new RespondToInvitations(state.Id, responses), Token);
                        var promoted = replies.Count(a => a.Promoted is not null);
                        _declined += responses.Count(r => !r.Accept);
                        _promoted += promoted;
                        state.Promoted += promoted;
                    }
                }
            }
        }

        private async Task<int> PromotedByAsync(RunState state, Func<Task> act)
        {
            var before = (await host.SendAsync(new GetCourseRun(state.Id), Token)).WaitingList.Count;
            await act();
            var after = (await host.SendAsync(new GetCourseRun(state.Id), Token)).WaitingList.Count;
            _promoted += before - after;
            return before - after;
        }

        private void PlanRun(RunState state)
        {
            var line = state.Line;
            At(line.Start.AddDays(-7), 1, async () =>
            {
                foreach (var e in (await host.SendAsync(new GetCourseRun(state.Id), Token)).Enrolments.Where(e => e.Status == EnrolmentStatus.Confirmed).OrderBy(e => Of(e.Employee)).ToArray())
                {
                    if (U(3, state.Line.Number, Of(e.Employee)) < 0.02)
                    {
                        state.Promoted += await PromotedByAsync(state, () => host.SendAsync(new WithdrawParticipant(state.Id, e.Employee, "Mutasi jabatan"), Token));
                        _withdrawn++;
                    }
                }
            });
            At(line.Start, 2, async () =>
            {
                var view = await host.SendAsync(new GetCourseRun(state.Id), Token);
                foreach (var e in view.Enrolments.Where(e => e.Status == EnrolmentStatus.Confirmed).OrderBy(e => Of(e.Employee)).ToArray())
                {
                    if (U(4, state.Line.Number, Of(e.Employee)) < 0.02)
                    {
                        await host.SendAsync(new MarkNoShow(state.Id, e.Employee), Token);
                        _noShows++;
                    }
                }

                view = await host.SendAsync(new GetCourseRun(state.Id), Token);
                state.Confirmed = view.Enrolments.Count(e => e.Status == EnrolmentStatus.Confirmed);
                var minimum = RunMinimum(view);
                if (state.Confirmed < minimum)
                {
                    await host.SendAsync(new CancelRun(state.Id, $"Peserta terkonfirmasi {state.Confirmed}, kurang dari minimal {minimum}"), Token);
                    state.Cancelled = true;
                    state.Confirmed = 0;
                    return;
                }

                await host.SendAsync(new StartRun(state.Id), Token);
                state.Participants = view.Enrolments.Where(e => e.Status == EnrolmentStatus.Confirmed).Select(e => e.Employee).OrderBy(Of).ToArray();
                state.Diligence = state.Participants.ToDictionary(p => p, p => U(5, state.Line.Number, Of(p)) < 0.05 ? 0.7 : 0.995);
                foreach (var session in view.Sessions)
                {
                    At(session.Date, 3, () => AttendAsync(state, session.Number));
                }

                At(line.End, 4, () => CompleteAsync(state));
            });
        }

        private static int RunMinimum(RunView view) =>
            ProgramsCatalogue.Courses.Single(c => c.Code == view.CourseCode).Details.Offerings.Single(o => o.Mode == view.Mode).MinSeats;

        private async Task AttendAsync(RunState state, int session)
        {
            var marks = state.Participants.Select(p => new AttendanceMark(p, U(6, state.Line.Number, Of(p), session) < state.Diligence[p])).ToArray();
            await host.SendAsync(new RecordSessionAttendance(state.Id, session, marks), Token);
            _marks += marks.Length;
        }

        private async Task CompleteAsync(RunState state)
        {
            var terms = ProgramsCatalogue.Courses.Single(c => c.Code == state.Line.CourseCode).Details.Completion;
            TestScoreInput[]? scores = terms?.PassingScore is null
                ? null
                : state.Participants.Select(p => new TestScoreInput(p, Math.Clamp(Math.Round(81m + (decimal)(Normal(7, state.Line.Number, Of(p)) * 8), 1), 0m, 100m))).ToArray();
            state.Completion = await host.SendAsync(new CompleteRun(state.Id, scores), Token);
            _creditedAgain += (await host.SendAsync(new CreditRunHours(state.Id), Token)).Count;
            _evidence += state.Completion.Evidence.Count;
            var evidence = state.Completion.Evidence.ToArray();
            if (evidence.Length > 0)
            {
                At(state.Line.End.AddDays(14), 6, () => DecideAsync(evidence));
            }

            if (state.Line.CourseCode.StartsWith("PLY-", StringComparison.Ordinal))
            {
                foreach (var outcome in state.Completion.Outcomes.Where(o => o.Completed).OrderBy(o => Of(o.Employee)))
                {
                    if (_actionPlans >= MaxActionPlans)
                    {
                        break;
                    }

                    await CreateActionPlanAsync(state, outcome.Employee);
                }
            }
        }

        private async Task DecideAsync(IReadOnlyList<AssessmentId> evidence)
        {
            Dictionary<AssessmentId, EmployeeId> whose;
            using (var context = host.Database.CreateContext())
            {
                whose = context.Set<CompetencyAssessment>().Where(a => evidence.Contains(a.Id)).ToDictionary(a => a.Id, a => a.EmployeeId);
            }

            // The supervisors' decisions on one run's evidence, sent together (one command, as a BKD screen would).
            var decisions = new List<AssessmentDecision>(evidence.Count);
            foreach (var id in evidence.OrderBy(id => Of(whose[id])))
            {
                var confirm = U(8, Of(whose[id]), evidence.Count) < 0.85;
                decisions.Add(new AssessmentDecision(id, confirm, "Atasan langsung", confirm ? null : "Belum terlihat dalam pekerjaan sehari-hari"));
                if (confirm)
                {
                    _confirmedEvidence++;
                }
                else
                {
                    _rejectedEvidence++;
                }
            }

            if (decisions.Count > 0)
            {
                await host.SendAsync(new DecideAssessments(decisions), Token);
            }
        }

        private async Task CreateActionPlanAsync(RunState state, EmployeeId employee)
        {
            var end = state.Line.End;
            var first = end.AddDays(30);
            var second = end.AddDays(90);
            var id = await host.SendAsync(new CreateActionPlan(
                employee,
                "Percepatan penanganan pengaduan layanan",
                state.Id,
                "Atasan langsung",
                [new ActionGoalInput("Menanggapi setiap pengaduan dalam 1 x 24 jam", "M.05", "Median waktu respons pengaduan (jam)", 24m)],
                [new MilestoneInput("SOP penanganan pengaduan unit disusun", first), new MilestoneInput("SOP diterapkan; waktu respons dilaporkan", second)]), Token);
            _actionPlans++;

            // Most keep to their milestones; some are late; a few let the second one slip past the year.
            var late = U(9, state.Line.Number, Of(employee));
            var firstDone = first.AddDays(late < 0.8 ? -(int)(U(10, Of(employee)) * 10) : 5 + (int)(U(10, Of(employee)) * 20));
            At(firstDone, 7, async () =>
            {
                await host.SendAsync(new CompleteMilestone(id, 1, clock.Today, "SOP ditandatangani kepala unit"), Token);
                _milestones++;
                if (late < 0.9)
                {
                    var secondDone = second.AddDays(late < 0.7 ? -(int)(U(11, Of(employee)) * 10) : 3 + (int)(U(11, Of(employee)) * 17));
                    At(secondDone, 7, async () =>
                    {
                        await host.SendAsync(new CompleteMilestone(id, 2, clock.Today, "Laporan waktu respons tiga bulan"), Token);
                        _milestones++;
                        await host.SendAsync(new SignOffActionPlan(id, "Atasan langsung", clock.Today), Token);
                        _signedOff++;
                    });
                }
            });
        }

        private async Task StartMentoringAsync()
        {
            // Employees still short after the first half-year, in the competencies the plan could not close for everyone.
            var register = await host.SendAsync(new ComputeNeedsRegister(PopulationDimension.Province), Token);
            var shortOf = register.Entries
                .Where(e => e.Competency.Value is "M.02" or "M.03" or "M.06")
                .SelectMany(e => e.TargetEmployees.Select(t => (Employee: t, e.Competency)))
                .OrderBy(x => Of(x.Employee))
                .ThenBy(x => x.Competency.Value, StringComparer.Ordinal)
                .ToArray();
            var chosen = random.GetItems(shortOf, Math.Min(MaxMentees * 2, shortOf.Length)).DistinctBy(x => x.Employee).Take(MaxMentees).ToArray();
            var requests = new List<MentorRequestInput>();
            foreach (var (employee, competency) in chosen)
            {
                var need = (await host.SendAsync(new ComputeIndividualNeeds(employee), Token)).Needs.FirstOrDefault(n => n.Competency == competency)?.Held;
                if (need?.Actual is { } actual && need.Required.Value > actual.Value)
                {
                    requests.Add(new MentorRequestInput(employee, competency.Value, actual.Value + 1));
                }
            }

            if (requests.Count == 0)
            {
                return;
            }

            var matches = await host.SendAsync(new FindMentors(requests), Token);
            foreach (var match in matches.Where(m => m.Mentor is not null))
            {
                var id = await host.SendAsync(new StartMentoring(match.Mentor!.Value, match.Request.Mentee, match.Request.Competency.Value, match.Request.TargetLevel, 21, clock.Today), Token);
                _mentoring++;
                var mentee = Of(match.Request.Mentee);
                var diligent = U(12, mentee) < 0.85;
                for (var day = clock.Today.AddDays(21); day < new DateOnly(Year, 11, 16); day = day.AddDays(21))
                {
                    if (diligent || day < new DateOnly(Year, 8, 15))
                    {
                        var on = day;
                        At(on, 8, async () =>
                        {
                            await host.SendAsync(new RecordMentoringCheckIn(id, clock.Today, "Membahas praktik kerja dan umpan balik atasan", 2 + (int)(U(13, mentee, on.DayNumber) * 4)), Token);
                            _checkIns++;
                        });
                    }
                }

                if (diligent)
                {
                    var target = match.Request.TargetLevel;
                    At(new DateOnly(Year, 11, 16), 8, async () =>
                    {
                        var reached = U(14, mentee) < 0.8 ? target : target - 1;
                        _pendingMentorEvidence.Add(await host.SendAsync(new CompleteMentoring(id, clock.Today, reached, "Penilaian mentor atas praktik kerja selama pendampingan"), Token));
                        _mentoringCompleted++;
                    });
                }
            }

            At(new DateOnly(Year, 11, 30), 9, async () =>
            {
                var evidence = _pendingMentorEvidence.ToArray();
                _evidence += evidence.Length;
                await DecideAsync(evidence);
            });
        }

        private async Task<DueSection> DueAsync()
        {
            const int horizon = 7;
            var report = await host.SendAsync(new GetWhatIsDue(clock.Today, horizon), Token);
            var byKind = report.Items
                .GroupBy(i => i.Kind)
                .OrderBy(g => g.Key)
                .Select(g => new DueKindRow(DueText.Kind(g.Key), g.Count(), g.Count(i => i.Overdue)))
                .ToArray();
            var first = report.Items
                .Where(i => i.Kind != DueKind.BelowJpEntitlement)
                .Select(i => new DueRow(i.DueOn, DueText.Kind(i.Kind), i.Overdue, DueText.Region(i.RegionCode), Text.Pick(i.Description.Indonesian, i.Description.English)))
                .OrderBy(i => i.DueOn).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Region, StringComparer.Ordinal).ThenBy(i => i.Description, StringComparer.Ordinal)
                .Take(DueItemsShown)
                .ToArray();
            return new DueSection(report.AsOf, horizon, report.Items.Count, byKind, first);
        }

        /// <summary>
        /// A uniform number in [0, 1) from the seed and the keys (what is drawn, run, employee, ...): the same keys give the
        /// same number whatever order the library returns records in (it breaks ties by identifiers, which are new on every run).
        /// </summary>
        private double U(params int[] keys)
        {
            var h = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL);
            foreach (var k in keys)
            {
                h = Mix(h ^ unchecked((ulong)k));
            }

            return (h >> 11) * (1.0 / (1UL << 53));
        }

        private static ulong Mix(ulong z)
        {
            z = unchecked(z + 0x9E3779B97F4A7C15UL);
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            return z ^ (z >> 31);
        }

        private int Of(EmployeeId employee) => _index[employee];

        private double Normal(params int[] keys)
        {
            var u1 = 1.0 - U([.. keys, 1]);
            var u2 = U([.. keys, 2]);
            return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        }

        private static RunExample Example(RunState r) => new(
            r.Line.CourseCode,
            r.Line.CourseTitle,
            ProgramsText.Mode(r.Line.Mode),
            r.Line.Start,
            r.Line.End,
            ProgramsCatalogue.Courses.Single(c => c.Code == r.Line.CourseCode).Details.Offerings.Single(o => o.Mode == r.Line.Mode).MaxSeats,
            r.Line.TargetEmployees.Count,
            r.WaitListed,
            r.Promoted,
            r.Confirmed,
            r.Completion!.Outcomes.Count(o => o.Completed),
            r.Completion.Outcomes.Count(o => !o.Completed),
            r.Completion.Outcomes.Where(o => !o.Completed).Select(o => Text.Pick(o.Reason.Indonesian, o.Reason.English)).FirstOrDefault());
    }

    private sealed class RunState(CourseRunId id, PlanLine line)
    {
        public CourseRunId Id { get; } = id;

        public PlanLine Line { get; } = line;

        public int WaitListed { get; set; }

        public int Promoted { get; set; }

        public int Confirmed { get; set; }

        public bool Cancelled { get; set; }

        public EmployeeId[] Participants { get; set; } = [];

        public Dictionary<EmployeeId, double> Diligence { get; set; } = [];

        public RunCompletion? Completion { get; set; }
    }

    public static void WriteTables(FollowUpReport report, TextWriter stdout)
    {
        var c = report.Recorded;
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Tindak lanjut lewat mediator, tahun simulasi {report.Year} (jam simulasi {Iso(report.From)} sampai {Iso(report.To)}): {c.RunsScheduled} run dijadwalkan dari rencana yang disetujui (ScheduleRun), {c.Invitations} undangan ({c.WaitListed} masuk daftar tunggu, {c.Promoted} naik dari daftar tunggu), {c.Confirmed} terkonfirmasi saat mulai, {c.Declined} menolak, {c.Withdrawn} mundur, {c.NoShows} tidak hadir; {c.RunsHeld} run terlaksana, {c.RunsCancelled} dibatalkan; {c.AttendanceMarks} catatan kehadiran per sesi",
            $"Follow-up through the mediator, simulated year {report.Year} (simulated clock {Iso(report.From)} to {Iso(report.To)}): {c.RunsScheduled} runs scheduled from the approved plan (ScheduleRun), {c.Invitations} invitations ({c.WaitListed} wait-listed, {c.Promoted} promoted from the waiting list), {c.Confirmed} confirmed at the start, {c.Declined} declined, {c.Withdrawn} withdrew, {c.NoShows} no-shows; {c.RunsHeld} runs held, {c.RunsCancelled} cancelled; {c.AttendanceMarks} attendance marks by session"));
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            "Run per moda (selesai: kehadiran >= 90 % JP dan, bila ada tes, nilai >= batas lulus)",
            "Runs by mode (completed: attendance >= 90 % of the JP and, where there is a test, a score >= the pass mark)"));
        var modes = new TextTable(
            (Text.Pick("Moda", "Mode"), false), ("Run", true), (Text.Pick("Batal", "Cancelled"), true), (Text.Pick("Peserta", "Participants"), true),
            (Text.Pick("Selesai", "Completed"), true), (Text.Pick("Tidak selesai", "Not completed"), true), (Text.Pick("JP dikreditkan", "JP credited"), true), (Text.Pick("Sertifikat", "Certificates"), true));
        foreach (var m in report.ByMode)
        {
            modes.Row(m.Mode, Display.Count(m.Runs), Display.Count(m.Cancelled), Display.Count(m.Confirmed), Display.Count(m.Completed), Display.Count(m.NotCompleted), Display.Number(m.JpCredited, 0), Display.Count(m.Certificates));
        }

        modes.Row(Text.Pick("Jumlah", "Total"), Display.Count(report.ByMode.Sum(m => m.Runs)), Display.Count(report.ByMode.Sum(m => m.Cancelled)), Display.Count(report.ByMode.Sum(m => m.Confirmed)),
            Display.Count(c.Completed), Display.Count(c.NotCompleted), Display.Number(c.JpCredited, 0), Display.Count(c.Certificates));
        modes.Write(stdout);

        if (report.Example is { } x)
        {
            stdout.WriteLine(Text.Pick(
                $"Contoh: {x.Course} {x.Title} ({x.Mode}, {Iso(x.Start)} - {Iso(x.End)}, {x.MaxSeats} kursi): {x.Invited} diundang dari rencana, {x.WaitListed} relawan di daftar tunggu, {x.Promoted} naik saat kursi lepas; {x.Confirmed} mulai, {x.Completed} selesai, {x.NotCompleted} tidak{(x.FirstReason is null ? string.Empty : $" (mis. {x.FirstReason})")}",
                $"Example: {x.Course} {x.Title} ({x.Mode}, {Iso(x.Start)} - {Iso(x.End)}, {x.MaxSeats} seats): {x.Invited} invited from the plan, {x.WaitListed} volunteers wait-listed, {x.Promoted} promoted as seats freed; {x.Confirmed} started, {x.Completed} completed, {x.NotCompleted} did not{(x.FirstReason is null ? string.Empty : $" (e.g. {x.FirstReason})")}"));
        }

        stdout.WriteLine(Text.Pick(
            $"JP: {Display.Number(c.JpCredited, 0)} JP dikreditkan ke buku JP {c.LedgersCredited} penyelesaian (mengkreditkan ulang setiap run menambah {c.CreditedAgain}); {c.Certificates} sertifikat terbit",
            $"JP: {Display.Number(c.JpCredited, 0)} JP credited to the ledgers for {c.LedgersCredited} completions (crediting every run again added {c.CreditedAgain}); {c.Certificates} certificates issued"));
        stdout.WriteLine(Text.Pick(
            $"Bukti kompetensi: {c.Evidence} asesmen tertunda (tes lulus dan penilaian mentor); atasan mengonfirmasi {c.EvidenceConfirmed}, menolak {c.EvidenceRejected}; hanya yang dikonfirmasi mengubah profil",
            $"Competency evidence: {c.Evidence} pending assessments (passed tests and mentors' assessments); supervisors confirmed {c.EvidenceConfirmed}, rejected {c.EvidenceRejected}; only confirmed ones change the profile"));
        stdout.WriteLine(Text.Pick(
            $"Mentoring: {c.MentoringPlans} pasangan mentor-mentee (FindMentors, StartMentoring), {c.CheckIns} pertemuan, {c.MentoringCompleted} selesai dengan penilaian mentor. Rencana aksi: {c.ActionPlans} dibuat, {c.MilestonesCompleted} tahap selesai, {c.ActionPlansSignedOff} disahkan atasan",
            $"Mentoring: {c.MentoringPlans} mentor-mentee pairs (FindMentors, StartMentoring), {c.CheckIns} check-ins, {c.MentoringCompleted} completed with the mentor's assessment. Action plans: {c.ActionPlans} created, {c.MilestonesCompleted} milestones completed, {c.ActionPlansSignedOff} signed off by the supervisor"));

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Yang perlu perhatian per {Iso(report.Due.AsOf)} (GetWhatIsDue, {report.Due.HorizonDays} hari ke depan): {report.Due.Items} butir",
            $"What needs attention on {Iso(report.Due.AsOf)} (GetWhatIsDue, next {report.Due.HorizonDays} days): {report.Due.Items} items"));
        var kinds = new TextTable((Text.Pick("Jenis", "Kind"), false), (Text.Pick("Butir", "Items"), true), (Text.Pick("Terlambat", "Overdue"), true));
        foreach (var k in report.Due.ByKind)
        {
            kinds.Row(k.Kind, Display.Count(k.Items), Display.Count(k.Overdue));
        }

        kinds.Write(stdout);
        var items = new TextTable((Text.Pick("Jatuh tempo", "Due"), false), (Text.Pick("Jenis", "Kind"), false), (Text.Pick("Wilayah", "Region"), false), (Text.Pick("Keterangan", "Description"), false));
        foreach (var i in report.Due.First)
        {
            items.Row(Iso(i.DueOn) + (i.Overdue ? " !" : string.Empty), i.Kind, i.Region, i.Description);
        }

        items.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Perubahan selama {report.Year}: sebaran JPM provinsi per {report.Year - 1}-12-31 dan {report.Year}-12-31",
            $"Change over {report.Year}: the province's JPM distribution on {report.Year - 1}-12-31 and {report.Year}-12-31"));
        var jpm = new TextTable((Text.Pick("Kategori", "Category"), false), (Text.Pick("Sebelum", "Before"), true), ("%", true), (Text.Pick("Sesudah", "After"), true), ("%", true));
        foreach (var b in report.Jpm)
        {
            jpm.Row(b.Band, Display.Count(b.Before), Display.Percent(b.BeforePercent, 1), Display.Count(b.After), Display.Percent(b.AfterPercent, 1));
        }

        if (report.JpmUndefinedBefore is { } ub && report.JpmUndefinedAfter is { } ua)
        {
            jpm.Row(Text.Pick("Tak terdefinisi", "Undefined"), Display.Count(ub), string.Empty, Display.Count(ua), string.Empty);
        }

        jpm.Write(stdout);
        stdout.WriteLine(Text.Pick("Rata-rata kekurangan per kompetensi (merah: kurang 2 tingkat atau lebih)", "Mean shortfall by competency (red: 2 or more levels short)"));
        var gaps = new TextTable(
            (Text.Pick("Kode", "Code"), false), (Text.Pick("Kompetensi", "Competency"), false), (Text.Pick("Sebelum", "Before"), true), (Text.Pick("Sesudah", "After"), true),
            (Text.Pick("Merah sebelum", "Red before"), true), (Text.Pick("sesudah", "after"), true), (Text.Pick("Kuning sebelum", "Amber before"), true), (Text.Pick("sesudah", "after"), true));
        foreach (var g in report.Gaps)
        {
            gaps.Row(g.Competency, g.Name, g.ShortfallBefore is { } sb ? Display.Number(sb, 3) : "-", g.ShortfallAfter is { } sa ? Display.Number(sa, 3) : "-",
                Display.Count(g.RedBefore), Display.Count(g.RedAfter), Display.Count(g.AmberBefore), Display.Count(g.AmberAfter));
        }

        gaps.Write(stdout);
        stdout.WriteLine(Text.Pick(
            $"Kepatuhan 20 JP provinsi ({report.Year}: hanya JP dari run rencana; pembelajaran lain tidak disimulasikan)",
            $"20 JP compliance, province ({report.Year}: only the JP of the plan's runs; other learning is not simulated)"));
        var jp = new TextTable((Text.Pick("Tahun", "Year"), false), (Text.Pick("Pegawai", "Employees"), true), (Text.Pick("Memenuhi", "Compliant"), true), ("%", true), (Text.Pick("Kekurangan JP", "JP short"), true));
        foreach (var y in report.Compliance)
        {
            jp.Row(y.Year.ToString(CultureInfo.InvariantCulture), Display.Count(y.Employees), Display.Count(y.Compliant), y.Employees == 0 ? "-" : Display.Percent(y.Compliant * 100m / y.Employees, 1), Display.Number(y.ShortfallJp, 1));
        }

        jp.Write(stdout);
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The words of the what-is-due report, shared by the demo and the <c>followup due</c> command.</summary>
internal static class DueText
{
    public static string Kind(DueKind kind) => kind switch
    {
        DueKind.MentoringCheckIn => Text.Pick("pertemuan mentoring", "mentoring check-in"),
        DueKind.MilestoneDue => Text.Pick("tahap rencana aksi", "action-plan milestone"),
        DueKind.MilestoneOverdue => Text.Pick("tahap rencana aksi terlambat", "action-plan milestone overdue"),
        DueKind.EvaluationDue => Text.Pick("pengukuran evaluasi", "evaluation measurement"),
        DueKind.EvaluationMissing => Text.Pick("pengukuran evaluasi terlewat", "evaluation measurement missing"),
        DueKind.CertificateExpiring => Text.Pick("sertifikat akan habis", "certificate expiring"),
        DueKind.CertificateExpired => Text.Pick("sertifikat habis", "certificate expired"),
        DueKind.AssessmentToConfirm => Text.Pick("bukti menunggu konfirmasi", "evidence to confirm"),
        DueKind.BelowJpEntitlement => Text.Pick("di bawah 20 JP", "below 20 JP"),
        DueKind.RunStarting => Text.Pick("run akan mulai", "run starting"),
        _ => kind.ToString(),
    };

    public static string Region(string code) => LampungRegions.Find(code)?.Name ?? code;
}
