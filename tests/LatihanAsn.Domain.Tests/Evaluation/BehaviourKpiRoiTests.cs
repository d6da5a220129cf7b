using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using static LatihanAsn.Domain.Tests.Evaluation.Numbers;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class BehaviourChangeRuleTests
{
    private static BehaviourObservation R(RaterKind rater, string indicator, MeasurementPhase phase, int rating) => new(rater, indicator, phase, rating);

    [Fact]
    public void Change_is_after_mean_minus_before_mean_per_indicator_rater_and_overall()
    {
        var ratings = new[]
        {
            R(RaterKind.Supervisor, "IND-1", MeasurementPhase.Before, 2),
            R(RaterKind.Supervisor, "IND-1", MeasurementPhase.Before, 3),
            R(RaterKind.Supervisor, "IND-1", MeasurementPhase.After, 4),
            R(RaterKind.Peer, "IND-1", MeasurementPhase.Before, 3),
            R(RaterKind.Peer, "IND-1", MeasurementPhase.After, 3),
            R(RaterKind.Self, "ind-2", MeasurementPhase.Before, 1),
            R(RaterKind.Self, "IND-2", MeasurementPhase.After, 5),
        };
        var transfer = BehaviourChangeRule.Transfer(4, []);

        var result = BehaviourChangeRule.Compute(LikertScale.OneToFive, ["ind-1", "IND-2"], ratings, transfer);

        // overall: before (2 + 3 + 3 + 1) / 4 = 2.25; after (4 + 3 + 5) / 3 = 4; change 1.75.
        result.Overall.BeforeMean.ShouldBe(2.25m);
        result.Overall.AfterMean.ShouldBe(4m);
        result.Overall.Change.ShouldBe(1.75m);
        result.Overall.AfterBand!.Rank.ShouldBe(4);
        // supervisor: 2.5 -> 4 = +1.5; peer 3 -> 3 = 0; self 1 -> 5 = +4.
        result.ByRater[RaterKind.Supervisor].Change.ShouldBe(1.5m);
        result.ByRater[RaterKind.Peer].Change.ShouldBe(0m);
        result.ByRater[RaterKind.Self].Change.ShouldBe(4m);
        // IND-1: (2 + 3 + 3) / 3 -> (4 + 3) / 2 = 3.5 - 8/3.
        result.Indicators[0].Indicator.ShouldBe("IND-1");
        result.Indicators[0].Overall.Change.ShouldBe(3.5m - (8m / 3));
        result.Indicators[0].ByRater.Keys.ShouldBe([RaterKind.Supervisor, RaterKind.Peer]);
        result.Indicators[1].Overall.Change.ShouldBe(4m);
    }

    [Fact]
    public void No_baseline_or_no_follow_up_is_undefined_and_says_which()
    {
        var noBefore = BehaviourChangeRule.Change(LikertScale.OneToFive, [R(RaterKind.Supervisor, "A", MeasurementPhase.After, 4)]);
        var noAfter = BehaviourChangeRule.Change(LikertScale.OneToFive, [R(RaterKind.Supervisor, "A", MeasurementPhase.Before, 4)]);

        noBefore.Change.ShouldBeNull();
        noBefore.Undefined.ShouldBe(UndefinedReason.NoBaseline);
        noBefore.AfterMean.ShouldBe(4m);
        noAfter.Undefined.ShouldBe(UndefinedReason.NoFollowUp);
    }

    [Fact]
    public void Ratings_off_the_scale_or_of_unknown_indicators_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => BehaviourChangeRule.Change(LikertScale.OneToFive, [R(RaterKind.Peer, "A", MeasurementPhase.After, 6)]));
        Should.Throw<ArgumentException>(() => BehaviourChangeRule.Compute(
            LikertScale.OneToFive, ["A"], [R(RaterKind.Peer, "B", MeasurementPhase.After, 3)], BehaviourChangeRule.Transfer(1, [])));
    }

    [Fact]
    public void Transfer_counts_colleagues_sessions_and_the_share_who_shared()
    {
        var a = EmployeeId.New();
        var b = EmployeeId.New();
        var day = new DateOnly(2026, 9, 1);

        var summary = BehaviourChangeRule.Transfer(4, [new(a, day, 3, 1), new(a, day, 2, 0), new(b, day, 0, 0)]);

        summary.ParticipantsWhoShared.ShouldBe(1);
        summary.SharePercent.ShouldBe(25m);
        summary.ColleaguesTaught.ShouldBe(5);
        summary.SessionsShared.ShouldBe(1);
        summary.ColleaguesPerParticipant.ShouldBe(1.25m);
        BehaviourChangeRule.Transfer(0, []).SharePercent.ShouldBeNull();
    }
}

public sealed class KpiChangeRuleTests
{
    private static readonly DateOnly Day = new(2026, 1, 31);

    private static KpiObservation O(string kpi, ComparisonGroup group, MeasurementPhase phase, string value, int month = 0) =>
        new(kpi, group, phase, Day.AddMonths(month), D(value));

