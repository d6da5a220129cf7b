using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// The configurable rules of composition: where a region's employees may be trained, how much JP a plan may give one
/// employee, how much the 20 JP entitlement weighs as a secondary goal, and when the exact search is used.
/// </summary>
/// <remarks>
/// Reach rules: centre-based participation is excluded beyond <see cref="MaxTravelHours"/> one way; beyond
/// <see cref="LongTravelHours"/> it is allowed only when the course has no regional cohort, e-learning or distance
/// offering that reaches the region (the policy prefers regional cohorts and online delivery where travel is long and
/// connectivity allows). Synchronous distance learning needs good connectivity, e-learning and blended need at least
/// limited connectivity. A library convention: no regulation sets these numbers.
/// </remarks>
public sealed class DeliveryPolicyRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="maxTravelHours">One-way hours beyond which centre-based participation is excluded.</param>
    /// <param name="longTravelHours">One-way hours beyond which centre-based participation is a last resort; not above <paramref name="maxTravelHours"/>.</param>
    /// <param name="jpCapPerYear">The most JP a plan gives one employee in a year (on top of JP already earned).</param>
    /// <param name="entitlementWeightPerJp">Objective value of each planned JP that brings an employee toward the 20 JP entitlement (a secondary goal: keep it small next to need weights).</param>
    /// <param name="minimumNeedWeight">The weight of a measured need the register gives no priority.</param>
    /// <param name="exactSearchMaxRuns">With at most this many candidate runs, the automatic choice is the exact search.</param>
    /// <param name="exactSearchNodeLimit">The exact search stops after this many nodes and says the plan is not proven optimal.</param>
    /// <exception cref="ArgumentException">A negative or inconsistent value.</exception>
    public DeliveryPolicyRuleSet(RuleSetInfo info, decimal maxTravelHours, decimal longTravelHours, decimal jpCapPerYear, decimal entitlementWeightPerJp, decimal minimumNeedWeight, int exactSearchMaxRuns, long exactSearchNodeLimit)
    {
        Info = Guard.Against.Null(info);
        if (maxTravelHours < 0 || longTravelHours < 0 || longTravelHours > maxTravelHours || jpCapPerYear <= 0 || entitlementWeightPerJp < 0
            || minimumNeedWeight < 0 || exactSearchMaxRuns < 0 || exactSearchMaxRuns > 40 || exactSearchNodeLimit < 1)
        {
            throw new ArgumentException(Messages.Get("Programs_InconsistentCompositionRules"));
        }

        MaxTravelHours = maxTravelHours;
        LongTravelHours = longTravelHours;
        JpCapPerYear = jpCapPerYear;
        EntitlementWeightPerJp = entitlementWeightPerJp;
        MinimumNeedWeight = minimumNeedWeight;
        ExactSearchMaxRuns = exactSearchMaxRuns;
        ExactSearchNodeLimit = exactSearchNodeLimit;
    }

    /// <summary>
    /// Gets the default: centre-based excluded beyond 8 hours and a last resort beyond 4; at most 60 planned JP per
    /// employee; 0.01 per JP toward the entitlement; need weight at least 0.1; exact search up to 20 candidate runs
    /// within 5,000,000 nodes.
    /// </summary>
    public static DeliveryPolicyRuleSet Default { get; } = new(
        new RuleSetInfo("delivery-policy/default", "1", "Konvensi LatihanAsn: jangkauan, batas JP per pegawai, bobot 20 JP, pencarian eksak", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
        8m,
        4m,
        60m,
        0.01m,
        0.1m,
        20,
        5_000_000);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the one-way hours beyond which centre-based participation is excluded.</summary>
    public decimal MaxTravelHours { get; }

    /// <summary>Gets the one-way hours beyond which centre-based participation is a last resort.</summary>
    public decimal LongTravelHours { get; }

    /// <summary>Gets the most JP a plan gives one employee in a year.</summary>
    public decimal JpCapPerYear { get; }

    /// <summary>Gets the objective value of a planned JP toward the 20 JP entitlement.</summary>
    public decimal EntitlementWeightPerJp { get; }

    /// <summary>Gets the weight of a measured need without a register priority.</summary>
    public decimal MinimumNeedWeight { get; }

    /// <summary>Gets the largest number of candidate runs the automatic choice gives to the exact search.</summary>
    public int ExactSearchMaxRuns { get; }

    /// <summary>Gets the node limit of the exact search.</summary>
    public long ExactSearchNodeLimit { get; }
}
