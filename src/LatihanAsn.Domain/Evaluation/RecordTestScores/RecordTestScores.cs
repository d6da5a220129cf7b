using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Records knowledge-test scores (level 2): a pre-test or a post-test according to the measurement's phase. Scores lie
/// between 0 and the plan's test maximum; post-test participants must have attended; one score per participant.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The knowledge-test measurement.</param>
/// <param name="Scores">The scores.</param>
public sealed record RecordTestScores(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ParticipantScore> Scores) : IRequest<Unit>;

internal sealed class RecordTestScoresValidator : AbstractValidator<RecordTestScores>
{
    public RecordTestScoresValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Scores).Required()
            .Must(s => s is null || s.Where(x => x is not null).Select(x => x.Participant).Distinct().Count() == s.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantMayAppearOnlyOnce"));
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.KnowledgeTest);
            if (measurement is null || request.Scores is null)
            {
                return;
            }

            var maximum = plan.Design.TestMaximum!.Value;
            for (var i = 0; i < request.Scores.Count; i++)
            {
                var score = request.Scores[i];
                if (score is null)
                {
                    continue;
                }

                if (PlanAccess.Participant(plan, score.Participant, measurement.Phase == MeasurementPhase.After, context, $"Scores[{i}].Participant")
                    && plan.TestScores.Any(s => s.MeasurementCode == measurement.Code && s.Participant == score.Participant))
                {
                    context.AddFailure($"Scores[{i}].Participant", Messages.Get("Evaluation_ParticipantAlreadyHasScoreForMeasurement"));
                }

                if (score.Score < 0m || score.Score > maximum)
                {
                    context.AddFailure($"Scores[{i}].Score", Messages.Get("Evaluation_ScoreMust0ToNot", maximum, score.Score));
                }
            }
        });
    }
}
