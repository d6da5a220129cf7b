using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Tests.Common;

namespace LatihanAsn.Domain.Tests.Competencies;

public sealed class PopulationSuppressionPropertyTests
{
    private static readonly CompetencyCode[] Codes = [CompetencyCode.From("M.01"), CompetencyCode.From("M.03"), CompetencyCode.From("M.05")];

    [Fact]
    public void Over_random_populations_no_withheld_head_count_or_measured_count_follows_from_the_three_levels()
    {
        var random = new Random(2026);
        var withheld = 0;
        for (var run = 0; run < 200; run++)
        {
            var minimum = random.Next(2, 7);
            var members = RandomMembers(random);
            var levels = new[] { PopulationDimension.Province, PopulationDimension.Region, PopulationDimension.Opd }
                .Select(by => PopulationSummaryRule.Summarise(members, by, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, minimum))
                .ToArray();
            var groups = levels.SelectMany(l => l.Groups).ToList();

            groups.Where(g => !g.Suppressed).SelectMany(g => g.Competencies).ShouldAllBe(c => c.Assessed == 0 || c.Assessed >= minimum, $"run {run}");
            var heads = Table(members, _ => true);
            var hiddenGroups = groups.Where(g => g.Suppressed).Select(g => g.Key).ToHashSet();
            CellSuppressionTests.Undetermined(heads, hiddenGroups).ShouldBeEmpty($"run {run}: head counts");
            foreach (var code in Codes)
            {
                var measured = Table(members, m => m.Gaps.Any(g => g.Competency == code && g.Gap.HasValue), m => m.Gaps.Any(g => g.Competency == code));
                var hidden = groups.Where(g => g.Suppressed || g.SuppressedCompetencies.Contains(code)).Select(g => g.Key).ToHashSet();
                CellSuppressionTests.Undetermined(measured, hidden).ShouldBeEmpty($"run {run}: {code}");
                withheld += hidden.Count;
            }
        }

        withheld.ShouldBeGreaterThan(500);
    }

    // The province, its regions and OPDs as a table of how many members count (keys as the summaries name the groups).
    private static List<SuppressionCell> Table(List<PopulationMember> members, Func<PopulationMember, bool> counts, Func<PopulationMember, bool>? exists = null)
    {
        exists ??= _ => true;
        var cells = new List<SuppressionCell> { new(PopulationSummaryRule.ProvinceKey, null, members.Count(counts)) };
        foreach (var region in members.Where(exists).GroupBy(m => m.RegionCode))
        {
            cells.Add(new SuppressionCell(region.Key, PopulationSummaryRule.ProvinceKey, region.Count(counts)));
            cells.AddRange(region.GroupBy(m => m.OpdCode).Select(o => new SuppressionCell(o.Key, region.Key, o.Count(counts))));
        }

        return cells;
    }

    private static List<PopulationMember> RandomMembers(Random random)
    {
        var members = new List<PopulationMember>();
        var regions = random.Next(1, 7);
        for (var r = 0; r < regions; r++)
        {
            var opds = random.Next(1, 6);
            for (var o = 0; o < opds; o++)
            {
                var size = random.Next(4) == 0 ? random.Next(1, 30) : random.Next(1, 8);
                for (var e = 0; e < size; e++)
                {
                    var gaps = Codes
                        .Where(_ => random.Next(6) > 0)
                        .Select(c => new CompetencyGap(c, ProficiencyLevel.From(3), null, random.Next(3) == 0 ? null : ProficiencyLevel.From(random.Next(1, 6))))
                        .ToArray();
                    members.Add(new PopulationMember(EmployeeId.New(), $"R{r}", $"R{r}-O{o}", PositionKind.Pelaksana, gaps));
                }
            }
        }

        return members;
    }
}
