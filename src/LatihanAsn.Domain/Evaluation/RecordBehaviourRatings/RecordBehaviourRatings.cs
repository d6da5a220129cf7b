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
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordBehaviourRatings(EvaluationPlanId PlanId, string MeasurementCode, string Rater, DateOnly ObservedOn, IReadOnlyList<BehaviourRatingEntry> Ratings) : IRequest<Unit>;

internal sealed class RecordBehaviourRatingsValidator : AbstractValidator<RecordBehaviourRatings>
{
    public RecordBehaviourRatingsValidator(TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Rater).Required().MaxChars(200);
        RuleFor(x => x.ObservedOn).NotInFuture(time);
        RuleFor(x => x.Ratings).Required()
            .Must(r => r is null || r.Where(x => x is not null).Select(x => (x.Participant, x.Indicator?.Trim().ToUpperInvariant())).Distinct().Count() == r.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantAndIndicatorMayRated"));
        RuleForEach(x => x.Ratings).ChildRules(r => r.RuleFor(x => x.Indicator).Required());
    }
}
