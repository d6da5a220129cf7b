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
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordReactionResponses(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ReactionAnswers> Responses) : IRequest<Unit>;

internal sealed class RecordReactionResponsesValidator : AbstractValidator<RecordReactionResponses>
{
    public RecordReactionResponsesValidator()
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Responses).Required()
            .Must(r => r is null || r.Where(x => x is not null).Select(x => x.Respondent).Distinct().Count() == r.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachRespondentMayAnswerOnlyOnce"));
        RuleForEach(x => x.Responses).Must(r => r?.Answers is { Count: > 0 })
            .WithMessage(_ => Messages.Get("Evaluation_ResponseHasNoAnswers2"));
    }
}
