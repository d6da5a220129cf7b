using System.Globalization;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>A score of the employee at index <paramref name="Employee"/>.</summary>
internal sealed record ScorePlan(int Employee, decimal Score);

/// <summary>A reaction response of the employee at index <paramref name="Employee"/>: answer per item code.</summary>
internal sealed record ReactionPlan(int Employee, IReadOnlyDictionary<string, int> Answers);

/// <summary>One behaviour rating of the employee at index <paramref name="Employee"/>.</summary>
internal sealed record RatingPlan(int Employee, string Indicator, int Rating);

/// <summary>The ratings one rater gave on one day for one planned measurement.</summary>
internal sealed record RatingSetPlan(string Measurement, string Rater, DateOnly ObservedOn, IReadOnlyList<RatingPlan> Ratings);

/// <summary>What the employee at index <paramref name="Employee"/> passed on to colleagues.</summary>
internal sealed record TransferPlan(int Employee, DateOnly ReportedOn, int ColleaguesTaught, int SessionsShared, string Note);

/// <summary>KPI observations for one planned measurement.</summary>
internal sealed record KpiSetPlan(string Measurement, IReadOnlyList<(string Kpi, ComparisonGroup Group, DateOnly ObservedOn, decimal Value)> Observations);

/// <summary>An interview or observation with its coded findings.</summary>
internal sealed record EvidencePlan(string Measurement, DateOnly On, string RecordedBy, string With, string? Competency, IReadOnlyList<CodedFinding> Findings);

/// <summary>
/// An SKM survey of a unit for a period, with its responses, and the plan measurement (and KPI) its index is recorded
/// under once computed.
/// </summary>
internal sealed record SkmSurveyPlan(string OpdCode, string Service, DateOnly PeriodStart, DateOnly PeriodEnd, IReadOnlyList<IReadOnlyDictionary<string, int>> Responses, string Measurement, string Kpi);

/// <summary>Everything recorded against one run's evaluation plan, in the order it is sent.</summary>
internal sealed record RunEvaluationPlan(
    DemoRun Run,
    IReadOnlyList<PlannedMeasurement> Measurements,
    QuestionnaireInput Questionnaire,
    decimal TestMaximum,
    BehaviourDesignInput Behaviour,
    IReadOnlyList<KpiDefinition> Kpis,
    IReadOnlyList<(int Employee, bool Attended)> Attendance,
    IReadOnlyList<ReactionPlan> Reactions,
    IReadOnlyList<ScorePlan> PreTest,
    IReadOnlyList<ScorePlan> PostTest,
    IReadOnlyList<RatingSetPlan> Ratings,
    IReadOnlyList<TransferPlan> Transfers,
    IReadOnlyList<KpiSetPlan> KpiObservations,
    IReadOnlyList<SkmSurveyPlan> SkmSurveys,
    IReadOnlyList<EvidencePlan> Evidence,
    IReadOnlyList<CostItem> Costs,
    IReadOnlyList<MonetisedBenefit> Benefits,
    IReadOnlyList<string> Intangibles);

/// <summary>
/// Generates the demo's evaluation data for each run the follow-up step held in <paramref name="year"/>,
/// deterministically from the run and the random sequence:
/// <list type="bullet">
/// <item>Attendance: the run's own (absent: no JP attended).</item>
/// <item>L1: a 1-5 questionnaire (content, facilitator, organisation, facilities) with a 0-10 recommend item; only
/// those present answer, and some skip an item.</item>
/// <item>L2: the post-test is the run's final test (its recorded score), for those present; the pre-test on the first
/// day, for everyone, is simulated so that the gain fits the design (for a course without a test both are simulated);
/// the communication run's best final scorer was already at the maximum, so their gain is undefined.</item>
/// <item>L3: supervisors (one per OPD), peers (public service only) and the participants themselves rate the run's
/// indicators 1-5 before the run and 90 days after; about half of those present report passing it on.</item>
/// <item>L4 (public service only): monthly medians of the complaint response time (hours) and the share of complaints
/// resolved within 5 working days, simulated complaint by complaint, for the trained units together and for the
/// comparison unit, in the three months before the run's month and the three months from 90 days after its end; SKM
/// surveys of the trained units for the second half of the year before and of <paramref name="year"/>.</item>
/// <item>L5: fully loaded costs by category (the run's budget in the plan, the participants' time by JP, travel to an
/// in-person run, development, facilities, evaluation) and monetised benefits per participant; the public-service
/// benefit is isolated by the difference-in-differences share of the response-time change.</item>
/// </list>
/// </summary>
internal sealed class EvaluationGenerator(Random random, DemoPlan plan, int year)
{
    /// <summary>The test maximum.</summary>
    public const decimal TestMaximum = 100m;

