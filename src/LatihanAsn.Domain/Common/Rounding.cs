namespace LatihanAsn.Domain.Common;

/// <summary>
/// The one rounding convention of the library: half away from zero (as papers, spreadsheets and regulations round),
/// applied only for display or where a regulation rounds. Every rule computes on unrounded values.
/// </summary>
public static class Rounding
{
    /// <summary>Rounds half away from zero to <paramref name="decimals"/> places.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">Decimal places, 0 to 28.</param>
    /// <returns>The rounded value.</returns>
    public static decimal HalfAwayFromZero(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
