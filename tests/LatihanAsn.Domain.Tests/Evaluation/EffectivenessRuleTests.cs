using LatihanAsn.Domain.Evaluation;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class TriangulationRuleTests
{
    [Theory]
    [InlineData(null, null, EvidenceAgreement.NoEvidence)]
    [InlineData(null, FindingDirection.Positive, EvidenceAgreement.QuantitativeOnly)]
    [InlineData(FindingDirection.Negative, null, EvidenceAgreement.QualitativeOnly)]
    [InlineData(FindingDirection.Positive, FindingDirection.Positive, EvidenceAgreement.Agree)]
    [InlineData(FindingDirection.Negative, FindingDirection.Negative, EvidenceAgreement.Agree)]
    [InlineData(FindingDirection.Neutral, FindingDirection.Neutral, EvidenceAgreement.Agree)]
    [InlineData(FindingDirection.Positive, FindingDirection.Negative, EvidenceAgreement.Disagree)]
    [InlineData(FindingDirection.Negative, FindingDirection.Positive, EvidenceAgreement.Disagree)]
    [InlineData(FindingDirection.Neutral, FindingDirection.Positive, EvidenceAgreement.Partly)]
    [InlineData(FindingDirection.Positive, FindingDirection.Neutral, EvidenceAgreement.Partly)]
    public void Agreement_compares_signs(FindingDirection? qualitative, FindingDirection? quantitative, EvidenceAgreement agreement) =>
        TriangulationRule.Agreement(qualitative, quantitative).ShouldBe(agreement);

    [Fact]
    public void Findings_are_counted_per_level_and_balanced()
    {
        IReadOnlyList<CodedFinding>[] records =
        [
            [new("respons lebih cepat", KirkpatrickLevel.Behaviour, FindingDirection.Positive, "Sekarang saya balas dalam sehari"), new("materi", KirkpatrickLevel.Reaction, FindingDirection.Positive)],
            [new("Respons lebih cepat", KirkpatrickLevel.Behaviour, FindingDirection.Positive)],
            [new("beban kerja", KirkpatrickLevel.Behaviour, FindingDirection.Negative), new("sistem baru", KirkpatrickLevel.Behaviour, FindingDirection.Neutral)],
            [new("biaya", KirkpatrickLevel.Roi, FindingDirection.Negative)],
        ];

        var evidence = TriangulationRule.Compare(KirkpatrickLevel.Behaviour, FindingDirection.Negative, records);

        evidence.Records.ShouldBe(3);
        (evidence.Positive, evidence.Neutral, evidence.Negative).ShouldBe((2, 1, 1));
        evidence.Qualitative.ShouldBe(FindingDirection.Positive);
        evidence.Agreement.ShouldBe(EvidenceAgreement.Disagree);
        evidence.Themes.ShouldBe(["respons lebih cepat", "beban kerja", "sistem baru"]);
    }
}

public sealed class EffectivenessRuleTests
{
    private static readonly IReadOnlyList<MeasurementState> NoStates = [];

    private static ReactionResult Reaction(int four, int one)
    {
        var questionnaire = new ReactionQuestionnaire(LikertScale.OneToFour, [new ReactionItem("Q", ReactionAspect.Content, "q")]);
        var answers = Enumerable.Repeat(4, four).Concat(Enumerable.Repeat(1, one)).Select(a => (IReadOnlyDictionary<string, int>)new Dictionary<string, int> { ["Q"] = a });
        return ReactionRule.Compute(questionnaire, answers);
    }

    private static GainResult Gain(decimal pre, decimal post) => GainRule.Compute([new PrePostScore(pre, post), new PrePostScore(pre, post - 1)], 100m);

    private static BehaviourResult Behaviour(int before, int after) => BehaviourChangeRule.Compute(
        LikertScale.OneToFive,
        ["A"],
        [new BehaviourObservation(RaterKind.Supervisor, "A", MeasurementPhase.Before, before), new BehaviourObservation(RaterKind.Supervisor, "A", MeasurementPhase.After, after)],
        BehaviourChangeRule.Transfer(2, []));

