using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Tests.Competencies;

public sealed class GapRuleTests
{
    private static readonly CompetencyCode Code = CompetencyCode.From("M.01");

    [Theory]
    [InlineData(3, 5, -2, GapRating.Green)]
    [InlineData(3, 3, 0, GapRating.Green)]
    [InlineData(3, 2, 1, GapRating.Amber)]
    [InlineData(3, 1, 2, GapRating.Red)]
    [InlineData(5, 1, 4, GapRating.Red)]
    public void Gap_is_required_minus_actual_and_rated(int required, int actual, int gap, GapRating rating)
    {
        var result = GapRule.Compute(new StandardRequirement(Code, ProficiencyLevel.From(required)), ProficiencyLevel.From(actual));

        result.Gap.ShouldBe(gap);
        result.Rating.ShouldBe(rating);
    }

    [Fact]
    public void Not_assessed_is_unknown_not_zero()
    {
        var result = GapRule.Compute(new StandardRequirement(Code, ProficiencyLevel.Menengah), null);

        result.Gap.ShouldBeNull();
        result.Rating.ShouldBe(GapRating.NotAssessed);
    }

    [Theory]
    [InlineData(2, 3, 4, true)]
    [InlineData(2, 3, 3, false)]
    [InlineData(2, 3, 1, false)]
    public void A_range_is_met_from_its_minimum_and_flags_levels_above_it(int min, int max, int actual, bool above)
    {
        var result = GapRule.Compute(new StandardRequirement(Code, ProficiencyLevel.From(min), ProficiencyLevel.From(max)), ProficiencyLevel.From(actual));

        result.IsAboveRange.ShouldBe(above);
        result.Gap.ShouldBe(min - actual);
    }

    [Fact]
    public void The_default_level_is_refused_as_an_actual_level() =>
        Should.Throw<ArgumentException>(() => GapRule.Compute(new StandardRequirement(Code, ProficiencyLevel.Dasar), default(ProficiencyLevel)));
}

