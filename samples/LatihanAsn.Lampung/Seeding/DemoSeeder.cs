using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Commands;
using LatihanAsn.Lampung.Hosting;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>How many records the seeder created.</summary>
internal sealed record SeedCounts(int Regions, int Opds, int Positions, int Employees, int Assessments, int Superseded);

/// <summary>What the seeder created: the counts, and the identifiers the library gave the plan's positions and employees (by plan index).</summary>
internal sealed record SeedResult(SeedCounts Counts, IReadOnlyList<PositionId> PositionIds, IReadOnlyList<EmployeeId> EmployeeIds);

/// <summary>
/// Loads a <see cref="DemoPlan"/> through the mediator, use case by use case, as an application would: the 2017
/// framework (<c>DefineFramework</c>), OPDs, positions and their standards, employees, then assessments. Everything runs
/// in one database transaction, so the seeding is fast and leaves nothing behind if any request is refused.
/// </summary>
internal static class DemoSeeder
{
    public static Task<SeedResult> SeedAsync(LampungHost host, DemoPlan plan, CancellationToken cancellationToken = default, DemoPhases? phases = null) =>
        host.Database.InTransactionAsync(async () =>
        {
            phases ??= new DemoPhases();
            var import = phases.Start("import");
            await host.SendAsync(Framework(), cancellationToken);
            foreach (var opd in plan.Opds)
            {
                await host.SendAsync(new RegisterOpd(opd.Code, opd.Name, opd.RegionCode), cancellationToken);
            }

            var positionIds = new PositionId[plan.Positions.Count];
            for (var i = 0; i < plan.Positions.Count; i++)
            {
                var p = plan.Positions[i];
                positionIds[i] = await host.SendAsync(new DefinePosition(p.Code, p.Name, p.Kind, p.Grade, p.OpdCode, p.Profile), cancellationToken);
                await host.SendAsync(new DefinePositionStandard(positionIds[i], DemoPlan.StandardsFrom, p.Requirements), cancellationToken);
            }

            var employeeIds = new EmployeeId[plan.Employees.Count];
            for (var i = 0; i < plan.Employees.Count; i++)
            {
                var e = plan.Employees[i];
                employeeIds[i] = await host.SendAsync(new RegisterEmployee(e.Nip, e.Name, e.Employment, positionIds[e.Position]), cancellationToken);
            }

            import.Stop();
            var assess = phases.Start("assess");
            var assessmentIds = new AssessmentId[plan.Assessments.Count];
            for (var i = 0; i < plan.Assessments.Count; i++)
            {
                var a = plan.Assessments[i];
                assessmentIds[i] = await host.SendAsync(
                    new RecordAssessment(employeeIds[a.Employee], a.Source, a.AssessedOn, a.Assessor, a.Levels, a.Evidence, a.Supersedes is { } old ? assessmentIds[old] : null),
                    cancellationToken);
            }

            assess.Stop();
            var regions = plan.Opds.Select(o => o.RegionCode).Distinct(StringComparer.Ordinal).Count();
            var superseded = plan.Assessments.Count(a => a.Supersedes.HasValue);
            return new SeedResult(new SeedCounts(regions, plan.Opds.Count, plan.Positions.Count, plan.Employees.Count, plan.Assessments.Count, superseded), positionIds, employeeIds);
        }, cancellationToken);

    /// <summary>The PermenPAN-RB 38/2017 framework shipped in the library, as a <c>DefineFramework</c> request.</summary>
    private static DefineFramework Framework() => new(
        Permenpanrb38Of2017.Code,
        Permenpanrb38Of2017.Name,
        Permenpanrb38Of2017.Source,
        Permenpanrb38Of2017.ValidFrom,
        Permenpanrb38Of2017.Competencies
            .Select(c => new CompetencyInput(c.Code.Value, c.Name, c.Group, c.Definition, c.Levels.Select(l => new LevelInput(l.Level.Value, l.Description, l.Indicators)).ToArray()))
            .ToArray());
}
