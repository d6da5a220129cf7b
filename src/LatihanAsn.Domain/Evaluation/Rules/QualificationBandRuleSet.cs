using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A qualification (predikat) band of a final score.</summary>
/// <param name="Name">The name as the regulation writes it, for example <c>Sangat Memuaskan</c>.</param>
/// <param name="Label">The name in both languages.</param>
/// <param name="Above">The band holds scores strictly above this value (exclusive lower bound); <see langword="null"/> for the lowest band.</param>
/// <param name="Passes">Whether a participant in the band passes.</param>
public sealed record QualificationBand(string Name, LocalizedText Label, decimal? Above, bool Passes);

/// <summary>
/// The qualification bands of a 0-100 final score. Lower bounds are exclusive (a score of exactly 90 is in the band
/// below "above 90"), applied to the unrounded score, so the printed "90.01-100" leaves no gap between 90 and 90.01.
/// </summary>
public sealed class QualificationBandRuleSet : IRuleSet
{
    private readonly QualificationBand[] _bands;

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="bands">The bands: exactly one without <see cref="QualificationBand.Above"/> (the lowest), distinct bounds within 0-100.</param>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public QualificationBandRuleSet(RuleSetInfo info, IEnumerable<QualificationBand> bands)
    {
        Info = Guard.Against.Null(info);
        var list = Guard.Against.Null(bands).ToArray();
        if (list.Count(b => b.Above is null) != 1 || list.Any(b => string.IsNullOrWhiteSpace(b.Name) || b.Above is < 0m or >= 100m)
            || list.Select(b => b.Above).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("Qualification bands need one lowest band and distinct lower bounds in 0-100.", nameof(bands));
        }

        _bands = list.OrderByDescending(b => b.Above ?? decimal.MinValue).ToArray();
    }

    /// <summary>
    /// Gets the default: LAN basic and leadership training (Peraturan LAN 1/2021 with Keputusan Kepala LAN
    /// 13/K.1/PDP.07/2022; Peraturan LAN 5/2022), recalled and unverified: Sangat Memuaskan 90.01-100, Memuaskan
    /// 80.01-90, Cukup Memuaskan 70.01-80, Kurang Memuaskan 60.01-70, Tidak Memuaskan &lt;= 60. Passing is assumed for
    /// every band above 60 (unverified: check the guideline of your training).
    /// </summary>
    public static QualificationBandRuleSet Lan { get; } = new(
        new RuleSetInfo("qualification/lan-2021", "1", "Peraturan LAN Nomor 1 Tahun 2021 dan Keputusan Kepala LAN Nomor 13/K.1/PDP.07/2022; Peraturan LAN Nomor 5 Tahun 2022 (belum diverifikasi)", new DateOnly(2021, 1, 1), null, SourceCertainty.Unverified),
        [
            new QualificationBand("Sangat Memuaskan", Messages.Both("Evaluation_VerySatisfactory"), 90m, true),
            new QualificationBand("Memuaskan", Messages.Both("Evaluation_Satisfactory"), 80m, true),
            new QualificationBand("Cukup Memuaskan", Messages.Both("Evaluation_FairlySatisfactory"), 70m, true),
            new QualificationBand("Kurang Memuaskan", Messages.Both("Evaluation_LessThanSatisfactory"), 60m, true),
            new QualificationBand("Tidak Memuaskan", Messages.Both("Evaluation_Unsatisfactory"), null, false),
        ]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the bands, highest first.</summary>
    public IReadOnlyList<QualificationBand> Bands => _bands;

    /// <summary>Classifies an unrounded score: the highest band whose bound the score is strictly above.</summary>
    /// <param name="score">The score, 0-100.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The score is outside 0-100.</exception>
    public QualificationBand Classify(decimal score)
    {
        if (score is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, Messages.Get("Evaluation_FinalScoreMust0To100", score));
        }

        foreach (var band in _bands)
        {
            if (band.Above is null || score > band.Above)
            {
                return band;
            }
        }

        return _bands[^1];
    }
}
