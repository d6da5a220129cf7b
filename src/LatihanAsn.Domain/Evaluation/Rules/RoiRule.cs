using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>One cost of a training run.</summary>
/// <param name="Category">Its category.</param>
/// <param name="Description">What it is.</param>
/// <param name="Amount">The amount (rupiah), 0 or more.</param>
public sealed record CostItem(CostCategory Category, string Description, decimal Amount);

/// <summary>
/// A monetised benefit, with the two Phillips adjustments: the share of the improvement isolated to the training, and
/// the estimator's confidence in the estimate.
/// </summary>
/// <param name="Description">What improved, for example <c>jam kerja hemat dari respons pengaduan lebih cepat</c>.</param>
/// <param name="Value">The monetised value of the whole improvement (rupiah, usually the first year), 0 or more.</param>
/// <param name="Isolation">The share of the improvement attributed to the training, 0-1 (from a comparison group, trend line or estimates).</param>
/// <param name="Confidence">The estimator's confidence in the estimate, 0-1.</param>
/// <param name="Basis">How the value was obtained, if noted.</param>
public sealed record MonetisedBenefit(string Description, decimal Value, decimal Isolation, decimal Confidence, string? Basis = null)
{
    /// <summary>Gets the adjusted benefit: value x isolation x confidence (unrounded).</summary>
    public decimal Adjusted => Value * Isolation * Confidence;
}

/// <summary>The benefit-cost ratio and ROI of a training.</summary>
/// <param name="Benefits">The (adjusted) monetary benefits.</param>
/// <param name="Costs">The fully loaded costs.</param>
/// <param name="Bcr">Benefits / costs, unrounded; <see langword="null"/> when the costs are 0.</param>
/// <param name="RoiPercent">(Benefits - costs) / costs x 100, unrounded; <see langword="null"/> when the costs are 0.</param>
/// <param name="MeetsTarget">Whether the ROI reaches the rule set's target; <see langword="null"/> when undefined.</param>
/// <param name="Undefined">Why the ratios are undefined, if they are.</param>
/// <param name="RuleSet">The rule set applied.</param>
public sealed record RoiResult(decimal Benefits, decimal Costs, decimal? Bcr, decimal? RoiPercent, bool? MeetsTarget, UndefinedReason? Undefined, RuleSetInfo RuleSet)
{
    /// <summary>Gets whether the ratios could be computed.</summary>
    public bool IsDefined => Bcr.HasValue;
}

/// <summary>A full level 5 analysis: costs by category, adjusted benefits, intangibles, and the ratios.</summary>
/// <param name="CostsByCategory">Total per cost category (every category, 0 when nothing was recorded).</param>
/// <param name="Costs">The cost items.</param>
/// <param name="Benefits">The monetised benefits, each with its adjusted value.</param>
/// <param name="Intangibles">Benefits not converted to money, reported separately and never added to the ratios.</param>
/// <param name="Result">The ratios of total adjusted benefits and total costs.</param>
public sealed record RoiAnalysis(
    IReadOnlyDictionary<CostCategory, decimal> CostsByCategory,
    IReadOnlyList<CostItem> Costs,
    IReadOnlyList<MonetisedBenefit> Benefits,
    IReadOnlyList<string> Intangibles,
    RoiResult Result);

/// <summary>The ROI target against which a training is judged.</summary>
public sealed class RoiRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="targetRoiPercent">The lowest ROI % that meets the target.</param>
    public RoiRuleSet(RuleSetInfo info, decimal targetRoiPercent)
    {
        Info = Guard.Against.Null(info);
        TargetRoiPercent = targetRoiPercent;
    }

    /// <summary>
    /// Gets the default: the Phillips formulas (BCR = benefits / costs; ROI % = (benefits - costs) / costs x 100,
    /// verified) with a target of 0 % (benefits at least repay the fully loaded costs). Phillips advises setting an
    /// ROI objective per program, often higher (20-25 %); replace this rule set to use one.
    /// </summary>
    public static RoiRuleSet Phillips { get; } = new(
        new RuleSetInfo("roi/phillips", "1", "Phillips, J. J. ROI Methodology: BCR = manfaat / biaya; ROI % = (manfaat - biaya) / biaya x 100; target 0 % (pilihan LatihanAsn)", new DateOnly(2000, 1, 1), null, SourceCertainty.Secondary),
        0m);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the lowest ROI % that meets the target.</summary>
    public decimal TargetRoiPercent { get; }
}

