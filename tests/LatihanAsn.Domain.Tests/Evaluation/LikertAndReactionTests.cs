using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Tests.Competencies;
using static LatihanAsn.Domain.Tests.Evaluation.Numbers;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class LikertScaleTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(1, 4)]
    [InlineData(0, 10)]
    [InlineData(0, 100)]
    public void A_scale_keeps_its_bounds(int min, int max)
    {
        var scale = LikertScale.From(min, max);

        scale.Minimum.ShouldBe(min);
        scale.Maximum.ShouldBe(max);
        scale.Contains(min).ShouldBeTrue();
        scale.Contains(max).ShouldBeTrue();
        scale.Contains(min - 1).ShouldBeFalse();
        scale.Contains(max + 1).ShouldBeFalse();
    }

    [Theory]
    [InlineData(3, 3)]
    [InlineData(5, 1)]
    [InlineData(-1, 4)]
    [InlineData(1, 101)]
    public void Bad_bounds_are_refused(int min, int max) =>
        Should.Throw<ArgumentOutOfRangeException>(() => LikertScale.From(min, max));

    [Fact]
    public void The_default_value_contains_nothing() => default(LikertScale).Contains(0).ShouldBeFalse();
}

public sealed class LikertBandRuleSetTests
{
    // 1-5 in 5 bands: width 0.8, edges 1.8, 2.6, 3.4, 4.2; half-open [lower, upper), top band closed at 5.
    [Theory]
    [InlineData("1", 1)]
    [InlineData("1.79", 1)]
    [InlineData("1.7999999999", 1)]
    [InlineData("1.8", 2)]   // the printed table (1.00-1.80) puts 1.80 in band 1: this rule set does not
    [InlineData("2.59", 2)]
    [InlineData("2.6", 3)]   // printed: band 2
    [InlineData("3.4", 4)]   // printed: band 3
    [InlineData("4.19", 4)]
    [InlineData("4.2", 5)]   // printed: band 4
    [InlineData("4.805", 5)]
    [InlineData("5", 5)]     // top band closed
    public void One_to_five_means_fall_in_half_open_bands(string mean, int rank)
    {
        var band = LikertBandRuleSet.Default.Classify(D(mean), LikertScale.OneToFive);

        band.Rank.ShouldBe(rank);
        band.Lower.ShouldBeLessThanOrEqualTo(D(mean));
        if (band.UpperInclusive)
        {
            band.Upper.ShouldBeGreaterThanOrEqualTo(D(mean));
        }
        else
        {
            band.Upper.ShouldBeGreaterThan(D(mean));
        }
    }

    // 1-4 in 5 bands: width 0.6, edges 1.6, 2.2, 2.8, 3.4.
    [Theory]
    [InlineData("1.59", 1)]
    [InlineData("1.6", 2)]
    [InlineData("2.2", 3)]
    [InlineData("2.79", 3)]
    [InlineData("2.8", 4)]
    [InlineData("3.4", 5)]
    [InlineData("4", 5)]
    public void One_to_four_means_use_width_six_tenths(string mean, int rank) =>
        LikertBandRuleSet.Default.Classify(D(mean), LikertScale.OneToFour).Rank.ShouldBe(rank);

    [Fact]
    public void The_bands_of_a_scale_tile_it_without_gaps()
    {
        var bands = LikertBandRuleSet.Default.BandsFor(LikertScale.OneToFive);

        bands.Select(b => b.Lower).ShouldBe([1m, 1.8m, 2.6m, 3.4m, 4.2m]);
        bands.Select(b => b.Upper).ShouldBe([1.8m, 2.6m, 3.4m, 4.2m, 5m]);
        bands.Select(b => b.UpperInclusive).ShouldBe([false, false, false, false, true]);
        bands.Select(b => b.Name.Indonesian).ShouldBe(["Sangat Kurang", "Kurang", "Cukup", "Baik", "Sangat Baik"]);
    }

    [Theory]
    [InlineData("0.99")]
    [InlineData("5.01")]
    public void A_mean_outside_the_scale_is_refused(string mean) =>
        Should.Throw<ArgumentOutOfRangeException>(() => LikertBandRuleSet.Default.Classify(D(mean), LikertScale.OneToFive));