    private static KpiChange Kpi(string before, string after) => KpiChangeRule.Compute(
        new KpiDefinition("RESPONSE-HOURS", "Waktu respons", "jam", KpiDirection.LowerIsBetter),
        [
            new KpiObservation("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.Before, new DateOnly(2026, 1, 1), Numbers.D(before)),
            new KpiObservation("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.After, new DateOnly(2026, 6, 1), Numbers.D(after)),
        ]);

    [Fact]
    public void Nothing_measured_is_insufficient_evidence()
    {
        var assessment = EffectivenessRule.Assess(new EffectivenessInput(null, null, null, [], null, [], NoStates));

        assessment.Verdict.ShouldBe(EffectivenessVerdict.InsufficientEvidence);
        assessment.Levels.ShouldAllBe(l => l.Outcome == LevelOutcome.NotMeasured);
        assessment.Levels.Select(l => (int)l.Level).ShouldBe([1, 2, 3, 4, 5]);
        assessment.Text.English.ShouldStartWith("Not enough evidence");
        assessment.Text.Indonesian.ShouldStartWith("Bukti belum cukup");
    }

    [Fact]
    public void Reaction_and_learning_met_without_behaviour_or_results_is_promising()
    {
        // Reaction: 9 x 4 and 1 x 1 -> 3.7 (band 5 of 1-4); gain (40 -> 80, 79) = 79 / 120 -> medium.
        var assessment = EffectivenessRule.Assess(new EffectivenessInput(Reaction(9, 1), Gain(40m, 80m), null, [], null, [], NoStates));

        assessment.Levels[0].Outcome.ShouldBe(LevelOutcome.Met);
        assessment.Levels[1].Outcome.ShouldBe(LevelOutcome.Met);
        assessment.Verdict.ShouldBe(EffectivenessVerdict.Promising);
        assessment.Levels[0].Summary.English.ShouldContain("mean 3.70 on the 1-4 scale (Very good)");
        assessment.Levels[0].Summary.Indonesian.ShouldContain("rata-rata 3.70 pada skala 1-4 (Sangat Baik)");
    }

    [Fact]
    public void Every_level_met_including_behaviour_and_results_is_effective()
    {
        var roi = RoiRule.Analyse([new CostItem(CostCategory.Delivery, "x", 20000m)], [new MonetisedBenefit("y", 60000m, 1m, 1m)]);

        var assessment = EffectivenessRule.Assess(new EffectivenessInput(Reaction(9, 1), Gain(40m, 80m), Behaviour(2, 4), [Kpi("48", "30")], roi, [], NoStates));

        assessment.Verdict.ShouldBe(EffectivenessVerdict.Effective);
        assessment.Levels.ShouldAllBe(l => l.Outcome == LevelOutcome.Met);
        assessment.Levels[4].Summary.English.ShouldContain("ROI 200.00 %, BCR 3.00");
        assessment.Levels[3].Summary.English.ShouldContain("1 of 1 KPIs improved");
        assessment.Text.English.ShouldStartWith("Effective:");
    }

    [Fact]
    public void Some_levels_met_and_some_not_is_partly_effective_and_none_met_is_not_effective()
    {
        // Reaction 1 x 4 and 9 x 1 -> 1.3 (band 1): not met. Behaviour 3 -> 2: not met. KPI up (worse): not met.
        var partly = EffectivenessRule.Assess(new EffectivenessInput(Reaction(1, 9), Gain(40m, 80m), null, [], null, [], NoStates));
        var none = EffectivenessRule.Assess(new EffectivenessInput(Reaction(1, 9), null, Behaviour(3, 2), [Kpi("30", "48")], null, [], NoStates));

        partly.Verdict.ShouldBe(EffectivenessVerdict.PartlyEffective);
        none.Verdict.ShouldBe(EffectivenessVerdict.NotEffective);
        none.Levels[2].Summary.English.ShouldContain("change -1.00");
    }

    [Fact]
    public void An_undefined_level_is_not_judged_and_says_why()
    {
        var roi = RoiRule.Analyse([], [new MonetisedBenefit("y", 1000m, 1m, 1m)]);

        var assessment = EffectivenessRule.Assess(new EffectivenessInput(null, GainRule.Compute([new PrePostScore(100m, 100m)], 100m), null, [], roi, [], NoStates));

        assessment.Levels[1].Outcome.ShouldBe(LevelOutcome.Undefined);
        assessment.Levels[1].Summary.English.ShouldContain("pre-test is at the maximum");
        assessment.Levels[4].Outcome.ShouldBe(LevelOutcome.Undefined);
        assessment.Levels[4].Summary.English.ShouldContain("costs are zero");
        assessment.Verdict.ShouldBe(EffectivenessVerdict.InsufficientEvidence);
    }

    [Fact]
    public void Qualitative_findings_that_contradict_the_numbers_are_named_in_the_text()
    {
        IReadOnlyList<CodedFinding>[] findings = [[new("tidak ada perubahan", KirkpatrickLevel.Results, FindingDirection.Negative, "Antrean tetap panjang")]];

        var assessment = EffectivenessRule.Assess(new EffectivenessInput(null, null, null, [Kpi("48", "30")], null, findings, NoStates));

        assessment.Levels[3].Evidence.Agreement.ShouldBe(EvidenceAgreement.Disagree);
        assessment.Text.English.ShouldContain("contradict the numbers at L4");
        assessment.Text.Indonesian.ShouldContain("bertentangan dengan angka pada L4");
    }
}
