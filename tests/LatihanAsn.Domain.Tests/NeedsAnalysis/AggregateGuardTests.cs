using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.NeedsAnalysis;

public sealed class NeedsAggregateGuardTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly CompetencyCode M03 = CompetencyCode.From("M.03");
    private static readonly CompetencyCode M05 = CompetencyCode.From("M.05");
    private static readonly JpConversionRuleSet Rules = JpConversionRuleSet.Default;

    private static NeedsSurvey Survey(bool proposals = true, string? region = "1872") =>
        NeedsSurvey.Open(SurveyId.New(), "AKPK 2026", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(region), [new SurveyItem(M03), new SurveyItem(M05)], proposals, At).Saved();

    private static NeedsSurvey Closed()
    {
        var survey = Survey();
        survey.Close(At.AddDays(7));
        return survey.Saved();
    }

    private static Employee Rina(string region = "1872") => Make.Employee(region).Saved();

    private static SurveyResponse Response(NeedsSurvey survey) =>
        SurveyResponse.Submit(SurveyResponseId.New(), survey, Rina(), PositionKind.Pelaksana, [new SurveyAnswer(M03, 5, 2)], [new ProposedTopic("Negosiasi")], At.AddHours(1)).Saved();

    private static (NeedsSurvey Survey, SurveyResponse Response) Answered()
    {
        var survey = Survey();
        return (survey, Response(survey));
    }

    private static LearningHoursLedger Ledger()
    {
        var ledger = LearningHoursLedger.Open(LedgerId.New(), Rina(), 2026);
        ledger.Credit(new DateOnly(2026, 2, 1), new LearningActivity(LearningForm.ELearning, 450), "ASN Unggul", "CERT-1", Rules, At);
        return ledger.Saved();
    }

    private static PerformanceAppraisal Appraisal() => PerformanceAppraisal.Record(AppraisalId.New(), Rina(), 2025, 80m, 100m, At).Saved();

    private static readonly IReadOnlyDictionary<string, Refusal> Refusals = new Dictionary<string, Refusal>(StringComparer.Ordinal)
    {
        // NeedsSurvey
        ["closed survey closed again"] = new(() => [Closed()], a => ((NeedsSurvey)a[0]).Close(At.AddDays(8)), "domain_rule.survey_closed"),
        ["closed survey asked to take responses"] = new(() => [Closed()], a => ((NeedsSurvey)a[0]).EnsureOpen(), "domain_rule.survey_closed"),

        // SurveyResponse: the first submission (the survey must not change either)
        ["response to a closed survey"] = new(() => [Closed()], a => Response((NeedsSurvey)a[0]), "domain_rule.survey_closed"),
        ["respondent outside the population"] = new(
            () => [Survey()],
            a => SurveyResponse.Submit(SurveyResponseId.New(), (NeedsSurvey)a[0], Rina("1813"), PositionKind.Pelaksana, [new SurveyAnswer(M03, 4, 2)], [], At),
            "domain_rule.respondent_not_in_population"),
        ["rating outside the scale"] = new(
            () => [Survey()],
            a => SurveyResponse.Submit(SurveyResponseId.New(), (NeedsSurvey)a[0], Rina(), PositionKind.Pelaksana, [new SurveyAnswer(M03, 6, 2)], [], At),
            "domain_rule.response_does_not_fit_survey"),
        ["item the survey does not ask"] = new(
            () => [Survey()],
            a => SurveyResponse.Submit(SurveyResponseId.New(), (NeedsSurvey)a[0], Rina(), PositionKind.Pelaksana, [new SurveyAnswer(CompetencyCode.From("M.01"), 4, 2)], [], At),
            "domain_rule.response_does_not_fit_survey"),
        ["proposal to a survey that takes none"] = new(
            () => [Survey(proposals: false)],
            a => SurveyResponse.Submit(SurveyResponseId.New(), (NeedsSurvey)a[0], Rina(), PositionKind.Pelaksana, [], [new ProposedTopic("Negosiasi")], At),
            "domain_rule.response_does_not_fit_survey"),
        ["item answered twice"] = new(
            () => [Survey()],
            a => SurveyResponse.Submit(SurveyResponseId.New(), (NeedsSurvey)a[0], Rina(), PositionKind.Pelaksana, [new SurveyAnswer(M03, 4, 2), new SurveyAnswer(M03, 3, 3)], [], At),
            AggregateGuard.Argument),
        ["empty response"] = new(
            () => [Survey()], a => SurveyResponse.Submit(SurveyResponseId.New(), (NeedsSurvey)a[0], Rina(), PositionKind.Pelaksana, [], [], At), AggregateGuard.Argument),

        // SurveyResponse: a replacement
        ["replacement after the survey closed"] = new(() =>
        {
            var (survey, response) = Answered();
            survey.Close(At.AddDays(7));
            return [survey.Saved(), response];
        }, a => ((SurveyResponse)a[1]).Replace((NeedsSurvey)a[0], [new SurveyAnswer(M03, 3, 3)], [], At.AddDays(8)), "domain_rule.survey_closed"),
        ["replacement outside the scale"] = new(() =>
        {
            var (survey, response) = Answered();
            return [survey, response];
        }, a => ((SurveyResponse)a[1]).Replace((NeedsSurvey)a[0], [new SurveyAnswer(M05, 3, 0)], [], At.AddDays(1)), "domain_rule.response_does_not_fit_survey"),
        ["replacement against another survey"] = new(
            () => [Survey(), Answered().Response], a => ((SurveyResponse)a[1]).Replace((NeedsSurvey)a[0], [new SurveyAnswer(M03, 3, 3)], [], At.AddDays(1)), AggregateGuard.Argument),

        // LearningHoursLedger
        ["activity outside the ledger's year"] = new(
            () => [Ledger()], a => ((LearningHoursLedger)a[0]).Credit(new DateOnly(2025, 12, 31), new LearningActivity(LearningForm.Seminar, 300, 1m), "Seminar", null, Rules, At), AggregateGuard.Argument),
        ["activity without a title"] = new(
            () => [Ledger()], a => ((LearningHoursLedger)a[0]).Credit(new DateOnly(2026, 5, 1), new LearningActivity(LearningForm.Seminar, 300, 1m), " ", null, Rules, At), AggregateGuard.Argument),
        ["ledger following another employee"] = new(() => [Ledger()], a => ((LearningHoursLedger)a[0]).FollowTransfer(Make.Employee("1813", "OPD-B")), AggregateGuard.Argument),

        // PerformanceAppraisal
        ["appraisal following another employee"] = new(() => [Appraisal()], a => ((PerformanceAppraisal)a[0]).FollowTransfer(Make.Employee("1813", "OPD-B")), AggregateGuard.Argument),
    };

    private static readonly IReadOnlyDictionary<string, Action> RefusedCreations = new Dictionary<string, Action>(StringComparer.Ordinal)
    {
        ["survey of an OPD without its region"] = () => NeedsSurvey.Open(SurveyId.New(), "AKPK", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(null, "OPD-A"), [new SurveyItem(M03)], true, At),
        ["survey without items"] = () => NeedsSurvey.Open(SurveyId.New(), "AKPK", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(), [], true, At),
        ["survey asking an item twice"] = () => NeedsSurvey.Open(SurveyId.New(), "AKPK", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(), [new SurveyItem(M03), new SurveyItem(M03)], true, At),
        ["ledger of a year out of range"] = () => LearningHoursLedger.Open(LedgerId.New(), Make.Employee(), 1900),
        ["appraisal with a negative result"] = () => PerformanceAppraisal.Record(AppraisalId.New(), Make.Employee(), 2025, -1m, 100m, At),
        ["appraisal with no target"] = () => PerformanceAppraisal.Record(AppraisalId.New(), Make.Employee(), 2025, 80m, 0m, At),
    };

    public static TheoryData<string> RefusalNames => AggregateGuard.Names(Refusals);

    public static TheoryData<string> CreationNames => AggregateGuard.Names(RefusedCreations);

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void A_refused_change_throws_its_code_and_leaves_the_aggregates_unchanged(string name) => AggregateGuard.Refuses(Refusals[name]);

    [Theory]
    [MemberData(nameof(CreationNames))]
    public void A_refused_creation_is_a_programmer_error(string name) => Should.Throw<ArgumentException>(RefusedCreations[name]);

    [Fact]
    public void Every_problem_of_a_response_is_given_at_once()
    {
        var survey = Survey(proposals: false);

        var error = Should.Throw<DomainRuleException>(() => SurveyResponse.Submit(
            SurveyResponseId.New(), survey, Rina(), PositionKind.Pelaksana, [new SurveyAnswer(M03, 6, 2), new SurveyAnswer(CompetencyCode.From("M.01"), 3, 3)], [new ProposedTopic("Negosiasi")], At));

        error.Rule.ShouldBe("response_does_not_fit_survey");
        error.Details["problems"].ShouldBeAssignableTo<IReadOnlyDictionary<string, IReadOnlyList<string>>>()!.Keys
            .ShouldBe(["Answers[0].Importance", "Answers[1].Competency", "Proposals"], ignoreOrder: true);
    }

    [Fact]
    public void Crediting_the_same_reference_again_changes_nothing()
    {
        var ledger = Ledger();
        var before = AggregateGuard.Snapshot(ledger);

        var entry = ledger.Credit(new DateOnly(2026, 2, 1), new LearningActivity(LearningForm.ELearning, 450), "ASN Unggul", " CERT-1 ", Rules, At.AddDays(1));

        entry.ShouldBeSameAs(ledger.Entries.Single());
        AggregateGuard.Snapshot(ledger).ShouldBe(before);
    }
}