    [Fact]
    public void Three_bands_keep_exact_edges_without_dividing()
    {
        // 1-4 in 3 bands: edges 2 and 3 exactly.
        var rules = new LikertBandRuleSet(new RuleSetInfo("t", "1", "test", new DateOnly(2000, 1, 1)), [new("a", "a"), new("b", "b"), new("c", "c")]);

        rules.Classify(1.9999m, LikertScale.OneToFour).Rank.ShouldBe(1);
        rules.Classify(2m, LikertScale.OneToFour).Rank.ShouldBe(2);
        rules.Classify(3m, LikertScale.OneToFour).Rank.ShouldBe(3);
    }
}

public sealed class NpsRuleTests
{
    [Theory]
    // answers, promoters, passives, detractors, score (= 100 (P - D) / N)
    [InlineData(new[] { 10, 9, 9, 10 }, 4, 0, 0, "100")]
    [InlineData(new[] { 0, 6, 3 }, 0, 0, 3, "-100")]
    [InlineData(new[] { 7, 8 }, 0, 2, 0, "0")]
    [InlineData(new[] { 10, 9, 8, 7, 6, 0 }, 2, 2, 2, "0")]
    [InlineData(new[] { 10, 10, 10, 6 }, 3, 0, 1, "50")]
    [InlineData(new[] { 9, 6, 7 }, 1, 1, 1, "0")]
    [InlineData(new[] { 9, 9, 6 }, 2, 0, 1, "33.333333333333333333333333333")]
    public void Score_is_promoters_minus_detractors_over_all(int[] answers, int promoters, int passives, int detractors, string score)
    {
        var result = NpsRule.Compute(answers);

        result.Promoters.ShouldBe(promoters);
        result.Passives.ShouldBe(passives);
        result.Detractors.ShouldBe(detractors);
        result.Answers.ShouldBe(answers.Length);
        result.Score.ShouldBe(D(score));
        result.RuleSet.Key.ShouldBe("nps/reichheld-2003@1");
    }

    [Fact]
    public void No_answers_is_undefined_and_says_so()
    {
        var result = NpsRule.Compute(Array.Empty<int>());

        result.Score.ShouldBeNull();
        result.Undefined.ShouldBe(UndefinedReason.NoAnswers);
    }

    [Theory]
    [InlineData(new[] { 5, 11 }, 1)]
    [InlineData(new[] { -1 }, 0)]
    public void An_answer_outside_0_to_10_is_refused_naming_its_position(int[] answers, int position)
    {
        using var culture = new CultureScope("en-GB");

        Should.Throw<ArgumentOutOfRangeException>(() => NpsRule.Compute(answers)).Message.ShouldContain($"position {position}");
    }

    [Theory]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    public void The_cut_offs_are_9_and_6(int answer, NpsCategory category) => NpsRuleSet.Default.Classify(answer).ShouldBe(category);
}

public sealed class ReactionRuleTests
{
    private static readonly ReactionQuestionnaire Questionnaire = new(
        LikertScale.OneToFour,
        [
            new ReactionItem("c1", ReactionAspect.Content, "Materi relevan dengan tugas"),
            new ReactionItem("c2", ReactionAspect.Content, "Materi mudah dipahami"),
            new ReactionItem("f1", ReactionAspect.Facilitator, "Widyaiswara menguasai materi"),
            new ReactionItem("o1", ReactionAspect.Organisation, "Jadwal tepat waktu"),
        ],
        new ReactionItem("rec", ReactionAspect.Other, "Seberapa mungkin Anda merekomendasikan pelatihan ini?"));

