using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Lampung.Persistence;
using LatihanAsn.Lampung.Seeding;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The demo run twice with the same seed on a small population, as JSON, with the databases it leaves behind.</summary>
public sealed class DemoEvaluationFixture : IDisposable
{
    public const int Seed = 9;
    public const int Employees = 150;
    private readonly TempDirectory _directory = new();

    public DemoEvaluationFixture()
    {
        using var culture = new CultureScope("id-ID");
        Database = _directory.File("a.db");
        var first = CliTests.Run("--db", Database, "--employees", $"{Employees}", "--seed", $"{Seed}", "--format", "json").GetAwaiter().GetResult();
        var second = CliTests.Run("--format", "json", "--employees", $"{Employees}", "--db", _directory.File("b.db"), "--seed", $"{Seed}").GetAwaiter().GetResult();
        (first.Code, first.Stderr, second.Code, second.Stderr).ShouldBe((0, string.Empty, 0, string.Empty));
        Json = first.Stdout;
        Again = second.Stdout;
    }

    /// <summary>The first run's database.</summary>
    public string Database { get; }

    /// <summary>The first run's JSON.</summary>
    public string Json { get; }

    /// <summary>The second run's JSON (another database, the same seed).</summary>
    public string Again { get; }

    public void Dispose() => _directory.Dispose();
}

