namespace LatihanAsn.Domain.Common;

/// <summary>Today's date from the injected <see cref="TimeProvider"/>, in its local time zone.</summary>
internal static class Clock
{
    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
