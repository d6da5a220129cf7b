using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Loads mentor candidates: employees of the scope with their confirmed levels and their load.</summary>
internal sealed class MentorPool(ProfileLoader profiles, IReadRepository<MentoringPlan> mentoring, RuleSetRegistry rules)
{
    public async Task<(IReadOnlyList<MentorCandidate> Candidates, int LoadLimit)> LoadAsync(CallerScope scope, DateOnly asOf, IReadOnlyCollection<EmployeeId>? only, CancellationToken cancellationToken)
    {
        var snapshots = await profiles.LoadAsync(scope, asOf, null, null, only, cancellationToken).ConfigureAwait(false);
        var ids = snapshots.Select(s => s.Employee.Id).ToArray();
        var load = (await mentoring.ListAsync(new ActiveMentoringOfMentorsSpec(ids), cancellationToken).ConfigureAwait(false))
            .GroupBy(p => p.MentorId).ToDictionary(g => g.Key, g => g.Count());
        var candidates = snapshots
            .Select(s => new MentorCandidate(s.Employee.Id, s.Employee.Nip, s.Profile.Entries.ToDictionary(e => e.Competency, e => e.Level.Value), s.Employee.RegionCode, s.Employee.OpdCode, load.GetValueOrDefault(s.Employee.Id)))
            .ToArray();
        return (candidates, rules.InForce<FollowUpRuleSet>(asOf).MentorLoadLimit);
    }

    /// <summary>Refuses a mentor whose confirmed level does not exceed the target, or who is at the load limit.</summary>
    public static void EnsureQualified(MentorCandidate mentor, CompetencyCode competency, int targetLevel, int loadLimit)
    {
        if (!mentor.ConfirmedLevels.TryGetValue(competency, out var level) || level <= targetLevel)
        {
            throw new DomainRuleException("mentor_level_not_above_target", Messages.Get("FollowUp_MentorsConfirmedLevelMustAboveTarget", competency, targetLevel));
        }

        if (mentor.ActiveMentees >= loadLimit)
        {
            throw new DomainRuleException("mentor_at_load_limit", Messages.Get("FollowUp_MentorAlreadyGuidesLimit", mentor.ActiveMentees, loadLimit));
        }
    }
}
