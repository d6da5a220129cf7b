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
[RequiresCapability(Capabilities.RunManage)]
public sealed record CompleteRun(CourseRunId RunId, IReadOnlyList<TestScoreInput>? Scores = null) : IRequest<RunCompletion>;

/// <summary>The outcome of a completed run.</summary>
/// <param name="Outcomes">Each participant's outcome.</param>
/// <param name="CreditedJp">The JP credited now, by employee (empty for those already credited).</param>
/// <param name="Certificates">The certificates issued.</param>
/// <param name="Evidence">The pending test assessments recorded.</param>
public sealed record RunCompletion(IReadOnlyList<ParticipantOutcome> Outcomes, IReadOnlyDictionary<EmployeeId, decimal> CreditedJp, IReadOnlyList<CertificateId> Certificates, IReadOnlyList<AssessmentId> Evidence);

internal sealed class CompleteRunValidator : AbstractValidator<CompleteRun>
{
    public CompleteRunValidator()
    {
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
    ProfileLoader profiles,
    RunParticipants participants,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<CompleteRun, RunCompletion>
{
    public async Task<RunCompletion> Handle(CompleteRun request, CancellationToken cancellationToken)
    {
        // Load every aggregate the completion may touch, once: the confirmed participants' ledgers, certificates of the
        // course and profiles, and the run's evaluation plan.
        var caller = scope.Current;
        var run = await RunChecks.LoadAsync(runs, caller, request.RunId, cancellationToken).ConfigureAwait(false);
        var people = await participants.PeopleAsync(run, caller, e => e.Status == EnrolmentStatus.Confirmed, cancellationToken).ConfigureAwait(false);
        var ids = people.Keys.ToArray();
        var ledgers = await participants.LedgersAsync(run, caller, ids, cancellationToken).ConfigureAwait(false);
        var earlier = run.Terms.GrantsCertificate && ids.Length > 0
            ? await certificates.ListAsync(new CertificatesOfCourseSpec(caller, run.CourseId, ids), cancellationToken).ConfigureAwait(false)
            : [];
        var snapshots = run.Terms.PassingScore is not null && run.Develops.Count > 0 && ids.Length > 0
            ? await profiles.LoadAsync(caller, run.End, null, null, ids, cancellationToken).ConfigureAwait(false)
            : [];
        var evaluation = await evaluations.FirstOrDefaultAsync(new EvaluationPlanForRunSpec(run.Id), cancellationToken).ConfigureAwait(false);

        var changes = RunCompletionService.Complete(new RunCompletionInput(
            run,
            (request.Scores ?? []).ToDictionary(s => s.Employee, s => s.Score),
            time.Today(),
            time.GetUtcNow(),
            people,
            ledgers,
            participants.Conversion(run),
            earlier,
            snapshots.ToDictionary(s => s.Employee.Id, s => s.Profile),
            evaluation));

        // Stage every write; the unit of work commits them together, in whatever order the store needs.
        await runs.UpdateAsync(run, cancellationToken).ConfigureAwait(false);
        var changed = new List<IAggregateRoot> { run };
        changed.AddRange(await participants.StageAsync(changes.Credit, cancellationToken).ConfigureAwait(false));
        foreach (var certificate in changes.Issued)
        {
            await certificates.AddAsync(certificate, cancellationToken).ConfigureAwait(false);
        }

        foreach (var certificate in changes.Renewed)
        {
            await certificates.UpdateAsync(certificate, cancellationToken).ConfigureAwait(false);
        }

        foreach (var assessment in changes.Evidence)
        {
            await assessments.AddAsync(assessment, cancellationToken).ConfigureAwait(false);
        }

        if (changes.Evaluation is { } plan)
        {
            await evaluations.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
            changed.Add(plan);
        }

        changed.AddRange(changes.Issued);
        changed.AddRange(changes.Renewed);
        changed.AddRange(changes.Evidence);
        await events.PublishAsync(changed, cancellationToken).ConfigureAwait(false);
        return new RunCompletion(changes.Outcomes, changes.Credit.CreditedJp, changes.Issued.Select(c => c.Id).ToArray(), changes.Evidence.Select(a => a.Id).ToArray());
    }
}
