using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Loads what a run's completion and credit need about its participants, and stages the ledgers credited.</summary>
internal sealed class RunParticipants(IRepository<LearningHoursLedger> ledgers, IReadRepository<Employee> employees, RuleSetRegistry rules)
{
    /// <summary>The participants (confirmed or past confirmation) within the caller's scope.</summary>
    public async Task<IReadOnlyDictionary<EmployeeId, Employee>> PeopleAsync(CourseRun run, CallerScope scope, Func<Enrolment, bool> which, CancellationToken cancellationToken)
    {
        var ids = run.Enrolments.Where(which).Select(e => e.Employee).ToArray();
        return ids.Length == 0
            ? new Dictionary<EmployeeId, Employee>()
            : (await employees.ListAsync(new EmployeesSpec(scope, ids: ids), cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Id);
    }

    /// <summary>Their ledgers of the run's last year, those that exist.</summary>
    public async Task<IReadOnlyCollection<LearningHoursLedger>> LedgersAsync(CourseRun run, CallerScope scope, IReadOnlyCollection<EmployeeId> people, CancellationToken cancellationToken) =>
        people.Count == 0 ? [] : await ledgers.ListAsync(new LedgersOfEmployeesSpec(scope, run.End.Year, people), cancellationToken).ConfigureAwait(false);

    /// <summary>The JP conversion in force on the run's last day.</summary>
    public JpConversionRuleSet Conversion(CourseRun run) => rules.InForce<JpConversionRuleSet>(run.End);

    /// <summary>Stages the ledgers a credit opened (added) and credited (updated); returns them.</summary>
    public async Task<IReadOnlyList<LearningHoursLedger>> StageAsync(RunCreditChanges credit, CancellationToken cancellationToken)
    {
        foreach (var ledger in credit.Opened)
        {
            await ledgers.AddAsync(ledger, cancellationToken).ConfigureAwait(false);
        }

        foreach (var ledger in credit.Credited)
        {
            await ledgers.UpdateAsync(ledger, cancellationToken).ConfigureAwait(false);
        }

        return [.. credit.Opened, .. credit.Credited];
    }
}
