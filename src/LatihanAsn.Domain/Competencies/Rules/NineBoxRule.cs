using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>A talent-box placement.</summary>
/// <param name="Box">The box, 1 to 9.</param>
/// <param name="Performance">The performance axis.</param>
/// <param name="Potential">The potential axis.</param>
/// <param name="Label">The box in words.</param>
/// <param name="FollowUp">What the agency does for people in this box.</param>
/// <param name="RuleSet">The rule set that gave the follow-up (and cut-offs, when scores were classified).</param>
public sealed record NineBoxPlacement(int Box, PerformanceRating Performance, PotentialRating Potential, LocalizedText Label, LocalizedText FollowUp, RuleSetInfo RuleSet);

/// <summary>
/// The talent box (kotak manajemen talenta) of PermenPAN-RB 3/2020, amended by PermenPAN-RB 20/2025: performance
/// (rows) times potential (columns).
/// <code>
///                      rendah  menengah  tinggi
/// di atas ekspektasi      4       7        9
/// sesuai ekspektasi       2       5        8
/// di bawah ekspektasi     1       3        6
/// </code>
/// Pure and thread-safe.
/// </summary>
public static class NineBoxRule
{
    private static readonly int[,] Boxes =
    {
        { 1, 3, 6 }, // below expectation
        { 2, 5, 8 }, // meets expectation
        { 4, 7, 9 }, // above expectation
    };

    /// <summary>Returns the box number of a performance and a potential rating.</summary>
    /// <param name="performance">The performance rating.</param>
    /// <param name="potential">The potential rating.</param>
    /// <returns>The box, 1 to 9.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An undefined enum value.</exception>
    public static int BoxOf(PerformanceRating performance, PotentialRating potential)
    {
        if (!Enum.IsDefined(performance))
        {
            throw new ArgumentOutOfRangeException(nameof(performance), performance, null);
        }

        if (!Enum.IsDefined(potential))
        {
            throw new ArgumentOutOfRangeException(nameof(potential), potential, null);
        }

        return Boxes[(int)performance, (int)potential];
    }

    /// <summary>Places ratings in the box, with its label and follow-up.</summary>
    /// <param name="performance">The performance rating.</param>
    /// <param name="potential">The potential rating.</param>
    /// <param name="rules">The follow-ups.</param>
    /// <returns>The placement.</returns>
    public static NineBoxPlacement Place(PerformanceRating performance, PotentialRating potential, NineBoxRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var box = BoxOf(performance, potential);
        var performanceName = performance switch
        {
            PerformanceRating.BelowExpectation => Messages.Both("Competencies_PerformanceBelowExpectation"),
            PerformanceRating.MeetsExpectation => Messages.Both("Competencies_PerformanceMeetsExpectation"),
            _ => Messages.Both("Competencies_PerformanceAboveExpectation"),
        };
        var potentialName = potential switch
        {
            PotentialRating.Low => Messages.Both("Competencies_PotentialLow"),
            PotentialRating.Medium => Messages.Both("Competencies_PotentialMedium"),
            _ => Messages.Both("Competencies_PotentialHigh"),
        };
        var label = Messages.Both("Competencies_BoxPerformancePotential", box, performanceName, potentialName);
        return new NineBoxPlacement(box, performance, potential, label, rules.FollowUp(box), rules.Info);
    }

    /// <summary>Classifies scores with the agency's cut-offs, then places them.</summary>
    /// <param name="performanceScore">The performance score.</param>
    /// <param name="potentialScore">The potential score.</param>
    /// <param name="rules">The cut-offs and follow-ups.</param>
    /// <returns>The placement.</returns>
    public static NineBoxPlacement Place(decimal performanceScore, decimal potentialScore, NineBoxRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return Place(rules.ClassifyPerformance(performanceScore), rules.ClassifyPotential(potentialScore), rules);
    }
}
