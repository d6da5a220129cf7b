using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Records component scores (0-100) of the plan's grading scheme for participants who attended.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The graded-assessment measurement.</param>
/// <param name="Scores">The scores.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record RecordComponentScores(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ComponentScoreEntry> Scores) : IRequest<Unit>;

internal sealed class RecordComponentScoresValidator : AbstractValidator<RecordComponentScores>
{
    public RecordComponentScoresValidator()
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
    }
}