    [Fact]
    public void Means_per_item_aspect_and_overall_pool_answers()
    {
        Dictionary<string, int>[] responses =
        [
            new() { ["C1"] = 4, ["c2"] = 3, ["F1"] = 4, ["O1"] = 2, ["REC"] = 10 },
            new() { ["C1"] = 3, ["c2"] = 3, ["F1"] = 4, ["O1"] = 3, ["REC"] = 6 },
            new() { ["C1"] = 4, ["F1"] = 3, ["REC"] = 9 }, // skipped c2 and o1
        ];

        var result = ReactionRule.Compute(Questionnaire, responses);

        result.Respondents.ShouldBe(3);
        // c1: 4+3+4 = 11 / 3; c2: 6 / 2 = 3; f1: 11 / 3; o1: 5 / 2 = 2.5.
        result.Items.Select(i => (i.Item.Code, i.Summary.Answers, i.Summary.Mean!.Value)).ShouldBe(
            [("C1", 3, 11m / 3), ("C2", 2, 3m), ("F1", 3, 11m / 3), ("O1", 2, 2.5m)]);
        // content pools c1 and c2: (11 + 6) / 5 = 3.4, the lower edge of the top band of 1-4 (3.4-4).
        var content = result.Aspects.Single(a => a.Aspect == ReactionAspect.Content);
        content.Summary.Mean.ShouldBe(3.4m);
        content.Summary.Band!.Rank.ShouldBe(5);
        // x 25 = 85.00: B (76.61-88.30).
        content.Score.Value.ShouldBe(85m);
        content.Score.Grade!.Letter.ShouldBe("B");
        result.Aspects.Select(a => a.Aspect).ShouldBe([ReactionAspect.Content, ReactionAspect.Facilitator, ReactionAspect.Organisation]);
        // overall: (11 + 6 + 11 + 5) / 10 = 3.3 -> 82.5.
        result.Overall.Mean.ShouldBe(3.3m);
        result.Overall.Answers.ShouldBe(10);
        result.OverallScore.Rounded.ShouldBe(82.5m);
        // NPS: promoters 10, 9; detractor 6 -> 100 (2 - 1) / 3.
        result.Nps!.Score.ShouldBe(100m / 3);
        result.RuleSets.Select(r => r.Key).ShouldBe(["likert-bands/equal-width-5@1", "skm/permenpanrb-14-2017@1", "nps/reichheld-2003@1"]);
    }

    [Fact]
    public void The_1_to_4_score_is_graded_on_its_value_rounded_half_away_from_zero()
    {
        // Mean 3.5322 x 25 = 88.305 -> 88.31 (A); banker's rounding would give 88.30 (B).
        var summary = ReactionRule.FromSum(35322, 10000, LikertScale.OneToFour);

        var score = ReactionRule.ConvertToHundred(summary, LikertScale.OneToFour);

        score.Value.ShouldBe(88.305m);
        score.Rounded.ShouldBe(88.31m);
        score.Grade!.Letter.ShouldBe("A");
    }

    [Fact]
    public void Other_scales_have_no_x25_score_and_say_why()
    {
        var summary = ReactionRule.Summarise([4, 5], LikertScale.OneToFive);

        var score = ReactionRule.ConvertToHundred(summary, LikertScale.OneToFive);

        summary.Mean.ShouldBe(4.5m);
        score.Value.ShouldBeNull();
        score.Undefined.ShouldBe(UndefinedReason.ScaleNotSupported);
    }

    [Fact]
    public void No_answers_give_undefined_means_not_zero()
    {
        var result = ReactionRule.Compute(Questionnaire, [new Dictionary<string, int> { ["rec"] = 8 }]);

        result.Overall.Mean.ShouldBeNull();
        result.Overall.Undefined.ShouldBe(UndefinedReason.NoAnswers);
        result.OverallScore.Undefined.ShouldBe(UndefinedReason.NoAnswers);
        result.Items.ShouldAllBe(i => i.Summary.Mean == null);
        result.Nps!.Passives.ShouldBe(1);
    }

    [Theory]
    [InlineData("c1", 5, typeof(ArgumentOutOfRangeException), "response 1")]
    [InlineData("c1", 0, typeof(ArgumentOutOfRangeException), "item C1")]
    [InlineData("rec", 11, typeof(ArgumentOutOfRangeException), "0-10")]
    [InlineData("x9", 3, typeof(ArgumentException), "'x9'")]
    public void Impossible_answers_are_refused_naming_where(string item, int answer, Type exception, string where)
    {
        using var culture = new CultureScope("en-US");
        Dictionary<string, int>[] responses = [new() { ["c1"] = 4 }, new() { [item] = answer }];

        var error = Should.Throw<ArgumentException>(() => ReactionRule.Compute(Questionnaire, responses));

        error.GetType().ShouldBe(exception);
        error.Message.ShouldContain(where);
    }

    [Fact]
    public void A_summary_of_answers_off_the_scale_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => ReactionRule.Summarise([1, 2, 6], LikertScale.OneToFive)).Message.ShouldContain("2");

    [Fact]
    public void Item_codes_must_be_unique_including_the_recommend_item() =>
        Should.Throw<ArgumentException>(() => new ReactionQuestionnaire(
            LikertScale.OneToFive,
            [new ReactionItem("a", ReactionAspect.Content, "x")],
            new ReactionItem("A", ReactionAspect.Other, "y")));
}
