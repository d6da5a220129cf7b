using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>The performance axis of the talent box (kinerja).</summary>
public enum PerformanceRating
{
    /// <summary>Di bawah ekspektasi.</summary>
    BelowExpectation = 0,

    /// <summary>Sesuai ekspektasi.</summary>
    MeetsExpectation = 1,

    /// <summary>Di atas ekspektasi.</summary>
    AboveExpectation = 2,
}

/// <summary>The potential axis of the talent box (potensial).</summary>
public enum PotentialRating
{
    /// <summary>Rendah.</summary>
    Low = 0,

    /// <summary>Menengah.</summary>
    Medium = 1,

    /// <summary>Tinggi.</summary>
    High = 2,
}

/// <summary>
/// The agency's cut-offs that turn performance and potential scores (0-100) into the talent-box axes, and the
/// follow-up for each box. The box numbers themselves are fixed by PermenPAN-RB 3/2020 (see <see cref="NineBoxRule"/>);
/// the cut-offs are set per agency and year, so the defaults here are examples to replace.
/// </summary>
public sealed class NineBoxRuleSet : IRuleSet
{
    private readonly LocalizedText[] _followUps;

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="performanceMeetsFrom">Lowest performance score that meets expectation.</param>
    /// <param name="performanceAboveFrom">Lowest performance score above expectation; above <paramref name="performanceMeetsFrom"/>.</param>
    /// <param name="potentialMediumFrom">Lowest potential score rated medium.</param>
    /// <param name="potentialHighFrom">Lowest potential score rated high; above <paramref name="potentialMediumFrom"/>.</param>
    /// <param name="followUps">Nine follow-ups, for boxes 1 to 9.</param>
    /// <exception cref="ArgumentException">Cut-offs out of order, or not nine follow-ups.</exception>
    public NineBoxRuleSet(RuleSetInfo info, decimal performanceMeetsFrom, decimal performanceAboveFrom, decimal potentialMediumFrom, decimal potentialHighFrom, IReadOnlyList<LocalizedText> followUps)
    {
        Info = Guard.Against.Null(info);
        if (performanceAboveFrom <= performanceMeetsFrom || potentialHighFrom <= potentialMediumFrom)
        {
            throw new ArgumentException("Each axis needs its upper cut-off above its lower one.");
        }

        Guard.Against.Null(followUps);
        if (followUps.Count != 9)
        {
            throw new ArgumentException("Nine follow-ups are needed, one per box.", nameof(followUps));
        }

        PerformanceMeetsFrom = performanceMeetsFrom;
        PerformanceAboveFrom = performanceAboveFrom;
        PotentialMediumFrom = potentialMediumFrom;
        PotentialHighFrom = potentialHighFrom;
        _followUps = [.. followUps];
    }

    /// <summary>
    /// Gets the default. Box follow-ups after PermenPAN-RB 3/2020 practice (recalled, unverified): boxes 7-9 talent pool
    /// and promotion candidates; 4-6 rotation and competency development; 1-3 performance coaching. Cut-offs (example
    /// values on a 0-100 scale): performance meets from 70, above from 90; potential medium from 78, high from 90 (the
    /// JPM bands, when potential is read from JPM).
    /// </summary>
    public static NineBoxRuleSet Default { get; } = new(
        new RuleSetInfo("ninebox/permenpanrb-3-2020", "1", "PermenPAN-RB Nomor 3 Tahun 2020 (diubah PermenPAN-RB 20/2025); batas sumbu: contoh, ditetapkan instansi per tahun", new DateOnly(2020, 1, 1), null, SourceCertainty.Unverified),
        70m,
        90m,
        78m,
        90m,
        [
            .. Enumerable.Repeat(Messages.Both("Competencies_PerformanceCoaching"), 3),
            .. Enumerable.Repeat(Messages.Both("Competencies_RotationAndCompetencyDevelopment"), 3),
            .. Enumerable.Repeat(Messages.Both("Competencies_TalentPoolPromotionCandidate"), 3),
        ]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the lowest performance score that meets expectation.</summary>
    public decimal PerformanceMeetsFrom { get; }

    /// <summary>Gets the lowest performance score above expectation.</summary>
    public decimal PerformanceAboveFrom { get; }

    /// <summary>Gets the lowest potential score rated medium.</summary>
    public decimal PotentialMediumFrom { get; }

    /// <summary>Gets the lowest potential score rated high.</summary>
    public decimal PotentialHighFrom { get; }

    /// <summary>Classifies a performance score: below the lower cut-off, from it, from the upper one (half-open).</summary>
    /// <param name="score">The score.</param>
    /// <returns>The rating.</returns>
    public PerformanceRating ClassifyPerformance(decimal score) =>
        score >= PerformanceAboveFrom ? PerformanceRating.AboveExpectation
        : score >= PerformanceMeetsFrom ? PerformanceRating.MeetsExpectation
        : PerformanceRating.BelowExpectation;

    /// <summary>Classifies a potential score: below the lower cut-off, from it, from the upper one (half-open).</summary>
    /// <param name="score">The score.</param>
    /// <returns>The rating.</returns>
    public PotentialRating ClassifyPotential(decimal score) =>
        score >= PotentialHighFrom ? PotentialRating.High
        : score >= PotentialMediumFrom ? PotentialRating.Medium
        : PotentialRating.Low;

    /// <summary>Returns the follow-up for a box.</summary>
    /// <param name="box">1 to 9.</param>
    /// <returns>The follow-up.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="box"/> is outside 1-9.</exception>
    public LocalizedText FollowUp(int box) => _followUps[Guard.Against.OutOfRange(box, nameof(box), 1, 9) - 1];
}
