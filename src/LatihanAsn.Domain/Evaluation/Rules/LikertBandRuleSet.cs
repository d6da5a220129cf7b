using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>An interpretation band of a Likert mean.</summary>
/// <param name="Rank">1 for the lowest band, up to the number of bands.</param>
/// <param name="Name">The band's name in both languages.</param>
/// <param name="Lower">The lowest mean in the band (inclusive).</param>
/// <param name="Upper">The band's upper edge: exclusive, except for the top band where it is the scale maximum, inclusive.</param>
/// <param name="UpperInclusive"><see langword="true"/> only for the top band.</param>
public sealed record LikertBand(int Rank, LocalizedText Name, decimal Lower, decimal Upper, bool UpperInclusive);

/// <summary>
/// How a Likert mean is interpreted: the scale range is cut into bands of equal width (maximum - minimum) / bands
/// (the "interval class" method of Indonesian survey practice). Bands are half-open, <c>[lower, upper)</c>, with the
/// top band closed at the maximum, so every mean on the scale has exactly one band.
/// </summary>
/// <remarks>
/// The printed tables for a 1-5 scale in 5 bands (1.00-1.80, 1.81-2.60, 2.61-3.40, 3.41-4.20, 4.21-5.00) put a mean of
/// exactly 1.80, 2.60, 3.40 or 4.20 in the lower band and leave gaps between 1.80 and 1.81; this rule set puts those
/// edges in the upper band (1.80 is in band 2) and has no gaps, because means are classified unrounded. For a 1-5
/// scale the edges are 1.8, 2.6, 3.4 and 4.2 exactly; for a 1-4 scale 1.6, 2.2, 2.8 and 3.4.
/// </remarks>
public sealed class LikertBandRuleSet : IRuleSet
{
    private readonly LocalizedText[] _names;

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="names">The band names, lowest first; at least two.</param>
    /// <exception cref="ArgumentException">Fewer than two names.</exception>
    public LikertBandRuleSet(RuleSetInfo info, IEnumerable<LocalizedText> names)
    {
        Info = Guard.Against.Null(info);
        _names = Guard.Against.Null(names).ToArray();
        if (_names.Length < 2 || _names.Any(n => n is null))
        {
            throw new ArgumentException("At least two band names are needed.", nameof(names));
        }
    }

    /// <summary>
    /// Gets the default: five bands of equal width (Sangat Kurang, Kurang, Cukup, Baik, Sangat Baik), half-open. The
    /// interval method is common Indonesian survey practice; the band names are a common choice (secondary source).
    /// </summary>
    public static LikertBandRuleSet Default { get; } = new(
        new RuleSetInfo("likert-bands/equal-width-5", "1", "Interval kelas sama lebar (maks - min) / 5, praktik survei; setengah terbuka [bawah, atas)", new DateOnly(2000, 1, 1), null, SourceCertainty.Secondary),
        [
            Messages.Both("Evaluation_VeryPoor"),
            Messages.Both("Evaluation_Poor"),
            Messages.Both("Evaluation_Fair"),
            Messages.Both("Evaluation_Good"),
            Messages.Both("Evaluation_VeryGood"),
        ]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the band names, lowest first.</summary>
    public IReadOnlyList<LocalizedText> Names => _names;

    /// <summary>Gets the number of bands.</summary>
    public int BandCount => _names.Length;

    /// <summary>Returns the bands of a scale, lowest first, with their edges.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The bands.</returns>
    public IReadOnlyList<LikertBand> BandsFor(LikertScale scale)
    {
        CheckScale(scale);
        var bands = new LikertBand[_names.Length];
        for (var k = 0; k < _names.Length; k++)
        {
            var top = k == _names.Length - 1;
            bands[k] = new LikertBand(k + 1, _names[k], Edge(scale, k), top ? scale.Maximum : Edge(scale, k + 1), top);
        }

        return bands;
    }

    /// <summary>Returns the band of an unrounded mean: the highest band whose lower edge is at or below it.</summary>
    /// <param name="mean">The mean, on the scale.</param>
    /// <param name="scale">The scale.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mean lies outside the scale.</exception>
    public LikertBand Classify(decimal mean, LikertScale scale)
    {
        CheckScale(scale);
        if (mean < scale.Minimum || mean > scale.Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, Messages.Get("Evaluation_MeanOutsideScale", mean, scale));
        }

        // mean >= min + k * (max - min) / n  <=>  (mean - min) * n >= k * (max - min): no division, so exact edges stay exact.
        var n = _names.Length;
        var position = (mean - scale.Minimum) * n;
        var width = scale.Maximum - scale.Minimum;
        var k = n - 1;
        while (k > 0 && position < (decimal)k * width)
        {
            k--;
        }

        return BandsFor(scale)[k];
    }

    private decimal Edge(LikertScale scale, int k) => scale.Minimum + ((decimal)k * (scale.Maximum - scale.Minimum) / _names.Length);

    private static void CheckScale(LikertScale scale)
    {
        if (scale.Maximum <= scale.Minimum)
        {
            throw new ArgumentException("default(LikertScale) is not a scale.", nameof(scale));
        }
    }
}
