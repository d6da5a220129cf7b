using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>A JPM category: every percentage from <see cref="MinimumInclusive"/> up to the next band's minimum.</summary>
/// <param name="Name">The category name as the regulation writes it, for example <c>Optimal</c>.</param>
/// <param name="MinimumInclusive">The lowest percentage in the band.</param>
public sealed record JpmBand(string Name, decimal MinimumInclusive);

/// <summary>
/// The categories a JPM percentage falls into: half-open bands <c>[minimum, next minimum)</c>, so every value from 0
/// upwards has exactly one band. Classification uses the unrounded percentage.
/// </summary>
public sealed class JpmBandRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="bands">The bands; distinct minimums, one of them 0 so that every percentage is covered.</param>
    /// <exception cref="ArgumentException">No band at 0, duplicate minimums, a negative minimum or an empty name.</exception>
    public JpmBandRuleSet(RuleSetInfo info, IEnumerable<JpmBand> bands)
    {
        Info = Guard.Against.Null(info);
        var list = Guard.Against.Null(bands).OrderByDescending(b => b.MinimumInclusive).ToArray();
        if (list.Length == 0 || list[^1].MinimumInclusive != 0m)
        {
            throw new ArgumentException("The lowest JPM band must start at 0.", nameof(bands));
        }

        if (list.Select(b => b.MinimumInclusive).Distinct().Count() != list.Length || list.Any(b => string.IsNullOrWhiteSpace(b.Name)))
        {
            throw new ArgumentException("JPM bands need distinct minimums and names.", nameof(bands));
        }

        Bands = list;
    }

    /// <summary>
    /// Gets the default: Peraturan BRIN 3/2023 art. 33 (the same numbers are used by regional assessment centres):
    /// Optimal &gt;= 90; Cukup Optimal &gt;= 78 and &lt; 90; Kurang Optimal &lt; 78. In force from 2023-01-01.
    /// </summary>
    public static JpmBandRuleSet Brin3Of2023 { get; } = new(
        new RuleSetInfo("jpm-bands/brin-3-2023", "1", "Peraturan BRIN Nomor 3 Tahun 2023, Pasal 33", new DateOnly(2023, 1, 1)),
        [new JpmBand("Optimal", 90m), new JpmBand("Cukup Optimal", 78m), new JpmBand("Kurang Optimal", 0m)]);

    /// <summary>
    /// Gets the legacy scheme: Memenuhi Syarat &gt;= 80; Masih Memenuhi Syarat &gt;= 68 and &lt; 80; Kurang Memenuhi Syarat
    /// &lt; 68. Registered by default for days before 2023 (a secondary source: common assessment practice).
    /// </summary>
    public static JpmBandRuleSet Legacy { get; } = new(
        new RuleSetInfo("jpm-bands/legacy", "1", "Praktik asesmen kompetensi sebelum 2023 (skema 80/68)", new DateOnly(2000, 1, 1), new DateOnly(2022, 12, 31), SourceCertainty.Secondary),
        [new JpmBand("Memenuhi Syarat", 80m), new JpmBand("Masih Memenuhi Syarat", 68m), new JpmBand("Kurang Memenuhi Syarat", 0m)]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the bands, highest first.</summary>
    public IReadOnlyList<JpmBand> Bands { get; }

    /// <summary>Returns the band of a percentage (unrounded).</summary>
    /// <param name="percent">The JPM percentage, 0 or more.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative.</exception>
    public JpmBand Classify(decimal percent)
    {
        Guard.Against.Negative(percent);
        foreach (var band in Bands)
        {
            if (percent >= band.MinimumInclusive)
            {
                return band;
            }
        }

        return Bands[^1];
    }
}
