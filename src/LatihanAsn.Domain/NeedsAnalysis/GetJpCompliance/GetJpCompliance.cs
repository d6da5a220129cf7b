using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>An employee's JP standing with where they are.</summary>
/// <param name="Standing">The standing.</param>
/// <param name="Nip">The NIP.</param>
/// <param name="Name">The name.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
public sealed record EmployeeJpStanding(JpStanding Standing, Nip Nip, string Name, string RegionCode, string OpdCode);

/// <summary>The JP shortfall of one group.</summary>
/// <param name="Key">The group key.</param>
/// <param name="Employees">Employees in the group.</param>
/// <param name="Compliant">Employees who reached the entitlement.</param>
/// <param name="Below">Employees below it.</param>
/// <param name="ShortfallJp">The JP missing in the group: the exact sum over those below, divided into JP once.</param>
public sealed record JpShortfallGroup(string Key, int Employees, int Compliant, int Below, decimal ShortfallJp)
{
    /// <summary>
    /// Gets whether the group's figures are withheld (then <see cref="Employees"/>, <see cref="Compliant"/>,
    /// <see cref="Below"/> and <see cref="ShortfallJp"/> are 0 and mean nothing): fewer employees than the minimum group
    /// size, or a complement that keeps such a group from being derived from the others and the totals
    /// (<see cref="CellSuppression"/>).
    /// </summary>
    public bool Suppressed { get; init; }
}

/// <summary>The 20 JP compliance of a population for a year.</summary>
/// <param name="Year">The year.</param>
/// <param name="RequiredJp">JP owed to each employee.</param>
/// <param name="Employees">Every employee in the population with their standing, those below first (largest shortfall first), then by NIP.</param>
/// <param name="Groups">The shortfall per group, by key; small groups and their complements withheld (<see cref="JpShortfallGroup.Suppressed"/>).</param>
/// <param name="RuleSet">The conversion rule set that gave the entitlement.</param>
public sealed record JpComplianceReport(int Year, decimal RequiredJp, IReadOnlyList<EmployeeJpStanding> Employees, IReadOnlyList<JpShortfallGroup> Groups, RuleSetInfo RuleSet);

/// <summary>
/// Gets the 20 JP compliance of the employees in the caller's scope (or a region, an OPD, or one employee within it)
/// for a year: who is below, by how much, and where, grouped by <paramref name="By"/>. Employees with no ledger have 0
/// JP. The list of employees is an operational list for the agency, so it names people and is not suppressed (the
/// scope and the <c>population.read</c> capability limit it); the group figures are, as every population result:
/// groups under the minimum group size and their complements across province, regions and OPDs are withheld
/// (<see cref="CellSuppression"/>), computed over the whole scope when a region or OPD is asked for. With an employee
/// named, the groups describe that one employee and are withheld unless the minimum is 1.
/// </summary>
/// <param name="Year">The year.</param>
/// <param name="By">How to group the shortfall (default by region).</param>
/// <param name="RegionCode">Only this region, if given.</param>
/// <param name="OpdCode">Only this OPD, if given.</param>
/// <param name="EmployeeId">Only this employee, if given.</param>
[RequiresCapability(Capabilities.PopulationRead)]
public sealed record GetJpCompliance(int Year, PopulationDimension By = PopulationDimension.Region, string? RegionCode = null, string? OpdCode = null, EmployeeId? EmployeeId = null) : IRequest<JpComplianceReport>;

internal sealed class GetJpComplianceValidator : AbstractValidator<GetJpCompliance>
{
    public GetJpComplianceValidator()
    {
        RuleFor(x => x.Year).InclusiveBetween(1950, 9999).WithMessage(_ => Messages.Get("NeedsAnalysis_YearInvalid"));
        RuleFor(x => x.By).KnownValue();
        RuleFor(x => x.RegionCode).MaxChars(20);
        RuleFor(x => x.OpdCode).MaxChars(50);
    }
}

