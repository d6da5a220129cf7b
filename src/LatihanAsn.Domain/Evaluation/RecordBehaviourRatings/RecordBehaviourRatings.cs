using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Records one rater's on-the-job behaviour ratings (level 3) on one day, against a supervisor, peer or self
/// measurement (which gives the rater kind and the phase). After the training, only participants who attended are rated.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The rating measurement.</param>
/// <param name="Rater">Who rated (a name or NIP).</param>
/// <param name="ObservedOn">The day of the ratings, not in the future.</param>
/// <param name="Ratings">The ratings: one per participant and indicator.</param>
public sealed record RecordBehaviourRatings(EvaluationPlanId PlanId, string MeasurementCode, string Rater, DateOnly ObservedOn, IReadOnlyList<BehaviourRatingEntry> Ratings) : IRequest<Unit>;

internal sealed class RecordBehaviourRatingsValidator : AbstractValidator<RecordBehaviourRatings>
{
    public RecordBehaviourRatingsValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Rater).Required().MaxChars(200);
        RuleFor(x => x.ObservedOn).NotInFuture(time);
        RuleFor(x => x.Ratings).Required()
            .Must(r => r is null || r.Where(x => x is not null).Select(x => (x.Participant, x.Indicator?.Trim().ToUpperInvariant())).Distinct().Count() == r.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantAndIndicatorMayRated"));
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(
                plan, request.MeasurementCode, context, nameof(request.MeasurementCode),
                EvaluationInstrument.SupervisorObservation, EvaluationInstrument.PeerObservation, EvaluationInstrument.SelfAssessment);
            if (measurement is null || request.Ratings is null)
            {
                return;
            }

            var scale = plan.Design.BehaviourScale!.Value;
            var rater = request.Rater?.Trim();
            for (var i = 0; i < request.Ratings.Count; i++)
            {
                var rating = request.Ratings[i];
                if (rating is null)
                {
                    continue;
                }

                var indicator = string.IsNullOrWhiteSpace(rating.Indicator) ? string.Empty : Codes.Normalise(rating.Indicator);
                if (plan.Design.Indicators!.All(x => x.Code != indicator))
                {
                    context.AddFailure($"Ratings[{i}].Indicator", Messages.Get("Evaluation_IndicatorNotInPlan", rating.Indicator));
                }

                if (!scale.Contains(rating.Rating))
                {
                    context.AddFailure($"Ratings[{i}].Rating", Messages.Get("Evaluation_RatingMustNot2", scale, rating.Rating));
                }

                if (PlanAccess.Participant(plan, rating.Participant, measurement.Phase == MeasurementPhase.After, context, $"Ratings[{i}].Participant")
                    && plan.BehaviourRatings.Any(r => r.MeasurementCode == measurement.Code && r.Participant == rating.Participant && r.Indicator == indicator && r.RaterName == rater))
                {
                    context.AddFailure($"Ratings[{i}].Participant", Messages.Get("Evaluation_RaterHasAlreadyRatedIndicator"));
                }
            }
        });
    }
}
