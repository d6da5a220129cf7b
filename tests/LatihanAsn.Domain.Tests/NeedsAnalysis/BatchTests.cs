using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.Tests.NeedsAnalysis;

public sealed class SurveyBatchTests
{
    private static readonly string[] Items = ["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"];
    private static readonly string[] Regions = ["1801", "1813", "1871", "1872"];

    internal static (List<RatingPair> Pairs, List<string> RegionOf, SurveyMatrix Matrix) RandomSurvey(int seed, int responses, RatingScale scale, bool grouped)
    {
        var random = new Random(seed);
        var matrix = new SurveyMatrix(Items, responses, scale, Regions);
        var pairs = new List<RatingPair>();
        var regionOf = new List<string>();
        for (var e = 0; e < responses; e++)
        {
            var g = grouped ? Math.Min(Regions.Length - 1, e * Regions.Length / Math.Max(1, responses)) : random.Next(Regions.Length);
            matrix.GroupIndexes[e] = g;
            regionOf.Add(Regions[g]);
            for (var i = 0; i < Items.Length; i++)
            {
                int? r = random.Next(8) == 0 ? null : random.Next(scale.Min, scale.Max + 1);
                int? c = random.Next(8) == 0 ? null : random.Next(scale.Min, scale.Max + 1);
                matrix.ImportanceColumn(i)[e] = (byte)(r ?? 0);
                matrix.CompetenceColumn(i)[e] = (byte)(c ?? 0);
                pairs.Add(new RatingPair($"r{e}", Items[i], r, c));
            }
        }

        return (pairs, regionOf, matrix);
    }

    private static string Canonical(IEnumerable<ItemSums> sums) => string.Join(';', sums.OrderBy(s => s.Item, StringComparer.Ordinal).Select(s => $"{s.Item}:{s.N}:{s.SumImportance}:{s.SumCompetence}"));

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 31, true)]
    [InlineData(3, 64, true)]
    [InlineData(4, 3_001, true)]
    [InlineData(5, 3_001, false)]
    public void The_batch_sums_and_every_ranking_agree_with_the_object_rules(int seed, int responses, bool grouped)
    {
        var (pairs, _, matrix) = RandomSurvey(seed, responses, RatingScale.OneToFive, grouped);

        var objects = ItemSums.From(pairs, RatingScale.OneToFive);
        var vectorised = SurveyBatch.Compute(matrix).Total();
        var scalar = SurveyBatch.Compute(matrix, vectorised: false).Total();

        Canonical(vectorised).ShouldBe(Canonical(objects));
        Canonical(scalar).ShouldBe(Canonical(objects));
        BorichRule.Rank(vectorised).ShouldBe(BorichRule.Compute(pairs, RatingScale.OneToFive));
        LocusForFocusRule.FromSums(vectorised).Items.ShouldBe(LocusForFocusRule.Compute(pairs, RatingScale.OneToFive).Items);
    }

    [Fact]
    public void Partials_of_regions_merge_into_the_whole()
    {
        var (pairs, regionOf, _) = RandomSurvey(9, 2_000, RatingScale.OneToSeven, grouped: false);
        var parts = Regions.Select(region =>
        {
            var rows = Enumerable.Range(0, 2_000).Where(e => regionOf[e] == region).ToArray();
            var part = new SurveyMatrix(Items, rows.Length, RatingScale.OneToSeven, [region]);
            for (var j = 0; j < rows.Length; j++)
            {
                for (var i = 0; i < Items.Length; i++)
                {
                    var pair = pairs[(rows[j] * Items.Length) + i];
                    part.ImportanceColumn(i)[j] = (byte)(pair.Importance ?? 0);
                    part.CompetenceColumn(i)[j] = (byte)(pair.Competence ?? 0);
                }
            }

            return SurveyBatch.Compute(part);
        }).ToArray();

        var merged = parts[3].Merge(parts[0]).Merge(parts[2].Merge(parts[1]));

        Canonical(merged.Total()).ShouldBe(Canonical(ItemSums.From(pairs, RatingScale.OneToSeven)));
        Canonical(merged.OfGroup("1813")).ShouldBe(Canonical(parts[1].Total()));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_rating_off_the_scale_is_refused_with_where(bool grouped)
    {
        var (_, _, matrix) = RandomSurvey(4, 100, RatingScale.OneToFive, grouped);
        matrix.CompetenceColumn(2)[40] = 6;

        Should.Throw<ArgumentOutOfRangeException>(() => SurveyBatch.Compute(matrix)).Message.ShouldContain("Response 40, item M.03");
    }

    [Fact]
    public void Zero_is_missing_and_not_a_rating_below_the_scale()
    {
        var matrix = new SurveyMatrix(["M.01"], 40, new RatingScale(2, 5), ["A"]);
        matrix.ImportanceColumn(0).Fill(3);
        matrix.CompetenceColumn(0).Fill(2);
        matrix.CompetenceColumn(0)[5] = 0;

        SurveyBatch.Compute(matrix).Total().Single().N.ShouldBe(39);
        matrix.CompetenceColumn(0)[6] = 1;
        Should.Throw<ArgumentOutOfRangeException>(() => SurveyBatch.Compute(matrix));
    }
}

public sealed class JpShortfallBatchTests
{
    [Fact]
    public void The_batch_shortfall_agrees_with_the_ledgers_and_merges_exactly()
    {
        var rules = JpConversionRuleSet.Default;
        var random = new Random(5);
        string[] regions = ["1801", "1871", "1872"];
        var minutes = new int[5_000];
        var groups = new int[5_000];
        var standings = new List<(string Region, JpStanding Standing)>();
        for (var e = 0; e < minutes.Length; e++)
        {
            groups[e] = random.Next(regions.Length);
            minutes[e] = random.Next(3) == 0 ? 0 : random.Next(0, 2_000);
            standings.Add((regions[groups[e]], LearningHoursRule.Standing(EmployeeId.New(), 2026, minutes[e], 0m, rules)));
        }

        var batch = JpShortfallBatch.Compute(minutes, groups, regions, rules).ToGroups();
        var expected = standings.GroupBy(s => s.Region).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => LearningHoursRule.Summarise(g.Key, g.Select(s => s.Standing), rules))
            .ToArray();
        // and the exact sum is what the naive per-employee sum of rounded JP would miss in the last digits
        expected.Sum(g => g.Below).ShouldBe(standings.Count(s => !s.Standing.Compliant));
        expected[0].ShortfallJp.ShouldBe(standings.Where(s => s.Region == "1801").Sum(s => s.Standing.ShortfallMinutes) / 45m);

        batch.ShouldBe(expected);

        var half = minutes.Length / 2;
        var merged = JpShortfallBatch.Compute(minutes.AsSpan(0, half), groups.AsSpan(0, half), regions, rules)
            .Merge(JpShortfallBatch.Compute(minutes.AsSpan(half), groups.AsSpan(half), regions, rules));
        merged.ToGroups().ShouldBe(expected);
    }

    [Fact]
    public void Bad_rows_are_refused_with_where() =>
        Should.Throw<ArgumentException>(() => JpShortfallBatch.Compute([100, -5], [0, 0], ["A"], JpConversionRuleSet.Default)).Message.ShouldContain("Row 1");
}