    /// <summary>The recommend item's code.</summary>
    public const string RecommendItem = "REKOMENDASI";

    /// <summary>The response-time KPI (the one with a comparison group).</summary>
    public const string ResponseHours = "RESPON-JAM";

    /// <summary>The resolved-within-target KPI.</summary>
    public const string ResolvedPercent = "SELESAI-5HK";

    /// <summary>JP in a day of the participants' time (1 JP is 45 minutes).</summary>
    public const decimal JpPerDay = 8m;

    private DateOnly SkmBeforeStart => new(year - 1, 7, 1);

    private DateOnly SkmBeforeEnd => new(year - 1, 12, 31);

    private DateOnly SkmAfterStart => new(year, 7, 1);

    private DateOnly SkmAfterEnd => new(year, 12, 31);

    private static readonly QuestionnaireInput Questionnaire = new(
        1,
        5,
        [
            new ReactionItem("MATERI-1", ReactionAspect.Content, "Materi sesuai dengan tugas saya"),
            new ReactionItem("MATERI-2", ReactionAspect.Content, "Materi dapat langsung saya terapkan"),
            new ReactionItem("WI-1", ReactionAspect.Facilitator, "Widyaiswara menguasai materi"),
            new ReactionItem("WI-2", ReactionAspect.Facilitator, "Widyaiswara menyampaikan dengan jelas dan interaktif"),
            new ReactionItem("PANITIA", ReactionAspect.Organisation, "Jadwal dan layanan panitia baik"),
            new ReactionItem("SARANA", ReactionAspect.Facilities, "Ruang kelas, peralatan dan platform memadai"),
        ],
        new ReactionItem(RecommendItem, ReactionAspect.Other, "Seberapa mungkin Anda merekomendasikan pelatihan ini kepada rekan? (0-10)"));

    /// <summary>The base mean of the SKM elements U1-U9 before the training, and how much each rises after it.</summary>
    private static readonly double[] SkmBase = [3.2, 3.0, 2.6, 3.5, 3.1, 3.0, 3.1, 2.5, 2.9];
    private static readonly double[] SkmRise = [0.05, 0.1, 0.35, 0.0, 0.05, 0.3, 0.35, 0.55, 0.05];

    /// <summary>The month ends of the three months before the month the run starts in (the KPI baseline).</summary>
    public static DateOnly[] BeforeMonths(DateOnly start)
    {
        var month = new DateOnly(start.Year, start.Month, 1);
        return [month.AddMonths(-2).AddDays(-1), month.AddMonths(-1).AddDays(-1), month.AddDays(-1)];
    }

    /// <summary>The month ends of the month 90 days after the run's end and of the two months after it (the KPI follow-up).</summary>
    public static DateOnly[] AfterMonths(DateOnly end)
    {
        var from = end.AddDays(MeasurementTiming.After90Days);
        var month = new DateOnly(from.Year, from.Month, 1);
        return [month.AddMonths(1).AddDays(-1), month.AddMonths(2).AddDays(-1), month.AddMonths(3).AddDays(-1)];
    }

    /// <summary>
    /// The last day a run's evaluation records something dated (its observation 100 days after the end, and for public
    /// service the last month of KPIs); a run can be evaluated on a report day no earlier than this.
    /// </summary>
    public static DateOnly LastRecordDay(DemoCourse course, DateOnly end)
    {
        var last = end.AddDays(100);
        return course == DemoCourse.PublicService && AfterMonths(end)[^1] > last ? AfterMonths(end)[^1] : last;
    }

