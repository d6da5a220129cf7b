using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One employee's standing against the yearly JP entitlement.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Year">The year.</param>
/// <param name="Jp">JP earned (unrounded).</param>
/// <param name="RequiredJp">JP owed.</param>
/// <param name="Compliant">Whether <paramref name="Jp"/> reaches <paramref name="RequiredJp"/>.</param>
/// <param name="ShortfallJp">JP still missing (0 when compliant).</param>
/// <param name="KlasikalJp">JP from klasikal forms.</param>
/// <param name="NonklasikalJp">JP from nonklasikal forms.</param>
/// <param name="ShortfallMinutes">The shortfall in exact minute-equivalents (what group totals add before dividing once).</param>
public sealed record JpStanding(EmployeeId EmployeeId, int Year, decimal Jp, decimal RequiredJp, bool Compliant, decimal ShortfallJp, decimal KlasikalJp, decimal NonklasikalJp, decimal ShortfallMinutes);

/// <summary>
/// The 20 JP entitlement (PP 11/2017 art. 203(4)): whether an employee has earned the JP owed for a year, and how many
/// are missing. Minute-equivalents are summed exactly and divided into JP once. Pure and thread-safe.
/// </summary>
public static class LearningHoursRule
{
    /// <summary>Computes a standing from credited minute-equivalents.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="year">The year.</param>
    /// <param name="klasikalMinutes">Minute-equivalents from klasikal forms, 0 or more.</param>
    /// <param name="nonklasikalMinutes">Minute-equivalents from nonklasikal forms, 0 or more.</param>
    /// <param name="rules">The entitlement and minutes per JP.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="DomainRuleException">Minutes or an entitlement so large that the total is beyond <see cref="decimal"/>.</exception>
    public static JpStanding Standing(EmployeeId employeeId, int year, decimal klasikalMinutes, decimal nonklasikalMinutes, JpConversionRuleSet rules)
    {
        Guard.Against.Null(rules);
        Guard.Against.Negative(klasikalMinutes);
        Guard.Against.Negative(nonklasikalMinutes);
        var (requiredMinutes, total) = Overflow.Guard(
            () => (rules.RequiredJpPerYear * rules.MinutesPerJp, klasikalMinutes + nonklasikalMinutes),
            Messages.Both("NeedsAnalysis_EmployeesTotalJPInMinutes"));
        var compliant = total >= requiredMinutes;
        return new JpStanding(
            employeeId,
            year,
            rules.ToJp(total),
            rules.RequiredJpPerYear,
            compliant,
            compliant ? 0m : rules.ToJp(requiredMinutes - total),
            rules.ToJp(klasikalMinutes),
            rules.ToJp(nonklasikalMinutes),
            compliant ? 0m : requiredMinutes - total);
    }

    /// <summary>
    /// Summarises the standings of a group: how many, how many compliant, and the JP missing — summed exactly in
    /// minute-equivalents and divided into JP once, so it equals <see cref="JpShortfallBatch"/> to the last digit.
    /// </summary>
    /// <param name="key">The group key.</param>
    /// <param name="standings">The group's standings.</param>
    /// <param name="rules">The rule set the standings were computed with.</param>
    /// <returns>The group's shortfall.</returns>
    /// <exception cref="DomainRuleException">A total shortfall beyond <see cref="decimal"/>.</exception>
    public static JpShortfallGroup Summarise(string key, IEnumerable<JpStanding> standings, JpConversionRuleSet rules)
    {
        Guard.Against.Null(rules);
        var list = Guard.Against.Null(standings).ToList();
        var compliant = list.Count(s => s.Compliant);
        var shortfall = Overflow.Guard(() => list.Sum(s => s.ShortfallMinutes), Messages.Both("NeedsAnalysis_JPShortfallGroup", key));
        return new JpShortfallGroup(key, list.Count, compliant, list.Count - compliant, rules.ToJp(shortfall));
    }
}
