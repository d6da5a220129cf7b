using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class PlanModelTests
{
    private static readonly EmployeeId Ani = EmployeeId.New();
    private static readonly EmployeeId Budi = EmployeeId.New();

    private static EvaluationPlan Plan(EvaluationDesign? design = null, params PlannedMeasurement[] measurements) => EvaluationPlan.Create(
        EvaluationPlanId.New(),
        CourseRunId.New(),
        "Pelatihan",
        "BPSDM",
        "1872",
        "METRO-DISKOMINFO",
        new DateOnly(2026, 6, 1),
        new DateOnly(2026, 6, 5),
        measurements.Length == 0 ? [new PlannedMeasurement("L2-POST", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, 0)] : measurements,
        [Ani, Budi],
        design ?? new EvaluationDesign(TestMaximum: 100m));

    [Theory]
    [InlineData(KirkpatrickLevel.Reaction, EvaluationInstrument.ReactionQuestionnaire, true)]
    [InlineData(KirkpatrickLevel.Learning, EvaluationInstrument.ReactionQuestionnaire, false)]
    [InlineData(KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, true)]
    [InlineData(KirkpatrickLevel.Learning, EvaluationInstrument.GradedAssessment, true)]
    [InlineData(KirkpatrickLevel.Behaviour, EvaluationInstrument.PeerObservation, true)]
    [InlineData(KirkpatrickLevel.Results, EvaluationInstrument.SupervisorObservation, false)]
    [InlineData(KirkpatrickLevel.Results, EvaluationInstrument.SatisfactionSurvey, true)]
    [InlineData(KirkpatrickLevel.Roi, EvaluationInstrument.CostBenefitAnalysis, true)]
    [InlineData(KirkpatrickLevel.Roi, EvaluationInstrument.KpiMeasurement, false)]
    [InlineData(KirkpatrickLevel.Reaction, EvaluationInstrument.Interview, true)]
    [InlineData(KirkpatrickLevel.Roi, EvaluationInstrument.DirectObservation, true)]
    public void Instruments_suit_their_levels(KirkpatrickLevel level, EvaluationInstrument instrument, bool suits) =>
        EvaluationPlan.Suits(level, instrument).ShouldBe(suits);

    [Fact]
    public void The_aggregate_cannot_be_created_in_an_invalid_state()
    {
        Should.Throw<ArgumentException>(() => Plan(new EvaluationDesign())); // a test without a maximum
        Should.Throw<ArgumentException>(() => Plan(null, new PlannedMeasurement("L1", KirkpatrickLevel.Reaction, EvaluationInstrument.ReactionQuestionnaire, MeasurementPhase.After, 0)));
        Should.Throw<ArgumentException>(() => Plan(null, new PlannedMeasurement("L2", KirkpatrickLevel.Behaviour, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, 0)));
        Should.Throw<ArgumentException>(() => Plan(
            null,
            new PlannedMeasurement("A", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, 0),
            new PlannedMeasurement("a", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.Before, 0)));
    }

    [Fact]
    public void Recording_checks_everything_before_changing_anything()
    {
        var plan = Plan();
        plan.RecordAttendance([new AttendanceEntry(Ani, true), new AttendanceEntry(Budi, true)]);
        plan.ClearDomainEvents();

        Should.Throw<DomainRuleException>(() => plan.RecordTestScores("L2-POST", [new ParticipantScore(Ani, 90m), new ParticipantScore(Budi, 101m)])).Code.ShouldBe("domain_rule.score_outside_range");
        Should.Throw<DomainRuleException>(() => plan.RecordTestScores("L2-POST", [new ParticipantScore(Ani, 90m), new ParticipantScore(EmployeeId.New(), 50m)]));
        Should.Throw<DomainRuleException>(() => plan.RecordTestScores("L9", [new ParticipantScore(Ani, 90m)]));

        plan.TestScores.ShouldBeEmpty();
        plan.DomainEvents.ShouldBeEmpty();
        plan.RecordTestScores("l2-post", [new ParticipantScore(Ani, 90m)]);
        plan.TestScores.Single().ShouldBe(new TestScore("L2-POST", Ani, MeasurementPhase.After, 90m));
        plan.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<MeasurementRecorded>().MeasurementCode.ShouldBe("L2-POST");
    }
}
