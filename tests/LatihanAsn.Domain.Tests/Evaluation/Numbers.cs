using System.Globalization;

namespace LatihanAsn.Domain.Tests.Evaluation;

/// <summary>Decimal literals for theory rows (attributes cannot hold decimals).</summary>
internal static class Numbers
{
    public static decimal D(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal? Maybe(string? text) => text is null ? null : D(text);

    /// <summary>Asserts two decimals agree to <paramref name="digits"/> decimal places (for square roots).</summary>
    public static void ShouldBeAbout(this decimal? actual, decimal expected, int digits = 24)
    {
        actual.ShouldNotBeNull();
        Math.Abs(actual.Value - expected).ShouldBeLessThan(1m / (decimal)Math.Pow(10, Math.Min(digits, 27)));
    }
}