    [Theory]
    // direction, before, after, change, outcome
    [InlineData(KpiDirection.LowerIsBetter, "48", "30", "-18", ChangeOutcome.Improved)]
    [InlineData(KpiDirection.LowerIsBetter, "30", "48", "18", ChangeOutcome.Worsened)]
    [InlineData(KpiDirection.HigherIsBetter, "60", "75", "15", ChangeOutcome.Improved)]
    [InlineData(KpiDirection.HigherIsBetter, "75", "60", "-15", ChangeOutcome.Worsened)]
    [InlineData(KpiDirection.HigherIsBetter, "70", "70", "0", ChangeOutcome.Unchanged)]
    public void The_outcome_reads_the_change_by_the_direction(KpiDirection direction, string before, string after, string change, ChangeOutcome outcome)
    {
        var kpi = new KpiDefinition("K", "KPI", "u", direction);

        var result = KpiChangeRule.Compute(kpi, [O("k", ComparisonGroup.Trained, MeasurementPhase.Before, before), O("K", ComparisonGroup.Trained, MeasurementPhase.After, after)]);

        result.Trained.Change.ShouldBe(D(change));
        result.Trained.Outcome.ShouldBe(outcome);
        result.Outcome.ShouldBe(outcome);
        result.Comparison.ShouldBeNull();
        result.DifferenceInDifferences.ShouldBeNull();
    }

