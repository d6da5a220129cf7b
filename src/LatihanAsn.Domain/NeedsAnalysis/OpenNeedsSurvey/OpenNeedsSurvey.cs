using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A survey item to ask.</summary>
/// <param name="Competency">The competency code.</param>
/// <param name="Question">The wording, if not the competency's name.</param>
public sealed record SurveyItemInput(string Competency, string? Question = null);

/// <summary>
/// Opens a participatory needs survey for a population within the caller's scope. The scale defaults to 1-5 for the
/// Borich form and 1-7 for Hennessy-Hicks; each item must be a competency of a framework in force. Returns its identifier.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Form">The questionnaire form.</param>
/// <param name="Items">The competencies asked.</param>
/// <param name="Population">Who it is for (default: everyone in the caller's scope).</param>
/// <param name="ScaleMin">The lowest rating, if not the form's default.</param>
/// <param name="ScaleMax">The highest rating, if not the form's default.</param>
/// <param name="AllowsProposals">Whether respondents may propose topics (default yes).</param>
[RequiresCapability(Capabilities.SurveyManage)]
public sealed record OpenNeedsSurvey(string Title, SurveyForm Form, IReadOnlyList<SurveyItemInput> Items, SurveyPopulation? Population = null, int? ScaleMin = null, int? ScaleMax = null, bool AllowsProposals = true) : IRequest<SurveyId>;

internal sealed class OpenNeedsSurveyValidator : AbstractValidator<OpenNeedsSurvey>
{
    public OpenNeedsSurveyValidator(IReadRepository<CompetencyFramework> frameworks, TimeProvider time)
    {
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Form).KnownValue();
        RuleFor(x => x.Items).Required()
            .Must(items => items is null || items.Select(i => i.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == items.Count)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_EachCompetencyMayAskedOnlyOnce"));
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            item.RuleFor(i => i.Question).MaxChars(1000);
        });
        RuleFor(x => x).Must(x => x.ScaleMin is null == (x.ScaleMax is null)).OverridePropertyName("Scale")
            .WithMessage(_ => Messages.Get("NeedsAnalysis_GiveBothEndsScaleOrNeither"));
        RuleFor(x => x).Must(x => x.ScaleMin is null || (x.ScaleMin >= 1 && x.ScaleMax > x.ScaleMin && x.ScaleMax <= 100)).OverridePropertyName("Scale")
            .WithMessage(_ => Messages.Get("NeedsAnalysis_InvalidScaleLowerEndAtLeast"));
        RuleFor(x => x.Population!.PositionKind!.Value).IsInEnum().When(x => x.Population?.PositionKind is not null)
            .OverridePropertyName("Population.PositionKind").WithMessage(_ => Messages.Get("NeedsAnalysis_UnknownKindPosition"));
        RuleFor(x => x.Population!.RegionCode).MaxChars(20).When(x => x.Population is not null).OverridePropertyName("Population.RegionCode");
        RuleFor(x => x.Population!.OpdCode).MaxChars(50).When(x => x.Population is not null).OverridePropertyName("Population.OpdCode");
        RuleFor(x => x.Items).CustomAsync(async (items, context, ct) =>
        {
            if (items is null)
            {
                return;
            }

            var known = (await frameworks.ListAsync(new FrameworksInForceSpec(time.Today()), ct).ConfigureAwait(false))
                .SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
            for (var i = 0; i < items.Count; i++)
            {
                if (CompetencyCode.TryFrom(items[i].Competency, out var code) && !known.Contains(code))
                {
                    context.AddFailure($"Items[{i}].Competency", Messages.Get("NeedsAnalysis_CompetencyInNoFrameworkInForce", code));
                }
            }
        });
    }
}

internal sealed class OpenNeedsSurveyHandler(IRepository<NeedsSurvey> surveys, IReadRepository<Opd> opds, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<OpenNeedsSurvey, SurveyId>
{
    public async Task<SurveyId> Handle(OpenNeedsSurvey request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var population = request.Population ?? new SurveyPopulation();
        if (population.OpdCode is { } opdCode)
        {
            var opd = await Load.OpdAsync(opds, caller, opdCode, cancellationToken).ConfigureAwait(false);
            population = population with { RegionCode = opd.RegionCode };
        }
        else if (population.RegionCode is null && caller.Level != ScopeLevel.Province)
        {
            // A survey opened without a population covers the caller's own scope.
            population = population with { RegionCode = caller.RegionCode, OpdCode = caller.OpdCode };
            if (caller.Level == ScopeLevel.Opd)
            {
                population = population with { RegionCode = (await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, caller.OpdCode!), cancellationToken).ConfigureAwait(false))?.RegionCode };
            }
        }

        if (!ScopeGuard.CoversWhole(caller, population.RegionCode, population.OpdCode) || (population.OpdCode is not null && population.RegionCode is null))
        {
            throw new ScopeViolationException(caller, Messages.Get("NeedsAnalysis_SurveysPopulation"));
        }

        var scale = request.ScaleMin is { } min
            ? new RatingScale(min, request.ScaleMax!.Value)
            : request.Form == SurveyForm.HennessyHicks ? RatingScale.OneToSeven : RatingScale.OneToFive;
        var survey = NeedsSurvey.Open(
            SurveyId.New(),
            request.Title,
            request.Form,
            scale,
            population,
            request.Items.Select(i => new SurveyItem(CompetencyCode.From(i.Competency), i.Question?.Trim())),
            request.AllowsProposals,
            time.GetUtcNow());
        await surveys.AddAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return survey.Id;
    }
}
