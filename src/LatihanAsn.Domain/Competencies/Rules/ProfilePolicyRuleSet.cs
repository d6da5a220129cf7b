using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Which assessments make an employee's current profile, and which wins when several assess the same competency.
/// </summary>
/// <remarks>
/// For each competency the profile takes, among confirmed assessments from a counted source dated on or before the
/// profile day: the latest <see cref="CompetencyAssessment.AssessedOn"/>; on the same day the source earlier in
/// <see cref="Precedence"/>; then the latest <see cref="CompetencyAssessment.RecordedAt"/>.
/// </remarks>
public sealed class ProfilePolicyRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="precedence">Every source once, most authoritative first.</param>
    /// <param name="counted">The sources that count in the profile (a non-empty subset).</param>
    /// <exception cref="ArgumentException">A source missing from the precedence, or no counted source.</exception>
    public ProfilePolicyRuleSet(RuleSetInfo info, IReadOnlyList<AssessmentSource> precedence, IEnumerable<AssessmentSource> counted)
    {
        Info = Guard.Against.Null(info);
        Guard.Against.Null(precedence);
        if (!precedence.OrderBy(s => s).SequenceEqual(Enum.GetValues<AssessmentSource>()))
        {
            throw new ArgumentException("The precedence must list every assessment source once.", nameof(precedence));
        }

        Precedence = [.. precedence];
        Counted = Guard.Against.Null(counted).ToHashSet();
        Guard.Against.Zero(Counted.Count, nameof(counted));
    }

    /// <summary>
    /// Gets the default: precedence assessment centre, test, supervisor, mentor, 360, self; every source counts except
    /// self assessment, which stays input to needs analysis. A library convention (no regulation sets it).
    /// </summary>
    public static ProfilePolicyRuleSet Default { get; } = new(
        new RuleSetInfo("profile-policy/default", "1", "Konvensi LatihanAsn: urutan sumber asesmen (tidak ada regulasi yang mengaturnya)", new DateOnly(2000, 1, 1), null, SourceCertainty.Unverified),
        [AssessmentSource.AssessmentCentre, AssessmentSource.Test, AssessmentSource.Supervisor, AssessmentSource.Mentor, AssessmentSource.ThreeSixty, AssessmentSource.Self],
        [AssessmentSource.AssessmentCentre, AssessmentSource.Test, AssessmentSource.Supervisor, AssessmentSource.Mentor, AssessmentSource.ThreeSixty]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the sources, most authoritative first.</summary>
    public IReadOnlyList<AssessmentSource> Precedence { get; }

    /// <summary>Gets the sources that count in the profile.</summary>
    public IReadOnlySet<AssessmentSource> Counted { get; }

    /// <summary>Returns a source's rank: 0 for the most authoritative.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The rank.</returns>
    public int RankOf(AssessmentSource source)
    {
        for (var i = 0; i < Precedence.Count; i++)
        {
            if (Precedence[i] == source)
            {
                return i;
            }
        }

        return Precedence.Count;
    }
}
