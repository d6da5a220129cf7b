using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>What completing a run needs, loaded by the handler before anything changes.</summary>
/// <param name="Run">The run, in progress.</param>
/// <param name="Scores">The final test scores by participant.</param>
/// <param name="Today">Today (the run's last day or later).</param>
/// <param name="Now">The instant the changes are recorded at.</param>
/// <param name="People">The run's confirmed participants within the caller's scope (others are not credited, certified or assessed here).</param>
/// <param name="Ledgers">Their learning-hours ledgers of the run's last year, those that exist.</param>
/// <param name="Conversion">The JP conversion in force on the run's last day.</param>
/// <param name="Certificates">Their certificates of the run's course (earlier ones to renew).</param>
/// <param name="Profiles">Their competency profiles (for the evidence of a passed test), those that exist.</param>
/// <param name="Evaluation">The run's evaluation plan, if there is one.</param>
internal sealed record RunCompletionInput(
    CourseRun Run,
    IReadOnlyDictionary<EmployeeId, decimal> Scores,
    DateOnly Today,
    DateTimeOffset Now,
    IReadOnlyDictionary<EmployeeId, Employee> People,
    IReadOnlyCollection<LearningHoursLedger> Ledgers,
    JpConversionRuleSet Conversion,
    IReadOnlyCollection<Certificate> Certificates,
    IReadOnlyDictionary<EmployeeId, CompetencyProfile> Profiles,
    EvaluationPlan? Evaluation);

/// <summary>The JP credited to learning-hours ledgers, and the ledgers to stage.</summary>
/// <param name="CreditedJp">The JP credited now, by employee (none for those already credited).</param>
/// <param name="Opened">Ledgers opened for the credit (to add).</param>
/// <param name="Credited">Existing ledgers credited (to update).</param>
internal sealed record RunCreditChanges(IReadOnlyDictionary<EmployeeId, decimal> CreditedJp, IReadOnlyList<LearningHoursLedger> Opened, IReadOnlyList<LearningHoursLedger> Credited);

/// <summary>Everything completing a run changed, for the handler to stage.</summary>
/// <param name="Outcomes">Each participant's outcome.</param>
/// <param name="Credit">The JP credited and the ledgers to stage.</param>
/// <param name="Issued">The new certificates (to add).</param>
/// <param name="Renewed">The earlier certificates now renewed by a new one (to update).</param>
/// <param name="Evidence">The pending test assessments (to add).</param>
/// <param name="Evaluation">The run's evaluation plan with the attendance recorded (to update), if it changed.</param>
internal sealed record RunCompletionChanges(
    IReadOnlyList<ParticipantOutcome> Outcomes,
    RunCreditChanges Credit,
    IReadOnlyList<Certificate> Issued,
    IReadOnlyList<Certificate> Renewed,
    IReadOnlyList<CompetencyAssessment> Evidence,
    EvaluationPlan? Evaluation);

/// <summary>
/// The domain service of a run's completion: completes the run, then derives what the completion produces in the other
/// aggregates — the JP credit of those who completed (a ledger opened when missing; once per run and employee, by the
/// reference <c>run:{run}:{employee}</c>), a certificate for each where the course grants one (renewing an earlier
/// certificate of the same course), a pending test assessment for each who passed the test and would rise a level
/// (evidence the supervisor confirms), and attendance in the run's evaluation plan. It takes loaded aggregates and
/// returns what to stage; it reads and writes nothing itself.
/// </summary>
internal static class RunCompletionService
{
    /// <summary>Completes the run and returns every change it produces.</summary>
    /// <exception cref="DomainRuleException">The run refused to complete (see <see cref="CourseRun.Complete"/>); nothing changed.</exception>
    public static RunCompletionChanges Complete(RunCompletionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = input.Run;
        var outcomes = run.Complete(input.Scores, input.Today);
        var completers = outcomes.Where(o => o.Completed && input.People.ContainsKey(o.Employee)).Select(o => input.People[o.Employee]).ToArray();
        var credit = Credit(run, input.People, input.Ledgers, input.Conversion, input.Now);

        var issued = new List<Certificate>();
        var renewed = new List<Certificate>();
        if (run.Terms.GrantsCertificate)
        {
            foreach (var employee in completers)
            {
                var certificate = Certificate.Issue(CertificateId.New(), employee, run, run.End);
                foreach (var earlier in input.Certificates.Where(c => c.EmployeeId == employee.Id && c.CourseId == run.CourseId && c.RenewedBy is null && c.Id != certificate.Id))
                {
                    earlier.RenewWith(certificate.Id);
                    renewed.Add(earlier);
                }

                issued.Add(certificate);
            }
        }

        var evidence = new List<CompetencyAssessment>();
        foreach (var outcome in outcomes.Where(o => o.Completed && o.PassedTest == true))
        {
            if (Evidence(run, outcome, input.People.GetValueOrDefault(outcome.Employee), input.Profiles.GetValueOrDefault(outcome.Employee), input.Now) is { } assessment)
            {
                evidence.Add(assessment);
            }
        }

        return new RunCompletionChanges(outcomes, credit, issued, renewed, evidence, RecordAttendance(run, input.Evaluation));
    }

