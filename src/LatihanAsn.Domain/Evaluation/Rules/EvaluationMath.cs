namespace LatihanAsn.Domain.Evaluation;

/// <summary>Arithmetic shared by the evaluation rules.</summary>
internal static class EvaluationMath
{
    /// <summary>
    /// The square root of a non-negative decimal by Newton's method, started from the <see cref="double"/> estimate and
    /// iterated in decimal until the estimate stops changing (at most 8 steps; each step doubles the correct digits, so
    /// the result is correct to the last one or two of decimal's 28-29 significant digits).
    /// </summary>
    public static decimal Sqrt(decimal value)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The square root of a negative number is not real.");
        }

        if (value == 0m)
        {
            return 0m;
        }

        var x = (decimal)Math.Sqrt((double)value);
        for (var i = 0; i < 8; i++)
        {
            var next = (x + (value / x)) / 2m;
            if (next == x)
            {
                break;
            }

            x = next;
        }

        return x;
    }

    /// <summary>The sign of a decimal as a finding direction.</summary>
    public static FindingDirection Direction(decimal value) =>
        value > 0m ? FindingDirection.Positive : value < 0m ? FindingDirection.Negative : FindingDirection.Neutral;
}

/// <summary>Codes (of items, indicators, KPIs, measurements, SKM elements) are trimmed and compared without regard to case.</summary>
internal static class Codes
{
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    public static bool IsValid(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Trim().Length <= 40 && code.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
