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
/// framework (<c>DefineFramework</c>), OPDs, positions and their standards, then employees and assessments as an
/// agency imports them (<c>ImportEmployees</c>, <c>ImportAssessments</c>, in files of <see cref="ImportRows"/> rows).
/// Everything runs in one database transaction, so the seeding is fast and leaves nothing behind if any request is refused.
/// </summary>
internal static class DemoSeeder
{
    /// <summary>The rows of one import request: the size of an agency's import file.</summary>
    public const int ImportRows = 10_000;

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

            // Employees as an agency imports them: files of ImportRows rows, each one ImportEmployees request.
            var employeeIds = new List<EmployeeId>(plan.Employees.Count);
            foreach (var file in plan.Employees.Chunk(ImportRows))
            {
                employeeIds.AddRange(await host.SendAsync(
                    new ImportEmployees([.. file.Select(e => new RegisterEmployee(e.Nip, e.Name, e.Employment, positionIds[e.Position]))]),
                    cancellationToken));
            }

            import.Stop();
            var assess = phases.Start("assess");

            // Assessments likewise, in waves: a correction names the assessment it supersedes, which must already be stored,
            // so it goes in a later wave than that one (the plan's corrections supersede first assessments only: two waves).
            var assessmentIds = new AssessmentId[plan.Assessments.Count];
            foreach (var wave in Waves(plan.Assessments))
            {
                foreach (var file in wave.Chunk(ImportRows))
                {
                    var ids = await host.SendAsync(
                        new ImportAssessments([.. file.Select(i => plan.Assessments[i]).Select(a =>
                            new RecordAssessment(employeeIds[a.Employee], a.Source, a.AssessedOn, a.Assessor, a.Levels, a.Evidence, a.Supersedes is { } old ? assessmentIds[old] : null))]),
                        cancellationToken);
                    for (var k = 0; k < file.Length; k++)
                    {
                        assessmentIds[file[k]] = ids[k];
                    }
                }
            }

            assess.Stop();
            var regions = plan.Opds.Select(o => o.RegionCode).Distinct(StringComparer.Ordinal).Count();
            var superseded = plan.Assessments.Count(a => a.Supersedes.HasValue);
            return new SeedResult(new SeedCounts(regions, plan.Opds.Count, plan.Positions.Count, plan.Employees.Count, plan.Assessments.Count, superseded), positionIds, employeeIds);
        }, cancellationToken);

    /// <summary>
    /// The plan's assessments (as indices, in plan order) in waves: the first wave supersedes nothing, and each later
    /// wave supersedes only assessments of earlier waves.
    /// </summary>
    internal static List<List<int>> Waves(IReadOnlyList<AssessmentPlan> assessments)
    {
        var waves = new List<List<int>>();
        var depth = new int[assessments.Count];
        for (var i = 0; i < assessments.Count; i++)
        {
            if (assessments[i].Supersedes is { } old)
            {
                if (old < 0 || old >= i)
                {
                    throw new InvalidOperationException($"Assessment {i} supersedes {old}, which is not an earlier one.");
                }

                depth[i] = depth[old] + 1;
            }

            if (depth[i] == waves.Count)
            {
                waves.Add([]);
            }

            waves[depth[i]].Add(i);
        }

        return waves;
    }

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
