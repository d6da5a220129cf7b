using System.Globalization;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Lampung.Commands;

/// <summary>L1 of a run: respondents, the pooled mean (1-5) with its band, and the NPS of the recommend item.</summary>
internal sealed record ReactionSummary(int Respondents, decimal? Mean, string? Band, decimal? Nps, int Promoters, int Passives, int Detractors);

/// <summary>L2 of a run: Hake's class and mean individual gain, participants excluded at the maximum, Cohen's d_z and t, the class gain's band.</summary>
internal sealed record LearningSummary(int Pairs, int Excluded, decimal? ClassGain, decimal? MeanIndividualGain, decimal? CohensDz, decimal? T, string? Band);

/// <summary>L3 by one kind of rater (or every rating pooled): means before and after, and the change.</summary>
internal sealed record RaterChangeRow(string Rater, int BeforeRatings, decimal? Before, int AfterRatings, decimal? After, decimal? Change);

/// <summary>L3 of a run: the change by rater and overall, and how many passed it on to how many colleagues.</summary>
internal sealed record BehaviourSummary(IReadOnlyList<RaterChangeRow> Raters, RaterChangeRow Overall, int ParticipantsWhoShared, long ColleaguesTaught);

/// <summary>One KPI of a run: means of the trained group before and after, the comparison group's, the difference-in-differences and the outcome.</summary>
internal sealed record KpiRow(
    string Kpi,
    string Name,
    string Unit,
    string Direction,
    decimal? Before,
    decimal? After,
    decimal? Change,
    decimal? ComparisonBefore,
    decimal? ComparisonAfter,
    decimal? ComparisonChange,
    decimal? DifferenceInDifferences,
    string? Outcome,
    bool? TargetMet);

/// <summary>L5 of a run: adjusted benefits, fully loaded costs, BCR and ROI % (unrounded).</summary>
internal sealed record RoiSummary(decimal Benefits, decimal Costs, decimal? Bcr, decimal? RoiPercent, bool? MeetsTarget, IReadOnlyList<string> Intangibles);

/// <summary>A level's outcome in a run's effectiveness report (<c>Met</c>, <c>NotMet</c>, <c>Undefined</c>, <c>NotMeasured</c>).</summary>
internal sealed record LevelRow(string Level, string Outcome);

/// <summary>An OPD by code, with its short name and how many of the run's participants work there.</summary>
internal sealed record UnitRef(string Code, string Name, int Participants);

/// <summary>
/// A run's evaluation, from its effectiveness report (<c>GetEffectivenessReport</c>): the run of the plan it evaluates
/// (plan line, course, mode, organiser, dates; whether it stands in for the design's own course), its participants and
/// those present, and for public service the units trained and the comparison unit. The run is named by its plan line,
/// not by its <c>CourseRunId</c>: the library draws a new identifier on every run, and the same seed gives the same
/// report (the identifier is in the database, on the run's evaluation plan).
/// </summary>
internal sealed record RunReport(
    string Course,
    int Line,
    string CourseCode,
    string Title,
    string Mode,
    string Organiser,
    DateOnly Start,
    DateOnly End,
    bool StandIn,
    int Participants,
    int Attended,
    IReadOnlyList<UnitRef> Units,
    UnitRef? ComparisonUnit,
    ReactionSummary Reaction,
    LearningSummary Learning,
    BehaviourSummary Behaviour,
    IReadOnlyList<KpiRow> Results,
    RoiSummary Roi,
    IReadOnlyList<LevelRow> Levels,
    string Verdict,
    string Text);

/// <summary>A unit's SKM index for a period (<c>ComputeSkmIndex</c>); the converted index unrounded and as graded.</summary>
internal sealed record SkmRow(string Unit, string UnitName, DateOnly PeriodStart, DateOnly PeriodEnd, int Respondents, decimal? Index, decimal? Converted, decimal? ConvertedRounded, string? Grade, string? Performance);

