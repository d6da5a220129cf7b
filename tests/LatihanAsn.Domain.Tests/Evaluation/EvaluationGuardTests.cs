using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Tests.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;
using static LatihanAsn.Domain.Tests.Evaluation.EvaluationFixture;

namespace LatihanAsn.Domain.Tests.Evaluation;

/// <summary>
/// The evaluation aggregates refuse what their own state forbids, without the mediator: each refusal is a
/// <see cref="DomainRuleException"/> with its stable code, and the aggregate is left exactly as it was.
/// </summary>
public sealed class EvaluationGuardTests
{
    public static TheoryData<string, string> PlanRefusals => new()
    {
        { "attendance of an outsider", "not_a_participant" },
        { "a measurement not in the plan", "measurement_not_in_plan" },
        { "a measurement of another instrument", "measurement_instrument_mismatch" },
        { "a reaction from an absentee", "participant_not_present" },
        { "a reaction from an outsider", "not_a_participant" },
        { "a second reaction", "already_recorded" },
        { "a reaction to an unknown item", "item_not_in_questionnaire" },
        { "a reaction off the scale", "answer_outside_scale" },
        { "a post-test of an absentee", "participant_not_present" },
        { "a test score above the maximum", "score_outside_range" },
        { "a second pre-test", "already_recorded" },
        { "a component not in the scheme", "component_not_in_scheme" },
        { "a rating of an unknown indicator", "indicator_not_in_plan" },
        { "a rating off the scale", "rating_outside_scale" },
        { "a second rating by the same rater", "already_recorded" },
        { "a transfer by an absentee", "participant_not_present" },
        { "a KPI not in the plan", "kpi_not_in_plan" },
        { "a KPI observed twice", "already_recorded" },
        { "an interview naming an outsider", "not_a_participant" },
    };

    [Theory]
    [MemberData(nameof(PlanRefusals))]
    public async Task An_evaluation_plan_refuses(string move, string rule)
    {
        using var host = new TestHost();
        var (world, id) = await CreateAsync(host);
        await RecordAttendanceAsync(host, world, id);
        await host.Send(new RecordReactionResponses(id, "L1-REACTION", [new(world.MetroStaff[0], Answers(("C1", 4)))]));
        await host.Send(new RecordTestScores(id, "L2-PRE", [new(world.MetroStaff[0], 50m)]));
        await host.Send(new RecordBehaviourRatings(id, "L3-SUP-90", "Kabid", new DateOnly(2026, 9, 5), [new(world.MetroStaff[0], "RESP", 4)]));
        await host.Send(new RecordKpiObservations(id, "L4-KPI-90", [new("RESPONSE-HOURS", ComparisonGroup.Trained, new DateOnly(2026, 9, 30), 32m)]));
        var plan = host.Store.Set<EvaluationPlan>().Single();
        var (present, absent, outsider) = (world.MetroStaff[1], world.MetroStaff[3], world.MetroStaff[5]);
        var day = new DateOnly(2026, 9, 30);

        FollowUpGuardTests.Refuses(plan, rule, move switch
        {
            "attendance of an outsider" => p => p.RecordAttendance([new AttendanceEntry(present, true), new AttendanceEntry(outsider, true)]),
            "a measurement not in the plan" => p => p.RecordTestScores("L9", [new ParticipantScore(present, 50m)]),
            "a measurement of another instrument" => p => p.RecordTestScores("L1-REACTION", [new ParticipantScore(present, 50m)]),
            "a reaction from an absentee" => p => p.RecordReactionResponses("L1-REACTION", [new(present, Answers(("C1", 4))), new(absent, Answers(("C1", 4)))]),
            "a reaction from an outsider" => p => p.RecordReactionResponses("L1-REACTION", [new(outsider, Answers(("C1", 4)))]),
            "a second reaction" => p => p.RecordReactionResponses("L1-REACTION", [new(world.MetroStaff[0], Answers(("C1", 3)))]),
            "a reaction to an unknown item" => p => p.RecordReactionResponses("L1-REACTION", [new(present, Answers(("Z9", 3)))]),
            "a reaction off the scale" => p => p.RecordReactionResponses("L1-REACTION", [new(present, Answers(("C1", 5)))]),
            "a post-test of an absentee" => p => p.RecordTestScores("L2-POST", [new ParticipantScore(present, 80m), new ParticipantScore(absent, 70m)]),
            "a test score above the maximum" => p => p.RecordTestScores("L2-POST", [new ParticipantScore(present, 101m)]),
            "a second pre-test" => p => p.RecordTestScores("L2-PRE", [new ParticipantScore(present, 40m), new ParticipantScore(world.MetroStaff[0], 60m)]),
            "a component not in the scheme" => p => p.RecordComponentScores("L2-GRADE", [new ComponentScoreEntry(present, "BONUS", 10m)]),
            "a rating of an unknown indicator" => p => p.RecordBehaviourRatings("L3-SUP-90", "Kabid", day, [new BehaviourRatingEntry(present, "XX", 3)]),
            "a rating off the scale" => p => p.RecordBehaviourRatings("L3-SUP-90", "Kabid", day, [new BehaviourRatingEntry(present, "DOC", 9)]),
            "a second rating by the same rater" => p => p.RecordBehaviourRatings("L3-SUP-90", "Kabid", day, [new BehaviourRatingEntry(world.MetroStaff[0], "RESP", 5)]),
            "a transfer by an absentee" => p => p.RecordTransfer(new KnowledgeTransfer(absent, day, 2, 1, null)),
            "a KPI not in the plan" => p => p.RecordKpiObservations("L4-KPI-90", [new KpiObservation("NOPE", ComparisonGroup.Trained, MeasurementPhase.After, day, 1m)]),
            "a KPI observed twice" => p => p.RecordKpiObservations("L4-KPI-90", [new KpiObservation("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.After, day, 30m)]),
            "an interview naming an outsider" => p => p.RecordQualitative(new QualitativeRecord("L3-INT", EvidenceMethod.Interview, day, "Tim", "Kabid", outsider, null,
                [new("respons lebih cepat", KirkpatrickLevel.Behaviour, FindingDirection.Positive, "catatan")])),
            _ => throw new ArgumentOutOfRangeException(nameof(move)),
        });
    }

    [Fact]
    public async Task An_SKM_survey_refuses_an_element_it_does_not_have_and_keeps_its_responses()
    {
        using var host = new TestHost();
        await World.CreateAsync(host);
        var id = await host.Send(new CreateSkmSurvey(World.MetroOpd, "Perizinan", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)));
        await host.Send(new RecordSkmResponses(id, [new SkmResponse(new Dictionary<string, int> { ["U1"] = 4 })]));
        var survey = host.Store.Set<SkmSurvey>().Single();

        FollowUpGuardTests.Refuses(survey, "element_not_in_survey", s => s.AddResponses(
            [new SkmResponse(new Dictionary<string, int> { ["U2"] = 3 }), new SkmResponse(new Dictionary<string, int> { ["U10"] = 3 })]));
    }
}
