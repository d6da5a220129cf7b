using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;
using static LatihanAsn.Domain.Tests.Evaluation.EvaluationFixture;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class ReportHandlerTests
{
    /// <summary>Records data for every level of the fixture's plan (the same numbers as the per-level handler tests).</summary>
    private static async Task<(World World, EvaluationPlanId Plan)> EvaluatedAsync(TestHost host, bool withBehaviour = true)
    {
        var (world, plan) = await CreateAsync(host);
        var p = world.MetroStaff;
        await RecordAttendanceAsync(host, world, plan);
        await host.Send(new RecordReactionResponses(plan, "L1-REACTION",
        [
            new(p[0], Answers(("C1", 4), ("F1", 4), ("REC", 10))),
            new(p[1], Answers(("C1", 3), ("F1", 4), ("REC", 9))),
            new(p[2], Answers(("C1", 3), ("F1", 3), ("REC", 7))),
        ]));
        await host.Send(new RecordTestScores(plan, "L2-PRE", [new(p[0], 40m), new(p[1], 60m), new(p[2], 100m), new(p[3], 50m)]));
        await host.Send(new RecordTestScores(plan, "L2-POST", [new(p[0], 80m), new(p[1], 75m), new(p[2], 100m)]));
        await host.Send(new RecordComponentScores(plan, "L2-GRADE", [new(p[0], "ACADEMIC", 80m), new(p[0], "ATTITUDE", 90m), new(p[0], "PROJECT", 85m)]));
        if (withBehaviour)
        {
            await host.Send(new RecordBehaviourRatings(plan, "L3-SUP-BASE", "Kabid", new DateOnly(2026, 5, 28), [new(p[0], "RESP", 2), new(p[1], "RESP", 3)]));
            await host.Send(new RecordBehaviourRatings(plan, "L3-SUP-90", "Kabid", new DateOnly(2026, 9, 5), [new(p[0], "RESP", 4), new(p[1], "RESP", 4)]));
            await host.Send(new RecordBehaviourRatings(plan, "L3-PEER-90", "Rekan", new DateOnly(2026, 9, 6), [new(p[0], "RESP", 4)]));
            await host.Send(new RecordQualitativeEvidence(plan, "L3-INT", new DateOnly(2026, 9, 8), "Tim evaluasi", "Kepala Bidang",
                [new("respons lebih cepat", KirkpatrickLevel.Behaviour, FindingDirection.Positive), new("antrean berkurang", KirkpatrickLevel.Results, FindingDirection.Positive)]));
        }

        await host.Send(new RecordKpiObservations(plan, "L4-KPI-BASE", [new("RESPONSE-HOURS", ComparisonGroup.Trained, new DateOnly(2026, 4, 30), 48m)]));
        await host.Send(new RecordKpiObservations(plan, "L4-KPI-90", [new("RESPONSE-HOURS", ComparisonGroup.Trained, new DateOnly(2026, 10, 31), 30m)]));
        await host.Send(new RecordKpiObservations(plan, "L4-SKM-BASE", [new("IKM", ComparisonGroup.Trained, new DateOnly(2025, 12, 31), 75m)]));
        await host.Send(new RecordKpiObservations(plan, "L4-SKM", [new("IKM", ComparisonGroup.Trained, new DateOnly(2026, 10, 31), 87.5m)]));
        await host.Send(new RecordCostsAndBenefits(plan, "L5-ROI", [new(CostCategory.Delivery, "Pelaksanaan", 20_000m)], [new("Jam kerja hemat", 60_000m, 1m, 1m)], ["Kepercayaan warga"]));
        return (world, plan);
    }

    [Fact]
    public async Task A_run_measured_at_every_level_is_reported_effective_with_its_rule_sets()
    {
        using var host = new TestHost();
        var (_, plan) = await EvaluatedAsync(host);

        var report = await host.Send(new GetEffectivenessReport(plan));

        report.AsOf.ShouldBe(host.Today);
        report.Title.ShouldBe("Pelatihan Pengelolaan Pengaduan Pelayanan Publik");
        report.Reaction!.Overall.Mean.ShouldBe(3.5m);
        report.Learning!.Gain.ClassGain.ShouldBe(0.55m);
        report.FinalScores!.Participants[0].Score.Score.ShouldBe(85m);
        // before (2 + 3) / 2 = 2.5; after (4 + 4 + 4) / 3 = 4: +1.5.
        report.Behaviour!.Overall.Change.ShouldBe(1.5m);
        report.Results.Select(r => r.Outcome).ShouldBe([ChangeOutcome.Improved, ChangeOutcome.Improved]);
        report.Roi!.Result.RoiPercent.ShouldBe(200m);
        report.Levels.Select(l => l.Outcome).ShouldBe([LevelOutcome.Met, LevelOutcome.Met, LevelOutcome.Met, LevelOutcome.Met, LevelOutcome.Met]);
        report.Levels[2].Evidence.Agreement.ShouldBe(EvidenceAgreement.Agree);
        report.Levels[3].Evidence.Agreement.ShouldBe(EvidenceAgreement.Agree);
        report.Levels[0].Evidence.Agreement.ShouldBe(EvidenceAgreement.QuantitativeOnly);
        report.Verdict.ShouldBe(EffectivenessVerdict.Effective);
        report.Missing.ShouldBeEmpty();
        report.Text.Indonesian.ShouldStartWith("Efektif:");
        report.Text.English.ShouldStartWith("Effective:");
        report.Text.English.ShouldNotContain("Still to come"); // every measurement, even the +365 ones, has data
        report.Text.English.ShouldContain("Interview/observation findings agree with the numbers at L3, L4.");
        report.RuleSetKeys.ShouldBe(
        [
            "likert-bands/equal-width-5@1", "skm/permenpanrb-14-2017@1", "nps/reichheld-2003@1", "gain-bands/hake-id@1",
            "qualification/lan-2021@1", "roi/phillips@1", "effectiveness/latihanasn@1", "grading/lan-latsar@1",
        ]);
    }

    [Fact]
    public async Task What_the_plan_misses_is_listed_and_the_verdict_says_so()
    {
        using var host = new TestHost();
        var (_, plan) = await EvaluatedAsync(host, withBehaviour: false);

        var report = await host.Send(new GetEffectivenessReport(plan));

        report.Behaviour!.Overall.Undefined.ShouldBe(UndefinedReason.NoBaseline);
        report.Levels[2].Outcome.ShouldBe(LevelOutcome.NotMeasured);
        report.Missing.Select(m => m.Measurement.Code).ShouldBe(["L3-SUP-BASE", "L3-SUP-90", "L3-PEER-90", "L3-INT"]);
        report.Verdict.ShouldBe(EffectivenessVerdict.Effective); // results were measured and improved
        report.Text.English.ShouldContain("Missing although past their window: L3-SUP-BASE, L3-SUP-90, L3-PEER-90, L3-INT.");
        report.Text.Indonesian.ShouldContain("L3 perilaku: belum diukur.");
    }

    [Fact]
    public async Task A_plan_with_no_data_is_insufficient_evidence_and_everything_due_is_missing()
    {
        using var host = new TestHost();
        var (_, plan) = await CreateAsync(host);

        // On 20 June: the windows of the reaction (to 12 June), the tests (to 12 June and, pre-test, 5 June), the graded
        // assessment (to 19 June) and every baseline (to 5 June) have passed; the +90 and +365 measurements are to come.
        var report = await host.Send(new GetEffectivenessReport(plan, new DateOnly(2026, 6, 20)));

        report.Verdict.ShouldBe(EffectivenessVerdict.InsufficientEvidence);
        report.Reaction.ShouldBeNull();
        report.Learning.ShouldBeNull();
        report.Roi.ShouldBeNull();
        report.Missing.Select(m => m.Measurement.Code).ShouldBe(["L1-REACTION", "L2-PRE", "L2-POST", "L2-GRADE", "L3-SUP-BASE", "L4-KPI-BASE", "L4-SKM-BASE"]);
        report.Text.English.ShouldContain("Still to come: L3-SUP-90, L3-PEER-90, L3-INT, L4-KPI-90, L4-SKM, L5-ROI.");
        report.RuleSetKeys.ShouldBe(["likert-bands/equal-width-5@1", "effectiveness/latihanasn@1"]);
    }

    [Fact]
    public async Task The_report_is_the_same_under_another_culture()
    {
        using var host = new TestHost();
        var (_, plan) = await EvaluatedAsync(host);
        var invariant = await host.Send(new GetEffectivenessReport(plan));

        using var culture = new CultureScope("de-DE");
        var german = await host.Send(new GetEffectivenessReport(plan));

        german.Text.ShouldBe(invariant.Text);
        german.Text.English.ShouldContain("L1 reaction: mean 3.50 on the 1-4 scale");
        german.Levels.Select(l => l.Outcome).ShouldBe(invariant.Levels.Select(l => l.Outcome));
    }

    [Fact]
    public async Task Events_are_not_published_when_the_save_fails()
    {
        using var host = new TestHost();
        var (world, plan) = await CreateAsync(host);
        host.Store.FailNextWrite = true;

        await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new RecordAttendance(plan, [new(world.MetroStaff[0], true)])));

        host.Events.Events.ShouldBeEmpty();
    }
}
