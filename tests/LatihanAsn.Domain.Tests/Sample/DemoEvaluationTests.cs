using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Lampung.Seeding;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The demo's evaluation step, on a small population (as <see cref="DemoTests"/>), and the runs and data it simulates.</summary>
public sealed class DemoEvaluationTests : IDisposable
{
    private const string Employees = "150";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("en-GB", "Evaluation through the mediator (organiser BPSDM Provinsi Lampung): 3 course runs", "L1 reaction", "L3 behaviour change", "L4 unit results", "Public satisfaction index (SKM", "L5 ROI", "Effectiveness report by run")]
    [InlineData("id-ID", "Evaluasi lewat mediator (penyelenggara BPSDM Provinsi Lampung): 3 pelatihan", "L1 reaksi", "L3 perubahan perilaku", "L4 hasil unit", "Indeks Kepuasan Masyarakat (SKM", "L5 ROI", "Laporan efektivitas per pelatihan")]
    public async Task The_demo_prints_the_evaluation_sections_after_the_needs_step_in_the_UI_language(string language, params string[] sections)
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var (code, stdout, stderr) = await CliTests.Run("--db", _directory.File($"{language}.db"), "--employees", Employees);

            (code, stderr).ShouldBe((0, string.Empty));
            var positions = sections.Select(s => stdout.IndexOf(s, StringComparison.Ordinal)).ToArray();
            positions.ShouldAllBe(p => p >= 0);
            positions.ShouldBe(positions.Order());
            positions[0].ShouldBeGreaterThan(stdout.IndexOf(language == "en-GB" ? "JP shortfall by region" : "Kekurangan JP per wilayah", StringComparison.Ordinal));
            foreach (var title in new[] { "Manajemen Pelayanan Publik: Penanganan Pengaduan", "Komunikasi Efektif dan Negosiasi", "TI untuk Administrasi Perkantoran" })
            {
                stdout.ShouldContain(title);
            }

            stdout.ShouldContain("Median waktu respons pengaduan");
            stdout.ShouldContain(EffectivenessRule.Headline(EffectivenessVerdict.Effective).For(CultureInfo.CurrentUICulture));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Fact]
    public async Task The_demo_as_JSON_has_a_consistent_evaluation_section_that_is_the_same_for_the_same_seed()
    {
        var first = await CliTests.Run("--db", _directory.File("a.db"), "--employees", Employees, "--seed", "9", "--format", "json");
        var second = await CliTests.Run("--format", "json", "--employees", Employees, "--db", _directory.File("b.db"), "--seed", "9");

        (first.Code, first.Stderr).ShouldBe((0, string.Empty));
        Evaluation(second.Stdout).ShouldBe(Evaluation(first.Stdout));

        using var json = JsonDocument.Parse(first.Stdout);
        var evaluation = json.RootElement.GetProperty("evaluation");
        evaluation.GetProperty("asOf").GetString().ShouldBe("2025-12-31");
        var recorded = evaluation.GetProperty("recorded");
        var runs = evaluation.GetProperty("runs").EnumerateArray().ToList();
        runs.Select(r => r.GetProperty("course").GetString()).ShouldBe(["PublicService", "Communication", "OfficeIt"]);
        recorded.GetProperty("runs").GetInt32().ShouldBe(3);
        recorded.GetProperty("participants").GetInt32().ShouldBe(runs.Sum(r => r.GetProperty("participants").GetInt32()));
        recorded.GetProperty("absent").GetInt32().ShouldBe(runs.Sum(r => r.GetProperty("participants").GetInt32() - r.GetProperty("attended").GetInt32()));
        recorded.GetProperty("reactionResponses").GetInt32().ShouldBe(runs.Sum(r => r.GetProperty("reaction").GetProperty("respondents").GetInt32()));
        foreach (var run in runs)
        {
            var participants = run.GetProperty("participants").GetInt32();
            var attended = run.GetProperty("attended").GetInt32();
            participants.ShouldBeGreaterThanOrEqualTo(DemoRuns.MinimumParticipants);
            attended.ShouldBeInRange(1, participants - 1); // someone is always absent
            Guid.TryParse(run.GetProperty("courseRunId").GetString(), out _).ShouldBeTrue();

            var reaction = run.GetProperty("reaction");
            reaction.GetProperty("respondents").GetInt32().ShouldBe(attended); // only those present answer
            reaction.GetProperty("mean").GetDecimal().ShouldBeInRange(1m, 5m);
            var (p, d, n) = (reaction.GetProperty("promoters").GetInt32(), reaction.GetProperty("detractors").GetInt32(), attended);
            reaction.GetProperty("nps").GetDecimal().ShouldBe(100m * (p - d) / n);

            var learning = run.GetProperty("learning");
            learning.GetProperty("pairs").GetInt32().ShouldBe(attended); // the post-test is for those present
            learning.GetProperty("t").GetDecimal().ShouldBe(learning.GetProperty("cohensDz").GetDecimal() * (decimal)Math.Sqrt(attended), 0.0000001m);

            var behaviour = run.GetProperty("behaviour");
            var overall = behaviour.GetProperty("overall");
            overall.GetProperty("change").GetDecimal().ShouldBe(overall.GetProperty("after").GetDecimal() - overall.GetProperty("before").GetDecimal(), 0.0000000001m);
            behaviour.GetProperty("raters").EnumerateArray().Sum(r => r.GetProperty("beforeRatings").GetInt32()).ShouldBe(overall.GetProperty("beforeRatings").GetInt32());

            var roi = run.GetProperty("roi");
            roi.GetProperty("bcr").GetDecimal().ShouldBe(roi.GetProperty("benefits").GetDecimal() / roi.GetProperty("costs").GetDecimal(), 0.0000000001m);
            roi.GetProperty("roiPercent").GetDecimal().ShouldBe((roi.GetProperty("bcr").GetDecimal() - 1m) * 100m, 0.00000001m);

            run.GetProperty("levels").EnumerateArray().Select(l => l.GetProperty("level").GetString()).ShouldBe(["L1", "L2", "L3", "L4", "L5"]);
            Enum.TryParse<EffectivenessVerdict>(run.GetProperty("verdict").GetString(), out _).ShouldBeTrue();
            run.GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        // The communication run has a participant already at the maximum; the office IT run gains little and does not repay its costs.
        runs[1].GetProperty("learning").GetProperty("excluded").GetInt32().ShouldBe(1);
        runs[2].GetProperty("verdict").GetString().ShouldBe(nameof(EffectivenessVerdict.PartlyEffective));

        // L4 of the public-service run: the response time drops, with a comparison group and a difference-in-differences.
        var results = runs[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(k => k.GetProperty("kpi").GetString()).ShouldBe(["RESPON-JAM", "SELESAI-5HK", "IKM-1803", "IKM-1813"]);
        var response = results[0];
        response.GetProperty("direction").GetString().ShouldBe(nameof(KpiDirection.LowerIsBetter));
        response.GetProperty("change").GetDecimal().ShouldBeLessThan(0m);
        response.GetProperty("differenceInDifferences").GetDecimal()
            .ShouldBe(response.GetProperty("change").GetDecimal() - response.GetProperty("comparisonChange").GetDecimal(), 0.0000000001m);
        response.GetProperty("outcome").GetString().ShouldBe(nameof(ChangeOutcome.Improved));
        results[1].GetProperty("comparisonBefore").ValueKind.ShouldBe(JsonValueKind.Null);
        runs.Skip(1).ShouldAllBe(r => r.GetProperty("results").GetArrayLength() == 0);

        // SKM of both units before and after; the KPI holds the converted index of each survey.
        var skm = evaluation.GetProperty("skm").EnumerateArray().ToList();
        skm.Select(s => s.GetProperty("unit").GetString()).ShouldBe(["1803-DPMPTSP", "1803-DPMPTSP", "1813-DPMPTSP", "1813-DPMPTSP"]);
        recorded.GetProperty("skmResponses").GetInt32().ShouldBe(skm.Sum(s => s.GetProperty("respondents").GetInt32()));
        foreach (var s in skm)
        {
            s.GetProperty("converted").GetDecimal().ShouldBe(s.GetProperty("index").GetDecimal() * 25m);
            s.GetProperty("grade").GetString().ShouldBe(SkmRuleSet.Permenpanrb14Of2017.Grade(s.GetProperty("converted").GetDecimal()).Letter);
        }

        results[2].GetProperty("before").GetDecimal().ShouldBe(skm[0].GetProperty("converted").GetDecimal());
        results[2].GetProperty("after").GetDecimal().ShouldBe(skm[1].GetProperty("converted").GetDecimal());
    }

    [Fact]
    public void The_default_runs_draw_their_participants_from_the_positions_they_are_meant_for()
    {
        var plan = DemoPlan.Generate(DemoPlan.DefaultSeed, DemoPlan.DefaultEmployees);
        var runs = DemoRuns.Select(plan, new Random(1));
        var again = DemoRuns.Select(plan, new Random(1));
        Func<int, PositionPlan> position = employee => plan.Positions[plan.Employees[employee].Position];

        runs.Select(r => (r.Id, string.Join(",", r.Participants))).ShouldBe(again.Select(r => (r.Id, string.Join(",", r.Participants))));
        runs.Select(r => r.Id).Distinct().Count().ShouldBe(3);
        runs.SelectMany(r => r.Participants).Distinct().Count().ShouldBe(runs.Sum(r => r.Participants.Count)); // nobody in two runs
        runs[0].Participants.ShouldAllBe(e => DemoRuns.ComplaintUnits.Contains(position(e).OpdCode));
        runs[0].Participants.GroupBy(e => position(e).OpdCode).Count().ShouldBe(2);
        runs[0].Participants.Count(e => position(e).Kind == PositionKind.Pelaksana).ShouldBeGreaterThan(runs[0].Participants.Count / 2);
        runs[1].Participants.Count.ShouldBe(20);
        runs[1].Participants.ShouldAllBe(e => position(e).OpdCode.StartsWith("PROV-", StringComparison.Ordinal) && position(e).Kind != PositionKind.JptMadya && position(e).Kind != PositionKind.JptPratama);
        runs[2].Participants.Count.ShouldBe(18);
        runs[2].Participants.ShouldAllBe(e => position(e).RegionCode == "1872" || position(e).RegionCode == "1810");
        runs.ShouldAllBe(r => r.End <= DemoPlan.AsOf.AddDays(-MeasurementTiming.After90Days));
    }

    [Fact]
    public void The_simulated_data_fit_the_plans_they_are_recorded_against()
    {
        var plan = DemoPlan.Generate(DemoPlan.DefaultSeed, DemoPlan.DefaultEmployees);
        var random = new Random(3);
        var data = new EvaluationGenerator(random, plan).Generate(DemoRuns.Select(plan, random));

        foreach (var run in data)
        {
            var present = run.Attendance.Where(a => a.Attended).Select(a => a.Employee).ToHashSet();
            run.Reactions.ShouldAllBe(r => present.Contains(r.Employee));
            run.PostTest.ShouldAllBe(s => present.Contains(s.Employee));
            run.PreTest.Count.ShouldBe(run.Run.Participants.Count);
            run.PreTest.Concat(run.PostTest).ShouldAllBe(s => s.Score >= 0m && s.Score <= EvaluationGenerator.TestMaximum);
            var after = run.Measurements.Where(m => m.Phase == MeasurementPhase.After).Select(m => m.Code).ToHashSet();
            run.Ratings.Where(r => after.Contains(r.Measurement)).SelectMany(r => r.Ratings).ShouldAllBe(r => present.Contains(r.Employee));
            run.Ratings.SelectMany(r => r.Ratings).ShouldAllBe(r => r.Rating >= 1 && r.Rating <= 5);
            run.Transfers.ShouldAllBe(t => present.Contains(t.Employee));
            run.Ratings.Select(r => r.ObservedOn).Concat(run.Transfers.Select(t => t.ReportedOn)).Concat(run.Evidence.Select(e => e.On)).ShouldAllBe(d => d <= DemoPlan.AsOf);
            run.Benefits.ShouldAllBe(b => b.Isolation >= 0m && b.Isolation <= 1m);
            run.Measurements.Select(m => m.Code).Distinct().Count().ShouldBe(run.Measurements.Count);
        }

        var complaints = data[0];
        complaints.SkmSurveys.Count.ShouldBe(4);
        complaints.SkmSurveys.SelectMany(s => s.Responses).SelectMany(r => r.Values).ShouldAllBe(a => a >= 1 && a <= 4);
        complaints.SkmSurveys.SelectMany(s => s.Responses).ShouldContain(r => r.Count < 9); // some skip an element
        complaints.KpiObservations.SelectMany(k => k.Observations).ShouldContain(o => o.Group == ComparisonGroup.Comparison);
        complaints.KpiObservations.SelectMany(k => k.Observations).Select(o => o.ObservedOn).ShouldAllBe(d => d <= DemoPlan.AsOf);
    }

    /// <summary>The demo JSON's evaluation section as text.</summary>
    private static string Evaluation(string json) => JsonNode.Parse(json)!["evaluation"]!.ToJsonString();
}
