using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A credited learning activity in a ledger.</summary>
/// <param name="Date">The day of the activity (or its last day).</param>
/// <param name="Activity">What was done and for how long.</param>
/// <param name="Title">What it was, for example the course title.</param>
/// <param name="Reference">A reference unique within the employee's ledger (a certificate number, a course-run and employee pair), if any: crediting it twice has no effect.</param>
/// <param name="CreditedMinutes">The minute-equivalents credited (<see cref="JpConversionRuleSet.CreditMinutes"/>).</param>
/// <param name="MinutesPerJp">The minutes per JP of the rule set used.</param>
/// <param name="RuleSet">The key of the conversion rule set used.</param>
/// <param name="RecordedAt">When it was recorded.</param>
public sealed record LearningEntry(DateOnly Date, LearningActivity Activity, string Title, string? Reference, decimal CreditedMinutes, int MinutesPerJp, string RuleSet, DateTimeOffset RecordedAt)
{
    /// <summary>Gets the route of the activity's form.</summary>
    public LearningRoute Route => JpConversionRuleSet.RouteOf(Activity.Form);
}

/// <summary>
/// An employee's learning hours for one year: the credited activities behind the 20 JP entitlement. Entries are only
/// appended. An entry whose reference is already in the ledger is not credited again, so a repeated command (or a
/// completion reported twice) credits once.
/// </summary>
public sealed class LearningHoursLedger : AggregateRoot<LedgerId>, IScoped
{
    private readonly List<LearningEntry> _entries = [];

    private LearningHoursLedger()
    {
        RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; private set; }

    /// <summary>Gets the year.</summary>
    public int Year { get; private set; }

    /// <summary>Gets the employee's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the employee's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the entries, in the order recorded.</summary>
    public IReadOnlyList<LearningEntry> Entries => _entries;

    /// <summary>Opens an employee's ledger for a year.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="employee">The employee.</param>
    /// <param name="year">The year.</param>
    /// <returns>The empty ledger.</returns>
    public static LearningHoursLedger Open(LedgerId id, Employee employee, int year)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(employee);
        Guard.Against.OutOfRange(year, nameof(year), 1950, 9999);
        return new LearningHoursLedger { Id = id, EmployeeId = employee.Id, Year = year, RegionCode = employee.RegionCode, OpdCode = employee.OpdCode };
    }

    /// <summary>Credits an activity, unless its reference is already credited.</summary>
    /// <param name="date">The day; in the ledger's year.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="title">What it was.</param>
    /// <param name="reference">The unique reference, if any.</param>
    /// <param name="rules">The conversion rule set in force.</param>
    /// <param name="recordedAt">When.</param>
    /// <returns>The entry credited, or the existing entry with that reference (nothing changes then).</returns>
    /// <exception cref="ArgumentException">A day outside the year, or an activity the rule set refuses.</exception>
    /// <exception cref="DomainRuleException">An activity so large that its minute-equivalents, or the ledger's total with them, are beyond <see cref="decimal"/>; nothing is credited.</exception>
    public LearningEntry Credit(DateOnly date, LearningActivity activity, string title, string? reference, JpConversionRuleSet rules, DateTimeOffset recordedAt)
    {
        Guard.Against.Null(rules);
        Guard.Against.NullOrWhiteSpace(title);
        if (date.Year != Year)
        {
            throw new ArgumentException($"The activity of {Text.Iso(date)} is not in {Year}.", nameof(date));
        }

        var key = reference?.Trim();
        if (!string.IsNullOrEmpty(key) && _entries.Find(e => e.Reference == key) is { } existing)
        {
            return existing;
        }

        var entry = new LearningEntry(date, activity, title.Trim(), string.IsNullOrEmpty(key) ? null : key, rules.CreditMinutes(activity), rules.MinutesPerJp, rules.Info.Key, recordedAt);

        // The standing sums every entry: an entry that would put the total beyond decimal is refused, or the ledger's
        // standing could never be computed again.
        Overflow.Guard(() => TotalMinutes(rules, route: null) + entry.CreditedMinutes, TooLarge);
        _entries.Add(entry);
        Raise(new LearningHoursCredited(EmployeeId, Year, entry.Activity.Form, entry.CreditedMinutes / entry.MinutesPerJp, entry.Reference));
        return entry;
    }

    /// <summary>Moves the ledger with its employee (called by the transfer use case).</summary>
    /// <param name="employee">The employee, already transferred.</param>
    /// <exception cref="ArgumentException">Another employee.</exception>
    public void FollowTransfer(Employee employee)
    {
        Guard.Against.Null(employee);
        if (employee.Id != EmployeeId)
        {
            throw new ArgumentException("The employee is not the ledger's.", nameof(employee));
        }

        RegionCode = employee.RegionCode;
        OpdCode = employee.OpdCode;
    }

    /// <summary>Computes the standing against the entitlement, summing minute-equivalents exactly.</summary>
    /// <param name="rules">The rule set giving the entitlement.</param>
    /// <returns>The standing.</returns>
    /// <exception cref="DomainRuleException">Minute-equivalents whose total is beyond <see cref="decimal"/> under this rule set.</exception>
    public JpStanding Standing(JpConversionRuleSet rules)
    {
        Guard.Against.Null(rules);
        var (klasikal, nonklasikal) = Overflow.Guard(
            () => (TotalMinutes(rules, LearningRoute.Klasikal), TotalMinutes(rules, LearningRoute.Nonklasikal)),
            TooLarge);
        return LearningHoursRule.Standing(EmployeeId, Year, klasikal, nonklasikal, rules);
    }

    private LocalizedText TooLarge => Messages.Both("NeedsAnalysis_TotalJPIn", EmployeeId, Year);

    /// <summary>
    /// The minute-equivalents of one route (or both), entries credited under another minutes-per-JP rescaled to this rule
    /// set's minutes (exact in decimal for whole-minute ratios; entries credited under the same minutes are taken as
    /// they are, so their rescaling cannot overflow).
    /// </summary>
    private decimal TotalMinutes(JpConversionRuleSet rules, LearningRoute? route) =>
        _entries.Where(e => route is null || e.Route == route)
            .Sum(e => e.MinutesPerJp == rules.MinutesPerJp ? e.CreditedMinutes : e.CreditedMinutes * rules.MinutesPerJp / e.MinutesPerJp);
}
