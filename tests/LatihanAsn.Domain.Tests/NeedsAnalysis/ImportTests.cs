using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Tests.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.Tests.UnitOfWork;
using MediatR;
using static LatihanAsn.Domain.Tests.UnitOfWork.Contention;

namespace LatihanAsn.Domain.Tests.NeedsAnalysis;

/// <summary>
/// The needs-analysis batch requests (ImportSurveyResponses, ImportLearningHours, ImportPerformanceAppraisals,
/// NamePositionsToBeHeld) through the real container and pipeline, on both stores: a batch stores, publishes and returns
/// what the same rows sent one by one do (two worlds built alike, compared); a bad row anywhere refuses the whole batch,
/// naming the row, with nothing stored and nothing published; a failure at any write of a batch leaves nothing.
/// </summary>
public sealed class ImportTests
{
    public static TheoryData<string> Stores => new() { "memory", "sqlite" };

    private static readonly IReadOnlyList<SurveyItemInput> Items = [new("M.01"), new("M.03"), new("M.05")];

    /// <summary>A scene with a survey, a response and a ledger already there, and its labels.</summary>
    private static async Task<(Scene Scene, SurveyId Survey, Labels Labels)> WorldAsync(IHarness harness)
    {
        var scene = await Scene.BuildAsync(harness, staff: 6);
        var survey = await harness.Send(new OpenNeedsSurvey("AKPK Kota Metro 2026", SurveyForm.Borich, Items));
        await harness.Send(new SubmitSurveyResponse(survey, scene.Staff[3], [new("M.01", 4, 2)]));
        await harness.Send(new RecordLearningHours(scene.Staff[1], new DateOnly(2026, 2, 2), LearningForm.Seminar, 120, "Seminar awal tahun", Reference: "seminar-0"));
        harness.Events.Events.Clear();
        var labels = new Labels().Name(survey.Value, "S").Name(scene.Analyst.Value, "P-analyst").Name(scene.Head.Value, "P-head").Name(scene.Plan.Value, "Plan").Name(scene.Run.Value, "Run");
        for (var i = 0; i < scene.Staff.Count; i++)
        {
            labels.Name(scene.Staff[i].Value, $"E{i}");
        }

        return (scene, survey, labels);
    }

    // Staff 0 answers three times (the later rows replace the earlier ones, within the batch), staff 3 replaces the
    // response it gave before the batch.
    private static SubmitSurveyResponse[] Responses(Scene s, SurveyId survey) =>
    [
        new(survey, s.Staff[0], [new("M.01", 5, 2), new("M.03", 4, null)], [new("Pelayanan prima")]),
        new(survey, s.Staff[1], [new("M.01", 3, 3), new("M.05", 5, 1)]),
        new(survey, s.Staff[0], [new("M.03", 5, 1)]),
        new(survey, s.Staff[3], [new("M.05", 2, 2)], [new("Negosiasi", "M.05")]),
        new(survey, s.Staff[2], [new("M.01", 4, 4), new("M.03", 4, 3), new("M.05", 4, 2)]),
        new(survey, s.Staff[0], [new("M.05", 3, 2)], [new("Kearsipan digital")]),
    ];

    // Staff 0's rows of 2026 land in one new ledger (the repeated reference is credited once), staff 1's in the ledger
    // it had, staff 2 gets ledgers in two years.
    private static RecordLearningHours[] Hours(Scene s) =>
    [
        new(s.Staff[0], new DateOnly(2026, 3, 2), LearningForm.Seminar, 180, "Seminar pelayanan publik", Reference: "seminar-1"),
        new(s.Staff[1], new DateOnly(2026, 4, 6), LearningForm.Pelatihan, 2_700, "Pelatihan teknis", Days: 5m, DeclaredJp: 60m, Reference: "STTPL/1"),
        new(s.Staff[0], new DateOnly(2026, 5, 4), LearningForm.Coaching, 90, "Coaching atasan"),
        new(s.Staff[2], new DateOnly(2025, 9, 1), LearningForm.Seminar, 240, "Seminar 2025"),
        new(s.Staff[0], new DateOnly(2026, 3, 2), LearningForm.Seminar, 180, "Seminar pelayanan publik", Reference: "seminar-1"),
        new(s.Staff[2], new DateOnly(2026, 1, 20), LearningForm.ELearning, 120, "E-learning SPBE"),
    ];

