using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Common;

/// <summary>
/// The differencing attacks of issue 13 against population results, through the real container and pipeline: a
/// region minus its OPDs, the province minus a region, rows measured on 1-4 employees or required of one, and the
/// needs register of small OPDs. Each test solves the published figures as a linear system (with the true values the
/// attacker does not have) and finds no withheld cell determined.
/// </summary>
public sealed class SuppressionAttackTests
{
    private const int Minimum = 5;

    // Three regions: 1801 (A1 7 employees of whom 3 assessed, A2 2, A3 6), 1802 (B1 3, B2 9 with one also required
    // M.08), 1803 (C1 10 of whom 4 assessed). Everyone assessed is M.01 = 1, M.03 = 1, M.05 = 2 against 2, 3, 2-3.
    private static readonly (string Region, string Opd, int Employees, int Assessed)[] Layout =
    [
        ("1801", "A1", 7, 3), ("1801", "A2", 2, 2), ("1801", "A3", 6, 6),
        ("1802", "B1", 3, 3), ("1802", "B2", 9, 9),
        ("1803", "C1", 10, 4),
    ];

    [Fact]
    public async Task Head_counts_of_a_region_its_OPDs_and_the_province_cannot_be_subtracted_from_each_other()
    {
        using var host = await ProvinceAsync();

        var province = await host.Send(new SummarisePopulation(PopulationDimension.Province));
        var regions = await host.Send(new SummarisePopulation(PopulationDimension.Region));
        var opds = await host.Send(new SummarisePopulation(PopulationDimension.Opd));

        opds.Groups.Where(g => g.Suppressed).Select(g => g.Key).ShouldBe(["A2", "A3", "B1", "B2"]); // A2, B1 small; A3, B2 their complements
        var published = Published(province.Groups, regions.Groups, opds.Groups, g => g.Suppressed, g => g.Employees);
        CellSuppressionTests.Undetermined(published.Cells, published.Suppressed).ShouldBeEmpty();
        foreach (var group in province.Groups.Concat(regions.Groups).Concat(opds.Groups).Where(g => !g.Suppressed))
        {
            group.Employees.ShouldBe(published.Cells.Single(c => c.Key == group.Key).Population); // exact, not rounded
        }
    }

    [Fact]
    public async Task A_region_or_OPD_asked_for_alone_is_suppressed_as_in_the_whole_province()
    {
        using var host = await ProvinceAsync();

        var whole = await host.Send(new SummarisePopulation(PopulationDimension.Opd));
        var region = await host.Send(new SummarisePopulation(PopulationDimension.Opd, RegionCode: "1801"));
        var opd = await host.Send(new SummarisePopulation(PopulationDimension.Province, OpdCode: "A3"));

        region.Groups.Select(g => (g.Key, g.Suppressed)).ShouldBe(whole.Groups.Where(g => g.Key.StartsWith('A')).Select(g => (g.Key, g.Suppressed)));
        opd.Groups.Single().Suppressed.ShouldBeTrue(); // A3 is a complement: alone it would give A2 away
        (await host.Send(new SummarisePopulation(PopulationDimension.Province, RegionCode: "1801"))).Groups.Single().Employees.ShouldBe(15);
    }

