using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Records many learning activities at once (an import, see <see cref="Batch"/>): each row is a
/// <see cref="RecordLearningHours"/> and is applied as that request would be, in row order, all in one unit of work. An
/// employee's rows of one year land in the same ledger (opened by the first of them when the employee has none for the
/// year), in row order; a row whose reference is already in the ledger, or in an earlier row of the batch, is not
/// credited again. The whole batch is validated first, each row with the single request's rules (a failure's path names
/// the row, for example <c>Rows[12].Minutes</c>); a row whose employee is not found in the caller's scope, or that the
/// ledger refuses, refuses the whole batch with a <see cref="BatchRowException"/> naming the row: nothing is written
/// then. Returns each row's outcome in row order, the standing being the employee's after that row.
/// </summary>
/// <param name="Rows">The activities, 1 to <see cref="Batch.MaxRows"/>, in the order they are recorded.</param>
[RequiresCapability(Capabilities.RecordsManage)]
public sealed record ImportLearningHours(IReadOnlyList<RecordLearningHours> Rows) : IRequest<IReadOnlyList<LearningHoursRecorded>>;

internal sealed class ImportLearningHoursValidator : AbstractValidator<ImportLearningHours>
{
    public ImportLearningHoursValidator(TimeProvider time)
    {
        RuleFor(x => x.Rows).BatchOfRows();
        RuleFor(x => x.Rows).EachRow(new RecordLearningHoursValidator(time), nameof(ImportLearningHours.Rows));
    }
}

internal sealed class ImportLearningHoursHandler(
    IRepository<LearningHoursLedger> ledgers,
    IReadRepository<Employee> employees,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<ImportLearningHours, IReadOnlyList<LearningHoursRecorded>>
{
    public async Task<IReadOnlyList<LearningHoursRecorded>> Handle(ImportLearningHours request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var rows = request.Rows;

        // Everything the rows name, one query per kind: the employees, then their ledgers of the rows' years.
        var people = await BatchLoad.EmployeesAsync(employees, caller, rows.Select(r => r.EmployeeId), cancellationToken).ConfigureAwait(false);
        var years = rows.Select(r => r.Date.Year).Distinct().ToArray();
        var books = new Dictionary<(EmployeeId, int), LearningHoursLedger>();
        if (people.Count > 0)
        {
            foreach (var ledger in await ledgers.ListAsync(new LedgersOfEmployeesSpec(caller, years, people.Keys.ToArray()), cancellationToken).ConfigureAwait(false))
            {
                books[(ledger.EmployeeId, ledger.Year)] = ledger;
            }
        }

        var conversions = new Dictionary<DateOnly, JpConversionRuleSet>();
        JpConversionRuleSet Conversion(DateOnly date)
        {
            if (!conversions.TryGetValue(date, out var conversion))
            {
                conversions[date] = conversion = rules.InForce<JpConversionRuleSet>(date);
            }

            return conversion;
        }

        var now = time.GetUtcNow();
        var opened = new List<LearningHoursLedger>();
        var credited = new List<LearningHoursLedger>();
        var isOpened = new HashSet<LearningHoursLedger>(ReferenceEqualityComparer.Instance);
        var isCredited = new HashSet<LearningHoursLedger>(ReferenceEqualityComparer.Instance);
        var outcomes = new LearningHoursRecorded[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            outcomes[i] = Batch.ForRow(i, () =>
            {
                // As RecordLearningHours: the employee, the ledger of the year (opened when there is none), the credit.
                var employee = BatchLoad.Employee(people, row.EmployeeId);
                var year = row.Date.Year;
                var isNew = !books.TryGetValue((employee.Id, year), out var ledger);
                ledger ??= LearningHoursLedger.Open(LedgerId.New(), employee, year);
                var activity = new LearningActivity(row.Form, row.Minutes, row.Days, row.DeclaredJp, row.International);
                var before = ledger.Entries.Count;
                var entry = ledger.Credit(row.Date, activity, row.Title, row.Reference, Conversion(row.Date), now);
                var isCredit = ledger.Entries.Count > before;
                if (isCredit)
                {
                    // A ledger opened by a row is kept (and staged) only once something is credited to it, as the single request does.
                    if (isNew)
                    {
                        books[(employee.Id, year)] = ledger;
                        opened.Add(ledger);
                        isOpened.Add(ledger);
                    }
                    else if (!isOpened.Contains(ledger) && isCredited.Add(ledger))
                    {
                        credited.Add(ledger);
                    }
                }

                return new LearningHoursRecorded(isCredit, entry.CreditedMinutes / entry.MinutesPerJp, ledger.Standing(Conversion(new DateOnly(year, 12, 31))));
            });
        }

        await ledgers.AddRangeAsync(opened, cancellationToken).ConfigureAwait(false);
        await ledgers.UpdateRangeAsync(credited, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([.. opened, .. credited], cancellationToken).ConfigureAwait(false);
        return outcomes;
    }
}