internal sealed class GetJpComplianceHandler(
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    IReadRepository<LearningHoursLedger> ledgers,
    IReadRepository<Opd> opds,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    LatihanAsnOptions options)
    : IRequestHandler<GetJpCompliance, JpComplianceReport>
{
    public async Task<JpComplianceReport> Handle(GetJpCompliance request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        await ScopeGuard.EnsureWithinAsync(caller, request.RegionCode, request.OpdCode, opds, cancellationToken).ConfigureAwait(false);

        var conversion = rules.InForce<JpConversionRuleSet>(new DateOnly(request.Year, 12, 31));
        var ids = request.EmployeeId is { } one ? new[] { one } : null;
        var people = await employees.ListAsync(new EmployeesSpec(caller, request.RegionCode, request.OpdCode, ids).ReadOnly(), cancellationToken).ConfigureAwait(false);
        var kinds = request.By == PopulationDimension.PositionKind
            ? (await positions.ListAsync(new PositionsSpec(caller, people.Select(p => p.PositionId).Distinct().ToArray()).ReadOnly(), cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.Kind)
            : [];
        var byEmployee = (await ledgers.ListAsync(new LedgersSpec(caller, request.Year, request.EmployeeId, request.RegionCode, request.OpdCode).ReadOnly(), cancellationToken).ConfigureAwait(false))
            .ToDictionary(l => l.EmployeeId);
        var standings = people
            .Select(e => new EmployeeJpStanding(
                byEmployee.TryGetValue(e.Id, out var ledger) ? ledger.Standing(conversion) : LearningHoursRule.Standing(e.Id, request.Year, 0m, 0m, conversion),
                e.Nip,
                e.Name,
                e.RegionCode,
                e.OpdCode))
            .ToList();

        // Suppression is computed over the whole scope (a region or OPD alone could be subtracted from another level);
        // with one employee named, the groups are that employee, withheld by the threshold alone.
        var whole = request.EmployeeId is not null || (request.RegionCode is null && request.OpdCode is null)
            ? people
            : await employees.ListAsync(new EmployeesSpec(caller, null, null, null).ReadOnly(), cancellationToken).ConfigureAwait(false);
        var units = whole.Select(e => new SuppressionUnit(e.RegionCode, e.OpdCode, kinds.GetValueOrDefault(e.PositionId), [])).ToList();
        var pattern = PopulationSuppression.Compute(
            units,
            request.By,
            request.EmployeeId is null ? request.RegionCode : null,
            request.EmployeeId is null ? request.OpdCode : null,
            options.MinimumGroupSize);
        var groups = people.Zip(standings)
            .GroupBy(x => Key(request.By, x.First, kinds), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var members = g.ToList();
                var suppressed = request.EmployeeId is not null
                    ? members.Count < options.MinimumGroupSize
                    : pattern.IsGroupSuppressed(members.Select(x => pattern.NodeOf(new SuppressionUnit(x.First.RegionCode, x.First.OpdCode, kinds.GetValueOrDefault(x.First.PositionId), []), request.By)).Distinct(StringComparer.Ordinal));
                return suppressed
                    ? new JpShortfallGroup(g.Key, 0, 0, 0, 0m) { Suppressed = true }
                    : LearningHoursRule.Summarise(g.Key, members.Select(x => x.Second.Standing), conversion);
            })
            .ToArray();
        var ordered = standings
            .OrderByDescending(s => s.Standing.ShortfallJp)
            .ThenBy(s => s.Nip)
            .ToArray();
        return new JpComplianceReport(request.Year, conversion.RequiredJpPerYear, ordered, groups, conversion.Info);
    }

    private static string Key(PopulationDimension by, Employee employee, IReadOnlyDictionary<PositionId, PositionKind> kinds) => by switch
    {
        PopulationDimension.Province => PopulationSummaryRule.ProvinceKey,
        PopulationDimension.Region => employee.RegionCode,
        PopulationDimension.Opd => employee.OpdCode,
        _ => kinds.TryGetValue(employee.PositionId, out var kind) ? kind.ToString() : "?",
    };
}
