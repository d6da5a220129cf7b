using Ardalis.GuardClauses;

namespace LatihanAsn.Domain.Competencies;

/// <summary>The red/amber/green rating of a competency gap.</summary>
public enum GapRating
{
    /// <summary>Met: the actual level reaches the requirement (gap 0 or less).</summary>
    Green = 0,

    /// <summary>One level short.</summary>
    Amber = 1,

    /// <summary>Two or more levels short.</summary>
    Red = 2,

    /// <summary>No assessment: the gap is unknown, not zero.</summary>
    NotAssessed = 3,
}

/// <summary>The gap of one competency: required level minus actual level (positive means a need).</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Required">The required level (the minimum of a range).</param>
/// <param name="Maximum">The upper end of the required range, if any.</param>
/// <param name="Actual">The current level, or <see langword="null"/> when not assessed.</param>
public sealed record CompetencyGap(CompetencyCode Competency, ProficiencyLevel Required, ProficiencyLevel? Maximum, ProficiencyLevel? Actual)
{
    /// <summary>Gets required minus actual, or <see langword="null"/> when not assessed. Negative means above the requirement.</summary>
    public int? Gap => Actual is { } actual ? Required.Value - actual.Value : null;

    /// <summary>Gets the rating.</summary>
    public GapRating Rating => Gap is { } gap ? GapRule.Rate(gap) : GapRating.NotAssessed;

    /// <summary>Gets whether the actual level is above the upper end of a required range.</summary>
    public bool IsAboveRange => Actual is { } actual && Maximum is { } max && actual > max;
}

/// <summary>
/// The competency gap (PP 11/2017 art. 206): the employee's profile against a position's standard. Pure and thread-safe.
/// </summary>
public static class GapRule
{
    /// <summary>Rates a gap: 0 or less green, 1 amber, 2 or more red.</summary>
    /// <param name="gap">Required minus actual.</param>
    /// <returns>The rating.</returns>
    public static GapRating Rate(int gap) => gap <= 0 ? GapRating.Green : gap == 1 ? GapRating.Amber : GapRating.Red;

    /// <summary>Computes the gap of one requirement.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="actual">The current level, or <see langword="null"/> when not assessed.</param>
    /// <returns>The gap.</returns>
    public static CompetencyGap Compute(StandardRequirement requirement, ProficiencyLevel? actual)
    {
        Guard.Against.Null(requirement);
        if (actual is { Value: 0 })
        {
            throw new ArgumentException("default(ProficiencyLevel) is not a level; pass null for 'not assessed'.", nameof(actual));
        }

        return new CompetencyGap(requirement.Competency, requirement.Minimum, requirement.Maximum, actual);
    }

    /// <summary>Computes the gaps of every requirement of a standard against a profile, in the standard's order.</summary>
    /// <param name="standard">The position's standard.</param>
    /// <param name="profile">The employee's profile.</param>
    /// <returns>One gap per requirement.</returns>
    public static IReadOnlyList<CompetencyGap> Compute(CompetencyStandard standard, CompetencyProfile profile)
    {
        Guard.Against.Null(standard);
        Guard.Against.Null(profile);
        return standard.Requirements.Select(r => Compute(r, profile.LevelOf(r.Competency))).ToArray();
    }
}
