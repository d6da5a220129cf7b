using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>A required level, or range, for one competency of a standard.</summary>
/// <param name="Competency">The competency code.</param>
/// <param name="Minimum">The required level, 1-5.</param>
/// <param name="Maximum">The upper end of a range, if any (not below <paramref name="Minimum"/>).</param>
public sealed record RequirementInput(string Competency, int Minimum, int? Maximum = null);

/// <summary>
/// Defines a position's competency standard (SKJ) from a day, ending the previous one the day before. Without
/// requirements, the structural default applies (every managerial and socio-cultural competency of the default
/// framework at the level of the position's kind; see <see cref="StructuralStandardRuleSet"/>); functional positions
/// must list their requirements (<c>domain_rule.functional_standard_needs_requirements</c>). Every competency must belong to
/// a framework in force on <paramref name="ValidFrom"/>; a standard not after the latest one is refused by the position
/// (<c>domain_rule.standard_not_later</c>).
/// </summary>
/// <param name="PositionId">The position, in the caller's scope.</param>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="Requirements">The requirements, or <see langword="null"/> for the structural default.</param>
/// <param name="ValidTo">Last day in force, if known.</param>
[RequiresCapability(Capabilities.OrganisationManage)]
public sealed record DefinePositionStandard(PositionId PositionId, DateOnly ValidFrom, IReadOnlyList<RequirementInput>? Requirements = null, DateOnly? ValidTo = null) : IRequest<Unit>;

internal sealed class DefinePositionStandardValidator : AbstractValidator<DefinePositionStandard>
{
    public DefinePositionStandardValidator(IReadRepository<CompetencyFramework> frameworks, LatihanAsnOptions options)
    {
        RuleFor(x => x.ValidTo).GreaterThanOrEqualTo(x => x.ValidFrom).When(x => x.ValidTo.HasValue)
            .WithMessage(_ => Messages.Get("Competencies_EndDateMustNotBeforeStart"));
        RuleFor(x => x.Requirements)
            .Must(r => r is null || r.Count > 0).WithMessage(_ => Messages.Get("Competencies_RequirementListEmptyOmitToUse"))
            .Must(r => r is null || r.Select(x => x.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == r.Count)
            .WithMessage(_ => Messages.Get("Competencies_EachCompetencyMayAppearOnlyOnce"));
        RuleForEach(x => x.Requirements).ChildRules(r =>
        {
            r.RuleFor(x => x.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            r.RuleFor(x => x.Minimum).LevelInRange();
            r.RuleFor(x => x.Maximum!.Value).LevelInRange().When(x => x.Maximum.HasValue);
            r.RuleFor(x => x.Maximum).GreaterThanOrEqualTo(x => x.Minimum).When(x => x.Maximum.HasValue)
                .WithMessage(_ => Messages.Get("Competencies_UpperEndRangeMustNotBelow"));
        });
        RuleFor(x => x)
            .CustomAsync(async (request, context, ct) =>
            {
                var inForce = await frameworks.ListAsync(new FrameworksInForceSpec(request.ValidFrom), ct).ConfigureAwait(false);
                if (request.Requirements is null)
                {
                    if (!inForce.Any(f => f.Code == options.DefaultFrameworkCode))
                    {
                        context.AddFailure(nameof(request.Requirements), Messages.Get("Competencies_DefaultFrameworkNotInForceOn", options.DefaultFrameworkCode, Text.Iso(request.ValidFrom)));
                    }

                    return;
                }

                var known = inForce.SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
                for (var i = 0; i < request.Requirements.Count; i++)
                {
                    if (CompetencyCode.TryFrom(request.Requirements[i].Competency, out var code) && !known.Contains(code))
                    {
                        context.AddFailure($"{nameof(request.Requirements)}[{i}].{nameof(RequirementInput.Competency)}", Messages.Get("Competencies_CompetencyInNoFrameworkInForce", code, Text.Iso(request.ValidFrom)));
                    }
                }
            });
    }
}

internal sealed class DefinePositionStandardHandler(
    IRepository<Position> positions,
    IReadRepository<CompetencyFramework> frameworks,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    LatihanAsnOptions options,
    DomainEventPublisher events)
    : IRequestHandler<DefinePositionStandard, Unit>
{
    public async Task<Unit> Handle(DefinePositionStandard request, CancellationToken cancellationToken)
    {
        var position = await Load.PositionAsync(positions, scope.Current, request.PositionId, cancellationToken).ConfigureAwait(false);
        if (request.Requirements is null)
        {
            var framework = (await frameworks.ListAsync(new FrameworksInForceSpec(request.ValidFrom), cancellationToken).ConfigureAwait(false))
                .First(f => f.Code == options.DefaultFrameworkCode);
            position.DefineStructuralStandard(request.ValidFrom, request.ValidTo, rules.InForce<StructuralStandardRuleSet>(request.ValidFrom), framework);
        }
        else
        {
            position.DefineStandard(request.ValidFrom, request.ValidTo, request.Requirements.Select(r => new StandardRequirement(
                CompetencyCode.From(r.Competency),
                ProficiencyLevel.From(r.Minimum),
                r.Maximum is { } max ? ProficiencyLevel.From(max) : null)));
        }

        await positions.UpdateAsync(position, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(position, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
