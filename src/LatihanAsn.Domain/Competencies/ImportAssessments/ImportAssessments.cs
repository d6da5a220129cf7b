using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Records many competency assessments in one command, for an agency's import (an assessment centre's results, for
/// example): each row is a <see cref="RecordAssessment"/> and is checked as that request is (the employee in the
/// caller's scope, each competency in a framework in force on the row's day, a superseded assessment the same
/// employee's and still current). A row's <see cref="RecordAssessment.Supersedes"/> names an assessment already stored,
/// not one of the same batch, and no two rows may supersede the same assessment. The whole batch is validated before
/// anything is written, and written in one unit of work: a refused batch changes nothing and publishes nothing (see
/// <see cref="Batch"/>). Every row is recorded at the same instant. Returns the new assessments' identifiers in row order.
/// </summary>
/// <remarks>
/// A row's shape, a competency in no framework in force or an assessment superseded twice refuses the batch with
/// <see cref="RequestValidationException"/>, the property path naming the row (for example
/// <c>Rows[3].Levels[0].Competency</c>); an employee or a superseded assessment not found in the caller's scope, or a
/// superseded assessment that is another employee's or no longer current, refuses it with <see cref="BatchRowException"/>
/// naming the row and keeping the row's own code (<c>not_found</c>, <c>domain_rule.superseding_assessment_of_another_employee</c>,
/// <c>domain_rule.assessment_not_current</c>).
/// </remarks>
/// <param name="Rows">The assessments to record: 1 to <see cref="Batch.MaxRows"/> rows.</param>
[RequiresCapability(Capabilities.AssessmentRecord)]
public sealed record ImportAssessments(IReadOnlyList<RecordAssessment> Rows) : IRequest<IReadOnlyList<AssessmentId>>;

internal sealed class ImportAssessmentsValidator : AbstractValidator<ImportAssessments>
{
    public ImportAssessmentsValidator(IReadRepository<CompetencyFramework> frameworks, TimeProvider time)
    {
        RuleFor(x => x.Rows).BatchOfRows();
        When(x => x.Rows is { Count: >= 1 and <= Batch.MaxRows }, () =>
        {
            RuleFor(x => x.Rows).EachRow(new RecordAssessmentShape(time), nameof(ImportAssessments.Rows));

            // No assessment superseded by two rows (the second would find it no longer current).
            RuleFor(x => x).Custom((request, context) =>
            {
                var firstRow = new Dictionary<AssessmentId, int>();
                for (var i = 0; i < request.Rows.Count; i++)
                {
                    if (request.Rows[i]?.Supersedes is { } old && !firstRow.TryAdd(old, i))
                    {
                        context.AddFailure($"{nameof(ImportAssessments.Rows)}[{i}].{nameof(RecordAssessment.Supersedes)}", Messages.Get("Competencies_AssessmentSupersededTwiceInBatch", old, firstRow[old]));
                    }
                }
            });

            // Each competency in a framework in force on its row's day: the frameworks of the batch's days, read once.
            RuleFor(x => x).CustomAsync(async (request, context, ct) =>
            {
                var rows = request.Rows;
                var days = rows.Where(r => r?.Levels is not null).Select(r => r.AssessedOn).ToArray();
                if (days.Length == 0)
                {
                    return;
                }

                var inForce = await frameworks.ListAsync(new FrameworksInForceBetweenSpec(days.Min(), days.Max()), ct).ConfigureAwait(false);
                var knownOn = new Dictionary<DateOnly, HashSet<CompetencyCode>>();
                for (var i = 0; i < rows.Count; i++)
                {
                    if (rows[i] is not { Levels: { } levels } row)
                    {
                        continue;
                    }

                    if (!knownOn.TryGetValue(row.AssessedOn, out var known))
                    {
                        known = inForce.Where(f => f.IsInForceOn(row.AssessedOn)).SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
                        knownOn[row.AssessedOn] = known;
                    }

                    for (var l = 0; l < levels.Count; l++)
                    {
                        if (CompetencyCode.TryFrom(levels[l]?.Competency, out var code) && !known.Contains(code))
                        {
                            context.AddFailure(
                                $"{nameof(ImportAssessments.Rows)}[{i}].{nameof(RecordAssessment.Levels)}[{l}].{nameof(LevelEntry.Competency)}",
                                Messages.Get("Competencies_CompetencyInNoFrameworkInForce", code, Text.Iso(row.AssessedOn)));
                        }
                    }
                }
            });
        });
    }
}

internal sealed class ImportAssessmentsHandler(
    IRepository<CompetencyAssessment> assessments,
    IReadRepository<Employee> employees,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<ImportAssessments, IReadOnlyList<AssessmentId>>
{
    public async Task<IReadOnlyList<AssessmentId>> Handle(ImportAssessments request, CancellationToken cancellationToken)
    {
        var rows = request.Rows;
        var caller = scope.Current;

        // Every employee and every superseded assessment the rows name, one query each, within the caller's scope.
        // The employees are only read (an assessment copies their region and OPD), so the store need not track them.
        var employeeIds = rows.Select(r => r.EmployeeId).ToHashSet();
        var employeesSpec = new EmployeesSpec(caller, ids: employeeIds).ReadOnly();
        var employeeById = (await employees.ListAsync(employeesSpec, cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Id);
        var supersededIds = rows.Where(r => r.Supersedes.HasValue).Select(r => r.Supersedes!.Value).ToHashSet();
        var oldById = supersededIds.Count == 0
            ? []
            : (await assessments.ListAsync(new AssessmentsByIdsSpec(caller, supersededIds), cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Id);

        var now = time.GetUtcNow();
        var recorded = new CompetencyAssessment[rows.Count];
        var superseded = new List<CompetencyAssessment>(supersededIds.Count);
        var changed = new List<IAggregateRoot>(rows.Count + supersededIds.Count); // in row order: each new one, then the one it supersedes
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            Batch.ForRow(i, () =>
            {
                var employee = employeeById.GetValueOrDefault(row.EmployeeId)
                    ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), row.EmployeeId.ToString());
                var old = row.Supersedes is { } supersedes
                    ? oldById.GetValueOrDefault(supersedes) ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Assessment"), supersedes.ToString())
                    : null;
                var assessment = CompetencyAssessment.Record(
                    AssessmentId.New(),
                    employee,
                    row.Source,
                    row.AssessedOn,
                    row.Assessor,
                    row.Levels.Select(l => new AssessedLevel(CompetencyCode.From(l.Competency), ProficiencyLevel.From(l.Level))),
                    now,
                    row.Pending,
                    row.Evidence?.Select(e => new EvidenceItem(now, e.Description.Trim(), e.Reference?.Trim())));
                old?.Supersede(assessment); // refuses another employee's, a superseded or a rejected assessment

                recorded[i] = assessment;
                changed.Add(assessment);
                if (old is not null)
                {
                    superseded.Add(old);
                    changed.Add(old);
                }
            });
        }

        await assessments.AddRangeAsync(recorded, cancellationToken).ConfigureAwait(false);
        if (superseded.Count > 0)
        {
            await assessments.UpdateRangeAsync(superseded, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(changed, cancellationToken).ConfigureAwait(false);
        return Array.ConvertAll(recorded, a => a.Id);
    }
}
