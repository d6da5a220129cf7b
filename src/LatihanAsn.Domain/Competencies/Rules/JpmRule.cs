using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>How over-qualification is treated in JPM.</summary>
public enum JpmCapping
{
    /// <summary>
    /// Each competency contributes at most its required level, so a surplus in one does not offset a gap in another;
    /// the total is then at most 100. Common practice, and the default.
    /// </summary>
    PerCompetency = 0,

    /// <summary>Actual levels count in full, and the total is capped at 100.</summary>
    TotalOnly = 1,

    /// <summary>Actual levels count in full and the total may exceed 100.</summary>
    None = 2,
}

/// <summary>A Job Person Match result.</summary>
/// <param name="Percent">The unrounded percentage, or <see langword="null"/> when undefined (some competency not assessed).</param>
/// <param name="Band">The category of the unrounded percentage, or <see langword="null"/> when undefined.</param>
/// <param name="Capping">The capping rule applied.</param>
/// <param name="NotAssessed">The required competencies without an assessment (why the result is undefined).</param>
/// <param name="RuleSet">The band rule set used.</param>
public sealed record JpmResult(decimal? Percent, JpmBand? Band, JpmCapping Capping, IReadOnlyList<CompetencyCode> NotAssessed, RuleSetInfo RuleSet)
{
    /// <summary>Gets whether the JPM could be computed.</summary>
    public bool IsDefined => Percent.HasValue;
}

/// <summary>
/// Job Person Match (JPM): the sum over the standard's competencies of the person's level, divided by the sum of the
/// required levels, times 100 (secondary source: common assessment practice; capping per <see cref="JpmCapping"/>).
/// The percentage is exact decimal division, never rounded; the band is chosen on the unrounded value. Pure and
/// thread-safe.
/// </summary>
public static class JpmRule
{
    /// <summary>Computes the JPM percentage from required and actual levels.</summary>
    /// <param name="required">Required levels, 1-5 each.</param>
    /// <param name="actual">Actual levels, 1-5 each, same length.</param>
    /// <param name="capping">The capping rule.</param>
    /// <returns>The unrounded percentage.</returns>
    /// <exception cref="ArgumentException">No competencies, or the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level outside 1-5 (the message names its position).</exception>
    public static decimal Percent(ReadOnlySpan<int> required, ReadOnlySpan<int> actual, JpmCapping capping = JpmCapping.PerCompetency)
    {
        if (required.Length == 0)
        {
            throw new ArgumentException(Messages.Get("Competencies_WithoutRequiredCompetenciesJPMUndefined"), nameof(required));
        }

        if (required.Length != actual.Length)
        {
            throw new ArgumentException("required and actual must have the same length.", nameof(actual));
        }

        long achieved = 0;
        long needed = 0;
        for (var i = 0; i < required.Length; i++)
        {
            CheckLevel(required[i], nameof(required), i);
            CheckLevel(actual[i], nameof(actual), i);
            needed += required[i];
            achieved += capping == JpmCapping.PerCompetency ? Math.Min(actual[i], required[i]) : actual[i];
        }

        return FromSums(achieved, needed, capping);
    }

    /// <summary>Turns exact sums into the percentage: <c>achieved * 100 / needed</c>, capped at 100 unless <see cref="JpmCapping.None"/>.</summary>
    /// <param name="achieved">Sum of (capped) actual levels.</param>
    /// <param name="needed">Sum of required levels, positive.</param>
    /// <param name="capping">The capping rule.</param>
    /// <returns>The unrounded percentage.</returns>
    public static decimal FromSums(long achieved, long needed, JpmCapping capping)
    {
        Guard.Against.NegativeOrZero(needed);
        Guard.Against.Negative(achieved);
        var percent = achieved * 100m / needed;
        return capping == JpmCapping.None ? percent : Math.Min(percent, 100m);
    }

    /// <summary>Computes the JPM of a set of gaps and classifies it.</summary>
    /// <param name="gaps">The gaps of a standard (from <see cref="GapRule"/>).</param>
    /// <param name="bands">The band rule set.</param>
    /// <param name="capping">The capping rule.</param>
    /// <returns>The result; undefined, with the competencies named, when any competency is not assessed.</returns>
    /// <exception cref="ArgumentException">No gaps.</exception>
    public static JpmResult Compute(IReadOnlyList<CompetencyGap> gaps, JpmBandRuleSet bands, JpmCapping capping = JpmCapping.PerCompetency)
    {
        Guard.Against.Null(gaps);
        Guard.Against.Null(bands);
        if (gaps.Count == 0)
        {
            throw new ArgumentException(Messages.Get("Competencies_WithoutRequiredCompetenciesJPMUndefined"), nameof(gaps));
        }

        var missing = gaps.Where(g => g.Actual is null).Select(g => g.Competency).ToArray();
        if (missing.Length > 0)
        {
            return new JpmResult(null, null, capping, missing, bands.Info);
        }

        long achieved = 0;
        long needed = 0;
        foreach (var gap in gaps)
        {
            needed += gap.Required.Value;
            achieved += capping == JpmCapping.PerCompetency ? Math.Min(gap.Actual!.Value.Value, gap.Required.Value) : gap.Actual!.Value.Value;
        }

        var percent = FromSums(achieved, needed, capping);
        return new JpmResult(percent, bands.Classify(percent), capping, [], bands.Info);
    }

    private static void CheckLevel(int level, string name, int index)
    {
        if (level is < ProficiencyLevel.MinValue or > ProficiencyLevel.MaxValue)
        {
            throw new ArgumentOutOfRangeException(name, level, Messages.Get("Competencies_LevelAtPositionMust1To", index, level));
        }
    }
}
