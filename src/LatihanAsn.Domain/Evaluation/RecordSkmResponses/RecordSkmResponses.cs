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
                    context.AddFailure($"Responses[{i}]", Text.Pick("Respons tidak berisi jawaban.", "The response has no answers."));
                    continue;
                }

                foreach (var (code, answer) in answers)
                {
                    if (string.IsNullOrWhiteSpace(code))
                    {
                        context.AddFailure($"Responses[{i}].Answers", Text.Pick("Kode unsur wajib diisi.", "An element code is required."));
                    }
                    else if (answer is < 1 or > 4)
                    {
                        context.AddFailure($"Responses[{i}].Answers", Text.Pick(
                            $"Jawaban unsur {Codes.Normalise(code)} harus 1 sampai 4, bukan {answer}.",
                            $"The answer to element {Codes.Normalise(code)} must be 1 to 4, not {answer}."));
                    }
                }

                if (answers.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Codes.Normalise).Distinct(StringComparer.Ordinal).Count() != answers.Count)
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
