using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>The level of a normalised gain.</summary>
public enum GainLevel
{
    /// <summary>Low gain (rendah).</summary>
    Low = 0,

    /// <summary>Medium gain (sedang).</summary>
    Medium = 1,

    /// <summary>High gain (tinggi).</summary>
    High = 2,
}

/// <summary>A gain band.</summary>
/// <param name="Level">The level.</param>
/// <param name="Name">Its name in both languages.</param>
public sealed record GainBand(GainLevel Level, LocalizedText Name);

/// <summary>
/// The bands of Hake's normalised gain: low below <see cref="MediumFrom"/> (inclusive lower edge of medium), high above
/// <see cref="HighThreshold"/> (or from it, when <see cref="HighIncludesThreshold"/>), medium in between. Classification
/// uses the unrounded gain.
/// </summary>
public sealed class GainBandRuleSet : IRuleSet
{
    private static readonly GainBand Low = new(GainLevel.Low, Messages.Both("Evaluation_Low"));
    private static readonly GainBand Medium = new(GainLevel.Medium, Messages.Both("Evaluation_Medium"));
    private static readonly GainBand High = new(GainLevel.High, Messages.Both("Evaluation_High"));

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="mediumFrom">The lowest medium gain (inclusive).</param>
    /// <param name="highThreshold">The edge between medium and high; above <paramref name="mediumFrom"/>.</param>
    /// <param name="highIncludesThreshold"><see langword="true"/> when a gain equal to the threshold is high.</param>
    /// <exception cref="ArgumentException">The edges are out of order.</exception>
    public GainBandRuleSet(RuleSetInfo info, decimal mediumFrom, decimal highThreshold, bool highIncludesThreshold)
    {
        Info = Guard.Against.Null(info);
        if (highThreshold <= mediumFrom)
        {
            throw new ArgumentException("The high threshold must be above the medium edge.", nameof(highThreshold));
        }

        MediumFrom = mediumFrom;
        HighThreshold = highThreshold;
        HighIncludesThreshold = highIncludesThreshold;
    }

    /// <summary>
    /// Gets the default, as Indonesian practice prints Hake's bands: high g &gt; 0.7; medium 0.3 &lt;= g &lt;= 0.7;
    /// low g &lt; 0.3. So 0.7 is medium and 0.3 is medium.
    /// </summary>
    public static GainBandRuleSet Default { get; } = new(
        new RuleSetInfo("gain-bands/hake-id", "1", "Hake, R. R. (1998). Am. J. Phys. 66(1), 64-74; batas seperti dicetak dalam praktik Indonesia: g > 0,7 tinggi; 0,3 <= g <= 0,7 sedang; g < 0,3 rendah", new DateOnly(2000, 1, 1)),
        0.3m,
        0.7m,
        highIncludesThreshold: false);

    /// <summary>
    /// Gets the alternative that puts 0.7 itself in high (high g &gt;= 0.7; medium 0.3 &lt;= g &lt; 0.7; low g &lt; 0.3),
    /// as Hake (1998) is commonly quoted. Not registered by default: replace the default with it if your agency reads
    /// the edge that way.
    /// </summary>
    public static GainBandRuleSet Hake1998 { get; } = new(
        new RuleSetInfo("gain-bands/hake-1998", "1", "Hake, R. R. (1998). Am. J. Phys. 66(1), 64-74: high >= 0.7, medium 0.3-0.7, low < 0.3", new DateOnly(2000, 1, 1), null, SourceCertainty.Secondary),
        0.3m,
        0.7m,
        highIncludesThreshold: true);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the lowest medium gain (inclusive).</summary>
    public decimal MediumFrom { get; }

    /// <summary>Gets the edge between medium and high.</summary>
    public decimal HighThreshold { get; }

    /// <summary>Gets whether a gain equal to <see cref="HighThreshold"/> is high.</summary>
    public bool HighIncludesThreshold { get; }

    /// <summary>Classifies an unrounded gain (negative gains are low).</summary>
    /// <param name="gain">The gain.</param>
    /// <returns>The band.</returns>
    public GainBand Classify(decimal gain) =>
        gain > HighThreshold || (HighIncludesThreshold && gain == HighThreshold) ? High
        : gain >= MediumFrom ? Medium
        : Low;
}
