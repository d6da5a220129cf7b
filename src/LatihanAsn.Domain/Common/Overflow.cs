namespace LatihanAsn.Domain.Common;

/// <summary>
/// Turns an arithmetic overflow (a <see cref="decimal"/> beyond its range, or checked integer arithmetic: the library
/// is compiled with overflow checking) into a clear library error. Rules that sum or multiply amounts and counts a host
/// supplies call it at their entry, so amounts near <see cref="decimal.MaxValue"/> or counts near
/// <see cref="int.MaxValue"/> give a <see cref="DomainRuleException"/> naming what could not be computed, never a
/// wrapped number or a bare <see cref="OverflowException"/>.
/// </summary>
internal static class Overflow
{
    /// <summary>The error for a quantity too large to compute.</summary>
    /// <param name="what">What was being computed, in both languages.</param>
    public static DomainRuleException TooLarge(LocalizedText what) => new("amount_too_large", Messages.Get("Common_AmountTooLargeToCompute", what), new Dictionary<string, object?>(StringComparer.Ordinal) { ["what"] = what.English });

    /// <summary>Runs a computation; an overflow inside it becomes <see cref="TooLarge"/>.</summary>
    /// <param name="compute">The computation.</param>
    /// <param name="what">What it computes, in both languages.</param>
    public static T Guard<T>(Func<T> compute, LocalizedText what)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw TooLarge(what);
        }
    }
}
