using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A participant's pre/post scores and normalised gain.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Pre">The pre-test score.</param>
/// <param name="Post">The post-test score.</param>
/// <param name="Gain">(post - pre) / (max - pre), unrounded; <see langword="null"/> when the pre-test is at the maximum.</param>
/// <param name="Band">The band of the gain.</param>
public sealed record ParticipantGain(EmployeeId Participant, decimal Pre, decimal Post, decimal? Gain, GainBand? Band);

/// <summary>The level 2 result of a plan.</summary>
/// <param name="PreMeasurement">The pre-test measurement used.</param>
/// <param name="PostMeasurement">The post-test measurement used.</param>
/// <param name="Gain">Class gain, mean individual gain, d_z and t of the participants with both scores.</param>
/// <param name="Participants">Per participant with both scores, in plan order.</param>
/// <param name="PreOnly">Participants with a pre-test only (not counted).</param>
/// <param name="PostOnly">Participants with a post-test only (not counted).</param>
public sealed record LearningResult(string PreMeasurement, string PostMeasurement, GainResult Gain, IReadOnlyList<ParticipantGain> Participants, int PreOnly, int PostOnly);

/// <summary>
/// Computes the level 2 learning gain: Hake's class gain and mean individual gain, paired d_z and t, over the
/// participants with both scores. Without measurement codes, the plan's only pre-test and post-test (or the only ones
/// with data) are used.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="PreMeasurement">The pre-test measurement, if the plan has several.</param>
/// <param name="PostMeasurement">The post-test measurement, if the plan has several.</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeLearningGain(EvaluationPlanId PlanId, string? PreMeasurement = null, string? PostMeasurement = null) : IRequest<LearningResult>;

internal sealed class ComputeLearningGainValidator : AbstractValidator<ComputeLearningGain>
{
    // Nothing to check in the request's shape: the handler's load reports a plan not found in scope, and what the
    // plan does not measure is refused by the handler with a domain rule.
}