/// <summary>What the demo's evaluation step recorded and found: the evaluator, the plan year whose runs it evaluated, the report day.</summary>
internal sealed record EvaluationReport(string Organiser, int Year, DateOnly AsOf, EvaluationCounts Recorded, IReadOnlyList<RunReport> Runs, IReadOnlyList<SkmRow> Skm);

/// <summary>
/// The demo's evaluation step: takes three runs the follow-up step held and completed (<see cref="DemoRuns"/>, read from
/// the database), simulates their evaluation data around what the runs recorded (participants, attendance, final test
/// scores), records every level through the mediator (<see cref="EvaluationSeeder"/>) on a clock at the end of the plan
/// year, and asks, in the host's caller scope (the province), for each run's effectiveness report as of that day and
/// for the units' SKM indices.
/// </summary>
internal static class DemoEvaluation
{
    /// <summary>The report day: the last day of the year the follow-up step simulated.</summary>
    public static DateOnly AsOf => new(DemoFollowUp.Year, 12, 31);

    public static async Task<EvaluationReport> RunAsync(LampungHost host, DemoPlan plan, SeedResult seeded, int seed, CancellationToken cancellationToken)
    {
        // A sequence of its own, so the earlier steps' data stay those of the seed whatever this step draws.
        var random = new Random(unchecked((seed * 31) + 4));
        var runs = DemoRuns.Select(host.Database, plan, seeded, DemoFollowUp.Year, AsOf);
        var data = new EvaluationGenerator(random, plan, DemoFollowUp.Year).Generate(runs);

        // Everything is dated up to the report day, so the library's "not in the future" checks read a clock on that day.
        using var evaluator = new LampungHost(host.Database, services => services.AddSingleton<TimeProvider>(FixedClock.At(AsOf)));
        var (plans, surveys, counts) = await EvaluationSeeder.SeedAsync(evaluator, data, seeded, cancellationToken);

        var reports = new List<RunReport>();
        foreach (var run in plans)
        {
            var report = await evaluator.SendAsync(new GetEffectivenessReport(run.PlanId, AsOf), cancellationToken);
            reports.Add(Run(plan, run.Data, report));
        }

        var skm = new List<SkmRow>();
        foreach (var survey in surveys.OrderBy(s => s.Plan.OpdCode, StringComparer.Ordinal).ThenBy(s => s.Plan.PeriodEnd))
        {
            var result = await evaluator.SendAsync(new ComputeSkmIndex(survey.Id), cancellationToken);
            var p = survey.Plan;
            skm.Add(new SkmRow(p.OpdCode, DemoRuns.UnitName(p.OpdCode), p.PeriodStart, p.PeriodEnd, result.Respondents, result.Index, result.Converted, result.ConvertedRounded, result.Grade?.Letter, result.Grade?.Performance.For(CultureInfo.CurrentUICulture)));
        }

        return new EvaluationReport(DemoRuns.Organiser, DemoFollowUp.Year, AsOf, counts, reports, skm);
    }