public sealed class JpmRuleTests
{
    [Theory]
    // required, actual, capping, expected percent
    [InlineData(new[] { 3, 3, 3 }, new[] { 3, 3, 3 }, JpmCapping.PerCompetency, "100")]
    [InlineData(new[] { 3, 3, 3 }, new[] { 5, 2, 2 }, JpmCapping.PerCompetency, "700/9")]
    [InlineData(new[] { 3, 3, 3 }, new[] { 5, 2, 2 }, JpmCapping.TotalOnly, "100")]
    [InlineData(new[] { 3, 3, 3 }, new[] { 5, 2, 2 }, JpmCapping.None, "100")]
    [InlineData(new[] { 3, 3, 3 }, new[] { 5, 5, 2 }, JpmCapping.None, "1200/9")]
    [InlineData(new[] { 3, 3, 3 }, new[] { 5, 5, 2 }, JpmCapping.TotalOnly, "100")]
    [InlineData(new[] { 2, 2, 2, 2, 2 }, new[] { 1, 2, 2, 2, 2 }, JpmCapping.PerCompetency, "90")]
    [InlineData(new[] { 1 }, new[] { 1 }, JpmCapping.PerCompetency, "100")]
    [InlineData(new[] { 5, 5 }, new[] { 1, 1 }, JpmCapping.PerCompetency, "20")]
    public void Percent_is_the_exact_ratio_of_sums(int[] required, int[] actual, JpmCapping capping, string expected)
    {
        var parts = expected.Split('/');
        var value = decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        if (parts.Length == 2)
        {
            value /= decimal.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        JpmRule.Percent(required, actual, capping).ShouldBe(value);
    }

    [Theory]
    [InlineData(100, "Optimal")]
    [InlineData(90, "Optimal")]
    [InlineData(89.999999, "Cukup Optimal")]
    [InlineData(78, "Cukup Optimal")]
    [InlineData(77.999999, "Kurang Optimal")]
    [InlineData(0, "Kurang Optimal")]
    public void Brin_bands_are_half_open_at_90_and_78(decimal percent, string band) =>
        JpmBandRuleSet.Brin3Of2023.Classify(percent).Name.ShouldBe(band);

    [Theory]
    [InlineData(80, "Memenuhi Syarat")]
    [InlineData(79.99, "Masih Memenuhi Syarat")]
    [InlineData(68, "Masih Memenuhi Syarat")]
    [InlineData(67.99, "Kurang Memenuhi Syarat")]
    public void Legacy_bands_are_half_open_at_80_and_68(decimal percent, string band) =>
        JpmBandRuleSet.Legacy.Classify(percent).Name.ShouldBe(band);

    [Fact]
    public void A_percentage_just_below_a_band_edge_is_not_rounded_into_it()
    {
        // 35/45 = 77.77...% is below 78 even though it would display as 77.78.
        var gaps = Enumerable.Range(1, 9)
            .Select(i => new CompetencyGap(CompetencyCode.From($"C.{i}"), ProficiencyLevel.Ahli, null, ProficiencyLevel.From(i <= 8 ? 4 : 3)))
            .ToArray();
        var result = JpmRule.Compute(gaps, JpmBandRuleSet.Brin3Of2023);

        result.Percent.ShouldBe(3500m / 45m);
        result.Band!.Name.ShouldBe("Kurang Optimal");
        result.RuleSet.Key.ShouldBe("jpm-bands/brin-3-2023@1");
    }

    [Fact]
    public void A_competency_not_assessed_makes_the_JPM_undefined_and_is_named()
    {
        var gaps = new[]
        {
            new CompetencyGap(CompetencyCode.From("M.01"), ProficiencyLevel.Dasar, null, ProficiencyLevel.Dasar),
            new CompetencyGap(CompetencyCode.From("M.02"), ProficiencyLevel.Dasar, null, null),
        };

        var result = JpmRule.Compute(gaps, JpmBandRuleSet.Brin3Of2023);

        result.IsDefined.ShouldBeFalse();
        result.Band.ShouldBeNull();
        result.NotAssessed.ShouldBe([CompetencyCode.From("M.02")]);
    }

    [Theory]
    [InlineData(new int[0], new int[0], "undefined")]
    [InlineData(new[] { 3 }, new[] { 3, 3 }, "same length")]
    public void Impossible_input_says_why(int[] required, int[] actual, string reason)
    {
        using var culture = new CultureScope("en-US");
        Should.Throw<ArgumentException>(() => JpmRule.Percent(required, actual)).Message.ShouldContain(reason);
    }

    [Theory]
    [InlineData(new[] { 3, 6 }, new[] { 3, 3 }, "position 1")]
    [InlineData(new[] { 3, 3 }, new[] { 0, 3 }, "position 0")]
    public void Levels_outside_1_to_5_are_refused_with_their_position(int[] required, int[] actual, string where)
    {
        using var culture = new CultureScope("en-US");
        Should.Throw<ArgumentOutOfRangeException>(() => JpmRule.Percent(required, actual)).Message.ShouldContain(where);
    }

    [Fact]
    public void Scoring_is_the_same_under_a_culture_with_a_decimal_comma()
    {
        using var culture = new CultureScope("de-DE");

        JpmRule.Percent([3, 3, 3], [3, 2, 2]).ShouldBe(700m / 9m);
        JpmBandRuleSet.Brin3Of2023.Classify(700m / 9m).Name.ShouldBe("Kurang Optimal");
    }
}

public sealed class NineBoxRuleTests
{
    [Theory]
    [InlineData(PerformanceRating.AboveExpectation, PotentialRating.Low, 4)]
    [InlineData(PerformanceRating.AboveExpectation, PotentialRating.Medium, 7)]
    [InlineData(PerformanceRating.AboveExpectation, PotentialRating.High, 9)]
    [InlineData(PerformanceRating.MeetsExpectation, PotentialRating.Low, 2)]
    [InlineData(PerformanceRating.MeetsExpectation, PotentialRating.Medium, 5)]
    [InlineData(PerformanceRating.MeetsExpectation, PotentialRating.High, 8)]
    [InlineData(PerformanceRating.BelowExpectation, PotentialRating.Low, 1)]
    [InlineData(PerformanceRating.BelowExpectation, PotentialRating.Medium, 3)]
    [InlineData(PerformanceRating.BelowExpectation, PotentialRating.High, 6)]
    public void Boxes_follow_the_PermenPANRB_3_2020_table(PerformanceRating performance, PotentialRating potential, int box)
    {
        NineBoxRule.BoxOf(performance, potential).ShouldBe(box);
        var placement = NineBoxRule.Place(performance, potential, NineBoxRuleSet.Default);
        placement.Box.ShouldBe(box);
        placement.Label.Indonesian.ShouldStartWith($"Kotak {box}:");
    }

