using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Records reaction (level 1) responses against a reaction-questionnaire measurement. Only participants recorded as
/// present may answer, once per measurement; answers must lie on the questionnaire's scale (0-10 for the recommend item).
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The reaction measurement.</param>
/// <param name="Responses">The responses.</param>
public sealed record RecordReactionResponses(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ReactionAnswers> Responses) : IRequest<Unit>;

internal sealed class RecordReactionResponsesValidator : AbstractValidator<RecordReactionResponses>
{
    public RecordReactionResponsesValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Responses).Required()
            .Must(r => r is null || r.Where(x => x is not null).Select(x => x.Respondent).Distinct().Count() == r.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachRespondentMayAnswerOnlyOnce"));
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.ReactionQuestionnaire);
            if (measurement is null || request.Responses is null)
            {
                return;
            }

            for (var i = 0; i < request.Responses.Count; i++)
            {
                var response = request.Responses[i];
                var path = $"Responses[{i}]";
                if (response?.Answers is not { Count: > 0 })
                {
                    context.AddFailure(path, Messages.Get("Evaluation_ResponseHasNoAnswers2"));
                    continue;
                }

                if (PlanAccess.Participant(plan, response.Respondent, true, context, $"{path}.Respondent")
                    && plan.ReactionResponses.Any(r => r.MeasurementCode == measurement.Code && r.Respondent == response.Respondent))
                {
                    context.AddFailure($"{path}.Respondent", Messages.Get("Evaluation_ParticipantHasAlreadyAnswered2"));
                }

                foreach (var (code, answer) in response.Answers)
                {
                    if (plan.Design.Questionnaire!.Problem(code, answer, path) is (_, { } message))
                    {
                        context.AddFailure($"{path}.Answers", message);
                    }
                }
            }
        });
    }
}