    /// <summary>Generates every run's data.</summary>
    public IReadOnlyList<RunEvaluationPlan> Generate(IReadOnlyList<DemoRun> runs) => runs.Select(Generate).ToArray();

    private RunEvaluationPlan Generate(DemoRun run)
    {
        var profile = Profile.Of(run, year);
        var days = run.End.DayNumber - run.Start.DayNumber;
        var people = run.Participants;

        // Attendance: the run's own.
        var absent = run.Absent;
        var present = people.Where(p => !absent.Contains(p)).ToArray();
        var attendance = people.Select(p => (p, !absent.Contains(p))).ToArray();

        // L1: a person's generosity shifts every answer; facilities are weaker in the office IT run (too few laptops).
        var reactions = present.Select(p =>
        {
            var person = Normal(0.35);
            var answers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var item in Questionnaire.Items)
            {
                if (random.Next(25) == 0 && answers.Count > 0)
                {
                    continue; // skipped
                }

                var shift = item.Aspect == ReactionAspect.Facilities ? profile.FacilitiesShift : item.Aspect == ReactionAspect.Facilitator ? 0.15 : 0.0;
                answers[item.Code] = Clamp(profile.Reaction + shift + person + Normal(0.55), 1, 5);
            }

            answers[RecommendItem] = Clamp((2.2 * (profile.Reaction + person)) - 1.2 + Normal(1.1), 0, 10);
            return new ReactionPlan(p, answers);
        }).ToArray();

        // L2: the post-test is the run's final test; the pre-test gives a Hake gain around the design's. The communication
        // run's best final scorer (ties: the first) was already at the maximum on the first day.
        var atMaximum = run.Course == DemoCourse.Communication
            ? present.OrderByDescending(p => run.TestScores.TryGetValue(p, out var s) ? s : -1m).ThenBy(p => p).First()
            : -1;
        var pre = new Dictionary<int, decimal>();
        var post = new Dictionary<int, decimal>();
        foreach (var p in people)
        {
            var final = run.TestScores.TryGetValue(p, out var score) ? score : (decimal?)null;
            if (p == atMaximum)
            {
                pre[p] = TestMaximum;
            }
            else if (final is { } f)
            {
                var gain = Math.Clamp(profile.Gain + Normal(0.12), -0.1, 0.85);
                pre[p] = Clamp((((double)f - (gain * 100)) / (1 - gain)) + Normal(4), 15, 95);
            }
            else
            {
                pre[p] = Clamp(profile.PreTest + Normal(12), 15, 95);
            }

            if (!absent.Contains(p))
            {
                post[p] = final ?? (p == atMaximum ? TestMaximum : Clamp((double)pre[p] + ((profile.Gain + Normal(0.12)) * (100 - (double)pre[p])) + Normal(4), 0, 100));
            }
        }