    [Theory]
    [InlineData(1, "Pembinaan kinerja")]
    [InlineData(3, "Pembinaan kinerja")]
    [InlineData(4, "Rotasi")]
    [InlineData(6, "Rotasi")]
    [InlineData(7, "talent pool")]
    [InlineData(9, "talent pool")]
    public void Follow_ups_group_the_boxes(int box, string followUp) =>
        NineBoxRuleSet.Default.FollowUp(box).Indonesian.ShouldContain(followUp);

    [Theory]
    [InlineData(69.99, PerformanceRating.BelowExpectation)]
    [InlineData(70, PerformanceRating.MeetsExpectation)]
    [InlineData(89.99, PerformanceRating.MeetsExpectation)]
    [InlineData(90, PerformanceRating.AboveExpectation)]
    public void Performance_cut_offs_are_half_open(decimal score, PerformanceRating rating) =>
        NineBoxRuleSet.Default.ClassifyPerformance(score).ShouldBe(rating);

    [Theory]
    [InlineData(77.99, PotentialRating.Low)]
    [InlineData(78, PotentialRating.Medium)]
    [InlineData(90, PotentialRating.High)]
    public void Potential_cut_offs_are_half_open(decimal score, PotentialRating rating) =>
        NineBoxRuleSet.Default.ClassifyPotential(score).ShouldBe(rating);

    [Fact]
    public void Undefined_ratings_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => NineBoxRule.BoxOf((PerformanceRating)7, PotentialRating.Low));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Follow_up_of_a_box_outside_1_to_9_is_refused(int box) =>
        Should.Throw<ArgumentOutOfRangeException>(() => NineBoxRuleSet.Default.FollowUp(box));
}

public sealed class StructuralStandardTests
{
    [Theory]
    [InlineData(PositionKind.JptMadya, 5)]
    [InlineData(PositionKind.JptPratama, 4)]
    [InlineData(PositionKind.Administrator, 3)]
    [InlineData(PositionKind.Pengawas, 2)]
    [InlineData(PositionKind.Pelaksana, 1)]
    public void Structural_kinds_require_every_managerial_and_socio_cultural_competency_at_their_level(PositionKind kind, int level)
    {
        var framework = Reference.Permenpanrb38Of2017.Create(FrameworkId.New());

        var requirements = StructuralStandardRuleSet.Permenpanrb38Of2017.RequirementsFor(kind, framework);

        requirements.Count.ShouldBe(9);
        requirements.ShouldAllBe(r => r.Minimum.Value == level && r.Maximum == null);
        requirements.Select(r => r.Competency.Value).ShouldContain("SK.01");
    }

    [Fact]
    public void Functional_positions_have_no_default() =>
        Should.Throw<DomainRuleException>(() => StructuralStandardRuleSet.Permenpanrb38Of2017.LevelFor(PositionKind.Fungsional));
}
