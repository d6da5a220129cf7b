using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>One level of a competency being defined.</summary>
/// <param name="Level">The level, 1-5.</param>
/// <param name="Description">What the level means.</param>
/// <param name="Indicators">Behaviour indicators, if any.</param>
public sealed record LevelInput(int Level, string Description, IReadOnlyList<string>? Indicators = null);

/// <summary>A competency being defined.</summary>
/// <param name="Code">Its code, unique in the framework.</param>
/// <param name="Name">Its name.</param>
/// <param name="Group">Its group.</param>
/// <param name="Definition">Its definition.</param>
/// <param name="Levels">Levels 1 to 5, once each.</param>
public sealed record CompetencyInput(string Code, string Name, CompetencyGroup Group, string Definition, IReadOnlyList<LevelInput> Levels);

/// <summary>
/// Defines version 1 of a competency framework (for example an agency's technical competencies). Frameworks are
/// reference data readable by every caller. Returns the new version's identifier.
/// </summary>
/// <param name="Code">The framework code; not yet used.</param>
/// <param name="Name">The framework name.</param>
/// <param name="Source">The regulation or decision that defines it.</param>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="Competencies">The competencies.</param>
public sealed record DefineFramework(string Code, string Name, string Source, DateOnly ValidFrom, IReadOnlyList<CompetencyInput> Competencies) : IRequest<FrameworkId>;

/// <summary>
/// Publishes the next version of an existing framework; the current version ends the day before
/// <paramref name="ValidFrom"/>. Returns the new version's identifier.
/// </summary>
/// <param name="Code">The framework code.</param>
/// <param name="Source">The regulation or decision behind the new version.</param>
/// <param name="ValidFrom">First day of the new version; after the current version's first day.</param>
/// <param name="Competencies">The new version's competencies.</param>
public sealed record VersionFramework(string Code, string Source, DateOnly ValidFrom, IReadOnlyList<CompetencyInput> Competencies) : IRequest<FrameworkId>;

internal sealed class CompetencyInputValidator : AbstractValidator<CompetencyInput>
{
    public CompetencyInputValidator()
    {
        RuleFor(x => x.Code).Required().Must(c => CompetencyCode.TryFrom(c, out _)).WithText(
            "Kode kompetensi '{PropertyValue}' tidak valid (1-32 huruf, angka, '.', '-', '_').",
            "Competency code '{PropertyValue}' is invalid (1-32 letters, digits, '.', '-', '_').");
        RuleFor(x => x.Name).Required().MaxChars(200);
        RuleFor(x => x.Group).KnownValue();
        RuleFor(x => x.Definition).Required().MaxChars(4000);
        RuleFor(x => x.Levels).NotNull().WithText("Tingkat wajib diisi.", "Levels are required.")
            .Must(levels => levels is null || levels.Select(l => l.Level).SequenceEqual([1, 2, 3, 4, 5])).WithText(
                "Setiap kompetensi harus menguraikan tingkat 1 sampai 5 tepat sekali, berurutan.",
                "Each competency must describe levels 1 to 5 exactly once, in order.");
        RuleForEach(x => x.Levels).ChildRules(level =>
        {
            level.RuleFor(l => l.Description).Required().MaxChars(2000);
            level.RuleForEach(l => l.Indicators).Required().MaxChars(1000);
        });
    }

    public static IEnumerable<CompetencyDefinition> ToDefinitions(IEnumerable<CompetencyInput> inputs) =>
        inputs.Select(c => new CompetencyDefinition(
            CompetencyCode.From(c.Code),
            c.Name.Trim(),
            c.Group,
            c.Definition.Trim(),
            c.Levels.Select(l => new LevelDescriptor(ProficiencyLevel.From(l.Level), l.Description.Trim(), l.Indicators?.Select(i => i.Trim()).ToArray() ?? [])).ToArray()));

