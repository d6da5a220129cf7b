using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Evaluation;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The evaluation aggregates in the sample's EF Core model on SQLite: round trips, and the use cases through the host.</summary>
public sealed class EvaluationPersistenceTests : IDisposable
{
    private const string MetroOpd = "1872-DISKOMINFO";

    /// <summary>The plan's public state, deeply; the attendance (keyed by a struct) as a list.</summary>
    private static readonly JsonSerializerOptions SnapshotOptions = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                type =>
                {
                    if (type.Type == typeof(EvaluationPlan))
                    {
                        type.Properties.Remove(type.Properties.Single(p => p.Name == nameof(EvaluationPlan.Attendance)));
                    }
                },
            },
        },
    };

    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;

    public EvaluationPersistenceTests() => _database = SqliteDatabase.Recreate(_directory.File("evaluation.db"));

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_plan_with_every_kind_of_measurement_survives_a_round_trip()
    {
        var opd = Opd.Register(OpdId.New(), MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", "1872");
        var people = Enumerable.Range(0, 4).Select(_ => EmployeeId.New()).ToArray();
        var plan = FullPlan(opd, people);
        opd.ClearDomainEvents();
        plan.ClearDomainEvents();

        using (var context = _database.CreateContext())
        {
            await new EfRepository<Opd>(context).AddAsync(opd);
            await new EfRepository<EvaluationPlan>(context).AddAsync(plan);
            await context.CommitAsync();
        }

        using var fresh = _database.CreateContext();
        var loaded = (await new EfRepository<EvaluationPlan>(fresh).GetByIdAsync(plan.Id)).ShouldNotBeNull();

        Snapshot(loaded).ShouldBe(Snapshot(plan));
        loaded.AttendedCount.ShouldBe(3);
        loaded.HasAttended(people[3]).ShouldBeFalse();
        loaded.Design.Questionnaire!.IsRecommendItem("rec").ShouldBeTrue();
        loaded.Design.Grading!.Components.Select(c => (c.Code, c.Weight)).ShouldBe([("ACADEMIC", 0.2m), ("ATTITUDE", 0.2m), ("PROJECT", 0.6m)]);
        loaded.StatusOn(new DateOnly(2026, 11, 28)).ShouldBe(plan.StatusOn(new DateOnly(2026, 11, 28)));
        loaded.CostBenefitRecords.Single().Benefits.Single().Adjusted.ShouldBe(60_000m * 0.8m * 0.75m);
        fresh.ChangeTracker.HasChanges().ShouldBeFalse(); // loading alone changes nothing
    }

    [Fact]
    public async Task Changes_made_in_place_to_a_loaded_plan_are_saved()
    {
        var opd = Opd.Register(OpdId.New(), MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", "1872");
        var people = Enumerable.Range(0, 3).Select(_ => EmployeeId.New()).ToArray();
        var plan = EvaluationPlan.Create(EvaluationPlanId.New(), CourseRunId.New(), "Pelatihan", "BPSDM Provinsi Lampung", "1872", MetroOpd, EvaluationFixture.RunStart, EvaluationFixture.RunEnd,
            EvaluationFixture.Measurements, people, Design());
        using (var context = _database.CreateContext())
        {
            await new EfRepository<Opd>(context).AddAsync(opd);
            await new EfRepository<EvaluationPlan>(context).AddAsync(plan);
            await context.CommitAsync();
        }

        using (var context = _database.CreateContext())
        {
            var repository = new EfRepository<EvaluationPlan>(context);
            var loaded = (await repository.FirstOrDefaultAsync(new EvaluationPlanByIdSpec(CallerScope.Province, plan.Id))).ShouldNotBeNull();
            loaded.RecordAttendance([new(people[0], true), new(people[1], false)]);
            loaded.RecordTestScores("L2-PRE", [new(people[0], 40m), new(people[2], 55.5m)]);

            await context.CommitAsync();

            loaded.RecordAttendance([new(people[1], true)]); // a correction: same entries, one answer changed
            await context.CommitAsync();
        }

        using var fresh = _database.CreateContext();
        var saved = await fresh.Set<EvaluationPlan>().SingleAsync();
        saved.Attendance.OrderBy(a => a.Key.Value).Select(a => (a.Key, a.Value)).ShouldBe(new[] { (people[0], true), (people[1], true) }.OrderBy(a => a.Item1.Value));
        saved.TestScores.Select(s => (s.Participant, s.Score)).ShouldBe([(people[0], 40m), (people[2], 55.5m)]);
    }

    [Theory]
    [InlineData("equal")]
    [InlineData("truncated")]
    [InlineData("custom")]
    public async Task An_SKM_survey_keeps_its_weights_elements_and_responses(string weighting)
    {
        var opd = Opd.Register(OpdId.New(), MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", "1872");
        var elements = SkmRuleSet.Permenpanrb14Of2017.Elements;
        var weights = weighting switch
        {
            "equal" => SkmWeights.Equal,
            "truncated" => SkmWeights.Truncated(2),
            _ => SkmWeights.Custom(elements.ToDictionary(e => e.Code, e => e.Code == "U1" ? 0.2m : 0.1m)),
        };
        var survey = SkmSurvey.Create(SkmSurveyId.New(), "Layanan pengaduan", "1872", MetroOpd, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30), elements, weights, SkmRuleSet.Permenpanrb14Of2017.Info.Key);
        survey.AddResponses([new SkmResponse(elements.ToDictionary(e => e.Code, _ => 3)), new SkmResponse(new Dictionary<string, int> { ["u1"] = 4, ["U9"] = 1 })]);
        survey.ClearDomainEvents();
        using (var context = _database.CreateContext())
        {
            await new EfRepository<Opd>(context).AddAsync(opd);
            await new EfRepository<SkmSurvey>(context).AddAsync(survey);
            await context.CommitAsync();
        }

        using var fresh = _database.CreateContext();
        var loaded = (await new EfRepository<SkmSurvey>(fresh).GetByIdAsync(survey.Id)).ShouldNotBeNull();

        JsonSerializer.Serialize(loaded).ShouldBe(JsonSerializer.Serialize(survey));
        loaded.Weights.ToString().ShouldBe(weights.ToString());
        SkmRule.Compute(loaded.Responses, loaded.Weights, SkmRuleSet.Permenpanrb14Of2017, loaded.Elements)
            .ShouldBeEquivalentTo(SkmRule.Compute(survey.Responses, survey.Weights, SkmRuleSet.Permenpanrb14Of2017, survey.Elements));
    }

    [Fact]
    public async Task The_evaluation_use_cases_run_through_the_host_on_SQLite()
    {
        using var host = new LampungHost(_database, services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestHost.Now)));
        await host.SendAsync(new RegisterOpd(MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", "1872"));
        var position = await host.SendAsync(new DefinePosition("1872-DISKOMINFO-PLK-01", "Penata Layanan Operasional", PositionKind.Pelaksana, null, MetroOpd));
        var people = new List<EmployeeId>();
        for (var i = 0; i < 4; i++)
        {
            people.Add(await host.SendAsync(new RegisterEmployee(Nips.Make(i), $"Pegawai {i}", EmploymentType.Pns, position)));
        }

        var planId = await host.SendAsync(new CreateEvaluationPlan(SeedRun("1872", MetroOpd), "Pelatihan Pengelolaan Pengaduan", "BPSDM Provinsi Lampung", MetroOpd,
            EvaluationFixture.RunStart, EvaluationFixture.RunEnd, EvaluationFixture.Measurements, people, EvaluationFixture.Questionnaire, 100m, EvaluationFixture.Behaviour, EvaluationFixture.Kpis));
        await host.SendAsync(new RecordAttendance(planId, [new(people[0], true), new(people[1], true), new(people[2], true), new(people[3], false)]));
        await host.SendAsync(new RecordReactionResponses(planId, "L1-REACTION",
        [
            new(people[0], EvaluationFixture.Answers(("C1", 4), ("F1", 3), ("REC", 10))),
            new(people[1], EvaluationFixture.Answers(("C1", 3), ("F1", 3), ("REC", 8))),
            new(people[2], EvaluationFixture.Answers(("C1", 4), ("F1", 4), ("REC", 5))),
        ]));
        await host.SendAsync(new RecordTestScores(planId, "L2-PRE", [new(people[0], 40m), new(people[1], 60m), new(people[2], 100m), new(people[3], 50m)]));
        await host.SendAsync(new RecordTestScores(planId, "L2-POST", [new(people[0], 80m), new(people[1], 75m), new(people[2], 100m)]));
        await host.SendAsync(new RecordCostsAndBenefits(planId, "L5-ROI", [new CostItem(CostCategory.Delivery, "Widyaiswara", 20_000m)], [new MonetisedBenefit("Jam kerja hemat", 60_000m, 1m, 1m)]));
        var survey = await host.SendAsync(new CreateSkmSurvey(MetroOpd, "Layanan pengaduan", new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)));
        await host.SendAsync(new RecordSkmResponses(survey,
        [
            new(new Dictionary<string, int> { ["U1"] = 4, ["U2"] = 3, ["U3"] = 3, ["U4"] = 4, ["U5"] = 3, ["U6"] = 4, ["U7"] = 4, ["U8"] = 3, ["U9"] = 3 }),
            new(new Dictionary<string, int> { ["U1"] = 3, ["U2"] = 3, ["U3"] = 2, ["U4"] = 4, ["U5"] = 3, ["U6"] = 3, ["U7"] = 4, ["U8"] = 3, ["U9"] = 3 }),
        ]));
        await host.SendAsync(new RecordKpiObservations(planId, "L4-SKM", [new KpiValueInput("IKM", ComparisonGroup.Trained, new DateOnly(2026, 9, 30), FromSkmSurvey: survey)]));

        var report = await host.SendAsync(new GetEffectivenessReport(planId, new DateOnly(2026, 11, 28)));

        // By hand: reaction (4 + 3 + 3 + 3 + 4 + 4) / 6 = 3.5, NPS (1 - 1) / 3 = 0; gain over 40->80 and 60->75 (100 at the
        // maximum is excluded): (155 - 100) / (200 - 100) = 0.55; ROI 60,000 / 20,000; SKM (59 / 18) x 25 = 81.94.
        report.Reaction!.Overall.Mean.ShouldBe(3.5m);
        report.Reaction.Nps!.Score.ShouldBe(0m);
        report.Learning!.Gain.ClassGain.ShouldBe(0.55m);
        report.Learning.Gain.ExcludedAtMaximum.ShouldBe(1);
        report.Learning.PreOnly.ShouldBe(1);
        report.Roi!.Result.Bcr.ShouldBe(3m);
        report.Roi.Result.RoiPercent.ShouldBe(200m);
        var ikm = report.Results.Single(r => r.Kpi.Code == "IKM");
        ikm.Trained.AfterMean!.Value.ShouldBe(59m / 18m * 25m, 0.0000000000000000000001m);
        (await host.SendAsync(new ComputeSkmIndex(survey))).Grade!.Letter.ShouldBe("B");
        (await host.SendAsync(new GetMeasurementStatus(planId, new DateOnly(2026, 11, 28)))).Single(s => s.Measurement.Code == "L2-POST").Records.ShouldBe(3);
    }

    private static EvaluationDesign Design() => new(
        new ReactionQuestionnaire(LikertScale.OneToFour, EvaluationFixture.Questionnaire.Items, EvaluationFixture.Questionnaire.RecommendItem),
        100m,
        LikertScale.OneToFive,
        EvaluationFixture.Behaviour.Indicators,
        EvaluationFixture.Kpis,
        GradingSchemeRuleSet.LanBasicTraining.Scheme,
        GradingSchemeRuleSet.LanBasicTraining.Info.Key);

    /// <summary>A plan of the fixture's measurements with records of every kind: four participants, the last absent.</summary>
    private static EvaluationPlan FullPlan(Opd opd, EmployeeId[] people)
    {
        var plan = EvaluationPlan.Create(EvaluationPlanId.New(), CourseRunId.New(), "Pelatihan Pengelolaan Pengaduan", "BPSDM Provinsi Lampung", opd.RegionCode, opd.OpdCode,
            EvaluationFixture.RunStart, EvaluationFixture.RunEnd, EvaluationFixture.Measurements, people, Design());
        var day = EvaluationFixture.RunEnd;
        plan.RecordAttendance([new(people[0], true), new(people[1], true), new(people[2], true), new(people[3], false)]);
        plan.RecordReactionResponses("L1-REACTION",
        [
            new(people[0], EvaluationFixture.Answers(("C1", 4), ("F1", 3), ("REC", 9))),
            new(people[1], EvaluationFixture.Answers(("c1", 2), ("REC", 6))),
        ]);
        plan.RecordTestScores("L2-PRE", people.Select((p, i) => new ParticipantScore(p, 40m + (i * 12.5m))));
        plan.RecordTestScores("L2-POST", people.Take(3).Select((p, i) => new ParticipantScore(p, 70m + i)));
        plan.RecordComponentScores("L2-GRADE", [new(people[0], "ACADEMIC", 85m), new(people[0], "project", 90.25m)]);
        plan.RecordBehaviourRatings("L3-SUP-BASE", "Kepala Bidang", day.AddDays(-4), people.Select(p => new BehaviourRatingEntry(p, "RESP", 2)));
        plan.RecordBehaviourRatings("L3-SUP-90", "Kepala Bidang", day.AddDays(90), people.Take(3).Select(p => new BehaviourRatingEntry(p, "RESP", 4)));
        plan.RecordBehaviourRatings("L3-PEER-90", "Rekan kerja", day.AddDays(91), [new(people[1], "DOC", 5)]);
        plan.RecordTransfer(new KnowledgeTransfer(people[0], day.AddDays(30), 4, 1, "Forum berbagi pengetahuan"));
        plan.RecordQualitative(new QualitativeRecord("L3-INT", EvidenceMethod.Interview, day.AddDays(92), "Tim evaluasi", "Atasan langsung", people[0], "m.05",
            [new CodedFinding("respons lebih cepat", KirkpatrickLevel.Behaviour, FindingDirection.Positive, "\"Sekarang dijawab hari itu juga\""), new CodedFinding("beban loket", KirkpatrickLevel.Results, FindingDirection.Neutral)]));
        plan.RecordKpiObservations("L4-KPI-BASE",
        [
            new KpiObservation("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.Before, day.AddDays(-30), 52.5m),
            new KpiObservation("response-hours", ComparisonGroup.Comparison, MeasurementPhase.Before, day.AddDays(-30), 50m, "SP4N-LAPOR!"),
        ]);
        plan.RecordKpiObservations("L4-KPI-90", [new KpiObservation("RESPONSE-HOURS", ComparisonGroup.Trained, MeasurementPhase.After, day.AddDays(90), 30.25m)]);
        plan.RecordKpiObservations("L4-SKM", [new KpiObservation("IKM", ComparisonGroup.Trained, MeasurementPhase.After, day.AddDays(120), 81.94m, "SKM semester II")]);
        plan.RecordCostsAndBenefits(new CostBenefitRecord("L5-ROI", day.AddDays(200),
            [new CostItem(CostCategory.Delivery, "Widyaiswara", 12_500_000m), new CostItem(CostCategory.Travel, "Transport peserta", 3_000_000m)],
            [new MonetisedBenefit("Jam kerja hemat", 60_000m, 0.8m, 0.75m, "selisih jam x tarif")],
            ["Kepercayaan masyarakat"]));
        return plan;
    }

    private static string Snapshot(EvaluationPlan plan) =>
        JsonSerializer.Serialize(plan, SnapshotOptions) + JsonSerializer.Serialize(plan.Attendance.OrderBy(a => a.Key.Value).Select(a => new { Participant = a.Key.Value, Attended = a.Value }));

    /// <summary>
    /// Stores a course run located in an OPD (as <see cref="EvaluationFixture.SeedRun"/> does in memory), without the plan
    /// and course it would be scheduled from: the evaluation reads nothing of it but its location.
    /// </summary>
    private CourseRunId SeedRun(string regionCode, string opdCode)
    {
        var memory = new TestHost();
        var id = EvaluationFixture.SeedRun(memory, regionCode, opdCode);
        var run = memory.Store.Set<LatihanAsn.Domain.FollowUp.CourseRun>().Single();
        using var context = _database.CreateContext();
        context.Database.OpenConnection();
        context.Database.ExecuteSqlRaw("PRAGMA foreign_keys = OFF");
        context.Add(run);
        context.SaveChanges();
        context.Database.ExecuteSqlRaw("PRAGMA foreign_keys = ON");
        memory.Dispose();
        return id;
    }
}
