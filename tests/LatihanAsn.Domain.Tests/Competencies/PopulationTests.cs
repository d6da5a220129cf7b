using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Tests.Competencies;

public sealed class PopulationSummaryTests
{
    private static readonly CompetencyCode[] Codes = Enumerable.Range(1, 9).Select(i => CompetencyCode.From($"M.{i:00}")).ToArray();
    private static readonly string[] Regions = ["1801", "1813", "1871", "1872"];

    [Fact]
    public void Groups_below_the_minimum_size_are_suppressed()
    {
        var members = Enumerable.Range(0, 4).Select(_ => Member("1871", [3, 3], [3, 2]))
            .Concat(Enumerable.Range(0, 6).Select(_ => Member("1872", [3, 3], [3, 2])))
            .Concat(Enumerable.Range(0, 5).Select(_ => Member("1813", [3, 3], [3, 2])));

        var summary = PopulationSummaryRule.Summarise(members, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, 5);

        var small = summary.Groups.Single(g => g.Key == "1871");
        small.Suppressed.ShouldBeTrue();
        small.Employees.ShouldBeNull();
        small.Competencies.ShouldBeEmpty();
        small.JpmDistribution.ShouldBeEmpty();
        var complement = summary.Groups.Single(g => g.Key == "1813");
        complement.Suppressed.ShouldBeTrue(); // the smallest other region: else the total minus the others gives 1871 away
        complement.Employees.ShouldBeNull();
        var large = summary.Groups.Single(g => g.Key == "1872");
        large.Suppressed.ShouldBeFalse();
        large.Employees.ShouldBe(6);
    }

    [Fact]
    public void Mean_gap_and_shortfall_are_exact_and_ratings_counted()
    {
        // required 3; actual 5, 3, 2, 1, not assessed -> gaps -2, 0, 1, 2 over 4 assessed.
        var members = new[] { 5, 3, 2, 1, 0 }.Select(a => Member("1871", [3], [(byte)a])).ToArray();

        var summary = PopulationSummaryRule.Summarise(members, PopulationDimension.Province, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, 1);

        var group = summary.Groups.Single();
        group.Key.ShouldBe(PopulationSummaryRule.ProvinceKey);
        var m01 = group.Competencies.Single();
        m01.Required.ShouldBe(5);
        m01.Assessed.ShouldBe(4);
        m01.NotAssessed.ShouldBe(1);
        m01.MeanGap.ShouldBe(1m / 4m);
        m01.MeanShortfall.ShouldBe(3m / 4m);
        (m01.Green, m01.Amber, m01.Red).ShouldBe((2, 1, 1));
        group.JpmUndefined.ShouldBe(1);
        group.JpmDistribution.Sum(b => b.Count).ShouldBe(4);
        group.JpmDistribution.Single(b => b.Band == "Optimal").Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(1, JpmCapping.PerCompetency)]
    [InlineData(2, JpmCapping.TotalOnly)]
    [InlineData(3, JpmCapping.None)]
    [InlineData(4, JpmCapping.PerCompetency)]
    [InlineData(5, JpmCapping.PerCompetency)]
    public void The_batch_engine_agrees_with_the_object_rule_on_random_populations(int seed, JpmCapping capping)
    {
        var (members, matrix) = RandomPopulation(seed, 3_000);

        var objectSummary = PopulationSummaryRule.Summarise(members, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, capping, 5);
        var batchSummary = PopulationBatch.Summarise(matrix, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, capping, 5);

        Canonical(batchSummary).ShouldBe(Canonical(objectSummary));
    }

    [Theory]
    [InlineData(11, 12)]
    [InlineData(12, 20)]
    [InlineData(13, 26)]
    [InlineData(14, 40)]
    public void The_batch_engine_suppresses_as_the_object_rule_on_small_populations(int seed, int count)
    {
        var (members, matrix) = RandomPopulation(seed, count);

        var objectSummary = PopulationSummaryRule.Summarise(members, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, 5);
        var batchSummary = PopulationBatch.Summarise(matrix, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, 5);

        Canonical(batchSummary).ShouldBe(Canonical(objectSummary));
        objectSummary.Groups.Count(g => g.Suppressed).ShouldNotBe(1); // never one withheld region beside a published total
    }

