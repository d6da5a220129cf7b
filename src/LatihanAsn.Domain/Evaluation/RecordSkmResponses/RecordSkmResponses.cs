using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records responses to an SKM survey in the caller's scope: each answers at least one element, with 1-4.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Responses">The responses, answer per element code.</param>
public sealed record RecordSkmResponses(SkmSurveyId SurveyId, IReadOnlyList<SkmResponse> Responses) : IRequest<Unit>;

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
                context.AddFailure(nameof(request.SurveyId), Messages.Get("Evaluation_SKMSurveyNotFoundScope"));
                return;
            }

            for (var i = 0; i < (request.Responses?.Count ?? 0); i++)
            {
                if (request.Responses![i]?.Answers is not { Count: > 0 } answers)
                {
                    context.AddFailure($"Responses[{i}]", Messages.Get("Evaluation_ResponseHasNoAnswers2"));
                    continue;
                }

                foreach (var (code, answer) in answers)
                {
                    if (code is null || survey.Elements.All(e => e.Code != Codes.Normalise(code)))
                    {
                        context.AddFailure($"Responses[{i}].Answers", Messages.Get("Evaluation_ElementNotInSurvey", code));
                    }
                    else if (answer is < 1 or > 4)
                    {
                        context.AddFailure($"Responses[{i}].Answers", Messages.Get("Evaluation_AnswerToElementMust1To", Codes.Normalise(code), answer));
                    }
                }

                if (answers.Keys.Where(k => k is not null).Select(Codes.Normalise).Distinct(StringComparer.Ordinal).Count() != answers.Count)
                {
                    context.AddFailure($"Responses[{i}].Answers", Messages.Get("Evaluation_ElementAnsweredTwice"));
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
            ?? throw new NotFoundInScopeException(Messages.Get("Evaluation_SKMSurvey"), request.SurveyId.ToString());
        survey.AddResponses(request.Responses);
        await surveys.UpdateAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
