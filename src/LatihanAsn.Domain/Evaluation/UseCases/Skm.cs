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
public sealed record CreateSkmSurvey(
    string OpdCode,
    string ServiceName,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    SkmWeighting Weighting = SkmWeighting.Equal,
    int TruncatedDecimals = 3,
    IReadOnlyDictionary<string, decimal>? CustomWeights = null,
    IReadOnlyList<SkmElement>? Elements = null) : IRequest<SkmSurveyId>;

/// <summary>Records responses to an SKM survey in the caller's scope: each answers at least one element, with 1-4.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Responses">The responses, answer per element code.</param>
public sealed record RecordSkmResponses(SkmSurveyId SurveyId, IReadOnlyList<SkmResponse> Responses) : IRequest<Unit>;

/// <summary>Computes the SKM index of a survey in the caller's scope, with the SKM rule set in force on the period's last day.</summary>
/// <param name="SurveyId">The survey.</param>
public sealed record ComputeSkmIndex(SkmSurveyId SurveyId) : IRequest<SkmResult>;

internal sealed class CreateSkmSurveyValidator : AbstractValidator<CreateSkmSurvey>
{
    public CreateSkmSurveyValidator(IReadRepository<Opd> opds, ICallerScopeAccessor scope, RuleSetRegistry rules)
    {
        RuleFor(x => x.OpdCode).Required()
            .MustAsync(async (code, ct) => await opds.AnyAsync(new OpdByCodeSpec(scope.Current, code!.Trim()), ct).ConfigureAwait(false))
            .WithText("OPD '{PropertyValue}' tidak ditemukan dalam cakupan Anda.", "OPD '{PropertyValue}' was not found within your scope.");
        RuleFor(x => x.ServiceName).Required().MaxChars(300);
        RuleFor(x => x.PeriodEnd).GreaterThanOrEqualTo(x => x.PeriodStart)
            .WithText("Akhir periode tidak boleh sebelum awalnya.", "The period must not end before it starts.");
        RuleFor(x => x.PeriodEnd).Must(day => rules.OfKind<SkmRuleSet>().Any(r => r.Info.IsInForceOn(day)))
            .WithText("Tidak ada aturan SKM yang berlaku pada akhir periode.", "No SKM rule set is in force on the period's last day.");
        RuleFor(x => x.Weighting).KnownValue();
        RuleFor(x => x.TruncatedDecimals).InclusiveBetween(1, 6).When(x => x.Weighting == SkmWeighting.Truncated)
            .WithText("'{PropertyName}' harus 1 sampai 6.", "'{PropertyName}' must be 1 to 6.");
        RuleFor(x => x.Elements)
            .Must(e => e is null || (e.Count > 0 && e.All(x => x is not null && Codes.IsValid(x.Code) && !string.IsNullOrWhiteSpace(x.Name))
                && e.Select(x => Codes.Normalise(x.Code)).Distinct(StringComparer.Ordinal).Count() == e.Count))
            .WithText("Setiap unsur memerlukan kode unik yang valid dan nama.", "Every element needs a unique, valid code and a name.");
        RuleFor(x => x.CustomWeights).NotEmpty().When(x => x.Weighting == SkmWeighting.Custom)
            .WithText("Bobot khusus wajib diisi.", "Custom weights are required.");
        RuleFor(x => x.CustomWeights).Empty().When(x => x.Weighting != SkmWeighting.Custom)
            .WithText("Bobot khusus hanya untuk pembobotan khusus.", "Custom weights are only for custom weighting.");
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

internal sealed class RecordSkmResponsesValidator : AbstractValidator<RecordSkmResponses>
{
    public RecordSkmResponsesValidator(IReadRepository<SkmSurvey> surveys, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Responses).Required();
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, request.SurveyId), ct).ConfigureAwait(false);
            if (survey is null)
            {
                context.AddFailure(nameof(request.SurveyId), Text.Pick("Survei SKM tidak ditemukan dalam cakupan Anda.", "The SKM survey was not found within your scope."));
                return;
            }

            for (var i = 0; i < (request.Responses?.Count ?? 0); i++)
            {
                if (request.Responses![i]?.Answers is not { Count: > 0 } answers)
                {
                    context.AddFailure($"Responses[{i}]", Text.Pick("Respons tidak berisi jawaban.", "The response has no answers."));
                    continue;
                }

                foreach (var (code, answer) in answers)
                {
                    if (code is null || survey.Elements.All(e => e.Code != Codes.Normalise(code)))
                    {
                        context.AddFailure($"Responses[{i}].Answers", Text.Pick($"Unsur '{code}' tidak ada dalam survei.", $"Element '{code}' is not in the survey."));
                    }
                    else if (answer is < 1 or > 4)
                    {
                        context.AddFailure($"Responses[{i}].Answers", Text.Pick(
                            $"Jawaban unsur {Codes.Normalise(code)} harus 1 sampai 4, bukan {answer}.",
                            $"The answer to element {Codes.Normalise(code)} must be 1 to 4, not {answer}."));
                    }
                }

                if (answers.Keys.Where(k => k is not null).Select(Codes.Normalise).Distinct(StringComparer.Ordinal).Count() != answers.Count)
                {
                    context.AddFailure($"Responses[{i}].Answers", Text.Pick("Sebuah unsur dijawab dua kali.", "An element is answered twice."));
                }
            }
        });
    }
}

internal sealed class RecordSkmResponsesHandler(IRepository<SkmSurvey> surveys, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<RecordSkmResponses, Unit>
{
    public async Task<Unit> Handle(RecordSkmResponses request, CancellationToken cancellationToken)
    {
        var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, request.SurveyId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Survei SKM", "SKM survey"), request.SurveyId.ToString());
        survey.AddResponses(request.Responses);
        await surveys.UpdateAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class ComputeSkmIndexValidator : AbstractValidator<ComputeSkmIndex>
{
    public ComputeSkmIndexValidator(IReadRepository<SkmSurvey> surveys, ICallerScopeAccessor scope) =>
        RuleFor(x => x.SurveyId)
            .MustAsync(async (id, ct) => await surveys.AnyAsync(new SkmSurveyByIdSpec(scope.Current, id), ct).ConfigureAwait(false))
            .WithText("Survei SKM tidak ditemukan dalam cakupan Anda.", "The SKM survey was not found within your scope.");
}

internal sealed class SkmIndexHandler(IReadRepository<SkmSurvey> surveys, ICallerScopeAccessor scope, RuleSetRegistry rules)
    : IRequestHandler<ComputeSkmIndex, SkmResult>
{
    /// <summary>The index of a survey with the SKM rule set in force on its last day.</summary>
    public static SkmResult Compute(SkmSurvey survey, RuleSetRegistry rules) =>
        SkmRule.Compute(survey.Responses, survey.Weights, rules.InForce<SkmRuleSet>(survey.PeriodEnd), survey.Elements);

    public async Task<SkmResult> Handle(ComputeSkmIndex request, CancellationToken cancellationToken)
    {
        var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, request.SurveyId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Survei SKM", "SKM survey"), request.SurveyId.ToString());
        return Compute(survey, rules);
    }
}
