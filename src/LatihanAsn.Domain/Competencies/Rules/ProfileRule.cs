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

        // The winner per competency, as (level, its assessment, that source's rank); entries are made for winners only.
        // A profile has a few dozen competencies at most: a linear search beats a dictionary until it has many.
        var best = new List<Candidate>(16);
        Dictionary<CompetencyCode, int>? index = null;
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
            var levels = assessment.Levels;
            for (var l = 0; l < levels.Count; l++)
            {
                var level = levels[l];
                var candidate = new Candidate(level, assessment, rank);
                var at = Find(best, ref index, level.Competency);
                if (at < 0)
                {
                    best.Add(candidate);
                    index?.Add(level.Competency, best.Count - 1);
                }
                else if (Wins(candidate, best[at]))
                {
                    best[at] = candidate;
                }
            }
        }

        var entries = new ProfileEntry[best.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var (level, from, _) = best[i];
            entries[i] = new ProfileEntry(level.Competency, level.Level, from.Id, from.Source, from.AssessedOn);
        }

        Array.Sort(entries, static (a, b) => a.Competency.CompareTo(b.Competency)); // competencies are distinct: no ties
        return new CompetencyProfile(employeeId, asOf, entries, policy.Info);
    }

    private readonly record struct Candidate(AssessedLevel Level, AssessmentFacts From, int Rank);

    private static int Find(List<Candidate> best, ref Dictionary<CompetencyCode, int>? index, CompetencyCode competency)
    {
        if (index is not null)
        {
            return index.TryGetValue(competency, out var i) ? i : -1;
        }

        for (var i = 0; i < best.Count; i++)
        {
            if (best[i].Level.Competency == competency)
            {
                return i;
            }
        }

        if (best.Count >= 32)
        {
            index = new Dictionary<CompetencyCode, int>(best.Count * 2);
            for (var i = 0; i < best.Count; i++)
            {
                index.Add(best[i].Level.Competency, i);
            }
        }

        return -1;
    }

    private static bool Wins(Candidate candidate, Candidate current)
    {
        if (candidate.From.AssessedOn != current.From.AssessedOn)
        {
            return candidate.From.AssessedOn > current.From.AssessedOn;
        }

        if (candidate.Rank != current.Rank)
        {
            return candidate.Rank < current.Rank;
        }

        return candidate.From.RecordedAt > current.From.RecordedAt;
    }
}