    public static bool DistinctCodes(IReadOnlyList<CompetencyInput>? inputs) =>
        inputs is null || inputs.Select(c => c.Code?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == inputs.Count;
}

internal sealed class DefineFrameworkValidator : AbstractValidator<DefineFramework>
{
    public DefineFrameworkValidator(IReadRepository<CompetencyFramework> frameworks)
    {
        RuleFor(x => x.Code).Required().MaxChars(100)
            .MustAsync(async (code, ct) => !await frameworks.AnyAsync(new FrameworkVersionsSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithText("Kerangka '{PropertyValue}' sudah ada: gunakan VersionFramework.", "Framework '{PropertyValue}' already exists: use VersionFramework.");
        RuleFor(x => x.Name).Required().MaxChars(300);
        RuleFor(x => x.Source).Required().MaxChars(500);
        RuleFor(x => x.Competencies).Required()
            .Must(CompetencyInputValidator.DistinctCodes).WithText("Kode kompetensi harus unik.", "Competency codes must be unique.");
        RuleForEach(x => x.Competencies).SetValidator(new CompetencyInputValidator());
    }
}

internal sealed class VersionFrameworkValidator : AbstractValidator<VersionFramework>
{
    public VersionFrameworkValidator(IReadRepository<CompetencyFramework> frameworks)
    {
        RuleFor(x => x.Code).Required()
            .MustAsync(async (code, ct) => await frameworks.AnyAsync(new FrameworkVersionsSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithText("Kerangka '{PropertyValue}' belum ada: gunakan DefineFramework.", "Framework '{PropertyValue}' does not exist: use DefineFramework.");
        RuleFor(x => x.Source).Required().MaxChars(500);
        RuleFor(x => x.ValidFrom)
            .MustAsync(async (request, validFrom, ct) =>
            {
                var current = await frameworks.FirstOrDefaultAsync(new FrameworkVersionsSpec(request.Code?.Trim() ?? string.Empty), ct).ConfigureAwait(false);
                return current is null || (current.ValidTo is null && validFrom > current.ValidFrom);
            })
            .WithText(
                "Versi baru harus berlaku sesudah hari pertama versi yang sekarang.",
                "The new version must start after the current version's first day.");
        RuleFor(x => x.Competencies).Required()
            .Must(CompetencyInputValidator.DistinctCodes).WithText("Kode kompetensi harus unik.", "Competency codes must be unique.");
        RuleForEach(x => x.Competencies).SetValidator(new CompetencyInputValidator());
    }
}

internal sealed class DefineFrameworkHandler(IRepository<CompetencyFramework> frameworks, DomainEventPublisher events)
    : IRequestHandler<DefineFramework, FrameworkId>
{
    public async Task<FrameworkId> Handle(DefineFramework request, CancellationToken cancellationToken)
    {
        var framework = CompetencyFramework.Define(
            FrameworkId.New(), request.Code, request.Name, request.Source, request.ValidFrom, CompetencyInputValidator.ToDefinitions(request.Competencies));
        await frameworks.AddAsync(framework, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(framework, cancellationToken).ConfigureAwait(false);
        return framework.Id;
    }
}

internal sealed class VersionFrameworkHandler(IRepository<CompetencyFramework> frameworks, DomainEventPublisher events)
    : IRequestHandler<VersionFramework, FrameworkId>
{
    public async Task<FrameworkId> Handle(VersionFramework request, CancellationToken cancellationToken)
    {
        var current = await frameworks.FirstOrDefaultAsync(new FrameworkVersionsSpec(request.Code.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Kerangka", "Framework"), request.Code);
        var next = current.NextVersion(FrameworkId.New(), request.Source, request.ValidFrom, CompetencyInputValidator.ToDefinitions(request.Competencies));
        await frameworks.AddAsync(next, cancellationToken).ConfigureAwait(false);
        await frameworks.UpdateAsync(current, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([current, next], cancellationToken).ConfigureAwait(false);
        return next.Id;
    }
}
