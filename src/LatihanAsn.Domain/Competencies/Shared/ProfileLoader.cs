using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Loads employees of the caller's scope with their profiles and gaps, in three scoped repository calls (employees,
/// positions, confirmed assessments). Shared by the queries that need current gaps.
/// </summary>
internal sealed class ProfileLoader(
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    IReadRepository<CompetencyAssessment> assessments,
    RuleSetRegistry rules)
{
    /// <summary>Up to this many named employees, their assessments are read by identifier.</summary>
    private const int MaxNamedEmployees = 1000;

    public async Task<IReadOnlyList<EmployeeSnapshot>> LoadAsync(CallerScope scope, DateOnly asOf, string? regionCode, string? opdCode, IReadOnlyCollection<EmployeeId>? ids, CancellationToken cancellationToken)
    {
        var people = await employees.ListAsync(new EmployeesSpec(scope, regionCode, opdCode, ids).ReadOnly(), cancellationToken).ConfigureAwait(false);
        if (people.Count == 0)
        {
            return [];
        }

        var positionIds = people.Select(e => e.PositionId).Distinct().ToArray();
        var positionById = (await positions.ListAsync(new PositionsSpec(scope, positionIds).ReadOnly(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id);
        // A few named employees: read their assessments only; otherwise the scope's (one query, whatever the size).
        Specification<CompetencyAssessment> filter = ids is { Count: > 1 and <= MaxNamedEmployees }
            ? new AssessmentsOfEmployeesSpec(scope, people.Select(e => e.Id).ToArray(), AssessmentStatus.Confirmed)
            : new AssessmentsSpec(scope, ids?.Count == 1 ? ids.First() : null, regionCode, opdCode, AssessmentStatus.Confirmed);

        // Only what a profile takes of each assessment is read (a projection), grouped by employee.
        var byEmployee = new Dictionary<EmployeeId, List<AssessmentFacts>>(people.Count);
        foreach (var assessment in await assessments.ListAsync(new AssessmentFactsSpec(filter), cancellationToken).ConfigureAwait(false))
        {
            if (!byEmployee.TryGetValue(assessment.EmployeeId, out var list))
            {
                byEmployee[assessment.EmployeeId] = list = [];
            }

            list.Add(assessment);
        }

        var policy = rules.InForce<ProfilePolicyRuleSet>(asOf);
        var snapshots = new List<EmployeeSnapshot>(people.Count);
        foreach (var employee in people)
        {
            if (!positionById.TryGetValue(employee.PositionId, out var position))
            {
                continue; // a position outside the scope: the employee's data stays out of the result.
            }

            var profile = ProfileRule.FromFacts(employee.Id, byEmployee.TryGetValue(employee.Id, out var own) ? own : [], asOf, policy);
            var standard = position.StandardOn(asOf);
            var gaps = standard is null ? [] : GapRule.Compute(standard, profile);
            snapshots.Add(new EmployeeSnapshot(employee, position, standard, profile, gaps));
        }

        return snapshots;
    }
}
