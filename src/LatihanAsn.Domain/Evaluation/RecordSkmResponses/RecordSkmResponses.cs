using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records responses to an SKM survey in the caller's scope: each answers at least one element, with 1-4.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Responses">The responses, answer per element code.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordSkmResponses(SkmSurveyId SurveyId, IReadOnlyList<SkmResponse> Responses) : IRequest<Unit>;

internal sealed class RecordSkmResponsesValidator : AbstractValidator<RecordSkmResponses>
{
    public RecordSkmResponsesValidator()
    {
        // The request's shape only: whether each element is the survey's is the survey's rule.
        RuleFor(x => x.Responses).Required();
        RuleFor(x => x.Responses).Custom((responses, context) =>
        {
            for (var i = 0; i < (responses?.Count ?? 0); i++)
            {
                if (responses![i]?.Answers is not { Count: > 0 } answers)
                {
                    context.AddFailure($"Responses[{i}]", Messages.Get("Evaluation_ResponseHasNoAnswers2"));
                    continue;
                }

                foreach (var (code, answer) in answers)
                {
                    if (string.IsNullOrWhiteSpace(code))
                    {
                        context.AddFailure($"Responses[{i}].Answers", Messages.Get("Evaluation_ElementCodeRequired"));
                    }
                    else if (answer is < 1 or > 4)
                    {
                        context.AddFailure($"Responses[{i}].Answers", Messages.Get("Evaluation_AnswerToElementMust1To", Codes.Normalise(code), answer));
                    }
                }

                if (answers.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Codes.Normalise).Distinct(StringComparer.Ordinal).Count() != answers.Count)
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
