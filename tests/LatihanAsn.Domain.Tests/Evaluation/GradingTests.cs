using LatihanAsn.Domain.Evaluation;
using static LatihanAsn.Domain.Tests.Evaluation.Numbers;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class QualificationBandTests
{
    // LAN: Sangat Memuaskan 90.01-100, Memuaskan 80.01-90, Cukup Memuaskan 70.01-80, Kurang Memuaskan 60.01-70,
    // Tidak Memuaskan <= 60: lower bounds exclusive on the unrounded score.
    [Theory]
    [InlineData("100", "Sangat Memuaskan", true)]
    [InlineData("90.01", "Sangat Memuaskan", true)]
    [InlineData("90.001", "Sangat Memuaskan", true)]  // between the printed 90 and 90.01: no gap
    [InlineData("90", "Memuaskan", true)]
    [InlineData("80.01", "Memuaskan", true)]
    [InlineData("80", "Cukup Memuaskan", true)]
    [InlineData("70.01", "Cukup Memuaskan", true)]
    [InlineData("70", "Kurang Memuaskan", true)]
    [InlineData("60.01", "Kurang Memuaskan", true)]
    [InlineData("60", "Tidak Memuaskan", false)]
    [InlineData("0", "Tidak Memuaskan", false)]
    public void Bands_have_exclusive_lower_bounds(string score, string band, bool passes)
    {
        var result = QualificationBandRuleSet.Lan.Classify(D(score));

        result.Name.ShouldBe(band);
        result.Passes.ShouldBe(passes);
    }

    [Theory]
    [InlineData("-0.01")]
    [InlineData("100.01")]
    public void Scores_outside_0_to_100_are_refused(string score) =>
        Should.Throw<ArgumentOutOfRangeException>(() => QualificationBandRuleSet.Lan.Classify(D(score)));

    [Fact]
    public void The_LAN_default_is_marked_unverified() =>
        QualificationBandRuleSet.Lan.Info.Certainty.ShouldBe(LatihanAsn.Domain.Common.SourceCertainty.Unverified);
}

public sealed class FinalScoreRuleTests
{
    private static readonly GradingScheme Latsar = GradingSchemeRuleSet.LanBasicTraining.Scheme;

    [Theory]
    // academic, attitude, project -> 0.2 a + 0.2 b + 0.6 c
    [InlineData("80", "90", "85", "85", "Memuaskan")]        // 16 + 18 + 51
    [InlineData("100", "100", "100", "100", "Sangat Memuaskan")]
    [InlineData("90", "90", "90.01", "90.006", "Sangat Memuaskan")]
    [InlineData("100", "100", "75", "85", "Memuaskan")]
    [InlineData("50", "50", "66.67", "60.002", "Kurang Memuaskan")]
    [InlineData("50", "50", "66.66", "59.996", "Tidak Memuaskan")]
    public void The_final_score_is_the_weighted_sum_of_components(string academic, string attitude, string project, string total, string band)
    {
        var score = FinalScoreRule.Compute(Latsar, new Dictionary<string, decimal> { ["academic"] = D(academic), ["ATTITUDE"] = D(attitude), ["Project"] = D(project) });

        score.Score.ShouldBe(D(total));
        score.Band!.Name.ShouldBe(band);
    }

    [Fact]
    public void A_missing_component_leaves_the_score_undefined_and_names_it()
    {
        var score = FinalScoreRule.Compute(Latsar, new Dictionary<string, decimal> { ["ACADEMIC"] = 80m });

        score.Score.ShouldBeNull();
        score.Undefined.ShouldBe(UndefinedReason.MissingComponent);
        score.MissingComponents.ShouldBe(["ATTITUDE", "PROJECT"]);
    }

    [Fact]
    public void Unknown_components_and_scores_off_the_scale_are_refused()
    {
        Should.Throw<ArgumentException>(() => FinalScoreRule.Compute(Latsar, new Dictionary<string, decimal> { ["BONUS"] = 10m }));
        Should.Throw<ArgumentOutOfRangeException>(() => FinalScoreRule.Compute(Latsar, new Dictionary<string, decimal> { ["ACADEMIC"] = 101m }));
    }

    [Theory]
    [InlineData(new[] { "20", "20", "60" }, true)]
    [InlineData(new[] { "0.2", "0.2", "0.6" }, true)]
    [InlineData(new[] { "33.33", "33.33", "33.34" }, true)]
    [InlineData(new[] { "1" }, true)]
    [InlineData(new[] { "20", "20", "59" }, false)]
    [InlineData(new[] { "0.2", "0.2", "0.61" }, false)]
    [InlineData(new[] { "50", "50", "0" }, false)]
    [InlineData(new[] { "0.5", "0.6", "-0.1" }, false)]
    public void Weights_must_sum_to_exactly_1_or_100(string[] weights, bool valid)
    {
        var components = weights.Select((w, i) => new GradingComponent($"C{i}", $"Komponen {i}", D(w))).ToArray();

        GradingScheme.TryCheck(components, out var error).ShouldBe(valid);
        if (valid)
        {
            GradingScheme.Create(components).Components.Sum(c => c.Weight).ShouldBe(1m);
        }
        else
        {
            error.ShouldNotBeNull();
            Should.Throw<ArgumentException>(() => GradingScheme.Create(components));
        }
    }

    [Fact]
    public void Percentages_are_kept_as_fractions() =>
        Latsar.Components.Select(c => (c.Code, c.Weight)).ShouldBe([("ACADEMIC", 0.2m), ("ATTITUDE", 0.2m), ("PROJECT", 0.6m)]);
}
