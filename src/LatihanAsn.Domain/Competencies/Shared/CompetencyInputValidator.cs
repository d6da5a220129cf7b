using FluentValidation;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

internal sealed class CompetencyInputValidator : AbstractValidator<CompetencyInput>
{
    public CompetencyInputValidator()
    {
        RuleFor(x => x.Code).Required().Must(c => CompetencyCode.TryFrom(c, out _)).WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid132Letters"));
        RuleFor(x => x.Name).Required().MaxChars(200);
        RuleFor(x => x.Group).KnownValue();
        RuleFor(x => x.Definition).Required().MaxChars(4000);
        RuleFor(x => x.Levels).NotNull().WithMessage(_ => Messages.Get("Competencies_LevelsRequired"))
            .Must(levels => levels is null || levels.Select(l => l.Level).SequenceEqual([1, 2, 3, 4, 5])).WithMessage(_ => Messages.Get("Competencies_EachCompetencyMustDescribeLevels1"));
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