    [Fact]
    public void A_series_is_summarised_by_its_mean_and_a_comparison_group_gives_difference_in_differences()
    {
        // Median complaint response time (hours), monthly: trained 50, 46 -> 32, 28 (48 -> 30, -18);
        // comparison 52, 48 -> 46, 44 (50 -> 45, -5). DiD = -18 - (-5) = -13: improved, as lower is better.
        var kpi = new KpiDefinition("RESPONSE-HOURS", "Median waktu respons pengaduan", "jam", KpiDirection.LowerIsBetter, Target: 36m);
        var observations = new[]
        {
            O("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.Before, "50", 0),
            O("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.Before, "46", 1),
            O("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.After, "32", 4),
            O("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.After, "28", 5),
            O("RESPONSE-HOURS", ComparisonGroup.Comparison, MeasurementPhase.Before, "52", 0),
            O("RESPONSE-HOURS", ComparisonGroup.Comparison, MeasurementPhase.Before, "48", 1),
            O("RESPONSE-HOURS", ComparisonGroup.Comparison, MeasurementPhase.After, "46", 4),
            O("RESPONSE-HOURS", ComparisonGroup.Comparison, MeasurementPhase.After, "44", 5),
            O("OTHER", ComparisonGroup.Trained, MeasurementPhase.After, "1"),
        };

        var result = KpiChangeRule.Compute(kpi, observations);

        result.Trained.BeforeMean.ShouldBe(48m);
        result.Trained.AfterMean.ShouldBe(30m);
        result.Trained.RelativeChangePercent.ShouldBe(-37.5m);
        result.Comparison!.Change.ShouldBe(-5m);
        result.DifferenceInDifferences.ShouldBe(-13m);
        result.Outcome.ShouldBe(ChangeOutcome.Improved);
        result.TargetMet.ShouldBe(true);
    }

    [Fact]
    public void The_verdict_follows_difference_in_differences_when_the_comparison_improved_more()
    {
        // Trained +5 points, comparison +8 points of a higher-is-better KPI: DiD -3, worsened relative to the comparison.
        var kpi = new KpiDefinition("RESOLVED", "Pengaduan selesai tepat waktu", "%", KpiDirection.HigherIsBetter, Target: 90m);
        var result = KpiChangeRule.Compute(kpi,
        [
            O("RESOLVED", ComparisonGroup.Trained, MeasurementPhase.Before, "70"),
            O("RESOLVED", ComparisonGroup.Trained, MeasurementPhase.After, "75"),
            O("RESOLVED", ComparisonGroup.Comparison, MeasurementPhase.Before, "60"),
            O("RESOLVED", ComparisonGroup.Comparison, MeasurementPhase.After, "68"),
        ]);

        result.Trained.Outcome.ShouldBe(ChangeOutcome.Improved);
        result.DifferenceInDifferences.ShouldBe(-3m);
        result.Outcome.ShouldBe(ChangeOutcome.Worsened);
        result.TargetMet.ShouldBe(false);
    }

    [Fact]
    public void Missing_phases_and_a_zero_baseline_are_undefined_and_say_why()
    {
        var kpi = new KpiDefinition("K", "KPI", "u", KpiDirection.HigherIsBetter);

        var noBefore = KpiChangeRule.Compute(kpi, [O("K", ComparisonGroup.Trained, MeasurementPhase.After, "5")]);
        var noAfter = KpiChangeRule.Compute(kpi, [O("K", ComparisonGroup.Trained, MeasurementPhase.Before, "5")]);
        var zero = KpiChangeRule.Compute(kpi, [O("K", ComparisonGroup.Trained, MeasurementPhase.Before, "0"), O("K", ComparisonGroup.Trained, MeasurementPhase.After, "5")]);

        noBefore.Trained.Undefined.ShouldBe(UndefinedReason.NoBaseline);
        noBefore.Outcome.ShouldBeNull();
        noAfter.Trained.Undefined.ShouldBe(UndefinedReason.NoFollowUp);
        noAfter.TargetMet.ShouldBeNull();
        zero.Trained.Change.ShouldBe(5m);
        zero.Trained.RelativeChangePercent.ShouldBeNull();
        zero.Trained.RelativeUndefined.ShouldBe(UndefinedReason.ZeroBaseline);
    }
}

public sealed class RoiRuleTests
{
    [Theory]
    // Published checks (Phillips): 60,000 / 20,000 -> BCR 3, ROI 200 %; 350,000 / 200,000 -> BCR 1.75, ROI 75 %.
    [InlineData("60000", "20000", "3", "200", true)]
    [InlineData("350000", "200000", "1.75", "75", true)]
    [InlineData("100", "100", "1", "0", true)]
    [InlineData("50", "100", "0.5", "-50", false)]
    [InlineData("0", "100", "0", "-100", false)]
    public void BCR_is_benefits_over_costs_and_ROI_is_net_benefits_over_costs(string benefits, string costs, string bcr, string roi, bool meetsTarget)
    {
        var result = RoiRule.Compute(D(benefits), D(costs));

        result.Bcr.ShouldBe(D(bcr));
        result.RoiPercent.ShouldBe(D(roi));
        result.MeetsTarget.ShouldBe(meetsTarget);
        result.RuleSet.Key.ShouldBe("roi/phillips@1");
    }

    [Fact]
    public void Zero_costs_are_undefined_and_say_so()
    {
        var result = RoiRule.Compute(1000m, 0m);

        result.Bcr.ShouldBeNull();
        result.RoiPercent.ShouldBeNull();
        result.MeetsTarget.ShouldBeNull();
        result.Undefined.ShouldBe(UndefinedReason.ZeroCosts);
        UndefinedReasons.Describe(UndefinedReason.ZeroCosts).English.ShouldContain("costs are zero");
    }

    [Theory]
    [InlineData("-1", "10")]
    [InlineData("10", "-1")]
    public void Negative_amounts_are_refused(string benefits, string costs) =>
        Should.Throw<ArgumentOutOfRangeException>(() => RoiRule.Compute(D(benefits), D(costs)));

    [Fact]
    public void Benefits_are_adjusted_for_isolation_and_confidence_and_costs_are_fully_loaded()
    {
        // 100,000 x 0.5 x 0.8 = 40,000 and 30,000 x 1 x 0.5 = 15,000 -> 55,000;
        // costs 10,000 + 5,000 + 7,000 + 3,000 = 25,000 -> BCR 2.2, ROI 120 %.
        var analysis = RoiRule.Analyse(
            [
                new CostItem(CostCategory.Development, "Desain kurikulum", 10000m),
                new CostItem(CostCategory.Delivery, "Honor widyaiswara", 5000m),
                new CostItem(CostCategory.ParticipantTime, "Gaji peserta selama pelatihan", 7000m),
                new CostItem(CostCategory.Evaluation, "Survei dan wawancara", 3000m),
            ],
            [
                new MonetisedBenefit("Jam kerja hemat", 100000m, 0.5m, 0.8m),
                new MonetisedBenefit("Denda keterlambatan yang dihindari", 30000m, 1m, 0.5m),
            ],
            ["Kepuasan warga", " ", "Moral pegawai"]);

        analysis.Benefits.Select(b => b.Adjusted).ShouldBe([40000m, 15000m]);
        analysis.CostsByCategory[CostCategory.Travel].ShouldBe(0m);
        analysis.CostsByCategory[CostCategory.Development].ShouldBe(10000m);
        analysis.Result.Costs.ShouldBe(25000m);
        analysis.Result.Benefits.ShouldBe(55000m);
        analysis.Result.Bcr.ShouldBe(2.2m);
        analysis.Result.RoiPercent.ShouldBe(120m);
        analysis.Intangibles.ShouldBe(["Kepuasan warga", "Moral pegawai"]);
    }

    [Theory]
    [InlineData("1.1", "1")]
    [InlineData("1", "-0.1")]
    public void Factors_outside_0_to_1_are_refused(string isolation, string confidence) =>
        Should.Throw<ArgumentOutOfRangeException>(() => RoiRule.Analyse([], [new MonetisedBenefit("x", 10m, D(isolation), D(confidence))]));

    [Fact]
    public void A_higher_target_is_a_rule_set_a_host_supplies()
    {
        var target = new RoiRuleSet(new LatihanAsn.Domain.Common.RuleSetInfo("roi/agency", "1", "Target ROI 25 %", new DateOnly(2026, 1, 1)), 25m);

        RoiRule.Compute(120m, 100m, target).MeetsTarget.ShouldBe(false);
        RoiRule.Compute(125m, 100m, target).MeetsTarget.ShouldBe(true);
    }
}