    [Fact]
    public async Task Means_over_fewer_than_the_minimum_measured_and_rows_required_of_one_are_withheld_at_every_level()
    {
        using var host = await ProvinceAsync();

        var levels = new List<PopulationSummary>();
        foreach (var by in new[] { PopulationDimension.Province, PopulationDimension.Region, PopulationDimension.Opd })
        {
            levels.Add(await host.Send(new SummarisePopulation(by)));
        }

        var all = levels.SelectMany(l => l.Groups).ToList();
        all.SelectMany(g => g.Competencies).ShouldAllBe(c => c.Assessed == 0 || c.Assessed >= Minimum);
        all.Single(g => g.Key == "A1").SuppressedCompetencies.Select(c => c.Value).ShouldBe(["M.01", "M.03", "M.05"]); // 3 of 7 assessed
        all.Single(g => g.Key == "C1").SuppressedCompetencies.Select(c => c.Value).ShouldBe(["M.01", "M.03", "M.05"]); // 4 of 10
        all.Single(g => g.Key == "1803").SuppressedCompetencies.Count.ShouldBe(3); // its only OPD's complement
        all.Single(g => g.Key == "1801").SuppressedCompetencies.Count.ShouldBe(3); // the province's complement
        all.Single(g => g.Key == "1802").SuppressedCompetencies.Select(c => c.Value).ShouldBe(["M.08"]); // required of one (in B2)
        all.Single(g => g.Key == PopulationSummaryRule.ProvinceKey).SuppressedCompetencies.Select(c => c.Value).ShouldBe(["M.08"]);
        all.SelectMany(g => g.Competencies).ShouldNotContain(c => c.Competency.Value == "M.08");

        foreach (var code in new[] { "M.01", "M.03", "M.05", "M.08" })
        {
            var competency = CompetencyCode.From(code);
            var published = Published(
                levels[0].Groups,
                levels[1].Groups,
                levels[2].Groups,
                g => g.Suppressed || g.SuppressedCompetencies.Contains(competency),
                g => g.Competencies.SingleOrDefault(c => c.Competency == competency)?.Assessed,
                key => TrueAssessed(key, code));
            CellSuppressionTests.Undetermined(published.Cells, published.Suppressed).ShouldBeEmpty(code);
        }
    }

    [Fact]
    public async Task The_needs_register_shows_no_target_employees_or_severities_of_small_OPDs_nor_lets_them_be_derived()
    {
        using var host = await ProvinceAsync();

        var byOpd = await host.Send(new ComputeNeedsRegister(PopulationDimension.Opd));
        var byRegion = await host.Send(new ComputeNeedsRegister(PopulationDimension.Region));
        var alone = await host.Send(new ComputeNeedsRegister(PopulationDimension.Opd, OpdCode: "A2"));

        byOpd.SuppressedGroups.ShouldBe(["A2", "A3", "B1", "B2"]);
        byOpd.Entries.ShouldNotContain(e => byOpd.SuppressedGroups.Contains(e.Group));
        byOpd.Entries.Concat(byRegion.Entries).ShouldAllBe(e => e.Severity.Assessed == 0 || e.Severity.Assessed >= Minimum);
        byOpd.Entries.ShouldNotContain(e => e.Group == "A1" || e.Group == "C1"); // their lines are measured on 3 and 4
        byOpd.SuppressedLines.ShouldBeGreaterThan(0);
        alone.Entries.ShouldBeEmpty();
        alone.TotalsSuppressed.ShouldBeTrue();
        alone.Employees.ShouldBe(0);

        // Affected employees per region and OPD, solved as a linear system: nothing withheld is determined.
        foreach (var code in new[] { "M.01", "M.03" })
        {
            var cells = new List<SuppressionCell> { new("PROVINSI", null, TrueAssessed("PROVINSI", code)) };
            cells.AddRange(Layout.Select(l => l.Region).Distinct().Select(r => new SuppressionCell(r, "PROVINSI", TrueAssessed(r, code))));
            cells.AddRange(Layout.Select(l => new SuppressionCell(l.Opd, l.Region, l.Assessed)));
            var shown = byOpd.Entries.Concat(byRegion.Entries).Where(e => e.Competency.Value == code).Select(e => e.Group).ToHashSet();
            shown.Add("PROVINSI"); // the province's line, treated as published
            var withheld = cells.Where(c => !shown.Contains(c.Key)).Select(c => c.Key).ToHashSet();
            CellSuppressionTests.Undetermined(cells, withheld).ShouldBeEmpty(code);
        }
    }

