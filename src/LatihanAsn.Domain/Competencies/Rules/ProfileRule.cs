using Ardalis.GuardClauses;

namespace LatihanAsn.Domain.Competencies;

/// <summary>One competency of a current profile and the assessment it comes from.</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Level">The current level.</param>
/// <param name="AssessmentId">The assessment that set it.</param>
/// <param name="Source">That assessment's source.</param>
/// <param name="AssessedOn">That assessment's day.</param>
public sealed record ProfileEntry(CompetencyCode Competency, ProficiencyLevel Level, AssessmentId AssessmentId, AssessmentSource Source, DateOnly AssessedOn);

/// <summary>An employee's current competency profile on a day.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="AsOf">The day.</param>
/// <param name="Entries">One entry per assessed competency, ordered by code.</param>
/// <param name="Policy">The policy that chose the entries.</param>
public sealed record CompetencyProfile(EmployeeId EmployeeId, DateOnly AsOf, IReadOnlyList<ProfileEntry> Entries, Common.RuleSetInfo Policy)
{
    /// <summary>Returns the current level of a competency.</summary>
    /// <param name="competency">The competency.</param>
    /// <returns>The level, or <see langword="null"/> when never assessed (by a counted source).</returns>
    public ProficiencyLevel? LevelOf(CompetencyCode competency)
    {
        foreach (var entry in Entries)
        {
            if (entry.Competency == competency)
            {
                return entry.Level;
            }
        }

        return null;
    }
}

/// <summary>
/// Builds an employee's current profile from their assessments: per competency, the latest valid assessment by the
/// documented precedence of <see cref="ProfilePolicyRuleSet"/>. Pure and thread-safe.
/// </summary>
public static class ProfileRule
{
    /// <summary>Builds the profile.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="assessments">The employee's assessments (others are ignored); any status.</param>
    /// <param name="asOf">The profile day: assessments after it are ignored.</param>
    /// <param name="policy">Which sources count and which wins.</param>
    /// <returns>The profile.</returns>
    public static CompetencyProfile Current(EmployeeId employeeId, IEnumerable<CompetencyAssessment> assessments, DateOnly asOf, ProfilePolicyRuleSet policy)
    {
        Guard.Against.Null(assessments);
        return FromFacts(employeeId, assessments.Select(AssessmentFacts.Of), asOf, policy);
    }

    /// <summary>Builds the profile from what it takes of each assessment (see <see cref="AssessmentFacts"/>).</summary>
    internal static CompetencyProfile FromFacts(EmployeeId employeeId, IEnumerable<AssessmentFacts> assessments, DateOnly asOf, ProfilePolicyRuleSet policy)
    {
        Guard.Against.Null(assessments);
        Guard.Against.Null(policy);
        var best = new Dictionary<CompetencyCode, (ProfileEntry Entry, int Rank, DateTimeOffset RecordedAt)>();
        foreach (var assessment in assessments)
        {
            if (assessment.EmployeeId != employeeId
                || assessment.Status != AssessmentStatus.Confirmed
                || assessment.AssessedOn > asOf
                || !policy.Counted.Contains(assessment.Source))
            {
                continue;
            }

            var rank = policy.RankOf(assessment.Source);
            foreach (var level in assessment.Levels)
            {
                var candidate = (new ProfileEntry(level.Competency, level.Level, assessment.Id, assessment.Source, assessment.AssessedOn), rank, assessment.RecordedAt);
                if (!best.TryGetValue(level.Competency, out var current) || Wins(candidate, current))
                {
                    best[level.Competency] = candidate;
                }
            }
        }

        var entries = best.Values.Select(v => v.Entry).OrderBy(e => e.Competency).ToArray();
        return new CompetencyProfile(employeeId, asOf, entries, policy.Info);
    }

    private static bool Wins((ProfileEntry Entry, int Rank, DateTimeOffset RecordedAt) candidate, (ProfileEntry Entry, int Rank, DateTimeOffset RecordedAt) current)
    {
        if (candidate.Entry.AssessedOn != current.Entry.AssessedOn)
        {
            return candidate.Entry.AssessedOn > current.Entry.AssessedOn;
        }

        if (candidate.Rank != current.Rank)
        {
            return candidate.Rank < current.Rank;
        }

        return candidate.RecordedAt > current.RecordedAt;
    }
}
