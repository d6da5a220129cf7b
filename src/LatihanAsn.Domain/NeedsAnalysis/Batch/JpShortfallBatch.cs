using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// The exact partial results of a JP shortfall: per group, employees, compliant employees, and the sums of credited
/// and missing minute-equivalents. Partials merge exactly (<see cref="Merge"/>) and become JP only in <see cref="ToGroups"/>.
/// </summary>
public sealed class JpShortfallPartials
{
    private readonly long[] _employees;
    private readonly long[] _compliant;
    private readonly long[] _minutes;
    private readonly long[] _shortfall;

    internal JpShortfallPartials(IReadOnlyList<string> groupKeys, int minutesPerJp, decimal requiredJp)
    {
        GroupKeys = groupKeys;
        MinutesPerJp = minutesPerJp;
        RequiredJp = requiredJp;
        _employees = new long[groupKeys.Count];
        _compliant = new long[groupKeys.Count];
        _minutes = new long[groupKeys.Count];
        _shortfall = new long[groupKeys.Count];
    }

    /// <summary>Gets the group keys.</summary>
    public IReadOnlyList<string> GroupKeys { get; }

    /// <summary>Gets the minutes per JP used.</summary>
    public int MinutesPerJp { get; }

    /// <summary>Gets the JP owed to each employee.</summary>
    public decimal RequiredJp { get; }

    internal Span<long> EmployeesSpan => _employees;

    internal Span<long> CompliantSpan => _compliant;

    internal Span<long> MinutesSpan => _minutes;

    internal Span<long> ShortfallSpan => _shortfall;

    /// <summary>Merges two partials, matching groups by key.</summary>
    /// <param name="other">The other partials.</param>
    /// <returns>New partials with the exact sums of both.</returns>
    /// <exception cref="ArgumentException">Different minutes per JP or entitlement.</exception>
    /// <exception cref="DomainRuleException">A merged sum beyond <see cref="long.MaxValue"/>.</exception>
    public JpShortfallPartials Merge(JpShortfallPartials other)
    {
        Guard.Against.Null(other);
        if (other.MinutesPerJp != MinutesPerJp || other.RequiredJp != RequiredJp)
        {
            throw new ArgumentException("Partials computed with different conversion rules cannot be merged.", nameof(other));
        }

        var keys = GroupKeys.Union(other.GroupKeys, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var merged = new JpShortfallPartials(keys, MinutesPerJp, RequiredJp);
        try
        {
            foreach (var source in new[] { this, other })
            {
                for (var g = 0; g < source.GroupKeys.Count; g++)
                {
                    var to = Array.IndexOf(keys, source.GroupKeys[g]);
                    merged._employees[to] += source._employees[g];
                    merged._compliant[to] += source._compliant[g];
                    merged._minutes[to] += source._minutes[g];
                    merged._shortfall[to] += source._shortfall[g];
                }
            }
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(Messages.Both("NeedsAnalysis_JPSumsMergedPartials"));
        }

        return merged;
    }

    /// <summary>Turns the partials into the shortfall per group (the same figures as <see cref="GetJpCompliance"/>), by key.</summary>
    /// <returns>The groups with at least one employee.</returns>
    /// <exception cref="DomainRuleException">A count of merged partials beyond <see cref="int.MaxValue"/>.</exception>
    public IReadOnlyList<JpShortfallGroup> ToGroups() => Overflow.Guard(
        () => Enumerable.Range(0, GroupKeys.Count)
            .Where(g => _employees[g] > 0)
            .OrderBy(g => GroupKeys[g], StringComparer.Ordinal)
            .Select(g => new JpShortfallGroup(
                GroupKeys[g],
                checked((int)_employees[g]),
                checked((int)_compliant[g]),
                checked((int)(_employees[g] - _compliant[g])),
                (decimal)_shortfall[g] / MinutesPerJp))
            .ToArray(),
        Messages.Both("NeedsAnalysis_EmployeeCountsJPShortfall"));
}

/// <summary>
/// The 20 JP shortfall over columnar data: one credited minute-equivalent total per employee (whole minutes, as
/// <see cref="JpConversionRuleSet.CreditMinutes"/> gives for the default conversions) and a group index. Exact integer
/// sums; a branch-free loop. Pure and thread-safe.
/// </summary>
public static class JpShortfallBatch
{
    /// <summary>Computes the exact partials.</summary>
    /// <param name="creditedMinutes">Each employee's credited minute-equivalents for the year, 0 or more.</param>
    /// <param name="groupIndexes">Each employee's group index.</param>
    /// <param name="groupKeys">The group keys.</param>
    /// <param name="rules">The entitlement and minutes per JP.</param>
    /// <returns>The partials.</returns>
    /// <exception cref="ArgumentException">Spans of different lengths, a negative total or a group out of range (the message names the row), or an entitlement that is not a whole number of minutes.</exception>
    /// <exception cref="DomainRuleException">An entitlement so large that the shortfall of every employee would not fit a 64-bit sum.</exception>
    public static JpShortfallPartials Compute(ReadOnlySpan<int> creditedMinutes, ReadOnlySpan<int> groupIndexes, IReadOnlyList<string> groupKeys, JpConversionRuleSet rules)
    {
        Guard.Against.Null(groupKeys);
        Guard.Against.Null(rules);
        if (creditedMinutes.Length != groupIndexes.Length)
        {
            throw new ArgumentException("One group index per employee is needed.", nameof(groupIndexes));
        }

        var requiredMinutes = Overflow.Guard(
            () => rules.RequiredJpPerYear * rules.MinutesPerJp,
            Messages.Both("NeedsAnalysis_RequiredJPInMinutes"));
        if (requiredMinutes != decimal.Truncate(requiredMinutes))
        {
            throw new ArgumentException("The entitlement must be a whole number of minutes.", nameof(rules));
        }

        // Every employee may miss all of the entitlement: the shortfall sum must fit a long for the loop to be exact.
        if (requiredMinutes > long.MaxValue / Math.Max(1L, creditedMinutes.Length))
        {
            throw Overflow.TooLarge(Messages.Both("NeedsAnalysis_JPShortfallEveryEmployeeInMinutes"));
        }

        var required = (long)requiredMinutes;
        var partials = new JpShortfallPartials([.. groupKeys], rules.MinutesPerJp, rules.RequiredJpPerYear);
        var employees = partials.EmployeesSpan;
        var compliant = partials.CompliantSpan;
        var minutes = partials.MinutesSpan;
        var shortfall = partials.ShortfallSpan;

        // Unchecked: the hot loop cannot overflow. Each missing is at most the entitlement (credited minutes are 0 or
        // more), so a shortfall sum is at most rows x entitlement (checked above); minute sums are at most rows x
        // int.MaxValue, below 2^62; counts are at most the row count.
        unchecked
        {
            for (var e = 0; e < creditedMinutes.Length; e++)
            {
                var g = groupIndexes[e];
                long m = creditedMinutes[e];
                if ((uint)g >= (uint)groupKeys.Count || m < 0)
                {
                    throw new ArgumentException($"Row {e}: group index {g} or credited minutes {m} out of range.", nameof(creditedMinutes));
                }

                var missing = required - m;
                var below = missing > 0 ? 1 : 0;
                employees[g]++;
                compliant[g] += 1 - below;
                minutes[g] += m;
                shortfall[g] += missing * below;
            }
        }

        return partials;
    }
}
