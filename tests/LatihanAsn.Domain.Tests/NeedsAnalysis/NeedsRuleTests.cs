using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.Tests.NeedsAnalysis;

public sealed class JpConversionTests
{
    private static readonly JpConversionRuleSet Rules = JpConversionRuleSet.Default;

    [Theory]
    [InlineData(LearningForm.ELearning, 90, null, null, false, 2)]
    [InlineData(LearningForm.Coaching, 45, null, null, false, 1)]
    [InlineData(LearningForm.Seminar, 300, 1.0, null, false, 4)]
    [InlineData(LearningForm.Seminar, 300, 1.0, null, true, 6)]
    [InlineData(LearningForm.Seminar, 300, 0.5, null, false, 2)]
    [InlineData(LearningForm.Workshop, 400, 2.0, null, false, 10)]
    [InlineData(LearningForm.Workshop, 400, 1.0, null, true, 7)]
    [InlineData(LearningForm.Pelatihan, 1350, null, 30.0, false, 30)]
    [InlineData(LearningForm.Pelatihan, 1350, null, 30.0, true, 36)]
    [InlineData(LearningForm.Seminar, 135, null, null, false, 3)]      // no days: minutes are used
    [InlineData(LearningForm.Pelatihan, 225, null, null, false, 5)]    // no declared JP: minutes are used
    public void Activities_earn_JP_by_their_form(LearningForm form, int minutes, double? days, double? declared, bool international, decimal jp)
    {
        var credited = Rules.CreditMinutes(new LearningActivity(form, minutes, (decimal?)days, (decimal?)declared, international));
        Rules.ToJp(credited).ShouldBe(jp);
    }

    [Theory]
    [InlineData(LearningForm.Pelatihan, LearningRoute.Klasikal)]
    [InlineData(LearningForm.Sosialisasi, LearningRoute.Klasikal)]
    [InlineData(LearningForm.ELearning, LearningRoute.Nonklasikal)]
    [InlineData(LearningForm.Magang, LearningRoute.Nonklasikal)]
    public void Forms_belong_to_their_route(LearningForm form, LearningRoute route) => JpConversionRuleSet.RouteOf(form).ShouldBe(route);

    [Fact]
    public void Nine_sessions_of_100_minutes_are_exactly_20_JP()
    {
        var employee = EmployeeId.New();
        var minutes = Enumerable.Range(0, 9).Sum(_ => Rules.CreditMinutes(new LearningActivity(LearningForm.ELearning, 100)));

        var standing = LearningHoursRule.Standing(employee, 2026, 0m, minutes, Rules);

        standing.Jp.ShouldBe(20m);
        standing.Compliant.ShouldBeTrue();
        standing.ShortfallJp.ShouldBe(0m);
    }

    [Theory]
    [InlineData(0, 0, 20, false)]
    [InlineData(855, 0, 1, false)]
    [InlineData(450, 450, 0, true)]
    [InlineData(2000, 0, 0, true)]
    public void Shortfall_is_what_is_missing_to_20_JP(int klasikal, int nonklasikal, decimal shortfall, bool compliant)
    {
        var standing = LearningHoursRule.Standing(EmployeeId.New(), 2026, klasikal, nonklasikal, Rules);

        standing.ShortfallJp.ShouldBe(shortfall);
        standing.Compliant.ShouldBe(compliant);
        standing.KlasikalJp.ShouldBe(klasikal / 45m);
    }

    [Fact]
    public void Impossible_activities_are_refused()
    {
        Should.Throw<ArgumentException>(() => Rules.CreditMinutes(new LearningActivity(LearningForm.ELearning, 0)));
        Should.Throw<ArgumentException>(() => Rules.CreditMinutes(new LearningActivity(LearningForm.Seminar, 60, Days: -1m)));
        Should.Throw<ArgumentException>(() => Rules.CreditMinutes(new LearningActivity((LearningForm)99, 60)));
    }
}

