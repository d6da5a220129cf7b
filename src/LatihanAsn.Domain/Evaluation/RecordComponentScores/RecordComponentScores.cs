using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records component scores (0-100) of the plan's grading scheme for participants who attended.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The graded-assessment measurement.</param>
/// <param name="Scores">The scores.</param>
public sealed record RecordComponentScores(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ComponentScoreEntry> Scores) : IRequest<Unit>;

internal sealed class RecordComponentScoresValidator : AbstractValidator<RecordComponentScores>
{
    public RecordComponentScoresValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Scores).Required()
            .Must(s => s is null || s.Where(x => x is not null).Select(x => (x.Participant, x.Component?.Trim().ToUpperInvariant())).Distinct().Count() == s.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantAndComponentMayAppear"));
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.Component).Required();
            s.RuleFor(x => x.Score).InclusiveBetween(0m, 100m).WithMessage(_ => Messages.Get("Evaluation_Must0To100"));
        });
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.GradedAssessment);
            if (measurement is null || request.Scores is null)
            {
                return;
            }

            for (var i = 0; i < request.Scores.Count; i++)
            {
                var score = request.Scores[i];
                if (score is null || string.IsNullOrWhiteSpace(score.Component))
                {
                    continue;
                }

                var component = Codes.Normalise(score.Component);
                if (plan.Design.Grading!.Components.All(c => c.Code != component))
                {
                    context.AddFailure($"Scores[{i}].Component", Messages.Get("Evaluation_ComponentNotInGradingScheme", score.Component));
                }

                if (PlanAccess.Participant(plan, score.Participant, true, context, $"Scores[{i}].Participant")
                    && plan.ComponentScores.Any(s => s.MeasurementCode == measurement.Code && s.Participant == score.Participant && s.Component == component))
                {
                    context.AddFailure($"Scores[{i}].Participant", Messages.Get("Evaluation_ComponentScoreAlreadyRecorded"));
                }
            }
        });
    }
}
