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
    /// <param name="indonesian">What was being computed, in Indonesian.</param>
    /// <param name="english">What was being computed, in English.</param>
    public static DomainRuleException TooLarge(string indonesian, string english) => new(Text.Pick(
        $"Jumlah terlalu besar untuk dihitung: {indonesian}.",
        $"The amount is too large to compute: {english}."));

    /// <summary>Runs a computation; an overflow inside it becomes <see cref="TooLarge"/>.</summary>
    /// <param name="compute">The computation.</param>
    /// <param name="indonesian">What it computes, in Indonesian.</param>
    /// <param name="english">What it computes, in English.</param>
    public static T Guard<T>(Func<T> compute, string indonesian, string english)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw TooLarge(indonesian, english);
        }
    }
}
