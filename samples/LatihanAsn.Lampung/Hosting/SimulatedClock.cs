namespace LatihanAsn.Lampung.Hosting;

/// <summary>
/// A clock the demo moves forward through its simulated year, in Western Indonesian Time (WIB, UTC+7): the library's
/// date rules (a run starts on its first day at the earliest, milestones fall overdue, check-ins come due) read it as
/// they would read the real clock. It never goes back.
/// </summary>
internal sealed class SimulatedClock(DateOnly start) : TimeProvider
{
    private DateTimeOffset _now = At(start);

    /// <summary>Gets the simulated day.</summary>
    public DateOnly Today => DateOnly.FromDateTime(_now.DateTime);

    public override TimeZoneInfo LocalTimeZone => FixedClock.Wib;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    /// <summary>Moves the clock to 09:00 WIB on <paramref name="day"/>, if that is later than now.</summary>
    public void MoveTo(DateOnly day)
    {
        var next = At(day);
        if (next > _now)
        {
            _now = next;
        }
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
}
