using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Tests.Competencies;
using static LatihanAsn.Domain.Tests.Evaluation.Numbers;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class GainRuleTests
{
    [Theory]
    // pre, post, max, g = (post - pre) / (max - pre)
    [InlineData("40", "70", "100", "0.5")]
    [InlineData("0", "100", "100", "1")]
    [InlineData("50", "40", "100", "-0.2")]
    [InlineData("99", "0", "100", "-99")]
    [InlineData("70", "70", "100", "0")]
    [InlineData("12.5", "17.5", "20", "0.6666666666666666666666666667")]
    [InlineData("100", "100", "100", null)] // pre at the maximum: undefined
    [InlineData("20", "20", "20", null)]
    public void Individual_gain_is_the_share_of_the_possible_gain(string pre, string post, string max, string? gain) =>
        GainRule.Individual(D(pre), D(post), D(max)).ShouldBe(Maybe(gain));

    [Theory]
    [InlineData("-1", "50")]
    [InlineData("50", "101")]
    public void Scores_outside_0_to_the_maximum_are_refused(string pre, string post) =>
        Should.Throw<ArgumentOutOfRangeException>(() => GainRule.Individual(D(pre), D(post), 100m));

    // Default bands as Indonesian practice prints Hake's: high > 0.7; medium 0.3 <= g <= 0.7; low < 0.3.
    [Theory]
    [InlineData("1", GainLevel.High)]
    [InlineData("0.7000001", GainLevel.High)]
    [InlineData("0.7", GainLevel.Medium)]
    [InlineData("0.5", GainLevel.Medium)]
    [InlineData("0.3", GainLevel.Medium)]
    [InlineData("0.2999999", GainLevel.Low)]
    [InlineData("0", GainLevel.Low)]
    [InlineData("-0.5", GainLevel.Low)]
    public void Default_bands_put_both_edges_in_medium(string gain, GainLevel level) =>
        GainBandRuleSet.Default.Classify(D(gain)).Level.ShouldBe(level);

    [Theory]
    [InlineData("0.7", GainLevel.High)]
    [InlineData("0.6999999", GainLevel.Medium)]
    [InlineData("0.3", GainLevel.Medium)]
    public void The_Hake_1998_alternative_puts_0_7_in_high(string gain, GainLevel level) =>
        GainBandRuleSet.Hake1998.Classify(D(gain)).Level.ShouldBe(level);

    [Fact]
    public void Class_gain_and_mean_individual_gain_differ_and_pre_at_maximum_is_excluded_and_counted()
    {
        // max 100; (0, 50) g 0.5; (50, 60) g 0.2; (90, 100) g 1; (100, 100) excluded.
        var result = GainRule.Compute([new(0m, 50m), new(50m, 60m), new(90m, 100m), new(100m, 100m)], 100m);

        result.Pairs.ShouldBe(4);
        result.Included.ShouldBe(3);
        result.ExcludedAtMaximum.ShouldBe(1);
        result.MeanPre.ShouldBe(140m / 3);
        result.MeanPost.ShouldBe(70m);
        // class: (70 - 46.67) / (100 - 46.67) = 70 / 160 = 0.4375 (medium).
        result.ClassGain.ShouldBe(0.4375m);
        result.ClassBand!.Level.ShouldBe(GainLevel.Medium);
        // mean individual: (0.5 + 0.2 + 1) / 3 = 0.5666..
        result.MeanIndividualGain.ShouldBe(1.7m / 3);
        result.RuleSet.Key.ShouldBe("gain-bands/hake-id@1");
    }

    [Fact]
    public void Paired_dz_uses_every_pair_and_the_sample_sd()
    {
        // differences 50, 10, 10, 0: mean 17.5; squared deviations 1056.25 + 56.25 + 56.25 + 306.25 = 1475;
        // sd = sqrt(1475 / 3) = 22.17355782608345120841005135687..; d_z = 17.5 / sd = 0.78922832940297029724849335338..;
        // t = d_z x sqrt(4) = 1.57845665880594059449698670676..
        var result = GainRule.Compute([new(0m, 50m), new(50m, 60m), new(90m, 100m), new(100m, 100m)], 100m).EffectSize;

        result.Pairs.ShouldBe(4);
        result.MeanDifference.ShouldBe(17.5m);
        result.SdDifference.ShouldBeAbout(22.173557826083451208410051357m);
        result.CohensDz.ShouldBeAbout(0.789228329402970297248493353m);
        result.T.ShouldBeAbout(1.578456658805940594496986707m);
        result.Undefined.ShouldBeNull();
    }

    [Fact]
    public void A_negative_mean_difference_gives_a_negative_dz()
    {
        // differences -10, -20, -30: mean -20, sd 10, d_z -2, t = -2 sqrt(3).
        var result = GainRule.Compute([new(50m, 40m), new(50m, 30m), new(50m, 20m)], 100m);

        result.EffectSize.SdDifference.ShouldBeAbout(10m);
        result.EffectSize.CohensDz.ShouldBeAbout(-2m);
        result.EffectSize.T.ShouldBeAbout(-3.464101615137754587054892683m);
        result.ClassGain.ShouldBe(-0.4m);
        result.ClassBand!.Level.ShouldBe(GainLevel.Low);
    }

    [Fact]
    public void One_pair_or_identical_differences_leave_dz_undefined_and_say_why()
    {
        var one = GainRule.Compute([new(40m, 70m)], 100m);
        var same = GainRule.Compute([new(40m, 70m), new(10m, 40m), new(60m, 90m)], 100m);

        one.EffectSize.CohensDz.ShouldBeNull();
        one.EffectSize.Undefined.ShouldBe(UndefinedReason.TooFewPairs);
        one.EffectSize.MeanDifference.ShouldBe(30m);
        one.ClassGain.ShouldBe(0.5m);
        same.EffectSize.CohensDz.ShouldBeNull();
        same.EffectSize.SdDifference.ShouldBe(0m);
        same.EffectSize.Undefined.ShouldBe(UndefinedReason.ZeroVariance);
    }

    [Fact]
    public void No_pairs_or_everyone_at_the_maximum_leave_the_gain_undefined_and_say_why()
    {
        var none = GainRule.Compute([], 100m);
        var all = GainRule.Compute([new(100m, 100m), new(100m, 90m)], 100m);

        none.ClassGain.ShouldBeNull();
        none.Undefined.ShouldBe(UndefinedReason.NoAnswers);
        all.ClassGain.ShouldBeNull();
        all.MeanIndividualGain.ShouldBeNull();
        all.Undefined.ShouldBe(UndefinedReason.AllAtMaximum);
        all.ExcludedAtMaximum.ShouldBe(2);
        all.EffectSize.MeanDifference.ShouldBe(-5m);
    }

    [Fact]
    public void The_span_overload_agrees_with_the_decimal_overload()
    {
        var random = new Random(1998);
        var pre = new int[5000];
        var post = new int[5000];
        for (var i = 0; i < pre.Length; i++)
        {
            pre[i] = random.Next(0, 101);
            post[i] = Math.Clamp(pre[i] + random.Next(-20, 41), 0, 100);
        }

        var fromSpan = GainRule.Compute(pre, post, 100, GainBandRuleSet.Default);
        var fromPairs = GainRule.Compute(pre.Zip(post, (p, q) => new PrePostScore(p, q)).ToArray(), 100m);

        fromSpan.Included.ShouldBe(fromPairs.Included);
        fromSpan.ClassGain.ShouldBe(fromPairs.ClassGain);
        fromSpan.MeanIndividualGain.ShouldBeAbout(fromPairs.MeanIndividualGain!.Value, 24);
        fromSpan.EffectSize.CohensDz.ShouldBe(fromPairs.EffectSize.CohensDz);
        fromSpan.EffectSize.T.ShouldBe(fromPairs.EffectSize.T);
    }

    [Fact]
    public void A_maximum_above_the_stack_buffer_uses_a_pooled_one()
    {
        var result = GainRule.Compute([0, 500, 999], [1000, 750, 1000], 1000, GainBandRuleSet.Default);

        // g = 1, 0.5, 1 -> mean 2.5 / 3; class = (1000 + 250 + 1) / (1000 + 500 + 1) = 1251 / 1501.
        result.MeanIndividualGain.ShouldBe(2.5m / 3);
        result.ClassGain.ShouldBe(1251m / 1501m);
    }

    [Fact]
    public void The_span_overload_refuses_scores_off_the_scale_naming_the_participant()
    {
        using var culture = new CultureScope("en-GB");

        Should.Throw<ArgumentOutOfRangeException>(() => GainRule.Compute([10, 20, 30], [10, 120, 30], 100, GainBandRuleSet.Default))
            .Message.ShouldContain("participant 1");
        Should.Throw<ArgumentException>(() => GainRule.Compute([10], [10, 20], 100, GainBandRuleSet.Default));
    }
}
