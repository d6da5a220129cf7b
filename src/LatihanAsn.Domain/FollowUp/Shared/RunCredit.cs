using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.FollowUp;

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
