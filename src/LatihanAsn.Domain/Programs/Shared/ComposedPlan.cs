namespace LatihanAsn.Domain.Programs;

/// <summary>A composed plan.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Composition">Its composition: runs with reasons, totals, unmet needs.</param>
public sealed record ComposedPlan(TrainingPlanId PlanId, CompositionResult Composition);