public sealed class IndividualNeedsRuleTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private static CompetencyGap Gap(string code, int required, int? actual) =>
        new(CompetencyCode.From(code), ProficiencyLevel.From(required), null, actual is null ? null : ProficiencyLevel.From(actual.Value));

    [Fact]
    public void A_gap_against_the_position_to_be_held_is_a_training_need_even_when_the_held_one_is_met()
    {
        var needs = IndividualNeedsRule.Evaluate(EmployeeId.New(), Day, [Gap("M.01", 2, 3), Gap("M.03", 2, 2)], [Gap("M.03", 4, 2), Gap("M.08", 3, 3)], null);

        needs.Verdict.ShouldBe(IndividualNeedVerdict.TrainingNeed);
        needs.Needs.Select(n => (n.Competency.Value, n.Shortfall, n.IsTrainingNeed)).ShouldBe([("M.01", (int?)0, false), ("M.03", 2, true), ("M.08", 0, false)]);
        needs.Explanation.English.ShouldBe("Training needs: M.03 (-2).");
    }

    [Theory]
    [InlineData(80, 100, IndividualNeedVerdict.PerformanceGapOnly)]
    [InlineData(100, 100, IndividualNeedVerdict.NoNeed)]
    [InlineData(110, 100, IndividualNeedVerdict.NoNeed)]
    public void A_performance_gap_with_no_competency_gap_is_not_a_training_need(decimal result, decimal target, IndividualNeedVerdict verdict)
    {
        var needs = IndividualNeedsRule.Evaluate(EmployeeId.New(), Day, [Gap("M.01", 2, 2)], null, new PerformanceGap(2025, result, target));

        needs.Verdict.ShouldBe(verdict);
        needs.Performance!.Gap.ShouldBe(target - result);
    }

    [Fact]
    public void A_competency_gap_with_a_performance_gap_is_a_training_need()
    {
        var needs = IndividualNeedsRule.Evaluate(EmployeeId.New(), Day, [Gap("M.01", 3, 1)], null, new PerformanceGap(2025, 60, 100));
        needs.Verdict.ShouldBe(IndividualNeedVerdict.TrainingNeed);
    }

    [Fact]
    public void Unassessed_competencies_without_any_gap_make_the_analysis_incomplete()
    {
        var needs = IndividualNeedsRule.Evaluate(EmployeeId.New(), Day, [Gap("M.01", 2, 2), Gap("M.02", 2, null)], null, null);

        needs.Verdict.ShouldBe(IndividualNeedVerdict.Incomplete);
        needs.Explanation.Indonesian.ShouldContain("M.02");
    }
}

public sealed class PriorityRuleTests
{
    [Fact]
    public void The_score_is_the_weighted_sum_of_normalised_signals_and_says_which()
    {
        var evidence = new PriorityEvidence(MeanShortfall: 2m, Mwds: 10m, MwdsMaximum: 20m, Quadrant: LocusQuadrant.HH, ProposalRespondents: 5, SurveyRespondents: 20);

        var score = PriorityRule.Score(evidence, PriorityWeightsRuleSet.Default);

        // gap 2/4 x 0.4 = 0.2; Borich 10/20 x 0.3 = 0.15; HH 1 x 0.1 = 0.1; proposals 5/20 x 0.2 = 0.05.
        score.Score.ShouldBe(0.5m);
        score.Contributions.Select(c => (c.Signal, c.Contribution)).ShouldBe([
            (PrioritySignal.Gap, 0.2m), (PrioritySignal.Borich, 0.15m), (PrioritySignal.LocusHighHigh, 0.1m), (PrioritySignal.Proposals, 0.05m)]);
        score.Explanation.English.ShouldBe("mean gap 2 levels (+0.2); Borich MWDS 10 (+0.15); Locus for Focus HH quadrant (+0.1); proposed by 5 of 20 respondents (+0.05)");
        score.RuleSet.Id.ShouldBe("priority-weights/default");
    }

    [Fact]
    public void Missing_and_negative_signals_count_zero_and_are_not_listed()
    {
        var score = PriorityRule.Score(new PriorityEvidence(MeanShortfall: 0m, Mwds: -3m, MwdsMaximum: 20m, Quadrant: LocusQuadrant.HL), PriorityWeightsRuleSet.Default);

        score.Score.ShouldBe(0m);
        score.Contributions.ShouldBeEmpty();
        score.Explanation.Indonesian.ShouldBe("Tidak ada sinyal kebutuhan.");
    }

