using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Records many performance appraisals at once (an import, see <see cref="Batch"/>): each row is a
/// <see cref="RecordPerformanceAppraisal"/> and is applied as that request would be, in row order, all in one unit of
/// work. A second appraisal of the same employee and year is a correction (the latest recorded counts), also within the
/// batch: rows are recorded in row order, so a later row of the same employee and year is recorded a millisecond after
/// the earlier one and counts, as it would when sent after it. The whole batch
/// is validated first, each row with the single request's rules (a failure's path names the row, for example
/// <c>Rows[12].Target</c>); a row whose employee is not found in the caller's scope refuses the whole batch with a
/// <see cref="BatchRowException"/> naming the row: nothing is written then. Returns the appraisals' identifiers in row order.
/// </summary>
/// <param name="Rows">The appraisals, 1 to <see cref="Batch.MaxRows"/>, in the order they are recorded.</param>
[RequiresCapability(Capabilities.RecordsManage)]
public sealed record ImportPerformanceAppraisals(IReadOnlyList<RecordPerformanceAppraisal> Rows) : IRequest<IReadOnlyList<AppraisalId>>;

internal sealed class ImportPerformanceAppraisalsValidator : AbstractValidator<ImportPerformanceAppraisals>
{
    public ImportPerformanceAppraisalsValidator(TimeProvider time)
    {
        RuleFor(x => x.Rows).BatchOfRows();
        RuleFor(x => x.Rows).EachRow(new RecordPerformanceAppraisalValidator(time), nameof(ImportPerformanceAppraisals.Rows));
    }
}

internal sealed class ImportPerformanceAppraisalsHandler(IRepository<PerformanceAppraisal> appraisals, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<ImportPerformanceAppraisals, IReadOnlyList<AppraisalId>>
{
    public async Task<IReadOnlyList<AppraisalId>> Handle(ImportPerformanceAppraisals request, CancellationToken cancellationToken)
    {
        var rows = request.Rows;
        var people = await BatchLoad.EmployeesAsync(employees, scope.Current, rows.Select(r => r.EmployeeId), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var corrections = new Dictionary<(EmployeeId, int), int>();
        var recorded = new PerformanceAppraisal[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];

            // The latest recorded appraisal of a year counts: a row correcting an earlier row of the batch is recorded after it.
            var earlier = corrections.TryGetValue((row.EmployeeId, row.Year), out var n) ? n + 1 : 0;
            corrections[(row.EmployeeId, row.Year)] = earlier;
            var recordedAt = now.AddMilliseconds(earlier); // a millisecond: some stores keep no finer instants
            recorded[i] = Batch.ForRow(i, () => PerformanceAppraisal.Record(AppraisalId.New(), BatchLoad.Employee(people, row.EmployeeId), row.Year, row.Result, row.Target, recordedAt));
        }

        await appraisals.AddRangeAsync(recorded, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(recorded, cancellationToken).ConfigureAwait(false);
        return [.. recorded.Select(a => a.Id)];
    }
}