/// <summary>
/// Level 5 (Phillips ROI): BCR = benefits / costs; ROI % = (benefits - costs) / costs x 100; both unrounded. Benefits
/// are monetised, each adjusted by its isolation factor and the estimator's confidence; costs are fully loaded
/// (development, delivery, participants' time, travel, facilities, evaluation); intangibles are listed separately.
/// Costs of zero give undefined ratios that say why. Published checks: 60,000 / 20,000 gives BCR 3 and ROI 200 %;
/// 350,000 / 200,000 gives BCR 1.75 and ROI 75 %. Pure and thread-safe.
/// </summary>
public static class RoiRule
{
    /// <summary>Computes BCR and ROI.</summary>
    /// <param name="benefits">The monetary benefits, 0 or more.</param>
    /// <param name="costs">The costs, 0 or more.</param>
    /// <param name="rules">The target (default <see cref="RoiRuleSet.Phillips"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount.</exception>
    /// <exception cref="DomainRuleException">A ratio beyond the range of <see cref="decimal"/> (benefits near <see cref="decimal.MaxValue"/>, or costs so small that the ratio is).</exception>
    public static RoiResult Compute(decimal benefits, decimal costs, RoiRuleSet? rules = null)
    {
        rules ??= RoiRuleSet.Phillips;
        CheckAmount(benefits, nameof(benefits));
        CheckAmount(costs, nameof(costs));
        if (costs == 0m)
        {
            return new RoiResult(benefits, costs, null, null, null, UndefinedReason.ZeroCosts, rules.Info);
        }

        decimal roi, bcr;
        try
        {
            roi = (benefits - costs) / costs * 100m;
            bcr = benefits / costs;
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(
                Messages.Both("Evaluation_BenefitCostRatioAndROIBenefits", benefits, costs));
        }

        return new RoiResult(benefits, costs, bcr, roi, roi >= rules.TargetRoiPercent, null, rules.Info);
    }

    /// <summary>Analyses costs, benefits and intangibles.</summary>
    /// <param name="costs">The cost items.</param>
    /// <param name="benefits">The monetised benefits.</param>
    /// <param name="intangibles">The intangible benefits.</param>
    /// <param name="rules">The target (default <see cref="RoiRuleSet.Phillips"/>).</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount, or an isolation or confidence outside 0-1 (the message names the item).</exception>
    /// <exception cref="DomainRuleException">Total costs or benefits beyond <see cref="decimal.MaxValue"/>, or ratios beyond the range of <see cref="decimal"/>.</exception>
    public static RoiAnalysis Analyse(IEnumerable<CostItem> costs, IEnumerable<MonetisedBenefit> benefits, IEnumerable<string>? intangibles = null, RoiRuleSet? rules = null)
    {
        Guard.Against.Null(costs);
        Guard.Against.Null(benefits);
        var costList = costs.ToArray();
        var benefitList = benefits.ToArray();
        for (var i = 0; i < costList.Length; i++)
        {
            Guard.Against.Null(costList[i], nameof(costs));
            Guard.Against.EnumOutOfRange(costList[i].Category);
            CheckAmount(costList[i].Amount, Text.Invariant($"costs[{i}]"));
        }

        for (var i = 0; i < benefitList.Length; i++)
        {
            Check(benefitList[i], i);
        }

        Dictionary<CostCategory, decimal> byCategory;
        decimal totalBenefits, totalCosts;
        try
        {
            byCategory = Enum.GetValues<CostCategory>().ToDictionary(c => c, c => costList.Where(x => x.Category == c).Sum(x => x.Amount));
            totalBenefits = benefitList.Sum(b => b.Adjusted);
            totalCosts = costList.Sum(c => c.Amount);
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(
                Messages.Both("Evaluation_TotalCostsAndBenefits", costList.Length, benefitList.Length));
        }

        var result = Compute(totalBenefits, totalCosts, rules);
        return new RoiAnalysis(byCategory, costList, benefitList, (intangibles ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray(), result);
    }

    /// <summary>Checks a benefit's amounts and factors.</summary>
    /// <param name="benefit">The benefit.</param>
    /// <param name="index">Its position, for the message.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative value, or a factor outside 0-1.</exception>
    public static void Check(MonetisedBenefit benefit, int index)
    {
        Guard.Against.Null(benefit);
        CheckAmount(benefit.Value, Text.Invariant($"benefits[{index}]"));
        if (benefit.Isolation is < 0m or > 1m || benefit.Confidence is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(benefit), Messages.Get("Evaluation_BenefitIsolationAndConfidenceFactorsMust", index));
        }
    }

    private static void CheckAmount(decimal amount, string name)
    {
        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(name, amount, Messages.Get("Evaluation_MustNotNegative2", name, amount));
        }
    }
}