    private static RunReport Run(DemoPlan plan, RunEvaluationPlan data, EffectivenessReport report)
    {
        var run = data.Run;
        UnitRef Unit(string opdCode) => new(opdCode, DemoRuns.UnitName(opdCode), run.Participants.Count(p => plan.Positions[plan.Employees[p].Position].OpdCode == opdCode));
        var reaction = report.Reaction;
        var nps = reaction?.Nps;
        var gain = report.Learning?.Gain;
        var behaviour = report.Behaviour;
        var roi = report.Roi;
        return new RunReport(
            run.Course.ToString(),
            run.Line,
            run.CourseCode,
            run.Title,
            ProgramsText.Mode(run.Mode),
            run.Organiser,
            run.Start,
            run.End,
            run.StandIn,
            run.Participants.Count,
            data.Attendance.Count(a => a.Attended),
            run.Units.Select(Unit).ToArray(),
            run.ComparisonUnit is null ? null : Unit(run.ComparisonUnit),
            new ReactionSummary(reaction?.Respondents ?? 0, reaction?.Overall.Mean, reaction?.Overall.Band?.Name.For(CultureInfo.CurrentUICulture), nps?.Score, nps?.Promoters ?? 0, nps?.Passives ?? 0, nps?.Detractors ?? 0),
            new LearningSummary(gain?.Pairs ?? 0, gain?.ExcludedAtMaximum ?? 0, gain?.ClassGain, gain?.MeanIndividualGain, gain?.EffectSize.CohensDz, gain?.EffectSize.T, gain?.ClassBand?.Name.For(CultureInfo.CurrentUICulture)),
            new BehaviourSummary(
                behaviour?.ByRater.Select(r => Change(RaterName(r.Key), r.Value)).ToArray() ?? [],
                behaviour is null ? new RaterChangeRow(Text.Pick("Semua", "All"), 0, null, 0, null, null) : Change(Text.Pick("Semua", "All"), behaviour.Overall),
                behaviour?.Transfer.ParticipantsWhoShared ?? 0,
                behaviour?.Transfer.ColleaguesTaught ?? 0),
            report.Results.Select(Kpi).ToArray(),
            new RoiSummary(roi?.Result.Benefits ?? 0m, roi?.Result.Costs ?? 0m, roi?.Result.Bcr, roi?.Result.RoiPercent, roi?.Result.MeetsTarget, roi?.Intangibles ?? []),
            report.Levels.Select(l => new LevelRow($"L{(int)l.Level}", l.Outcome.ToString())).ToArray(),
            report.Verdict.ToString(),
            report.Text.For(CultureInfo.CurrentUICulture));
    }

    private static RaterChangeRow Change(string rater, RatingChange change) =>
        new(rater, change.BeforeRatings, change.BeforeMean, change.AfterRatings, change.AfterMean, change.Change);

    private static KpiRow Kpi(KpiChange change) => new(
        change.Kpi.Code,
        change.Kpi.Name,
        change.Kpi.Unit,
        change.Kpi.Direction.ToString(),
        change.Trained.BeforeMean,
        change.Trained.AfterMean,
        change.Trained.Change,
        change.Comparison?.BeforeMean,
        change.Comparison?.AfterMean,
        change.Comparison?.Change,
        change.DifferenceInDifferences,
        change.Outcome?.ToString(),
        change.TargetMet);

    private static string RaterName(RaterKind rater) => rater switch
    {
        RaterKind.Supervisor => Text.Pick("Atasan", "Supervisor"),
        RaterKind.Peer => Text.Pick("Rekan kerja", "Peers"),
        _ => Text.Pick("Diri sendiri", "Self"),
    };

    private static string DesignName(string course) => Enum.Parse<DemoCourse>(course) switch
    {
        DemoCourse.PublicService => Text.Pick("Pelayanan publik", "Public service"),
        DemoCourse.Communication => Text.Pick("Komunikasi", "Communication"),
        _ => Text.Pick("TI perkantoran", "Office IT"),
    };