    [Theory]
    [InlineData(0.5, 0.5, 0.5, -0.5)]
    [InlineData(0.4, 0.3, 0.2, 0.2)]
    [InlineData(0.4, 0.3, 0.2, 0.0)]
    public void Weights_must_be_non_negative_and_sum_to_one(decimal gap, decimal borich, decimal locus, decimal proposals) =>
        Should.Throw<ArgumentException>(() => new PriorityWeightsRuleSet(new RuleSetInfo("w", "1", "test", new DateOnly(2020, 1, 1)), gap, borich, locus, proposals));
}

public sealed class NeedsRegisterRuleTests
{
    private static CompetencyNeed Need(string code, int required, int? actual) =>
        new(CompetencyCode.From(code), new CompetencyGap(CompetencyCode.From(code), ProficiencyLevel.From(required), null, actual is null ? null : ProficiencyLevel.From(actual.Value)), null);

    [Fact]
    public void Lines_group_the_affected_employees_with_severity_and_priority()
    {
        var a = EmployeeId.New();
        var b = EmployeeId.New();
        var c = EmployeeId.New();
        var members = new[]
        {
            new NeedsMember(a, "1813", "O1", PositionKind.Pelaksana, [Need("M.05", 2, 1), Need("M.03", 2, 2)]),
            new NeedsMember(b, "1813", "O1", PositionKind.Pelaksana, [Need("M.05", 3, 1), Need("M.03", 2, null)]),
            new NeedsMember(c, "1872", "O2", PositionKind.Pelaksana, [Need("M.05", 2, 2)]),
        };

        var register = NeedsRegisterRule.Build(members, [], RatingScale.OneToFive, PopulationDimension.Region, new DateOnly(2026, 6, 1), PriorityWeightsRuleSet.Default, 1);

        var line = register.Entries.ShouldHaveSingleItem();
        line.Group.ShouldBe("1813");
        line.Competency.Value.ShouldBe("M.05");
        line.TargetEmployees.ShouldBe([a, b]);
        line.Severity.ShouldBe(new NeedsSeverity(1.5m, 2, 1, 1));
        line.Priority.Score.ShouldBe(1.5m / 4m * 0.4m);
        line.Plan.ShouldBe(new PlanFields());
        register.Employees.ShouldBe(3);
    }

    [Fact]
    public void Survey_signals_add_lines_and_are_withheld_for_groups_under_the_minimum_size()
    {
        var members = Enumerable.Range(0, 5).Select(_ => new NeedsMember(EmployeeId.New(), "1871", "O1", PositionKind.Pelaksana, [Need("M.05", 2, 2)])).ToArray();
        SurveyMember Respondent(int i, string region) => new(
            $"r{i}", region, "O1", PositionKind.Pelaksana,
            [new RatingPair($"r{i}", "M.03", 5, 2)],
            [new Proposal($"r{i}", "O1", "TI untuk administrasi"), new Proposal($"r{i}", "O1", "Negosiasi", CompetencyCode.From("M.03"))]);
        // 1872's 2 respondents are under the minimum; 1801's 5, the smallest other group, are withheld as their complement.
        var respondents = Enumerable.Range(0, 6).Select(i => Respondent(i, "1871"))
            .Concat(Enumerable.Range(6, 2).Select(i => Respondent(i, "1872")))
            .Concat(Enumerable.Range(8, 5).Select(i => Respondent(i, "1801")));

        var register = NeedsRegisterRule.Build(members, respondents, RatingScale.OneToFive, PopulationDimension.Region, new DateOnly(2026, 6, 1), PriorityWeightsRuleSet.Default, 5);

        var line = register.Entries.Single(e => e.Group == "1871");
        line.Competency.Value.ShouldBe("M.03");
        line.Affected.ShouldBe(0);
        line.Priority.Contributions.Select(c => c.Signal).ShouldBe([PrioritySignal.Borich, PrioritySignal.Proposals, PrioritySignal.LocusHighHigh]);
        line.SurveySignalsWithheld.ShouldBeFalse();
        register.Entries.Where(e => e.Group == "1872" || e.Group == "1801").ShouldBeEmpty();
        register.UnlinkedProposals.Single().Topic.ShouldBe("TI untuk administrasi");
        register.SurveyRespondents.ShouldBe(13);
    }
}