/// <summary>
/// The demo's evaluation step, on a small population: it evaluates runs the follow-up step held, read back from the
/// database the demo leaves behind.
/// </summary>
public sealed class DemoEvaluationTests(DemoEvaluationFixture demo) : IClassFixture<DemoEvaluationFixture>, IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 12, 31);
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Theory]
    [InlineData("en-GB", "Follow-up through the mediator", "Evaluation through the mediator by BPSDM Provinsi Lampung: 3 completed runs of the 2026 plan", "Runs evaluated, read from CourseRuns", "L1 reaction", "L3 behaviour change", "L4 unit results", "Public satisfaction index (SKM", "L5 ROI", "Effectiveness report by run (GetEffectivenessReport as of 2026-12-31")]
    [InlineData("id-ID", "Tindak lanjut lewat mediator", "Evaluasi lewat mediator oleh BPSDM Provinsi Lampung: 3 run rencana 2026 yang selesai", "Run yang dievaluasi, dibaca dari CourseRuns", "L1 reaksi", "L3 perubahan perilaku", "L4 hasil unit", "Indeks Kepuasan Masyarakat (SKM", "L5 ROI", "Laporan efektivitas per pelatihan (GetEffectivenessReport per 2026-12-31")]
    public async Task The_demo_prints_the_evaluation_sections_after_the_follow_up_step_in_the_UI_language(string language, params string[] sections)
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var database = _directory.File($"{language}.db");
            var (code, stdout, stderr) = await CliTests.Run("--db", database, "--employees", $"{DemoEvaluationFixture.Employees}");

            (code, stderr).ShouldBe((0, string.Empty));
            var positions = sections.Select(s => stdout.IndexOf(s, StringComparison.Ordinal)).ToArray();
            positions.ShouldAllBe(p => p >= 0);
            positions.ShouldBe(positions.Order());
            stdout.ShouldContain("Median waktu respons pengaduan");
            stdout.ShouldContain(EffectivenessRule.Headline(EffectivenessVerdict.Effective).For(CultureInfo.CurrentUICulture));

            // Each run evaluated is printed with its plan line, course and title as the database has them.
            var evaluation = stdout[positions[1]..];
            using var sqlite = SqliteDatabase.Open(database);
            using var context = sqlite.CreateContext();
            var plans = context.Set<EvaluationPlan>().AsNoTracking().ToList();
            plans.Count.ShouldBe(3);
            foreach (var plan in plans)
            {
                var run = context.Set<CourseRun>().AsNoTracking().Single(r => r.Id == plan.CourseRunId);
                evaluation.ShouldContain($" {run.LineNumber}  {run.CourseCode}  {run.Title} ");
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_evaluation_byte_for_byte()
    {
        // Runs are named by plan line: the library draws a new CourseRunId for every run it schedules.
        Evaluation(demo.Again).ShouldBe(Evaluation(demo.Json));
    }

    [Fact]
    public void The_evaluated_runs_are_completed_runs_of_the_2026_plan_with_their_own_participants_attendance_and_final_tests()
    {
        using var json = JsonDocument.Parse(demo.Json);
        var evaluation = json.RootElement.GetProperty("evaluation");
        evaluation.GetProperty("asOf").GetString().ShouldBe("2026-12-31");
        evaluation.GetProperty("year").GetInt32().ShouldBe(json.RootElement.GetProperty("followUp").GetProperty("year").GetInt32());
        var runs = evaluation.GetProperty("runs").EnumerateArray().ToList();
        runs.Select(r => r.GetProperty("course").GetString()).ShouldBe(["PublicService", "Communication", "OfficeIt"]);

        using var sqlite = SqliteDatabase.Open(demo.Database);
        using var context = sqlite.CreateContext();
        var approved = context.Set<TrainingPlan>().AsNoTracking().Single(p => p.Year == 2026 && p.Status == PlanStatus.Approved);
        var held = context.Set<CourseRun>().AsNoTracking().Where(r => r.PlanId == approved.Id).ToList();
        var evaluationPlans = context.Set<EvaluationPlan>().AsNoTracking().ToList();
        evaluationPlans.Count.ShouldBe(runs.Count);

        // Every evaluation plan is of a completed run of the approved 2026 plan, as stored in CourseRuns.
        evaluationPlans.ShouldAllBe(p => held.Any(r => r.Id == p.CourseRunId && r.Status == RunStatus.Completed));
        evaluationPlans.Select(p => p.CourseRunId).Distinct().Count().ShouldBe(evaluationPlans.Count);
        foreach (var item in runs)
        {
            var run = held.Single(r => r.LineNumber == item.GetProperty("line").GetInt32());
            var id = run.Id;
            run.Status.ShouldBe(RunStatus.Completed);
            (item.GetProperty("line").GetInt32(), item.GetProperty("courseCode").GetString(), item.GetProperty("title").GetString(), item.GetProperty("organiser").GetString())
                .ShouldBe((run.LineNumber, run.CourseCode, run.Title, run.Organiser));
            (item.GetProperty("start").GetString(), item.GetProperty("end").GetString()).ShouldBe((Iso(run.Start), Iso(run.End)));

            // Participants: those who took part (completed or not); present: those with JP attended.
            var tookPart = run.Enrolments.Where(e => e.Status is EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted).ToList();
            item.GetProperty("participants").GetInt32().ShouldBe(tookPart.Count);
            item.GetProperty("attended").GetInt32().ShouldBe(tookPart.Count(e => e.AttendedJp > 0m));
            var plan = evaluationPlans.Single(p => p.CourseRunId == id); // its evaluation plan names the run's CourseRunId
            plan.Participants.ShouldBe(tookPart.Select(e => e.Employee), ignoreOrder: true);
            plan.Attendance.ShouldAllBe(a => a.Value == (tookPart.Single(e => e.Employee == a.Key).AttendedJp > 0m));
            (plan.RunStart, plan.RunEnd, plan.Title, plan.Organiser, plan.OpdCode).ShouldBe((run.Start, run.End, run.Title, run.Organiser, run.OpdCode));

            // The post-test is the run's final test, for those present.
            var post = plan.TestScores.Where(s => s.MeasurementCode == "L2-POST").ToDictionary(s => s.Participant, s => s.Score);
            post.Keys.ShouldBe(tookPart.Where(e => e.AttendedJp > 0m).Select(e => e.Employee), ignoreOrder: true);
            post.ShouldAllBe(s => tookPart.Single(e => e.Employee == s.Key).TestScore == null || tookPart.Single(e => e.Employee == s.Key).TestScore == s.Value);

            // Ended early enough for everything dated to fall by the report day.
            EvaluationGenerator.LastRecordDay(Enum.Parse<DemoCourse>(item.GetProperty("course").GetString()!), run.End).ShouldBeLessThanOrEqualTo(AsOf);
            plan.BehaviourRatings.Select(r => r.ObservedOn).Concat(plan.KpiEntries.Select(k => k.Observation.ObservedOn)).Concat(plan.Transfers.Select(t => t.ReportedOn))
                .ShouldAllBe(d => d <= AsOf);
        }

        runs.Select(r => r.GetProperty("line").GetInt32()).Distinct().Count().ShouldBe(runs.Count);
    }

    [Fact]
    public void Each_design_takes_its_own_courses_largest_qualifying_run_or_says_it_stands_in()
    {
        using var json = JsonDocument.Parse(demo.Json);
        var runs = json.RootElement.GetProperty("evaluation").GetProperty("runs").EnumerateArray().ToList();
        using var sqlite = SqliteDatabase.Open(demo.Database);
        using var context = sqlite.CreateContext();
        var approved = context.Set<TrainingPlan>().AsNoTracking().Single(p => p.Year == 2026 && p.Status == PlanStatus.Approved);
        var completed = context.Set<CourseRun>().AsNoTracking().Where(r => r.PlanId == approved.Id && r.Status == RunStatus.Completed).ToList();
        int TookPart(CourseRun r) => r.Enrolments.Count(e => e.Status is EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted);

        foreach (var run in runs)
        {
            var course = Enum.Parse<DemoCourse>(run.GetProperty("course").GetString()!);
            var own = DemoRuns.OwnCourses(course);
            var qualifying = completed
                .Where(r => own.Contains(r.CourseCode) && TookPart(r) >= DemoRuns.MinimumParticipants && EvaluationGenerator.LastRecordDay(course, r.End) <= AsOf)
                .ToList();
            if (run.GetProperty("standIn").GetBoolean())
            {
                own.ShouldNotContain(run.GetProperty("courseCode").GetString());
                qualifying.ShouldBeEmpty();
                continue;
            }

            // The most participants, ties by the lowest plan line.
            var best = qualifying.OrderByDescending(TookPart).ThenBy(r => r.LineNumber).First();
            run.GetProperty("line").GetInt32().ShouldBe(best.LineNumber);
        }
    }

    [Fact]
    public void The_public_service_run_is_compared_on_its_own_units_and_the_designs_keep_their_character()
    {
        using var json = JsonDocument.Parse(demo.Json);
        var evaluation = json.RootElement.GetProperty("evaluation");
        var recorded = evaluation.GetProperty("recorded");
        var runs = evaluation.GetProperty("runs").EnumerateArray().ToList();
        recorded.GetProperty("runs").GetInt32().ShouldBe(3);
        recorded.GetProperty("participants").GetInt32().ShouldBe(runs.Sum(r => r.GetProperty("participants").GetInt32()));
        recorded.GetProperty("absent").GetInt32().ShouldBe(runs.Sum(r => r.GetProperty("participants").GetInt32() - r.GetProperty("attended").GetInt32()));
        recorded.GetProperty("reactionResponses").GetInt32().ShouldBe(runs.Sum(r => r.GetProperty("reaction").GetProperty("respondents").GetInt32()));
        foreach (var run in runs)
        {
            var participants = run.GetProperty("participants").GetInt32();
            var attended = run.GetProperty("attended").GetInt32();
            participants.ShouldBeGreaterThanOrEqualTo(DemoRuns.MinimumParticipants);
            attended.ShouldBeInRange(DemoRuns.MinimumPresent, participants);

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
            run.GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        // Public service effective; communication effective, with its best final scorer already at the maximum; office IT
        // gains little and does not repay its costs.
        runs[0].GetProperty("verdict").GetString().ShouldBe(nameof(EffectivenessVerdict.Effective));
        runs[1].GetProperty("verdict").GetString().ShouldBe(nameof(EffectivenessVerdict.PartlyEffective));
        runs[1].GetProperty("learning").GetProperty("excluded").GetInt32().ShouldBe(1);
        runs[2].GetProperty("verdict").GetString().ShouldBe(nameof(EffectivenessVerdict.PartlyEffective));

        // The trained units are OPDs of the run's participants (the counts are theirs); the comparison unit is of the
        // first unit's kind and has no participant in the run.
        var plan = DemoPlan.Generate(DemoEvaluationFixture.Seed, DemoEvaluationFixture.Employees);
        using var sqlite = SqliteDatabase.Open(demo.Database);
        using var context = sqlite.CreateContext();
        var approved = context.Set<TrainingPlan>().AsNoTracking().Single(p => p.Year == 2026 && p.Status == PlanStatus.Approved);
        var line = runs[0].GetProperty("line").GetInt32();
        var tookPart = context.Set<CourseRun>().AsNoTracking().Single(r => r.PlanId == approved.Id && r.LineNumber == line).Enrolments
            .Where(e => e.Status is EnrolmentStatus.Completed or EnrolmentStatus.NotCompleted).Select(e => e.Employee).ToList();
        var opdOf = context.Set<Employee>().AsNoTracking().Where(e => tookPart.Contains(e.Id)).ToList().ToDictionary(e => e.Id, e => e.OpdCode);
        var byOpd = tookPart.GroupBy(e => opdOf[e]).ToDictionary(g => g.Key, g => g.Count());
        var units = runs[0].GetProperty("units").EnumerateArray().ToList();
        units.Count.ShouldBe(Math.Min(DemoRuns.TrainedUnits, byOpd.Count));
        units.ShouldAllBe(u => byOpd[u.GetProperty("code").GetString()!] == u.GetProperty("participants").GetInt32());
        var comparison = runs[0].GetProperty("comparisonUnit").GetProperty("code").GetString()!;
        byOpd.ShouldNotContainKey(comparison);
        DemoRuns.KindOf(comparison).ShouldBe(DemoRuns.KindOf(units[0].GetProperty("code").GetString()!));
        plan.Opds.Select(o => o.Code).ShouldContain(comparison);
        runs.Skip(1).ShouldAllBe(r => r.GetProperty("units").GetArrayLength() == 0 && r.GetProperty("comparisonUnit").ValueKind == JsonValueKind.Null);

        // L4 of the public-service run: the response time drops, with a comparison group and a difference-in-differences.
        var results = runs[0].GetProperty("results").EnumerateArray().ToList();
        results.Select(k => k.GetProperty("kpi").GetString()).ShouldBe(["RESPON-JAM", "SELESAI-5HK", .. units.Select(u => EvaluationGenerator.UnitKpiCode(u.GetProperty("code").GetString()!))]);
        var response = results[0];
        response.GetProperty("direction").GetString().ShouldBe(nameof(KpiDirection.LowerIsBetter));
        response.GetProperty("change").GetDecimal().ShouldBeLessThan(0m);
        response.GetProperty("differenceInDifferences").GetDecimal()
            .ShouldBe(response.GetProperty("change").GetDecimal() - response.GetProperty("comparisonChange").GetDecimal(), 0.0000000001m);
        response.GetProperty("outcome").GetString().ShouldBe(nameof(ChangeOutcome.Improved));
        results[1].GetProperty("comparisonBefore").ValueKind.ShouldBe(JsonValueKind.Null);
        runs.Skip(1).ShouldAllBe(r => r.GetProperty("results").GetArrayLength() == 0);

        // SKM of each trained unit in the second half of 2025 and of 2026; the KPI holds the converted index of each survey.
        var skm = evaluation.GetProperty("skm").EnumerateArray().ToList();
        skm.Select(s => s.GetProperty("unit").GetString()).ShouldBe(units.Select(u => u.GetProperty("code").GetString()).Order(StringComparer.Ordinal).SelectMany(u => new[] { u, u }));
        skm.Select(s => (s.GetProperty("periodStart").GetString(), s.GetProperty("periodEnd").GetString())).Distinct()
            .ShouldBe([("2025-07-01", "2025-12-31"), ("2026-07-01", "2026-12-31")]);
        evaluation.GetProperty("recorded").GetProperty("skmResponses").GetInt32().ShouldBe(skm.Sum(s => s.GetProperty("respondents").GetInt32()));
        foreach (var s in skm)
        {
            s.GetProperty("converted").GetDecimal().ShouldBe(s.GetProperty("index").GetDecimal() * 25m);
            s.GetProperty("grade").GetString().ShouldBe(SkmRuleSet.Permenpanrb14Of2017.Grade(s.GetProperty("converted").GetDecimal()).Letter);
        }

        var first = results.Single(k => k.GetProperty("kpi").GetString() == EvaluationGenerator.UnitKpiCode(skm[0].GetProperty("unit").GetString()!));
        first.GetProperty("before").GetDecimal().ShouldBe(skm[0].GetProperty("converted").GetDecimal());
        first.GetProperty("after").GetDecimal().ShouldBe(skm[1].GetProperty("converted").GetDecimal());
    }

    [Fact]
    public void The_simulated_data_fit_the_runs_and_the_plans_they_are_recorded_against()
    {
        var plan = DemoPlan.Generate(DemoEvaluationFixture.Seed, DemoEvaluationFixture.Employees);
        using var sqlite = SqliteDatabase.Open(demo.Database);
        SeedResult seeded;
        using (var context = sqlite.CreateContext())
        {
            var byNip = context.Set<Employee>().AsNoTracking().ToList().ToDictionary(e => e.Nip.Value, e => e.Id);
            seeded = new SeedResult(new SeedCounts(0, 0, 0, 0, 0, 0), [], plan.Employees.Select(e => byNip[e.Nip]).ToArray());
        }

        var runs = DemoRuns.Select(sqlite, plan, seeded, 2026, AsOf);
        DemoRuns.Select(sqlite, plan, seeded, 2026, AsOf).Select(r => (r.Id, r.Line, string.Join(",", r.Participants)))
            .ShouldBe(runs.Select(r => (r.Id, r.Line, string.Join(",", r.Participants))));
        runs.Select(r => r.Course).ShouldBe([DemoCourse.PublicService, DemoCourse.Communication, DemoCourse.OfficeIt]);

        // Too early a report day leaves out every run whose follow-up would fall after it.
        DemoRuns.Select(sqlite, plan, seeded, 2026, new DateOnly(2026, 6, 30)).ShouldAllBe(r => EvaluationGenerator.LastRecordDay(r.Course, r.End) <= new DateOnly(2026, 6, 30));

        var data = new EvaluationGenerator(new Random(3), plan, 2026).Generate(runs);
        foreach (var run in data)
        {
            run.Run.Absent.ShouldBeSubsetOf(run.Run.Participants);
            run.Run.TestScores.Keys.ShouldBeSubsetOf(run.Run.Participants);
            var present = run.Attendance.Where(a => a.Attended).Select(a => a.Employee).ToHashSet();
            present.ShouldBe(run.Run.Participants.Where(p => !run.Run.Absent.Contains(p)), ignoreOrder: true);
            run.Reactions.ShouldAllBe(r => present.Contains(r.Employee));
            run.PostTest.Select(s => s.Employee).ShouldBe(present, ignoreOrder: true);
            run.PostTest.Where(s => run.Run.TestScores.ContainsKey(s.Employee)).ShouldAllBe(s => s.Score == run.Run.TestScores[s.Employee]);
            run.PreTest.Count.ShouldBe(run.Run.Participants.Count);
            run.PreTest.Concat(run.PostTest).ShouldAllBe(s => s.Score >= 0m && s.Score <= EvaluationGenerator.TestMaximum);
            var after = run.Measurements.Where(m => m.Phase == MeasurementPhase.After).Select(m => m.Code).ToHashSet();
            run.Ratings.Where(r => after.Contains(r.Measurement)).SelectMany(r => r.Ratings).ShouldAllBe(r => present.Contains(r.Employee));
            run.Ratings.Where(r => after.Contains(r.Measurement)).ShouldAllBe(r => r.ObservedOn >= run.Run.End.AddDays(MeasurementTiming.After90Days));
            run.Ratings.Where(r => !after.Contains(r.Measurement)).ShouldAllBe(r => r.ObservedOn < run.Run.Start);
            run.Ratings.SelectMany(r => r.Ratings).ShouldAllBe(r => r.Rating >= 1 && r.Rating <= 5);
            run.Transfers.ShouldAllBe(t => present.Contains(t.Employee) && t.ReportedOn > run.Run.End);
            run.Ratings.Select(r => r.ObservedOn).Concat(run.Transfers.Select(t => t.ReportedOn)).Concat(run.Evidence.Select(e => e.On)).ShouldAllBe(d => d <= AsOf);
            run.Benefits.ShouldAllBe(b => b.Isolation >= 0m && b.Isolation <= 1m);
            run.Costs.Single(c => c.Category == CostCategory.Delivery).Amount.ShouldBe(run.Run.Budget);
            run.Run.Budget.ShouldBeGreaterThan(0m);
            run.Measurements.Select(m => m.Code).Distinct().Count().ShouldBe(run.Measurements.Count);
        }

        // KPIs in the three months before the run's month and the three from 90 days after its end; SKM in 2025-H2 and 2026-H2.
        var complaints = data[0];
        var observations = complaints.KpiObservations.SelectMany(k => k.Observations.Select(o => (k.Measurement, o.Group, o.ObservedOn))).ToList();
        observations.ShouldContain(o => o.Group == ComparisonGroup.Comparison);
        observations.Where(o => o.Measurement == "L4-KPI-BASE").Select(o => o.ObservedOn).Distinct().ShouldBe(EvaluationGenerator.BeforeMonths(complaints.Run.Start));
        observations.Where(o => o.Measurement == "L4-KPI-90").Select(o => o.ObservedOn).Distinct().ShouldBe(EvaluationGenerator.AfterMonths(complaints.Run.End));
        EvaluationGenerator.BeforeMonths(complaints.Run.Start).ShouldAllBe(d => d < complaints.Run.Start);
        EvaluationGenerator.AfterMonths(complaints.Run.End).ShouldAllBe(d => d >= complaints.Run.End.AddDays(MeasurementTiming.After90Days) && d <= AsOf);
        complaints.SkmSurveys.Select(s => s.OpdCode).Distinct().ShouldBe(complaints.Run.Units);
        complaints.SkmSurveys.Select(s => (s.PeriodStart, s.PeriodEnd)).Distinct().ShouldBe([(new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)), (new DateOnly(2026, 7, 1), AsOf)]);
        complaints.SkmSurveys.SelectMany(s => s.Responses).SelectMany(r => r.Values).ShouldAllBe(a => a >= 1 && a <= 4);
        complaints.SkmSurveys.SelectMany(s => s.Responses).ShouldContain(r => r.Count < 9); // some skip an element
        data.Skip(1).ShouldAllBe(d => d.KpiObservations.Count == 0 && d.SkmSurveys.Count == 0);
    }

    [Fact]
    public void The_month_windows_follow_the_run()
    {
        EvaluationGenerator.BeforeMonths(new DateOnly(2026, 2, 23)).ShouldBe([new DateOnly(2025, 11, 30), new DateOnly(2025, 12, 31), new DateOnly(2026, 1, 31)]);
        EvaluationGenerator.AfterMonths(new DateOnly(2026, 3, 22)).ShouldBe([new DateOnly(2026, 6, 30), new DateOnly(2026, 7, 31), new DateOnly(2026, 8, 31)]);
        EvaluationGenerator.LastRecordDay(DemoCourse.PublicService, new DateOnly(2026, 3, 22)).ShouldBe(new DateOnly(2026, 8, 31));
        EvaluationGenerator.LastRecordDay(DemoCourse.OfficeIt, new DateOnly(2026, 3, 22)).ShouldBe(new DateOnly(2026, 6, 30));
        EvaluationGenerator.LastRecordDay(DemoCourse.PublicService, new DateOnly(2026, 8, 31)).ShouldBeGreaterThan(AsOf);
    }

    /// <summary>The demo JSON's evaluation section as text.</summary>
    private static string Evaluation(string json) => JsonNode.Parse(json)!["evaluation"]!.ToJsonString();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
