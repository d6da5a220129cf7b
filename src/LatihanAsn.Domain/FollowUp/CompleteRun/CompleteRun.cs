using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

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

internal sealed class CompleteRunValidator : AbstractValidator<CompleteRun>
{
    public CompleteRunValidator(IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, TimeProvider time)
    {
        RunChecks.Exists(this, x => x.RunId, runs, scope);
        RunChecks.NotBefore(this, x => x.RunId, runs, scope, time, r => r.End, "FollowUp_RunCompletedOnLastDayAtEarliest");
        RuleFor(x => x.Scores).Must(s => s is null || s.Select(x => x.Employee).Distinct().Count() == s.Count)
            .WithMessage(_ => Messages.Get("FollowUp_OneScorePerParticipant"));
        RuleForEach(x => x.Scores).ChildRules(score =>
            score.RuleFor(s => s.Score).InclusiveBetween(0m, 100m).WithMessage(_ => Messages.Get("FollowUp_ScoresMust0To100Value")));
    }
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