    [Fact]
    public void Partials_of_regions_merge_exactly_into_the_whole_in_any_order()
    {
        var (_, whole) = RandomPopulation(42, 4_000);
        var parts = Regions.Select(r => Slice(whole, r)).Select(m => PopulationBatch.Compute(m, JpmBandRuleSet.Brin3Of2023)).ToArray();

        var leftFold = parts.Aggregate((a, b) => a.Merge(b));
        var rightFold = parts.Reverse().Aggregate((a, b) => b.Merge(a));
        var tree = parts[0].Merge(parts[1]).Merge(parts[2].Merge(parts[3]));
        var expected = Canonical(PopulationBatch.Summarise(whole, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, JpmCapping.PerCompetency, 5));

        Canonical(leftFold.ToSummary(PopulationDimension.Region, 5)).ShouldBe(expected);
        Canonical(rightFold.ToSummary(PopulationDimension.Region, 5)).ShouldBe(expected);
        Canonical(tree.ToSummary(PopulationDimension.Region, 5)).ShouldBe(expected);
    }

    [Fact]
    public void Partials_computed_with_other_bands_do_not_merge()
    {
        var (_, matrix) = RandomPopulation(7, 100);
        var a = PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023);
        var b = PopulationBatch.Compute(matrix, JpmBandRuleSet.Legacy);
        Should.Throw<ArgumentException>(() => a.Merge(b));
    }

    [Fact]
    public void The_batch_engine_refuses_a_level_above_5_and_names_the_row()
    {
        var matrix = new PopulationMatrix(Codes[..2], 3, ["A"]);
        matrix.ActualColumn(1)[2] = 7;

        Should.Throw<ArgumentOutOfRangeException>(() => PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023)).Message.ShouldContain("Row 2, column 1");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_vectorised_path_also_refuses_a_level_above_5_and_names_the_row(bool grouped)
    {
        var (_, matrix) = RandomPopulation(3, 200, grouped);
        matrix.RequiredColumn(4)[77] = 6;

        Should.Throw<ArgumentOutOfRangeException>(() => PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023)).Message.ShouldContain("Row 77, column 4");
    }

    [Theory]
    [InlineData(21, 4_001, JpmCapping.PerCompetency)]
    [InlineData(22, 999, JpmCapping.None)]
    public void Rows_in_any_order_take_the_vectorised_path_with_the_same_result(int seed, int count, JpmCapping capping)
    {
        var (members, matrix) = RandomPopulation(seed, count, grouped: false);

        var vectorised = PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023, capping, vectorised: true).ToSummary(PopulationDimension.Region, 1);

        Canonical(vectorised).ShouldBe(Canonical(PopulationSummaryRule.Summarise(members, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, capping, 1)));
    }

    [Fact]
    public void Band_minimums_with_more_than_two_decimals_fall_back_to_the_exact_table()
    {
        var bands = new JpmBandRuleSet(new LatihanAsn.Domain.Common.RuleSetInfo("odd", "1", "test", new DateOnly(2000, 1, 1)), [new JpmBand("Tinggi", 77.777m), new JpmBand("Rendah", 0m)]);
        var (members, matrix) = RandomPopulation(23, 3_000, grouped: true);

        var batch = PopulationBatch.Compute(matrix, bands, JpmCapping.PerCompetency).ToSummary(PopulationDimension.Region, 1);

        Canonical(batch).ShouldBe(Canonical(PopulationSummaryRule.Summarise(members, PopulationDimension.Region, bands, JpmCapping.PerCompetency, 1)));
    }

    [Theory]
    [InlineData(11, 1, JpmCapping.PerCompetency)]
    [InlineData(12, 31, JpmCapping.PerCompetency)]
    [InlineData(13, 33, JpmCapping.TotalOnly)]
    [InlineData(14, 1_000, JpmCapping.None)]
    [InlineData(15, 5_003, JpmCapping.PerCompetency)]
    public void The_vectorised_and_scalar_paths_agree_on_grouped_rows(int seed, int count, JpmCapping capping)
    {
        var (members, matrix) = RandomPopulation(seed, count, grouped: true);

        var vectorised = PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023, capping, vectorised: true).ToSummary(PopulationDimension.Region, 1);
        var scalar = PopulationBatch.Compute(matrix, JpmBandRuleSet.Brin3Of2023, capping, vectorised: false).ToSummary(PopulationDimension.Region, 1);
        var objects = PopulationSummaryRule.Summarise(members, PopulationDimension.Region, JpmBandRuleSet.Brin3Of2023, capping, 1);

        Canonical(vectorised).ShouldBe(Canonical(scalar));
        Canonical(vectorised).ShouldBe(Canonical(objects));
    }

    private static PopulationMember Member(string region, byte[] required, byte[] actual) =>
        new(EmployeeId.New(), region, "OPD-" + region, PositionKind.Pelaksana, Gaps(required, actual));

    private static IReadOnlyList<CompetencyGap> Gaps(byte[] required, byte[] actual) =>
        required.Select((r, k) => (r, k))
            .Where(x => x.r > 0)
            .Select(x => new CompetencyGap(Codes[x.k], ProficiencyLevel.From(x.r), null, actual[x.k] == 0 ? null : ProficiencyLevel.From(actual[x.k])))
            .ToArray();

    internal static (List<PopulationMember> Members, PopulationMatrix Matrix) RandomPopulation(int seed, int count, bool grouped = false)
    {
        var random = new Random(seed);
        var matrix = new PopulationMatrix(Codes, count, Regions);
        var members = new List<PopulationMember>(count);
        var required = new byte[Codes.Length];
        var actual = new byte[Codes.Length];
        for (var e = 0; e < count; e++)
        {
            // a few tiny regions exercise suppression; grouped rows are stored region by region
            var g = grouped ? Math.Min(Regions.Length - 1, e * Regions.Length / Math.Max(1, count - 7)) : random.Next(100) < 2 ? 0 : random.Next(Regions.Length);
            for (var k = 0; k < Codes.Length; k++)
            {
                required[k] = (byte)(random.Next(10) == 0 ? 0 : random.Next(1, 6));
                actual[k] = (byte)(random.Next(12) == 0 ? 0 : random.Next(1, 6));
            }

            matrix.SetRow(e, g, required, actual);
            members.Add(Member(Regions[g], required, actual));
        }

        return (members, matrix);
    }

    private static PopulationMatrix Slice(PopulationMatrix whole, string region)
    {
        var g = whole.GroupKeys.ToList().IndexOf(region);
        var rows = Enumerable.Range(0, whole.EmployeeCount).Where(e => whole.GroupIndexes[e] == g).ToArray();
        var part = new PopulationMatrix(whole.Competencies, rows.Length, [region]);
        for (var c = 0; c < whole.CompetencyCount; c++)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                part.RequiredColumn(c)[i] = whole.RequiredColumn(c)[rows[i]];
                part.ActualColumn(c)[i] = whole.ActualColumn(c)[rows[i]];
            }
        }

        return part;
    }

    /// <summary>A summary as comparable text (records holding lists compare by reference).</summary>
    internal static string Canonical(PopulationSummary summary) =>
        string.Join('\n', summary.Groups.Select(g =>
            $"{g.Key}|{g.Suppressed}|{g.Employees}|{g.JpmUndefined}|{string.Join(',', g.JpmDistribution.Select(b => $"{b.Band}={b.Count}"))}|" +
            string.Join(';', g.Competencies.Select(c => $"{c.Competency}:{c.Required}:{c.Assessed}:{c.MeanGap}:{c.MeanShortfall}:{c.Green}:{c.Amber}:{c.Red}")) +
            "|withheld " + string.Join(',', g.SuppressedCompetencies)))
        + $"\n{summary.Dimension}|{summary.MinimumGroupSize}|{summary.JpmBands.Key}|{summary.Capping}";
}
