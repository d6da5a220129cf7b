using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Loads what individual needs are made of: snapshots of the position held, the positions to be held, appraisals.</summary>
internal sealed class NeedsLoader(ProfileLoader profiles, IReadRepository<Position> positions, IReadRepository<PerformanceAppraisal> appraisals)
{
    public async Task<IReadOnlyList<(EmployeeSnapshot Snapshot, IReadOnlyList<CompetencyNeed> Needs, PerformanceGap? Performance)>> LoadAsync(
        CallerScope scope, DateOnly asOf, string? regionCode, string? opdCode, IReadOnlyCollection<EmployeeId>? ids, bool withAppraisals, CancellationToken cancellationToken)
    {
        var snapshots = await profiles.LoadAsync(scope, asOf, regionCode, opdCode, ids, cancellationToken).ConfigureAwait(false);
        var nextIds = snapshots.Select(s => s.Employee.PositionToBeHeld).OfType<PositionId>().Distinct().ToArray();
        var next = nextIds.Length == 0
            ? new Dictionary<PositionId, Position>()
            : (await positions.ListAsync(new PositionsSpec(scope, nextIds).ReadOnly(), cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id);
        var latestAppraisal = new Dictionary<EmployeeId, PerformanceGap>();
        if (withAppraisals)
        {
            foreach (var appraisal in await appraisals.ListAsync(new AppraisalsSpec(scope, ids?.Count == 1 ? ids.First() : null, regionCode, opdCode).ReadOnly(), cancellationToken).ConfigureAwait(false))
            {
                if (appraisal.Year <= asOf.Year)
                {
                    latestAppraisal[appraisal.EmployeeId] = appraisal.Gap; // ordered by year, then recorded: the last one wins
                }
            }
        }

        return snapshots.Select(s =>
        {
            IReadOnlyList<CompetencyGap>? toBeHeld = null;
            if (s.Employee.PositionToBeHeld is { } nextId && next.TryGetValue(nextId, out var position) && position.StandardOn(asOf) is { } standard)
            {
                toBeHeld = GapRule.Compute(standard, s.Profile);
            }

            var performance = latestAppraisal.GetValueOrDefault(s.Employee.Id);
            var needs = IndividualNeedsRule.Evaluate(s.Employee.Id, asOf, s.Gaps, toBeHeld, performance).Needs;
            return (s, needs, performance);
        }).ToArray();
    }
}