    [Fact]
    public async Task Twenty_JP_group_figures_are_withheld_for_small_OPDs_and_their_complements()
    {
        using var host = await ProvinceAsync();

        var report = await host.Send(new GetJpCompliance(2026, PopulationDimension.Opd));
        var region = await host.Send(new GetJpCompliance(2026, PopulationDimension.Opd, RegionCode: "1802"));

        report.Groups.Where(g => g.Suppressed).Select(g => g.Key).ShouldBe(["A2", "A3", "B1", "B2"]);
        report.Groups.Where(g => g.Suppressed).ShouldAllBe(g => g.Employees == 0 && g.ShortfallJp == 0m);
        region.Groups.ShouldAllBe(g => g.Suppressed);
        (await host.Send(new GetJpCompliance(2026, PopulationDimension.Region))).Groups.ShouldAllBe(g => !g.Suppressed);
    }

    private static int TrueAssessed(string key, string code)
    {
        if (code == "M.08")
        {
            return key is "B2" or "1802" or "PROVINSI" ? 1 : 0;
        }

        return Layout.Where(l => key == "PROVINSI" || l.Region == key || l.Opd == key).Sum(l => l.Assessed);
    }

    /// <summary>The true values of the three levels as a table, and which cells the results withheld.</summary>
    private static (List<SuppressionCell> Cells, HashSet<string> Suppressed) Published(
        IReadOnlyList<PopulationGroup> province,
        IReadOnlyList<PopulationGroup> regions,
        IReadOnlyList<PopulationGroup> opds,
        Func<PopulationGroup, bool> withheld,
        Func<PopulationGroup, int?> value,
        Func<string, int>? truth = null)
    {
        truth ??= key => Layout.Where(l => key == "PROVINSI" || l.Region == key || l.Opd == key).Sum(l => l.Employees);
        var cells = new List<SuppressionCell> { new("PROVINSI", null, truth("PROVINSI")) };
        cells.AddRange(Layout.Select(l => l.Region).Distinct().Select(r => new SuppressionCell(r, "PROVINSI", truth(r))));
        cells.AddRange(Layout.Select(l => new SuppressionCell(l.Opd, l.Region, truth(l.Opd))));
        cells.RemoveAll(c => c.Population == 0 && c.Parent is not null && truth(c.Parent) == 0); // rows nobody there holds
        var suppressed = new HashSet<string>();
        foreach (var group in province.Concat(regions).Concat(opds))
        {
            if (withheld(group))
            {
                suppressed.Add(group.Key);
            }
            else if (value(group) is { } shown && truth(group.Key) is var actual && actual > 0)
            {
                shown.ShouldBe(actual, group.Key);
            }
        }

        return (cells.Where(c => c.Population > 0 || suppressed.Contains(c.Key) || c.Parent is null).ToList(), suppressed);
    }

    private static async Task<TestHost> ProvinceAsync()
    {
        var host = new TestHost(o => o.MinimumGroupSize = Minimum);
        host.Store.Seed(Permenpanrb38Of2017.Create(FrameworkId.New()));
        var from = new DateOnly(2024, 1, 1);
        var n = 0;
        foreach (var (region, opd, employees, assessed) in Layout)
        {
            await host.Send(new RegisterOpd(opd, $"OPD {opd}", region));
            var position = await host.Send(new DefinePosition($"JF-{opd}", $"Analis {opd}", PositionKind.Fungsional, FunctionalGrade.AhliPertama, opd));
            await host.Send(new DefinePositionStandard(position, from, [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3)]));
            PositionId? special = null;
            if (opd == "B2")
            {
                special = await host.Send(new DefinePosition($"JF-{opd}-K", $"Analis Khusus {opd}", PositionKind.Fungsional, FunctionalGrade.AhliPertama, opd));
                await host.Send(new DefinePositionStandard(special.Value, from, [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3), new("M.08", 3)]));
            }

            for (var i = 0; i < employees; i++)
            {
                var id = await host.Send(new RegisterEmployee(Nips.Make(n++), $"Pegawai {opd} {i}", EmploymentType.Pns, i == 0 && special is { } s ? s : position));
                if (i < assessed)
                {
                    List<LevelEntry> levels = [new("M.01", 1), new("M.03", 1), new("M.05", 2)];
                    if (i == 0 && special is not null)
                    {
                        levels.Add(new("M.08", 1));
                    }

                    await host.Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 15), "UPT", levels));
                }
            }
        }

        return host;
    }
}
