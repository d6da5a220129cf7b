using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A participant's final score.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Score">The weighted score and its qualification band, or why it is undefined.</param>
public sealed record ParticipantFinalScore(EmployeeId Participant, FinalScore Score);

/// <summary>The final scores of a plan's graded assessment.</summary>
/// <param name="MeasurementCode">The graded-assessment measurement.</param>
/// <param name="SchemeSource">Where the grading scheme comes from (a rule-set key, or the plan's own).</param>
/// <param name="Components">The components and their weights (fractions).</param>
/// <param name="Participants">Every participant who attended or has a score, in plan order.</param>
/// <param name="RuleSet">The qualification bands applied.</param>
public sealed record FinalScoresResult(string MeasurementCode, string SchemeSource, IReadOnlyList<GradingComponent> Components, IReadOnlyList<ParticipantFinalScore> Participants, RuleSetInfo RuleSet);

/// <summary>Computes participants' weighted final scores and qualification bands from a graded assessment.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The graded-assessment measurement, if the plan has several.</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeFinalScores(EvaluationPlanId PlanId, string? MeasurementCode = null) : IRequest<FinalScoresResult>;

internal sealed class ComputeFinalScoresValidator : AbstractValidator<ComputeFinalScores>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}
