using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>A level found for one competency.</summary>
/// <param name="Competency">The competency code.</param>
/// <param name="Level">The level, 1-5.</param>
public sealed record LevelEntry(string Competency, int Level);

/// <summary>Evidence to attach to an assessment.</summary>
/// <param name="Description">What it is.</param>
/// <param name="Reference">Where to find it, if anywhere.</param>
public sealed record EvidenceInput(string Description, string? Reference = null);

/// <summary>
/// Records a competency assessment of an employee in the caller's scope. Each competency must belong to a framework
/// in force on the assessment day, which must not be in the future. To correct an assessment, record a new one that
/// names it in <paramref name="Supersedes"/>: the old one is kept, marked superseded (it must be the same employee's
/// and still confirmed or pending, see <see cref="CompetencyAssessment.Supersede"/>). Returns the new identifier.
/// </summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Source">The source.</param>
/// <param name="AssessedOn">The day of the assessment.</param>
/// <param name="Assessor">Who assessed.</param>
/// <param name="Levels">The levels found, one per competency.</param>
/// <param name="Evidence">Evidence, if any.</param>
/// <param name="Supersedes">The assessment of the same employee that this one replaces, if any.</param>
/// <param name="Pending"><see langword="true"/> to record it as waiting for confirmation (it does not count until confirmed).</param>
[RequiresCapability(Capabilities.AssessmentRecord)]
public sealed record RecordAssessment(
    EmployeeId EmployeeId,
    AssessmentSource Source,
    DateOnly AssessedOn,
    string Assessor,
    IReadOnlyList<LevelEntry> Levels,
    IReadOnlyList<EvidenceInput>? Evidence = null,
    AssessmentId? Supersedes = null,
    bool Pending = false) : IRequest<AssessmentId>;

/// <summary>
/// The shape of a <see cref="RecordAssessment"/>, without the store: shared by the single request and the rows of
/// <see cref="ImportAssessments"/>, so both accept and refuse the same rows.
/// </summary>
internal sealed class RecordAssessmentShape : AbstractValidator<RecordAssessment>
{
    public RecordAssessmentShape(TimeProvider time)
    {
        RuleFor(x => x.Source).KnownValue();
        RuleFor(x => x.AssessedOn).Must(day => day <= time.Today())
            .WithMessage(_ => Messages.Get("Competencies_AssessmentDayMustNotInFuture"));
        RuleFor(x => x.Assessor).Required().MaxChars(200);
        RuleFor(x => x.Levels).Required()
            .Must(levels => levels is null || levels.Select(l => l?.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == levels.Count)
            .WithMessage(_ => Messages.Get("Competencies_EachCompetencyMayAssessedOnlyOnce"));
        RuleForEach(x => x.Levels).NotNull().WithMessage(_ => Messages.Get("Common_Required")).ChildRules(level =>
        {
            level.RuleFor(l => l.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            level.RuleFor(l => l.Level).LevelInRange();
        });
        RuleForEach(x => x.Evidence).NotNull().WithMessage(_ => Messages.Get("Common_Required")).ChildRules(evidence =>
        {
            evidence.RuleFor(e => e.Description).Required().MaxChars(2000);
            evidence.RuleFor(e => e.Reference).MaxChars(500);
        });
    }
}

internal sealed class RecordAssessmentValidator : AbstractValidator<RecordAssessment>
{
    public RecordAssessmentValidator(IReadRepository<CompetencyFramework> frameworks, TimeProvider time)
    {
        Include(new RecordAssessmentShape(time));
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            if (request.Levels is null)
            {
                return;
            }

            var known = (await frameworks.ListAsync(new FrameworksInForceSpec(request.AssessedOn), ct).ConfigureAwait(false))
                .SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
            for (var i = 0; i < request.Levels.Count; i++)
            {
                if (CompetencyCode.TryFrom(request.Levels[i]?.Competency, out var code) && !known.Contains(code))
                {
                    context.AddFailure($"{nameof(request.Levels)}[{i}].{nameof(LevelEntry.Competency)}", Messages.Get("Competencies_CompetencyInNoFrameworkInForce", code, Text.Iso(request.AssessedOn)));
                }
            }
        });
    }
}

internal sealed class RecordAssessmentHandler(
    IRepository<CompetencyAssessment> assessments,
    IReadRepository<Employee> employees,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<RecordAssessment, AssessmentId>
{
    public async Task<AssessmentId> Handle(RecordAssessment request, CancellationToken cancellationToken)
    {
        var employee = await Load.EmployeeAsync(employees, scope.Current, request.EmployeeId, cancellationToken).ConfigureAwait(false);
        var old = request.Supersedes is { } supersedes
            ? await Load.AssessmentAsync(assessments, scope.Current, supersedes, cancellationToken).ConfigureAwait(false)
            : null;

        var now = time.GetUtcNow();
        var assessment = CompetencyAssessment.Record(
            AssessmentId.New(),
            employee,
            request.Source,
            request.AssessedOn,
            request.Assessor,
            request.Levels.Select(l => new AssessedLevel(CompetencyCode.From(l.Competency), ProficiencyLevel.From(l.Level))),
            now,
            request.Pending,
            request.Evidence?.Select(e => new EvidenceItem(now, e.Description.Trim(), e.Reference?.Trim())));
        old?.Supersede(assessment); // refuses another employee's, a superseded or a rejected assessment

        await assessments.AddAsync(assessment, cancellationToken).ConfigureAwait(false);
        if (old is not null)
        {
            await assessments.UpdateAsync(old, cancellationToken).ConfigureAwait(false);
            await events.PublishAsync([assessment, old], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await events.PublishAsync(assessment, cancellationToken).ConfigureAwait(false);
        }

        return assessment.Id;
    }
}