        // L3: ratings before the run (everyone) and 90 days after (those present).
        var indicators = profile.Indicators.Select(i => i.Code).ToArray();
        var ability = people.ToDictionary(p => p, _ => profile.BehaviourBefore + Normal(0.35));
        var change = people.ToDictionary(p => p, _ => profile.BehaviourChange + Normal(0.3));
        var ratings = new List<RatingSetPlan>();
        var beforeDay = run.Start.AddDays(-10);
        var afterDay = run.End.AddDays(90);
        foreach (var (rater, leniency, before, after) in profile.Raters)
        {
            var groups = rater == RaterKind.Self
                ? new[] { (Name: "Diri sendiri", People: people.ToArray()) }
                : people.GroupBy(OpdOf).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => (Name: $"{(rater == RaterKind.Supervisor ? "Atasan langsung" : "Rekan kerja")} {g.Key}", People: g.ToArray())).ToArray();
            foreach (var (name, group) in groups)
            {
                ratings.Add(new RatingSetPlan(before, name, beforeDay, [.. Rate(group, indicators, p => ability[p] + leniency)]));
                var attended = group.Where(p => !absent.Contains(p)).ToArray();
                if (attended.Length > 0)
                {
                    ratings.Add(new RatingSetPlan(after, name, afterDay.AddDays((int)rater), [.. Rate(attended, indicators, p => ability[p] + change[p] + leniency)]));
                }
            }
        }

        var transfers = present
            .Where(_ => random.NextDouble() < profile.ShareRate)
            .Select(p => new TransferPlan(p, run.End.AddDays(45 + random.Next(30)), random.Next(1, 7), random.Next(3), profile.TransferNote))
            .ToArray();

        // L4 and L5.
        var kpis = new List<KpiDefinition>();
        var observations = new List<KpiSetPlan>();
        var skm = new List<SkmSurveyPlan>();
        var isolation = 0.5m;
        if (run.Course == DemoCourse.PublicService && run.Units.Count > 0)
        {
            (var complaintKpis, var complaints, isolation) = Complaints(run);
            kpis.AddRange(complaintKpis);
            kpis.AddRange(run.Units.Select(UnitKpi));
            observations.AddRange(complaints);
            foreach (var unit in run.Units)
            {
                skm.Add(Survey(unit, SkmBeforeStart, SkmBeforeEnd, 0.0, "L4-SKM-BASE"));
                skm.Add(Survey(unit, SkmAfterStart, SkmAfterEnd, 1.0, "L4-SKM"));
            }
        }

        var costs = Costs(run, profile);
        var benefits = profile.Benefits
            .Select(b => b with { Value = b.Value * people.Count, Isolation = b.Isolation < 0m ? isolation : b.Isolation })
            .ToArray();

        return new RunEvaluationPlan(
            run,
            Measurements(run, profile, days),
            Questionnaire,
            TestMaximum,
            new BehaviourDesignInput(1, 5, profile.Indicators),
            kpis,
            attendance,
            reactions,
            people.Select(p => new ScorePlan(p, pre[p])).ToArray(),
            present.Select(p => new ScorePlan(p, post[p])).ToArray(),
            ratings,
            transfers,
            observations,
            skm,
            profile.Evidence,
            costs,
            benefits,
            profile.Intangibles);
    }

    /// <summary>The KPI of a unit's SKM index.</summary>
    public static string UnitKpiCode(string unit) => $"IKM-{unit}";

    private static KpiDefinition UnitKpi(string unit) =>
        new(UnitKpiCode(unit), $"IKM {DemoRuns.UnitName(unit)}", "nilai", KpiDirection.HigherIsBetter, 76.61m);

    /// <summary>The plan's measurements: every run measures L1-L3 and L5; the public-service run also L4 and more raters.</summary>
    private PlannedMeasurement[] Measurements(DemoRun run, Profile profile, int days)
    {
        var list = new List<PlannedMeasurement>
        {
            new("L1", KirkpatrickLevel.Reaction, EvaluationInstrument.ReactionQuestionnaire, MeasurementPhase.After, MeasurementTiming.Immediately, 7, 3.41m, "rata-rata Baik ke atas"),
            new("L2-PRE", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.Before, -days, 0),
            new("L2-POST", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, MeasurementTiming.Immediately, 3, 0.3m, "gain kelas sedang ke atas"),
        };
        foreach (var (rater, _, before, after) in profile.Raters)
        {
            var instrument = rater switch
            {
                RaterKind.Supervisor => EvaluationInstrument.SupervisorObservation,
                RaterKind.Peer => EvaluationInstrument.PeerObservation,
                _ => EvaluationInstrument.SelfAssessment,
            };
            list.Add(new(before, KirkpatrickLevel.Behaviour, instrument, MeasurementPhase.Before, -days - 10, 10));
            list.Add(new(after, KirkpatrickLevel.Behaviour, instrument, MeasurementPhase.After, MeasurementTiming.After90Days, 30));
        }

        list.Add(new("L3-INT", KirkpatrickLevel.Behaviour, EvaluationInstrument.Interview, MeasurementPhase.After, 95, 30));
        var roiDay = MeasurementTiming.After90Days + 30;
        if (run.Course == DemoCourse.PublicService && run.Units.Count > 0)
        {
            var skmBefore = SkmBeforeEnd.DayNumber - run.End.DayNumber;
            var skmAfter = SkmAfterEnd.DayNumber - run.End.DayNumber;
            var baseline = BeforeMonths(run.Start)[0].DayNumber - run.End.DayNumber;
            var followUp = AfterMonths(run.End)[^1].DayNumber - run.End.DayNumber - MeasurementTiming.After90Days;
            list.Add(new("L4-OBS", KirkpatrickLevel.Results, EvaluationInstrument.DirectObservation, MeasurementPhase.After, 100, 30));
            list.Add(new("L4-KPI-BASE", KirkpatrickLevel.Results, EvaluationInstrument.KpiMeasurement, MeasurementPhase.Before, baseline, -baseline));
            list.Add(new("L4-KPI-90", KirkpatrickLevel.Results, EvaluationInstrument.KpiMeasurement, MeasurementPhase.After, MeasurementTiming.After90Days, followUp));
            list.Add(new("L4-SKM-BASE", KirkpatrickLevel.Results, EvaluationInstrument.SatisfactionSurvey, MeasurementPhase.Before, skmBefore, 30));
            list.Add(new("L4-SKM", KirkpatrickLevel.Results, EvaluationInstrument.SatisfactionSurvey, MeasurementPhase.After, skmAfter, 30, 76.61m, "mutu B ke atas"));
            roiDay = skmAfter;
        }

        list.Add(new("L5-ROI", KirkpatrickLevel.Roi, EvaluationInstrument.CostBenefitAnalysis, MeasurementPhase.After, roiDay, 60, 0m, "manfaat menutup biaya"));
        return [.. list];
    }

    /// <summary>
    /// Complaints of the trained units (together) and of the comparison unit, simulated one by one for the three months
    /// before the run's month and three months from 90 days after: the monthly median response time and the share resolved
    /// within 5 working days (120 hours). Returns the KPIs, the observations and the training's isolated share of the
    /// response-time change (difference-in-differences over the trained change, 0-1, two decimals).
    /// </summary>
    private (KpiDefinition[] Kpis, KpiSetPlan[] Observations, decimal Isolation) Complaints(DemoRun run)
    {
        KpiDefinition[] kpis =
        [
            new(ResponseHours, "Median waktu respons pengaduan", "jam", KpiDirection.LowerIsBetter, 36m),
            new(ResolvedPercent, "Pengaduan selesai dalam 5 hari kerja", "%", KpiDirection.HigherIsBetter, 80m),
        ];
        var beforeMonths = BeforeMonths(run.Start);
        var afterMonths = AfterMonths(run.End);
        ComparisonGroup[] groups = run.ComparisonUnit is null ? [ComparisonGroup.Trained] : [ComparisonGroup.Trained, ComparisonGroup.Comparison];
        var sets = new List<KpiSetPlan>();
        var medians = new Dictionary<(ComparisonGroup, bool), List<decimal>>();
        foreach (var (measurement, months, after) in new[] { ("L4-KPI-BASE", beforeMonths, false), ("L4-KPI-90", afterMonths, true) })
        {
            var observations = new List<(string, ComparisonGroup, DateOnly, decimal)>();
            foreach (var month in months)
            {
                foreach (var group in groups)
                {
                    var trained = group == ComparisonGroup.Trained;
                    var units = trained ? run.Units.Count : 1;
                    var (response, processing) = (trained, after) switch
                    {
                        (true, false) => (50.0, 58.0),
                        (true, true) => (30.0, 52.0),
                        (false, false) => (48.0, 56.0),
                        _ => (46.0, 55.0),
                    };
                    var complaints = Enumerable.Range(0, units).SelectMany(_ => Enumerable.Range(0, 25 + random.Next(25))).Select(_ =>
                    {
                        var hours = LogNormal(response, 0.5);
                        return (Hours: hours, Resolved: hours + LogNormal(processing, 0.45) <= 120.0);
                    }).ToArray();
                    var median = Median(complaints.Select(c => c.Hours).ToArray());
                    var resolved = Math.Round(100m * complaints.Count(c => c.Resolved) / complaints.Length, 1, MidpointRounding.AwayFromZero);
                    observations.Add((ResponseHours, group, month, median));
                    (medians.TryGetValue((group, after), out var list) ? list : medians[(group, after)] = []).Add(median);
                    if (trained)
                    {
                        observations.Add((ResolvedPercent, group, month, resolved));
                    }
                }
            }

            sets.Add(new KpiSetPlan(measurement, observations));
        }

        if (run.ComparisonUnit is null)
        {
            return (kpis, [.. sets], 0.5m);
        }

        var trainedChange = medians[(ComparisonGroup.Trained, true)].Average() - medians[(ComparisonGroup.Trained, false)].Average();
        var comparisonChange = medians[(ComparisonGroup.Comparison, true)].Average() - medians[(ComparisonGroup.Comparison, false)].Average();
        var isolation = trainedChange < 0m ? Math.Clamp(Math.Round((trainedChange - comparisonChange) / trainedChange, 2, MidpointRounding.AwayFromZero), 0m, 1m) : 0m;
        return (kpis, [.. sets], isolation);
    }

    /// <summary>An SKM survey of a unit: 60-99 members of the public; U4 (fees) and U8 (complaints) are sometimes skipped.</summary>
    private SkmSurveyPlan Survey(string unit, DateOnly start, DateOnly end, double rise, string measurement)
    {
        var respondents = 60 + random.Next(40);
        var responses = new List<IReadOnlyDictionary<string, int>>(respondents);
        for (var r = 0; r < respondents; r++)
        {
            var person = Normal(0.3);
            var answers = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var e = 0; e < SkmBase.Length; e++)
            {
                if ((e == 3 && random.Next(10) == 0) || (e == 7 && random.Next(6) == 0))
                {
                    continue;
                }

                answers[$"U{e + 1}"] = Clamp(SkmBase[e] + (rise * SkmRise[e]) + person + Normal(0.55), 1, 4);
            }

            responses.Add(answers);
        }

        return new SkmSurveyPlan(unit, "Pelayanan publik dan pengaduan", start, end, responses, measurement, UnitKpiCode(unit));
    }

    /// <summary>
    /// Fully loaded costs (rupiah): development; the run's budget in the plan (trainers, modules, platform or board);
    /// the participants' salaries for the run's JP (<see cref="JpPerDay"/> JP a day); their travel to an in-person run
    /// by distance; facilities for the days of learning; evaluation.
    /// </summary>
    private List<CostItem> Costs(DemoRun run, Profile profile)
    {
        var n = run.Participants.Count;
        var days = run.Jp / JpPerDay;
        var inPerson = run.Mode is DeliveryMode.Klasikal or DeliveryMode.Blended or DeliveryMode.SeminarWorkshop;
        var place = run.Place == LampungReach.BpsdmCentre ? LampungRegions.BandarLampung.Code : run.Place;
        var travel = inPerson
            ? run.Participants.Sum(p => RegionOf(p) == place ? 150_000m : LampungCatalogue.RemoteRegions.Contains(RegionOf(p)) ? 2_750_000m : 1_000_000m)
            : 0m;
        var costs = new List<CostItem>
        {
            new(CostCategory.Development, "Analisis kebutuhan, kurikulum dan bahan ajar", profile.Development),
            new(CostCategory.Delivery, $"Anggaran run dalam rencana (baris {run.Line}): pengajar, modul, platform atau akomodasi", run.Budget),
            new(CostCategory.ParticipantTime, $"Gaji dan tunjangan peserta selama {run.Jp.ToString("0.#", CultureInfo.InvariantCulture)} JP", Math.Round(420_000m * n * days, 0, MidpointRounding.AwayFromZero)),
        };
        if (travel > 0m)
        {
            costs.Add(new(CostCategory.Travel, "Transport dan uang harian peserta", travel));
        }

        costs.Add(new(CostCategory.Facilities, inPerson ? "Ruang kelas dan peralatan" : "Perangkat dan ruang belajar daring", Math.Round(profile.FacilitiesPerDay * Math.Ceiling(days), 0)));
        costs.Add(new(CostCategory.Evaluation, "Instrumen, pengumpulan dan analisis data evaluasi", profile.EvaluationCost));
        return costs;
    }

    private IEnumerable<RatingPlan> Rate(IEnumerable<int> people, string[] indicators, Func<int, double> level) =>
        people.SelectMany(p => indicators.Select(i => new RatingPlan(p, i, Clamp(level(p) + Normal(0.45), 1, 5))));

    private string OpdOf(int employee) => plan.Positions[plan.Employees[employee].Position].OpdCode;

    private string RegionOf(int employee) => plan.Positions[plan.Employees[employee].Position].RegionCode;

    private static int Clamp(double value, int min, int max) => Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), min, max);

    private static decimal Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        var median = values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        return Math.Round((decimal)median, 1, MidpointRounding.AwayFromZero);
    }

    private double LogNormal(double median, double sigma) => median * Math.Exp(Normal(sigma));

    /// <summary>A normal deviate with mean 0 (Box-Muller).</summary>
    private double Normal(double deviation) =>
        deviation * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    /// <summary>
    /// How a design's evaluation turns out in the simulation, and what it plans and records besides the data; benefits
    /// are per participant (the run's value is this times its participants).
    /// </summary>
    private sealed record Profile(
        double Reaction,
        double FacilitiesShift,
        double PreTest,
        double Gain,
        double BehaviourBefore,
        double BehaviourChange,
        double ShareRate,
        string TransferNote,
        IReadOnlyList<BehaviourIndicator> Indicators,
        IReadOnlyList<(RaterKind Rater, double Leniency, string Before, string After)> Raters,
        decimal Development,
        decimal FacilitiesPerDay,
        decimal EvaluationCost,
        IReadOnlyList<MonetisedBenefit> Benefits,
        IReadOnlyList<string> Intangibles,
        IReadOnlyList<EvidencePlan> Evidence)
    {
        private static readonly (RaterKind, double, string, string) Supervisor = (RaterKind.Supervisor, 0.0, "L3-SUP-BASE", "L3-SUP-90");
        private static readonly (RaterKind, double, string, string) Peer = (RaterKind.Peer, 0.1, "L3-PEER-BASE", "L3-PEER-90");
        private static readonly (RaterKind, double, string, string) Self = (RaterKind.Self, 0.35, "L3-SELF-BASE", "L3-SELF-90");

        public static Profile Of(DemoRun run, int year) => run.Course switch
        {
            DemoCourse.PublicService => new(
                4.15, -0.2, 50, 0.48, 2.7, 0.9, 0.65, "Berbagi alur penanganan pengaduan di rapat unit",
                [
                    new("RESPON-24", "Menanggapi pengaduan dalam 1 x 24 jam", "M.05"),
                    new("TINDAK-LANJUT", "Mendokumentasikan tindak lanjut pengaduan sampai selesai", "M.05"),
                    new("PENJELASAN", "Menjelaskan prosedur dan hasil dengan bahasa yang mudah dipahami", "M.03"),
                ],
                [Supervisor, Peer, Self],
                15_000_000m,
                2_500_000m,
                9_000_000m,
                [
                    // Isolation -1: taken from the difference-in-differences of the response time.
                    new("Pengaduan berulang dan eskalasi yang dihindari (12 bulan)", 17_500_000m, -1m, 0.7m,
                        run.ComparisonUnit is null ? "perubahan waktu respons unit yang dilatih" : $"selisih-dalam-selisih waktu respons terhadap {DemoRuns.UnitName(run.ComparisonUnit)}"),
                    new("Lembur petugas loket yang berkurang", 2_000_000m, 0.5m, 0.8m, $"catatan lembur {year - 1} dan {year}"),
                ],
                ["Kepercayaan masyarakat terhadap layanan pengaduan", "Koordinasi antarunit layanan"],
                [
                    .. run.Units.Select(unit => new EvidencePlan("L3-INT", run.End.AddDays(95), "Tim evaluasi BPSDM", $"Atasan langsung {DemoRuns.UnitName(unit)}", "M.05",
                        [
                            new CodedFinding("respons pengaduan lebih cepat", KirkpatrickLevel.Behaviour, FindingDirection.Positive, "Pengaduan sekarang dijawab pada hari yang sama."),
                            new CodedFinding("format tindak lanjut dipakai", KirkpatrickLevel.Behaviour, FindingDirection.Positive),
                        ])),
                    new EvidencePlan("L4-OBS", run.End.AddDays(100), "Tim evaluasi BPSDM", "Pengguna layanan di loket pengaduan", null,
                    [
                        new CodedFinding("antrean pengaduan lebih pendek", KirkpatrickLevel.Results, FindingDirection.Positive),
                        new CodedFinding("beban loket tinggi pada jam sibuk", KirkpatrickLevel.Results, FindingDirection.Neutral),
                    ]),
                ]),
            DemoCourse.Communication => new(
                4.0, 0.0, 58, 0.42, 2.9, 0.6, 0.55, "Berbagi teknik negosiasi dengan tim",
                [
                    new("DENGAR-AKTIF", "Mendengarkan aktif dan menyimpulkan kebutuhan pihak lain", "M.03"),
                    new("NEGOSIASI", "Menyiapkan negosiasi dengan alternatif yang jelas", "M.03"),
                    new("RAPAT", "Memfasilitasi rapat koordinasi sampai ada kesepakatan", "M.02"),
                ],
                [Supervisor, Self],
                12_000_000m,
                2_500_000m,
                3_500_000m,
                [
                    new("Waktu rapat koordinasi yang dihemat", 7_000_000m, 0.6m, 0.7m, "estimasi atasan peserta"),
                    new("Kesepakatan kerja sama yang lebih cepat", 6_000_000m, 0.5m, 0.7m, "estimasi peserta, disesuaikan keyakinan"),
                ],
                ["Hubungan kerja antar-OPD yang lebih baik"],
                [
                    new EvidencePlan("L3-INT", run.End.AddDays(95), "Tim evaluasi BPSDM", "Atasan langsung peserta", "M.03",
                    [
                        new CodedFinding("rapat lebih terarah", KirkpatrickLevel.Behaviour, FindingDirection.Positive),
                        new CodedFinding("notula memuat kesepakatan dan penanggung jawab", KirkpatrickLevel.Behaviour, FindingDirection.Positive),
                    ]),
                ]),
            _ => new(
                3.75, -0.8, 46, 0.2, 2.6, 0.25, 0.35, "Membantu rekan memakai templat naskah dinas",
                [
                    new("NASKAH-DINAS", "Menyusun naskah dinas dengan templat dan tanda tangan elektronik"),
                    new("ARSIP-DIGITAL", "Mengarsipkan surat secara digital sehingga mudah ditemukan"),
                    new("LEMBAR-KERJA", "Mengolah data kegiatan dengan lembar kerja"),
                ],
                [Supervisor, Self],
                10_000_000m,
                5_500_000m,
                3_000_000m,
                [new("Waktu administrasi surat yang dihemat", 3_300_000m, 0.7m, 0.6m, "sampel waktu penyelesaian surat")],
                ["Arsip lebih mudah ditelusuri saat pemeriksaan"],
                [
                    new EvidencePlan("L3-INT", run.End.AddDays(95), "Tim evaluasi BPSDM", "Peserta dan atasan langsung", null,
                    [
                        new CodedFinding("tanda tangan elektronik belum tersedia di semua OPD", KirkpatrickLevel.Behaviour, FindingDirection.Negative, "Templat dipakai, tetapi surat masih dicetak untuk ditandatangani."),
                        new CodedFinding("arsip digital mulai dipakai", KirkpatrickLevel.Behaviour, FindingDirection.Positive),
                    ]),
                ]),
        };
    }
}
