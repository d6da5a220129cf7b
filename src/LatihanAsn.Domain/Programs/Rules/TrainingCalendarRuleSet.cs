using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>A period in which no course run may take place.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Reason">Why, for explanations.</param>
public sealed record BlackoutPeriod(DateOnly From, DateOnly To, string Reason);

/// <summary>A blackout that comes back every year (for example the fiscal year-end).</summary>
/// <param name="FromMonth">First month.</param>
/// <param name="FromDay">First day of that month.</param>
/// <param name="ToMonth">Last month.</param>
/// <param name="ToDay">Last day of that month.</param>
/// <param name="Reason">Why.</param>
public sealed record YearlyBlackout(int FromMonth, int FromDay, int ToMonth, int ToDay, string Reason);

/// <summary>
/// The training calendar: when runs may start and the periods they must avoid (holidays, the start and end of the
/// fiscal year). Runs start on <see cref="RunStartDay"/>; a run occupying the calendar must not touch a blackout, and a
/// self-paced run must not start in one.
/// </summary>
public sealed class TrainingCalendarRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="runStartDay">The weekday runs start on.</param>
    /// <param name="yearly">Blackouts of every year.</param>
    /// <param name="dated">Blackouts of given dates (for example the Idul Fitri leave of a year).</param>
    /// <exception cref="ArgumentException">A period that ends before it starts, or an impossible day.</exception>
    public TrainingCalendarRuleSet(RuleSetInfo info, DayOfWeek runStartDay, IEnumerable<YearlyBlackout> yearly, IEnumerable<BlackoutPeriod> dated)
    {
        Info = Guard.Against.Null(info);
        RunStartDay = Guard.Against.EnumOutOfRange(runStartDay);
        Yearly = [.. Guard.Against.Null(yearly)];
        Dated = [.. Guard.Against.Null(dated)];
        foreach (var y in Yearly)
        {
            _ = new DateOnly(2024, y.FromMonth, y.FromDay); // a leap year accepts every real day
            _ = new DateOnly(2024, y.ToMonth, y.ToDay);
            if ((y.ToMonth, y.ToDay).CompareTo((y.FromMonth, y.FromDay)) < 0)
            {
                throw new ArgumentException("A yearly blackout must end after it starts, within the year.", nameof(yearly));
            }
        }

        if (Dated.Any(d => d.To < d.From))
        {
            throw new ArgumentException("A blackout must end after it starts.", nameof(dated));
        }
    }

    /// <summary>
    /// Gets the default (a library convention, unverified): runs start on Mondays; no runs from 1 to 15 January (the
    /// regional budget is not yet available), from 15 to 31 December (fiscal year-end) or on 17 August; and the
    /// Idul Fitri leave of 2026 and 2027 as estimated (replace with the year's joint decree on cuti bersama).
    /// </summary>
    public static TrainingCalendarRuleSet Default { get; } = new(
        new RuleSetInfo("training-calendar/default", "1", "Konvensi LatihanAsn: awal dan akhir tahun anggaran, HUT RI, perkiraan cuti bersama Idul Fitri (periksa SKB cuti bersama tahun berjalan)", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
        DayOfWeek.Monday,
        [
            new YearlyBlackout(1, 1, 1, 15, "Awal tahun anggaran"),
            new YearlyBlackout(8, 17, 8, 17, "HUT Kemerdekaan RI"),
            new YearlyBlackout(12, 15, 12, 31, "Akhir tahun anggaran"),
        ],
        [
            new BlackoutPeriod(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 27), "Idul Fitri 1447 H (perkiraan)"),
            new BlackoutPeriod(new DateOnly(2027, 3, 5), new DateOnly(2027, 3, 16), "Idul Fitri 1448 H (perkiraan)"),
        ]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the weekday runs start on.</summary>
    public DayOfWeek RunStartDay { get; }

    /// <summary>Gets the yearly blackouts.</summary>
    public IReadOnlyList<YearlyBlackout> Yearly { get; }

    /// <summary>Gets the dated blackouts.</summary>
    public IReadOnlyList<BlackoutPeriod> Dated { get; }

    /// <summary>Returns the blackouts that touch a period.</summary>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <returns>The blackouts touched, possibly none.</returns>
    public IEnumerable<BlackoutPeriod> BlackoutsIn(DateOnly from, DateOnly to)
    {
        foreach (var year in Enumerable.Range(from.Year, to.Year - from.Year + 1))
        {
            foreach (var y in Yearly)
            {
                var period = new BlackoutPeriod(Day(year, y.FromMonth, y.FromDay), Day(year, y.ToMonth, y.ToDay), y.Reason);
                if (period.From <= to && period.To >= from)
                {
                    yield return period;
                }
            }
        }

        foreach (var d in Dated.Where(d => d.From <= to && d.To >= from))
        {
            yield return d;
        }
    }

    /// <summary>Tells whether a period touches a blackout.</summary>
    /// <param name="from">First day.</param>
    /// <param name="to">Last day.</param>
    /// <returns><see langword="true"/> when blocked.</returns>
    public bool IsBlocked(DateOnly from, DateOnly to) => BlackoutsIn(from, to).Any();

    /// <summary>Returns the days of a year a run of a duration may start on (it must end within the year).</summary>
    /// <param name="year">The year.</param>
    /// <param name="durationDays">Calendar days the run lasts.</param>
    /// <param name="blocksCalendar">Whether the whole run must avoid blackouts (otherwise only its start day).</param>
    /// <returns>The start days, in order.</returns>
    public IEnumerable<DateOnly> StartDays(int year, int durationDays, bool blocksCalendar)
    {
        var day = new DateOnly(year, 1, 1);
        while (day.DayOfWeek != RunStartDay)
        {
            day = day.AddDays(1);
        }

        for (; day.Year == year; day = day.AddDays(7))
        {
            var end = day.AddDays(durationDays - 1);
            if (end.Year == year && !IsBlocked(day, blocksCalendar ? end : day))
            {
                yield return day;
            }
        }
    }

    private static DateOnly Day(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
