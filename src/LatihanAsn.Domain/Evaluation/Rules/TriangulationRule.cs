using Ardalis.GuardClauses;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A coded finding from an interview or observation.</summary>
/// <param name="Theme">The theme, for example <c>respons pengaduan lebih cepat</c>.</param>
/// <param name="Level">The evaluation level it speaks to.</param>
/// <param name="Direction">Whether it speaks for or against an effect.</param>
/// <param name="Note">A short quote or note, if any.</param>
public sealed record CodedFinding(string Theme, KirkpatrickLevel Level, FindingDirection Direction, string? Note = null);

/// <summary>How the qualitative and the quantitative evidence of a level relate.</summary>
public enum EvidenceAgreement
{
    /// <summary>Neither numbers nor coded findings.</summary>
    NoEvidence = 0,

    /// <summary>Only numbers.</summary>
    QuantitativeOnly = 1,

    /// <summary>Only coded findings.</summary>
    QualitativeOnly = 2,

    /// <summary>Both point the same way (both positive, both negative, or both neutral).</summary>
    Agree = 3,

    /// <summary>One points one way, the other the opposite way.</summary>
    Disagree = 4,

    /// <summary>One points a way, the other is neutral.</summary>
    Partly = 5,
}

/// <summary>The qualitative evidence of one level, beside the sign of its numbers.</summary>
/// <param name="Level">The level.</param>
/// <param name="Records">Interview or observation records with at least one finding on this level.</param>
/// <param name="Positive">Positive findings.</param>
/// <param name="Neutral">Neutral findings.</param>
/// <param name="Negative">Negative findings.</param>
/// <param name="Qualitative">The balance of findings: the sign of positive - negative; <see langword="null"/> without findings.</param>
/// <param name="Quantitative">The sign of the level's numeric result; <see langword="null"/> when not measured or undefined.</param>
/// <param name="Agreement">How the two relate.</param>
/// <param name="Themes">The distinct themes, in order of first appearance.</param>
public sealed record LevelEvidence(
    KirkpatrickLevel Level,
    int Records,
    int Positive,
    int Neutral,
    int Negative,
    FindingDirection? Qualitative,
    FindingDirection? Quantitative,
    EvidenceAgreement Agreement,
    IReadOnlyList<string> Themes);

/// <summary>
/// Triangulation of one level: the coded findings of interviews and observations are counted by direction and their
/// balance (sign of positive - negative) is set beside the sign of the numeric result. Same sign: agree; opposite
/// signs: disagree; one neutral and the other not: partly; one side missing: only the other. Pure and thread-safe.
/// </summary>
public static class TriangulationRule
{
    /// <summary>Compares the evidence of a level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="quantitative">The sign of the numeric result, or <see langword="null"/> when there is none.</param>
    /// <param name="records">Each record's findings (findings on other levels are ignored).</param>
    /// <returns>The evidence.</returns>
    public static LevelEvidence Compare(KirkpatrickLevel level, FindingDirection? quantitative, IEnumerable<IReadOnlyList<CodedFinding>> records)
    {
        Guard.Against.Null(records);
        int recordCount = 0, positive = 0, neutral = 0, negative = 0;
        var themes = new List<string>();
        foreach (var findings in records)
        {
            var any = false;
            foreach (var finding in findings.Where(f => f is not null && f.Level == level))
            {
                any = true;
                switch (finding.Direction)
                {
                    case FindingDirection.Positive:
                        positive++;
                        break;
                    case FindingDirection.Negative:
                        negative++;
                        break;
                    default:
                        neutral++;
                        break;
                }

                var theme = finding.Theme.Trim();
                if (!themes.Contains(theme, StringComparer.OrdinalIgnoreCase))
                {
                    themes.Add(theme);
                }
            }

            recordCount += any ? 1 : 0;
        }

        FindingDirection? qualitative = positive + neutral + negative == 0 ? null : (FindingDirection)Math.Sign(positive - negative);
        return new LevelEvidence(level, recordCount, positive, neutral, negative, qualitative, quantitative, Agreement(qualitative, quantitative), themes);
    }

    /// <summary>Relates a qualitative and a quantitative direction.</summary>
    /// <param name="qualitative">The balance of findings, if any.</param>
    /// <param name="quantitative">The sign of the numbers, if any.</param>
    /// <returns>The agreement.</returns>
    public static EvidenceAgreement Agreement(FindingDirection? qualitative, FindingDirection? quantitative) => (qualitative, quantitative) switch
    {
        (null, null) => EvidenceAgreement.NoEvidence,
        (null, _) => EvidenceAgreement.QuantitativeOnly,
        (_, null) => EvidenceAgreement.QualitativeOnly,
        var (q, n) when q == n => EvidenceAgreement.Agree,
        var (q, n) when q == FindingDirection.Neutral || n == FindingDirection.Neutral => EvidenceAgreement.Partly,
        _ => EvidenceAgreement.Disagree,
    };
}
