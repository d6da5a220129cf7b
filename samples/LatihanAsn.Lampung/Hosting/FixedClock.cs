namespace LatihanAsn.Lampung.Hosting;

/// <summary>
/// A clock that always reads the same instant, in Western Indonesian Time (WIB, UTC+7). The demo's composition step
/// plans on the demo's reporting day with it, so that the plan year, the needs it plans for and the start dates do not
/// depend on the day the demo runs.
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>Gets Western Indonesian Time, the time zone of Lampung.</summary>
    public static TimeZoneInfo Wib { get; } = TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");

    /// <summary>A clock at 09:00 WIB on a day.</summary>
    public static FixedClock At(DateOnly day) => new(new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)));

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => Wib;
}