    // The last row corrects the first: the latest recorded appraisal of a year counts.
    private static RecordPerformanceAppraisal[] Appraisals(Scene s) =>
    [
        new(s.Staff[0], 2025, 78m, 100m),
        new(s.Staff[1], 2025, 105m, 100m),
        new(s.Staff[2], 2026, 0m, 90m),
        new(s.Staff[0], 2025, 82m, 100m),
    ];

    private static NamePositionToBeHeld[] Positions(Scene s) =>
    [
        new(s.Staff[0], s.Head, CareerMove.Promotion),
        new(s.Staff[1], s.Head, CareerMove.TalentPool),
        new(s.Staff[0], null),
        new(s.Staff[2], s.Head, CareerMove.Promotion),
    ];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_batch_stores_publishes_and_returns_what_its_rows_sent_one_by_one_do(string store)
    {
        using var single = IHarness.Create(store);
        using var batch = IHarness.Create(store);
        var (s1, survey1, labels1) = await WorldAsync(single);
        var (s2, survey2, labels2) = await WorldAsync(batch);

        var responses1 = new List<SurveyResponseId>();
        foreach (var row in Responses(s1, survey1))
        {
            responses1.Add(await single.Send(row));
        }

        var hours1 = new List<LearningHoursRecorded>();
        foreach (var row in Hours(s1))
        {
            hours1.Add(await single.Send(row));
        }

        // Sent one by one, the correction is recorded after the first appraisal: on a real clock, by the time it takes
        // to send it; on the test's fixed clock, a millisecond later, as the batch records it.
        var appraisals1 = new List<AppraisalId>();
        foreach (var row in Appraisals(s1))
        {
            if (row == Appraisals(s1)[^1])
            {
                single.Clock.Advance(TimeSpan.FromMilliseconds(1));
            }

            appraisals1.Add(await single.Send(row));
        }

        foreach (var row in Positions(s1))
        {
            await single.Send(row);
        }

        var responses2 = await batch.Send(new ImportSurveyResponses(Responses(s2, survey2)));
        var hours2 = await batch.Send(new ImportLearningHours(Hours(s2)));
        var appraisals2 = await batch.Send(new ImportPerformanceAppraisals(Appraisals(s2)));
        (await batch.Send(new NamePositionsToBeHeld(Positions(s2)))).ShouldBe(Unit.Value);

        // The results, row by row: the same response for the same respondent, the same credits and standings.
        Pattern(responses2).ShouldBe(Pattern(responses1));
        Pattern(responses2).ShouldBe([0, 1, 0, 3, 4, 0]);
        hours2.Select(h => labels2.Mask(AggregateSnapshot.Of(h))).ShouldBe(hours1.Select(h => labels1.Mask(AggregateSnapshot.Of(h))));
        hours2.Select(h => h.Credited).ShouldBe([true, true, true, true, false, true]);
        Pattern(appraisals2).ShouldBe(Pattern(appraisals1));
        appraisals2.Distinct().Count().ShouldBe(4);
        (await batch.Send(new ComputeIndividualNeeds(s2.Staff[0]))).Performance!.Result.ShouldBe(82m);

        // The stored data, aggregate by aggregate, and the events.
        (await StoredState.OfAsync<SurveyResponse>(batch, labels2)).ShouldBe(await StoredState.OfAsync<SurveyResponse>(single, labels1));
        (await StoredState.OfAsync<LearningHoursLedger>(batch, labels2)).ShouldBe(await StoredState.OfAsync<LearningHoursLedger>(single, labels1));
        (await StoredState.OfAsync<PerformanceAppraisal>(batch, labels2)).ShouldBe(await StoredState.OfAsync<PerformanceAppraisal>(single, labels1));
        (await StoredState.OfAsync<Employee>(batch, labels2)).ShouldBe(await StoredState.OfAsync<Employee>(single, labels1));
        StoredState.Events(batch, labels2).ShouldBe(StoredState.Events(single, labels1));
        batch.Events.Events.OfType<SurveyResponseSubmitted>().Where(e => e.Respondent == s2.Staff[0]).Select(e => e.Revision).ShouldBe([1, 2, 3]);

        // What the reads make of it.
        for (var i = 0; i < s1.Staff.Count; i++)
        {
            var needs1 = await single.Send(new ComputeIndividualNeeds(s1.Staff[i]));
            var needs2 = await batch.Send(new ComputeIndividualNeeds(s2.Staff[i]));
            labels2.Mask(AggregateSnapshot.Of(needs2)).ShouldBe(labels1.Mask(AggregateSnapshot.Of(needs1)));
        }

        var compliance1 = await single.Send(new GetJpCompliance(2026, PopulationDimension.Province));
        var compliance2 = await batch.Send(new GetJpCompliance(2026, PopulationDimension.Province));
        labels2.Mask(AggregateSnapshot.Of(compliance2)).ShouldBe(labels1.Mask(AggregateSnapshot.Of(compliance1)));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_bad_row_anywhere_refuses_the_whole_batch_naming_the_row(string store)
    {
        using var harness = IHarness.Create(store);
        var (scene, survey, _) = await WorldAsync(harness);
        var staff = scene.Staff;
        var good = Responses(scene, survey);

        // The shape of each row, by the single request's rules; every failure names its row.
        var shape = await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new ImportSurveyResponses(
            [good[0], good[1], new(survey, staff[4], [new("M 01", 3, 3)]), new(survey, staff[5], [new("M.01", 3, 3), new("m.01", 2, 2)])])));
        shape.Errors.Keys.ShouldBe(["Rows[2].Answers[0].Competency", "Rows[3].Answers"], ignoreOrder: true);
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new ImportSurveyResponses([]))))
            .Errors.Keys.ShouldBe(["Rows"]);
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new ImportSurveyResponses([good[0], null!, good[1]]))))
            .Errors.Keys.ShouldBe(["Rows[1]"]);
        var hours = Hours(scene);
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new ImportLearningHours([hours[0], hours[1] with { Minutes = 0 }, hours[2] with { Date = new DateOnly(2027, 1, 1), Title = "" }]))))
            .Errors.Keys.ShouldBe(["Rows[1].Minutes", "Rows[2].Date", "Rows[2].Title"], ignoreOrder: true);
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new ImportPerformanceAppraisals([.. Appraisals(scene), new(staff[4], 2025, -1m, 0m)]))))
            .Errors.Keys.ShouldBe(["Rows[4].Result", "Rows[4].Target"], ignoreOrder: true);
        (await RefusedAsync<RequestValidationException>(harness, () => harness.Send(new NamePositionsToBeHeld([new(staff[0], scene.Head)]))))
            .Errors.Keys.ShouldBe(["Rows[0].Move"]);

        // Not found, a closed survey, a response that does not fit the survey: the row's own code, and the row.
        var unknown = EmployeeId.New();
        var row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new ImportSurveyResponses([good[0], good[1], good[2] with { Respondent = unknown }, good[3]])));
        (row.Row, row.Code, row.Details["row"]).ShouldBe((2, ErrorCodes.NotFound, (object?)2));
        row.Error.ShouldBeOfType<NotFoundInScopeException>().Key.ShouldBe(unknown.ToString());
        var closed = await harness.Send(new OpenNeedsSurvey("AKPK lama", SurveyForm.Borich, Items));
        await harness.Send(new CloseNeedsSurvey(closed));
        harness.Events.Events.Clear();
        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new ImportSurveyResponses([good[0], good[1] with { SurveyId = closed }])));
        (row.Row, row.Code).ShouldBe((1, "domain_rule.survey_closed"));
        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new ImportSurveyResponses([good[0], good[1], good[2], new(survey, staff[5], [new("M.01", 9, 3)])])));
        (row.Row, row.Code).ShouldBe((3, "domain_rule.response_does_not_fit_survey"));
        row.Details.Keys.ShouldBe(["problems", "row"], ignoreOrder: true);
        row.Message.ShouldStartWith("Baris 3 ditolak: ");
        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new ImportSurveyResponses([good[0], good[1] with { SurveyId = SurveyId.New() }])));
        (row.Row, row.Code).ShouldBe((1, ErrorCodes.NotFound));

        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new ImportLearningHours([hours[0], hours[1], hours[2] with { EmployeeId = unknown }])));
        (row.Row, row.Code).ShouldBe((2, ErrorCodes.NotFound));
        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new ImportPerformanceAppraisals([Appraisals(scene)[0], Appraisals(scene)[1] with { EmployeeId = unknown }])));
        (row.Row, row.Code).ShouldBe((1, ErrorCodes.NotFound));
        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new NamePositionsToBeHeld([new(staff[1], scene.Head, CareerMove.Promotion), new(staff[0], scene.Analyst, CareerMove.Promotion)])));
        (row.Row, row.Code).ShouldBe((1, "domain_rule.position_to_be_held_is_held"));
        row = await RefusedAsync<BatchRowException>(harness, () => harness.Send(new NamePositionsToBeHeld([new(staff[1], scene.Head, CareerMove.Promotion), new(staff[2], PositionId.New(), CareerMove.Promotion)])));
        (row.Row, row.Code).ShouldBe((1, ErrorCodes.NotFound));

        // After all that, the same batches without the bad rows go through.
        (await harness.Send(new ImportSurveyResponses(good))).Count.ShouldBe(good.Length);
    }

    [Fact]
    public async Task A_row_outside_the_callers_scope_refuses_the_batch_as_not_found()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 3, 2);
        var metro = CallerScope.ForRegion(World.MetroRegion);
        var survey = await host.Send(new OpenNeedsSurvey("AKPK Provinsi", SurveyForm.Borich, Items));
        host.Events.Events.Clear();
        host.Store.Writes = 0;
        var (inScope, outside) = (world.MetroStaff[0], world.PesisirStaff[0]);
        var today = host.Today;

        async Task RefusedAt(int expectedRow, Func<Task> act)
        {
            var error = await Should.ThrowAsync<BatchRowException>(act);
            (error.Row, error.Code).ShouldBe((expectedRow, ErrorCodes.NotFound));
            host.Store.Writes.ShouldBe(0);
            host.Events.Events.ShouldBeEmpty();
        }

        await RefusedAt(1, () => host.Send(new ImportSurveyResponses([new(survey, inScope, [new("M.01", 4, 2)]), new(survey, outside, [new("M.01", 4, 2)])]), metro));
        await RefusedAt(1, () => host.Send(new ImportLearningHours([new(inScope, today, LearningForm.Seminar, 60, "Seminar"), new(outside, today, LearningForm.Seminar, 60, "Seminar")]), metro));
        await RefusedAt(1, () => host.Send(new ImportPerformanceAppraisals([new(inScope, 2025, 90m, 100m), new(outside, 2025, 90m, 100m)]), metro));
        await RefusedAt(1, () => host.Send(new NamePositionsToBeHeld([new(inScope, world.MetroHead, CareerMove.Promotion), new(outside, world.MetroHead, CareerMove.Promotion)]), metro));
        // A position outside the scope is not found either.
        await RefusedAt(0, () => host.Send(new NamePositionsToBeHeld([new(inScope, world.PesisirAnalyst, CareerMove.Rotation)]), metro));

        // The province sees both.
        (await host.Send(new ImportSurveyResponses([new(survey, inScope, [new("M.01", 4, 2)]), new(survey, outside, [new("M.01", 4, 2)])]))).Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_failure_at_any_write_of_a_batch_leaves_nothing(string store)
    {
        using var harness = IHarness.Create(store);
        var (scene, survey, _) = await WorldAsync(harness);

        // Four responses written (three new, one replaced), three ledgers (two new, one credited), four appraisals, three employees.
        var ids = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportSurveyResponses(Responses(scene, survey))), minimumWrites: 4);
        ids.Distinct().Count().ShouldBe(4);
        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportLearningHours(Hours(scene))), minimumWrites: 3);
        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportPerformanceAppraisals(Appraisals(scene))), minimumWrites: 4);
        await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new NamePositionsToBeHeld(Positions(scene))), minimumWrites: 3);
        (await harness.CountAsync(nameof(PerformanceAppraisal))).ShouldBe(4);
    }

    private static int[] Pattern<T>(IReadOnlyList<T> ids) => [.. ids.Select(id => ids.ToList().IndexOf(id))];

    private static async Task<T> RefusedAsync<T>(IHarness harness, Func<Task> act)
        where T : LatihanAsnException
    {
        var before = await harness.FingerprintAsync();
        harness.Events.Events.Clear();
        var error = await Should.ThrowAsync<T>(act);
        (await harness.FingerprintAsync()).ShouldBe(before, $"{harness.Name}: a refused batch changed the store");
        harness.Events.Events.ShouldBeEmpty($"{harness.Name}: a refused batch published events");
        return error;
    }
}