    /// <summary>
    /// Credits a completed run's JP to the ledgers of those who completed, once per run and employee: a ledger already
    /// holding the run's credit is left as it is, a missing ledger is opened.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="people">The participants within the caller's scope (others are credited by a caller who reaches them).</param>
    /// <param name="ledgers">Their ledgers of the run's last year, those that exist.</param>
    /// <param name="conversion">The JP conversion in force on the run's last day.</param>
    /// <param name="now">The instant of the credit.</param>
    /// <returns>The JP credited and the ledgers to stage.</returns>
    /// <exception cref="DomainRuleException">The run is not completed (<c>run_not_completed</c>).</exception>
    public static RunCreditChanges Credit(CourseRun run, IReadOnlyDictionary<EmployeeId, Employee> people, IReadOnlyCollection<LearningHoursLedger> ledgers, JpConversionRuleSet conversion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(ledgers);
        ArgumentNullException.ThrowIfNull(conversion);
        if (run.Status != RunStatus.Completed)
        {
            throw new DomainRuleException("run_not_completed", Messages.Get("FollowUp_RunJPCreditedOnceCompleted", run.Status));
        }

        var credited = new Dictionary<EmployeeId, decimal>();
        var opened = new List<LearningHoursLedger>();
        var changed = new List<LearningHoursLedger>();
        var existing = ledgers.Where(l => l.Year == run.End.Year).ToDictionary(l => l.EmployeeId);
        var activity = new LearningActivity(run.Form, Math.Max(1, (int)Math.Round(run.Jp * conversion.MinutesPerJp, MidpointRounding.AwayFromZero)), run.End.DayNumber - run.Start.DayNumber + 1, run.Jp);
        foreach (var id in run.Enrolments.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.Employee))
        {
            if (!people.TryGetValue(id, out var employee))
            {
                continue; // moved out of the caller's scope since enrolling: another caller credits them
            }

            var isNew = !existing.TryGetValue(id, out var ledger);
            ledger ??= LearningHoursLedger.Open(LedgerId.New(), employee, run.End.Year);
            var before = ledger.Entries.Count;
            var entry = ledger.Credit(run.End, activity, $"{run.CourseCode} {run.Title}", Reference(run, id), conversion, now);
            if (ledger.Entries.Count == before)
            {
                continue; // already credited
            }

            (isNew ? opened : changed).Add(ledger);
            credited[id] = entry.CreditedMinutes / entry.MinutesPerJp;
        }

        return new RunCreditChanges(credited, opened, changed);
    }

    /// <summary>The reference of a run's credit to an employee's ledger.</summary>
    public static string Reference(CourseRun run, EmployeeId employee) => $"run:{run.Id}:{employee}";

    // The closed loop: a passed test is evidence of the level the course leads each participant to.
    private static CompetencyAssessment? Evidence(CourseRun run, ParticipantOutcome outcome, Employee? employee, CompetencyProfile? profile, DateTimeOffset now)
    {
        if (employee is null || profile is null)
        {
            return null; // outside the caller's scope, or not assessed yet
        }

        var levels = run.Develops
            .Select(step => (step.Competency, Current: profile.LevelOf(step.Competency)?.Value ?? 0, Step: step))
            .Where(x => x.Step.GainFor(x.Current) > 0)
            .Select(x => new AssessedLevel(x.Competency, ProficiencyLevel.From(x.Current + x.Step.GainFor(x.Current))))
            .ToArray();
        if (levels.Length == 0)
        {
            return null; // already at the course's level
        }

        return CompetencyAssessment.Record(
            AssessmentId.New(), employee, AssessmentSource.Test, run.End, run.Organiser, levels, now, pending: true,
            [new EvidenceItem(now, $"Lulus {run.CourseCode} {run.Title} dengan nilai {outcome.TestScore} (run {run.Id})", $"run:{run.Id}")]);
    }

    // The run's evaluation plan, if any, learns who attended.
    private static EvaluationPlan? RecordAttendance(CourseRun run, EvaluationPlan? evaluation)
    {
        if (evaluation is null)
        {
            return null;
        }

        var entries = run.Enrolments
            .Where(e => e.Status is EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted && evaluation.IsParticipant(e.Employee))
            .Select(e => new AttendanceEntry(e.Employee, e.AttendedJp > 0m))
            .ToArray();
        if (entries.Length == 0)
        {
            return null;
        }

        evaluation.RecordAttendance(entries);
        return evaluation;
    }
}
