using System.Numerics;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// An exact rational number, used where a rule must compare unrounded values exactly (ranks, ties, lines at means of
/// means) and only turn them into <see cref="decimal"/> at the end.
/// </summary>
internal readonly record struct Fraction : IComparable<Fraction>
{
    public Fraction(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException();
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Fraction Zero => new(BigInteger.Zero, BigInteger.One);

    public static Fraction operator +(Fraction a, Fraction b) =>
        new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator -(Fraction a, Fraction b) =>
        new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Fraction operator *(Fraction a, Fraction b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Fraction operator /(Fraction a, long b) => new(a.Numerator, a.Denominator * b);

    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;

    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;

    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public int CompareTo(Fraction other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <summary>
    /// The value as a decimal with as many fraction digits as fit (28 significant digits in all), rounded half away
    /// from zero: the one place where an exact value becomes a <see cref="decimal"/>.
    /// </summary>
    /// <exception cref="OverflowException">The value is beyond the range of <see cref="decimal"/>.</exception>
    public decimal ToDecimal()
    {
        var magnitude = BigInteger.Abs(Numerator);
        var whole = BigInteger.DivRem(magnitude, Denominator, out var remainder);
        if (whole > MaxDecimal)
        {
            throw new OverflowException("The fraction is beyond the range of decimal.");
        }

        var wholeDigits = whole.IsZero ? 0 : whole.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        var scale = Math.Clamp(28 - wholeDigits, 0, 28);
        var power = BigInteger.Pow(10, scale);
        var scaled = (whole * power) + (((remainder * power * 2) + Denominator) / (2 * Denominator));
        while (scaled > MaxDecimal && scale > 0)
        {
            scaled = (scaled + 5) / 10;
            scale--;
            power /= 10;
        }

        var value = (decimal)scaled / (decimal)power;
        return Numerator.Sign < 0 ? -value : value;
    }

    private static readonly BigInteger MaxDecimal = new(decimal.MaxValue);
}

/// <summary>Standard competition ranking ("1224"): equal values share a rank, and the next rank skips.</summary>
internal static class CompetitionRanking
{
    /// <summary>Ranks keys so that the greatest gets rank 1 (descending).</summary>
    public static int[] Descending<T>(IReadOnlyList<T> keys)
        where T : IComparable<T>
    {
        var ranks = new int[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var better = 0;
            for (var j = 0; j < keys.Count; j++)
            {
                if (keys[j].CompareTo(keys[i]) > 0)
                {
                    better++;
                }
            }

            ranks[i] = better + 1;
        }

        return ranks;
    }
}
