using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Creates a public satisfaction survey (SKM) of a service unit for a period. The OPD must be registered and inside
/// the caller's scope, and an SKM rule set must be in force on the period's last day. Without
/// <paramref name="Elements"/>, the rule set's elements are used (U1-U9 of PermenPAN-RB 14/2017). Returns the survey's
/// identifier.
/// </summary>
/// <param name="OpdCode">The unit's OPD.</param>
/// <param name="ServiceName">The service surveyed.</param>
/// <param name="PeriodStart">First day of the period.</param>
/// <param name="PeriodEnd">Last day of the period.</param>
/// <param name="Weighting">Equal (exact 1/n, the default), truncated, or custom weights.</param>
/// <param name="TruncatedDecimals">Decimals kept by truncated weights, 1-6 (3 gives 0.111 for nine elements).</param>
/// <param name="CustomWeights">Weight per element code, summing to exactly 1 (only with custom weighting).</param>
/// <param name="Elements">The unit's own elements (code and name), if it re-named or added any.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record CreateSkmSurvey(
    string OpdCode,
    string ServiceName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    SkmWeighting Weighting = SkmWeighting.Equal,
    int TruncatedDecimals = 3,
    IReadOnlyDictionary<string, decimal>? CustomWeights = null,
    IReadOnlyList<SkmElement>? Elements = null) : IRequest<SkmSurveyId>;

internal sealed class CreateSkmSurveyValidator : AbstractValidator<CreateSkmSurvey>
{
    public CreateSkmSurveyValidator(IReadRepository<Opd> opds, ICallerScopeAccessor scope, RuleSetRegistry rules)
    {
        RuleFor(x => x.OpdCode).Required()
            .MustAsync(async (code, ct) => await opds.AnyAsync(new OpdByCodeSpec(scope.Current, code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_OPDNotFoundScope"));
        RuleFor(x => x.ServiceName).Required().MaxChars(300);
        RuleFor(x => x.PeriodEnd).GreaterThanOrEqualTo(x => x.PeriodStart)
            .WithMessage(_ => Messages.Get("Evaluation_PeriodMustNotEndBeforeStarts"));
        RuleFor(x => x.PeriodEnd).Must(day => rules.OfKind<SkmRuleSet>().Any(r => r.Info.IsInForceOn(day)))
            .WithMessage(_ => Messages.Get("Evaluation_NoSKMRuleSetInForce"));
        RuleFor(x => x.Weighting).KnownValue();
        RuleFor(x => x.TruncatedDecimals).InclusiveBetween(1, 6).When(x => x.Weighting == SkmWeighting.Truncated)
            .WithMessage(_ => Messages.Get("Evaluation_Must1To6"));
        RuleFor(x => x.Elements)
            .Must(e => e is null || (e.Count > 0 && e.All(x => x is not null && Codes.IsValid(x.Code) && !string.IsNullOrWhiteSpace(x.Name))
                && e.Select(x => Codes.Normalise(x.Code)).Distinct(StringComparer.Ordinal).Count() == e.Count))
            .WithMessage(_ => Messages.Get("Evaluation_EveryElementNeedsUniqueValidCode"));
        RuleFor(x => x.CustomWeights).NotEmpty().When(x => x.Weighting == SkmWeighting.Custom)
            .WithMessage(_ => Messages.Get("Evaluation_CustomWeightsRequired"));
        RuleFor(x => x.CustomWeights).Empty().When(x => x.Weighting != SkmWeighting.Custom)
            .WithMessage(_ => Messages.Get("Evaluation_CustomWeightsOnlyForCustomWeighting"));
        RuleFor(x => x).Custom((request, context) =>
        {
            if (request.Weighting != SkmWeighting.Custom || request.CustomWeights is not { Count: > 0 } weights)
            {
                return;
            }

            var elements = request.Elements ?? rules.OfKind<SkmRuleSet>().Where(r => r.Info.IsInForceOn(request.PeriodEnd)).OrderBy(r => r.Info.ValidFrom).LastOrDefault()?.Elements ?? [];
            if (SkmWeights.Problem(weights, elements) is { } problem)
            {
                context.AddFailure(nameof(request.CustomWeights), problem);
            }
        });
    }
}

internal sealed class CreateSkmSurveyHandler(IRepository<SkmSurvey> surveys, IReadRepository<Opd> opds, ICallerScopeAccessor scope, RuleSetRegistry rules, DomainEventPublisher events)
    : IRequestHandler<CreateSkmSurvey, SkmSurveyId>
{
    public async Task<SkmSurveyId> Handle(CreateSkmSurvey request, CancellationToken cancellationToken)
    {
        var opd = await opds.FirstOrDefaultAsync(new OpdByCodeSpec(scope.Current, request.OpdCode.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("OPD", request.OpdCode);
        var ruleSet = rules.InForce<SkmRuleSet>(request.PeriodEnd);
        var weights = request.Weighting switch
        {
            SkmWeighting.Truncated => SkmWeights.Truncated(request.TruncatedDecimals),
            SkmWeighting.Custom => SkmWeights.Custom(request.CustomWeights!),
            _ => SkmWeights.Equal,
        };
        var survey = SkmSurvey.Create(
            SkmSurveyId.New(), request.ServiceName, opd.RegionCode, opd.OpdCode, request.PeriodStart, request.PeriodEnd, request.Elements ?? ruleSet.Elements, weights, ruleSet.Info.Key);
        await surveys.AddAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return survey.Id;
    }
}
