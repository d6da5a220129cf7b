using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Someone who needs a mentor for a competency.</summary>
/// <param name="Mentee">The mentee.</param>
/// <param name="Competency">The competency.</param>
/// <param name="TargetLevel">The level they aim at.</param>
/// <param name="RegionCode">Their region.</param>
/// <param name="OpdCode">Their OPD.</param>
public sealed record MenteeRequest(EmployeeId Mentee, CompetencyCode Competency, int TargetLevel, string RegionCode, string OpdCode);

/// <summary>Someone who could mentor.</summary>
/// <param name="Mentor">The employee.</param>
/// <param name="Nip">Their NIP (the last tie-break: stable across stores, unlike generated identifiers).</param>
/// <param name="ConfirmedLevels">Their levels from confirmed assessments.</param>
/// <param name="RegionCode">Their region.</param>
/// <param name="OpdCode">Their OPD.</param>
/// <param name="ActiveMentees">Mentees they already guide.</param>
public sealed record MentorCandidate(EmployeeId Mentor, Nip Nip, IReadOnlyDictionary<CompetencyCode, int> ConfirmedLevels, string RegionCode, string OpdCode, int ActiveMentees);

/// <summary>A proposed pairing, or none, with the reason.</summary>
/// <param name="Request">The request.</param>
/// <param name="Mentor">The mentor, or <see langword="null"/> when none qualifies.</param>
/// <param name="MentorLevel">The mentor's confirmed level in the competency.</param>
/// <param name="Why">Why this mentor, or why none.</param>
public sealed record MentorMatch(MenteeRequest Request, EmployeeId? Mentor, int? MentorLevel, LocalizedText Why);

/// <summary>
/// Matches mentors to mentees, in the order the requests are given. A mentor qualifies when their confirmed level in the
/// competency exceeds the mentee's target, they are not the mentee, and their mentees (counting the ones matched here)
/// stay within the load limit. Among those, the same OPD is preferred, then the same region; then the lighter load;
/// then the higher level; then the lower NIP. Deterministic whatever the candidates' order, and explained. Pure and
/// thread-safe.
/// </summary>
public static class MentorMatchingRule
{
    /// <summary>Matches the requests.</summary>
    /// <param name="requests">Who needs a mentor, in priority order.</param>
    /// <param name="candidates">Who could mentor.</param>
    /// <param name="loadLimit">The most mentees per mentor, 1 or more.</param>
    /// <returns>One match per request, in order.</returns>
    public static IReadOnlyList<MentorMatch> Match(IEnumerable<MenteeRequest> requests, IEnumerable<MentorCandidate> candidates, int loadLimit)
    {
        Guard.Against.NegativeOrZero(loadLimit);
        var pool = Guard.Against.Null(candidates).ToList();
        var load = pool.ToDictionary(c => c.Mentor, c => c.ActiveMentees);
        var matches = new List<MentorMatch>();
        foreach (var request in Guard.Against.Null(requests))
        {
            var best = pool
                .Where(c => c.Mentor != request.Mentee
                    && c.ConfirmedLevels.TryGetValue(request.Competency, out var level) && level > request.TargetLevel
                    && load[c.Mentor] < loadLimit)
                .Select(c => (Candidate: c, Affinity: c.OpdCode == request.OpdCode ? 2 : c.RegionCode == request.RegionCode ? 1 : 0, Level: c.ConfirmedLevels[request.Competency]))
                .OrderByDescending(x => x.Affinity)
                .ThenBy(x => load[x.Candidate.Mentor])
                .ThenByDescending(x => x.Level)
                .ThenBy(x => x.Candidate.Nip.Value, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Candidate is null)
            {
                matches.Add(new MentorMatch(request, null, null, Messages.Both("FollowUp_NoMentorWithLevelAboveHas", request.Competency, request.TargetLevel)));
                continue;
            }

            var mentor = best.Candidate.Mentor;
            var where = best.Affinity switch
            {
                2 => Messages.Both("FollowUp_MentorSameOpd"),
                1 => Messages.Both("FollowUp_MentorSameRegion"),
                _ => Messages.Both("FollowUp_MentorAnotherRegion"),
            };
            matches.Add(new MentorMatch(request, mentor, best.Level, Messages.Both("FollowUp_MentorsLevelAboveTargetLoad", request.Competency, best.Level, request.TargetLevel, where, load[mentor] + 1, loadLimit)));
            load[mentor]++;
        }

        return matches;
    }
}