    public static void WriteTables(EvaluationReport report, TextWriter stdout)
    {
        var r = report.Recorded;
        var asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Evaluasi lewat mediator oleh {report.Organiser}: {r.Runs} run rencana {report.Year} yang selesai, {r.Participants} peserta ({r.Absent} tidak hadir), {r.ReactionResponses} kuesioner reaksi, {r.TestScores} nilai tes, {r.BehaviourRatings} penilaian perilaku, {r.Transfers} laporan berbagi, {r.KpiObservations} observasi KPI, {r.QualitativeRecords} wawancara/observasi, {r.SkmSurveys} survei SKM ({r.SkmResponses} responden); laporan efektivitas per {asOf}",
            $"Evaluation through the mediator by {report.Organiser}: {r.Runs} completed runs of the {report.Year} plan, {r.Participants} participants ({r.Absent} absent), {r.ReactionResponses} reaction questionnaires, {r.TestScores} test scores, {r.BehaviourRatings} behaviour ratings, {r.Transfers} transfer reports, {r.KpiObservations} KPI observations, {r.QualitativeRecords} interviews/observations, {r.SkmSurveys} SKM surveys ({r.SkmResponses} respondents); effectiveness as of {asOf}"));

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Run yang dievaluasi, dibaca dari CourseRuns: per desain evaluasi, run kursusnya yang selesai dengan peserta terbanyak (seri: baris rencana terkecil) di antara yang berakhir cukup awal agar pengukuran 90 hari jatuh paling lambat {asOf}; peserta: yang selesai atau tidak selesai; hadir: dengan JP yang dihadiri",
            $"Runs evaluated, read from CourseRuns: per evaluation design, the completed run of its course with the most participants (ties: the lowest plan line) among those that ended early enough for the 90-day measurements to fall by {asOf}; participants: those who completed or did not; present: with JP attended"));
        var held = new TextTable(
            (Text.Pick("Desain", "Design"), false),
            (Text.Pick("Baris", "Line"), true),
            (Text.Pick("Kursus", "Course"), false),
            (Text.Pick("Pelatihan", "Course run"), false),
            (Text.Pick("Moda", "Mode"), false),
            (Text.Pick("Tanggal", "Dates"), false),
            (Text.Pick("Peserta", "Participants"), true),
            (Text.Pick("Hadir", "Present"), true));
        foreach (var run in report.Runs)
        {
            held.Row(
                DesignName(run.Course) + (run.StandIn ? " *" : string.Empty),
                run.Line.ToString(CultureInfo.InvariantCulture),
                run.CourseCode,
                run.Title,
                run.Mode,
                $"{run.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} - {run.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                Display.Count(run.Participants),
                Display.Count(run.Attended));
        }

        held.Write(stdout);
        foreach (var run in report.Runs.Where(x => x.StandIn))
        {
            var own = string.Join(Text.Pick(" atau ", " or "), DemoRuns.OwnCourses(Enum.Parse<DemoCourse>(run.Course)));
            stdout.WriteLine(Text.Pick(
                $"* {DesignName(run.Course)}: tidak ada run {own} yang memenuhi syarat; run {run.CourseCode} baris {run.Line} dievaluasi sebagai gantinya dengan desain yang sama.",
                $"* {DesignName(run.Course)}: no run of {own} qualified; the {run.CourseCode} run on line {run.Line} is evaluated in its place with the same design."));
        }

        foreach (var course in Enum.GetValues<DemoCourse>().Where(c => !report.Runs.Any(x => x.Course == c.ToString())))
        {
            stdout.WriteLine(Text.Pick(
                $"{DesignName(course.ToString())}: tidak ada run selesai yang memenuhi syarat; tidak dievaluasi.",
                $"{DesignName(course.ToString())}: no completed run qualified; not evaluated."));
        }

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            "L1 reaksi (skala 1-5, pita setengah terbuka; NPS dari butir rekomendasi 0-10) dan L2 pembelajaran (gain Hake; pre-test 100 dikecualikan)",
            "L1 reaction (1-5 scale, half-open bands; NPS of the 0-10 recommend item) and L2 learning (Hake gain; a pre-test of 100 is excluded)"));
        var levels12 = new TextTable(
            (Text.Pick("Pelatihan", "Course run"), false),
            (Text.Pick("Hadir", "Present"), true),
            (Text.Pick("Rata-rata", "Mean"), true),
            (Text.Pick("Pita", "Band"), false),
            ("NPS", true),
            (Text.Pick("Gain kelas", "Class gain"), true),
            (Text.Pick("Gain individu", "Mean gain"), true),
            (Text.Pick("Dikecualikan", "Excluded"), true),
            ("d_z", true),
            ("t", true),
            (Text.Pick("Kategori gain", "Gain band"), false));
        foreach (var run in report.Runs)
        {
            levels12.Row(
                run.Title,
                $"{Display.Count(run.Attended)}/{Display.Count(run.Participants)}",
                Number(run.Reaction.Mean, 2),
                run.Reaction.Band ?? "-",
                Number(run.Reaction.Nps, 1),
                Number(run.Learning.ClassGain, 2),
                Number(run.Learning.MeanIndividualGain, 2),
                Display.Count(run.Learning.Excluded),
                Number(run.Learning.CohensDz, 2),
                Number(run.Learning.T, 2),
                run.Learning.Band ?? "-");
        }

        levels12.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            "L3 perubahan perilaku (skala 1-5: sebelum pelatihan dan 90 hari sesudahnya; berbagi: peserta yang meneruskan kepada rekan)",
            "L3 behaviour change (1-5 scale: before the run and 90 days after; shared: participants who passed it on to colleagues)"));
        var behaviour = new TextTable(
            (Text.Pick("Pelatihan", "Course run"), false),
            (Text.Pick("Penilai", "Rater"), false),
            (Text.Pick("Sebelum", "Before"), true),
            (Text.Pick("Sesudah", "After"), true),
            (Text.Pick("Perubahan", "Change"), true),
            (Text.Pick("Berbagi", "Shared"), true),
            (Text.Pick("Rekan", "Colleagues"), true));
        foreach (var run in report.Runs)
        {
            var rows = run.Behaviour.Raters.Append(run.Behaviour.Overall).ToArray();
            for (var i = 0; i < rows.Length; i++)
            {
                var row = rows[i];
                var last = i == rows.Length - 1;
                behaviour.Row(
                    i == 0 ? run.Title : string.Empty,
                    row.Rater,
                    Number(row.Before, 2),
                    Number(row.After, 2),
                    Signed(row.Change),
                    last ? Display.Count(run.Behaviour.ParticipantsWhoShared) : string.Empty,
                    last ? run.Behaviour.ColleaguesTaught.ToString(CultureInfo.CurrentCulture) : string.Empty);
            }
        }

        behaviour.Write(stdout);

        foreach (var run in report.Runs.Where(x => x.Results.Count > 0))
        {
            var trained = string.Join(Text.Pick(" dan ", " and "), run.Units.Select(u => Text.Pick($"{u.Name} ({u.Participants} peserta)", $"{u.Name} ({u.Participants} participants)")));
            var comparison = run.ComparisonUnit is { } c
                ? Text.Pick($"{c.Name} pembanding (unit sejenis tanpa peserta di run ini)", $"{c.Name} for comparison (a unit of the same kind with no participants in the run)")
                : Text.Pick("tanpa unit pembanding", "no comparison unit");
            stdout.WriteLine();
            stdout.WriteLine(Text.Pick(
                $"L4 hasil unit, {run.Title} (baris {run.Line}): dilatih {trained}, unit layanan dengan peserta terbanyak di run ini; {comparison}; rata-rata nilai bulanan tiga bulan sebelum dan tiga bulan sejak 90 hari sesudah pelatihan; selisih-dalam-selisih = perubahan dilatih - perubahan pembanding",
                $"L4 unit results, {run.Title} (line {run.Line}): trained {trained}, the service units with the most participants in the run; {comparison}; means of monthly values over three months before and three months from 90 days after the run; difference-in-differences = trained change - comparison change"));
            var kpis = new TextTable(
                ("KPI", false),
                (Text.Pick("Satuan", "Unit"), false),
                (Text.Pick("Sebelum", "Before"), true),
                (Text.Pick("Sesudah", "After"), true),
                (Text.Pick("Perubahan", "Change"), true),
                (Text.Pick("Pembanding sebelum", "Comparison before"), true),
                (Text.Pick("sesudah", "after"), true),
                (Text.Pick("perubahan", "change"), true),
                (Text.Pick("Selisih-dlm-selisih", "Diff-in-diff"), true),
                (Text.Pick("Hasil", "Outcome"), false));
            foreach (var k in run.Results)
            {
                kpis.Row(
                    k.Name,
                    k.Unit,
                    Number(k.Before, 1),
                    Number(k.After, 1),
                    Signed(k.Change, 1),
                    Number(k.ComparisonBefore, 1),
                    Number(k.ComparisonAfter, 1),
                    Signed(k.ComparisonChange, 1),
                    Signed(k.DifferenceInDifferences, 1),
                    Outcome(k.Outcome));
            }

            kpis.Write(stdout);
        }

        if (report.Skm.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine(Text.Pick(
                "Indeks Kepuasan Masyarakat (SKM, PermenPAN-RB 14/2017) unit yang dilatih: 9 unsur 1-4, bobot tepat 1/9; mutu dari nilai konversi dibulatkan 2 desimal",
                "Public satisfaction index (SKM, PermenPAN-RB 14/2017) of the trained units: 9 elements 1-4, exact 1/9 weights; grade from the converted value rounded to 2 decimals"));
            var skm = new TextTable(
                ("Unit", false),
                (Text.Pick("Periode", "Period"), false),
                (Text.Pick("Responden", "Respondents"), true),
                (Text.Pick("Indeks", "Index"), true),
                (Text.Pick("Konversi", "Converted"), true),
                (Text.Pick("Mutu", "Grade"), false));
            foreach (var s in report.Skm)
            {
                skm.Row(
                    s.UnitName,
                    $"{s.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} - {s.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                    Display.Count(s.Respondents),
                    Number(s.Index, 4),
                    Number(s.ConvertedRounded, 2),
                    s.Grade is null ? "-" : $"{s.Grade} {s.Performance}");
            }

            skm.Write(stdout);
        }

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            "L5 ROI (Phillips: manfaat x isolasi x keyakinan; biaya penuh; manfaat tak berwujud tidak dihitung)",
            "L5 ROI (Phillips: benefits x isolation x confidence; fully loaded costs; intangibles not counted)"));
        var roi = new TextTable(
            (Text.Pick("Pelatihan", "Course run"), false),
            (Text.Pick("Biaya (Rp)", "Costs (Rp)"), true),
            (Text.Pick("Manfaat (Rp)", "Benefits (Rp)"), true),
            ("BCR", true),
            ("ROI", true));
        foreach (var run in report.Runs)
        {
            roi.Row(run.Title, Money(run.Roi.Costs), Money(run.Roi.Benefits), Number(run.Roi.Bcr, 2), run.Roi.RoiPercent is { } percent ? Display.Percent(percent, 1) : "-");
        }

        roi.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Laporan efektivitas per pelatihan (GetEffectivenessReport per {asOf}; kriteria {EffectivenessRuleSet.Default.Info.Key})",
            $"Effectiveness report by run (GetEffectivenessReport as of {asOf}; criteria {EffectivenessRuleSet.Default.Info.Key})"));
        var verdicts = new TextTable(
            [
                (Text.Pick("Pelatihan", "Course run"), false),
                .. Enumerable.Range(1, 5).Select(l => ($"L{l}", false)),
                (Text.Pick("Kesimpulan", "Verdict"), false),
            ]);
        foreach (var run in report.Runs)
        {
            var verdict = Enum.Parse<EffectivenessVerdict>(run.Verdict);
            verdicts.Row([run.Title, .. run.Levels.Select(l => LevelOutcomeText(Enum.Parse<LevelOutcome>(l.Outcome))), EffectivenessRule.Headline(verdict).For(CultureInfo.CurrentUICulture)]);
        }

        verdicts.Write(stdout);
    }

    private static string LevelOutcomeText(LevelOutcome outcome) => outcome switch
    {
        LevelOutcome.Met => Text.Pick("terpenuhi", "met"),
        LevelOutcome.NotMet => Text.Pick("tidak", "not met"),
        LevelOutcome.Undefined => Text.Pick("tak terdefinisi", "undefined"),
        _ => "-",
    };

    private static string Outcome(string? outcome) => outcome switch
    {
        nameof(ChangeOutcome.Improved) => Text.Pick("membaik", "improved"),
        nameof(ChangeOutcome.Worsened) => Text.Pick("memburuk", "worsened"),
        nameof(ChangeOutcome.Unchanged) => Text.Pick("tetap", "unchanged"),
        _ => "-",
    };

    private static string Money(decimal value) => Rounding.HalfAwayFromZero(value, 0).ToString("N0", CultureInfo.CurrentCulture);

    private static string Number(decimal? value, int decimals) => value is { } v ? Display.Number(v, decimals) : "-";

    private static string Signed(decimal? value, int decimals = 2) => value switch
    {
        null => "-",
        > 0m => "+" + Display.Number(value.Value, decimals),
        _ => Display.Number(value.Value, decimals),
    };
}
