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
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordTestScores(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ParticipantScore> Scores) : IRequest<Unit>;

internal sealed class RecordTestScoresValidator : AbstractValidator<RecordTestScores>
{
    public RecordTestScoresValidator()
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Scores).Required()
            .Must(s => s is null || s.Where(x => x is not null).Select(x => x.Participant).Distinct().Count() == s.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantMayAppearOnlyOnce"));
        RuleForEach(x => x.Scores).NotNull().WithMessage(_ => Messages.Get("Evaluation_ScoreRequired"));
    }
}
