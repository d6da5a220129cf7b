using System.Globalization;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Persistence;
using LatihanAsn.Lampung.Seeding;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Lampung.Commands;

/// <summary>A course of the catalogue as the demo lists it.</summary>
internal sealed record CatalogueRow(string Code, string Title, string Organiser, decimal Jp, IReadOnlyList<string> Develops, IReadOnlyList<string> Modes, bool RegionalCohorts, IReadOnlyList<string> Prerequisites);

/// <summary>The plan's runs of one delivery mode: how many, their seats, the JP they give (summed over seats) and their cost.</summary>
internal sealed record PlanModeRow(string Mode, int Runs, int Seats, decimal Jp, decimal Cost);

/// <summary>
/// The plan as a region's employees take part in it: the runs that include them, how many of them take part, their
/// seats by mode, and their share of the cost (each seat's share of the run's fixed and per-participant costs, plus
/// the participant's own travel).
/// </summary>
internal sealed record PlanRegionRow(string Code, string Name, int Runs, int Participants, IReadOnlyDictionary<string, int> SeatsByMode, decimal Cost);

/// <summary>A run of the plan: what, how, where, when, for how many, at what cost, and why.</summary>
internal sealed record PlanRunRow(string Course, string Title, string Mode, string Place, DateOnly Start, DateOnly End, int Participants, decimal Jp, CostRow Cost, int LevelsClosed, decimal Value, string Why);

/// <summary>The needs a competency leaves open for one reason.</summary>
internal sealed record UnmetCompetencyRow(string Competency, int Needs, int Levels);

/// <summary>The needs the plan leaves open for one reason, with the competencies concerned.</summary>
internal sealed record UnmetReasonRow(string Reason, int Needs, int Levels, IReadOnlyList<UnmetCompetencyRow> Competencies);

/// <summary>The plan's approval workflow: the events published on the way, and the plan as stored at the end.</summary>
internal sealed record WorkflowRow(IReadOnlyList<string> Events, string Status, int Version, string ApprovedBy, decimal ApprovedBudget, string Summary);

/// <summary>What the demo's composition step did and found.</summary>
internal sealed record CompositionSection(
    int RegionsReached,
    string Centre,
    IReadOnlyList<CatalogueRow> Catalogue,
    string Title,
    int Year,
    decimal Budget,
    string Owner,
    DateOnly ComposedOn,
    string Method,
    bool ProvenOptimal,
    int CandidateRuns,
    decimal Objective,
    ComposeTotals Totals,
    IReadOnlyList<PlanModeRow> ByMode,
    IReadOnlyList<PlanRegionRow> ByRegion,
    IReadOnlyList<PlanRunRow> Runs,
    IReadOnlyList<UnmetReasonRow> Unmet,
    IReadOnlyList<string> Diagnostics,
    WorkflowRow Workflow);

/// <summary>Notes the plan's workflow events as the mediator publishes them.</summary>
internal sealed class PlanEventLog : INotificationHandler<TrainingPlanComposed>, INotificationHandler<TrainingPlanSubmitted>, INotificationHandler<TrainingPlanApproved>
{
    public List<DomainEvent> Events { get; } = [];

    public Task Handle(TrainingPlanComposed notification, CancellationToken cancellationToken) => Note(notification);

    public Task Handle(TrainingPlanSubmitted notification, CancellationToken cancellationToken) => Note(notification);

    public Task Handle(TrainingPlanApproved notification, CancellationToken cancellationToken) => Note(notification);

    private Task Note(DomainEvent notification)
    {
        Events.Add(notification);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The demo's composition step, after the needs step, through the mediator in the province's scope: the fifteen
/// regions' reach (<c>SetRegionReach</c> from <see cref="LampungReach"/>), the catalogue (<c>DefineCourse</c>, see
/// <see cref="ProgramsCatalogue"/>), then <c>ComposeTrainingPlan</c> for the next year with the needs step's survey,
/// <c>SubmitTrainingPlan</c> and <c>ApproveTrainingPlan</c>, and <c>ExplainTrainingPlan</c> to read the approved plan
/// back from the database. It plans on the demo's reporting day (<see cref="DemoPlan.AsOf"/>, with a
/// <see cref="FixedClock"/>): the library refuses a plan year before the current one and composes the needs as of
/// today, so a fixed day keeps the step the same whatever day the demo runs.
/// </summary>
internal static class DemoCompose
{
    /// <summary>The plan's budget: Rp 2.5 billion.</summary>
    public const decimal Budget = 2_500_000_000m;

    /// <summary>The OPD that owns the plan.</summary>
    public const string Owner = "PROV-BPSDM";

    /// <summary>Who approves the plan.</summary>
    public const string Approver = "Sekretaris Daerah Provinsi Lampung";

    /// <summary>Gets the plan year: the year after the reporting day.</summary>
    public static int Year => DemoPlan.AsOf.Year + 1;

    /// <summary>The plan's title (the library's summary adds the year).</summary>
    public const string Title = "Rencana Pengembangan Kompetensi ASN Provinsi Lampung";

    public static async Task<CompositionSection> RunAsync(LampungHost host, DemoPlan plan, SeedResult seeded, CancellationToken cancellationToken)
    {
        var log = new PlanEventLog();
        using var planner = new LampungHost(host.Database, services =>
        {
            services.AddSingleton<TimeProvider>(FixedClock.At(DemoPlan.AsOf));
            services.AddSingleton(log);
            services.AddTransient<INotificationHandler<TrainingPlanComposed>>(sp => sp.GetRequiredService<PlanEventLog>());
            services.AddTransient<INotificationHandler<TrainingPlanSubmitted>>(sp => sp.GetRequiredService<PlanEventLog>());
            services.AddTransient<INotificationHandler<TrainingPlanApproved>>(sp => sp.GetRequiredService<PlanEventLog>());
        });

        var (composed, explanation) = await host.Database.InTransactionAsync(async () =>
        {
            foreach (var reach in LampungReach.Create())
            {
                await planner.SendAsync(new SetRegionReach(reach.RegionCode, reach.Name, reach.Connectivity, reach.Travel), cancellationToken);
            }

            foreach (var course in ProgramsCatalogue.Courses)
            {
                await planner.SendAsync(course, cancellationToken);
            }

            var composed = await planner.SendAsync(new ComposeTrainingPlan(Title, Year, Budget, Owner, SurveyId: SurveyOf(host.Database)), cancellationToken);
            if (composed.Composition.Runs.Count > 0) // a plan without runs (a tiny population) stays a draft: nothing to approve
            {
                await planner.SendAsync(new SubmitTrainingPlan(composed.PlanId), cancellationToken);
                await planner.SendAsync(new ApproveTrainingPlan(composed.PlanId, Approver), cancellationToken);
            }

            return (composed.Composition, await planner.SendAsync(new ExplainTrainingPlan(composed.PlanId), cancellationToken));
        }, cancellationToken);

        var regionOf = new Dictionary<EmployeeId, string>(seeded.EmployeeIds.Count);
        for (var i = 0; i < seeded.EmployeeIds.Count; i++)
        {
            regionOf[seeded.EmployeeIds[i]] = plan.Positions[plan.Employees[i].Position].RegionCode;
        }

        return Report(composed, explanation, regionOf, log);
    }

    /// <summary>The needs step's survey: the one survey the demo opens.</summary>
    private static SurveyId SurveyOf(HostDatabase database)
    {
        using var context = database.CreateContext();
        return context.Set<NeedsSurvey>().Where(s => s.Title == NeedsSeeder.SurveyTitle).Select(s => s.Id).Single();
    }

    private static CompositionSection Report(CompositionResult composed, TrainingPlanExplanation plan, Dictionary<EmployeeId, string> regionOf, PlanEventLog log)
    {
        var reach = LampungReach.Create().ToDictionary(r => r.RegionCode, StringComparer.Ordinal);
        var approved = log.Events.OfType<TrainingPlanApproved>().SingleOrDefault();
        var t = plan.Totals;
        return new CompositionSection(
            reach.Count,
            LampungReach.BpsdmCentre,
            ProgramsCatalogue.Courses.Select(c => new CatalogueRow(
                c.Code,
                c.Details.Title,
                c.Details.OrganiserName,
                c.Details.Jp,
                c.Details.Develops.Select(d => $"{d.Competency} {d.FromLevel}-{d.ToLevel}").ToArray(),
                c.Details.Offerings.Select(o => o.Mode.ToString()).ToArray(),
                c.Details.Offerings.Any(o => o.AllowsRegionalCohorts),
                (c.Details.Prerequisites ?? []).Select(p => p.CourseCode ?? $"{p.Competency} >= {p.MinimumLevel}").ToArray())).ToArray(),
            plan.Title,
            plan.Year,
            Budget,
            Owner,
            DemoPlan.AsOf,
            composed.Method.ToString(),
            composed.ProvenOptimal,
            composed.CandidateRuns,
            composed.Objective,
            new ComposeTotals(
                CostRow.From(t.Cost), t.Runs, t.Participants, t.Needs, t.NeedsClosed, t.LevelsNeeded, t.LevelsClosed, t.WeightedNeedClosed, t.Employees, t.CompliantBefore, t.CompliantAfter,
                t.JpByMode.ToDictionary(m => m.Key.ToString(), m => m.Value)),
            composed.Runs
                .GroupBy(r => r.Mode)
                .OrderBy(g => g.Key)
                .Select(g => new PlanModeRow(g.Key.ToString(), g.Count(), g.Sum(r => r.Participants.Count), g.Sum(r => r.Jp * r.Participants.Count), g.Sum(r => r.Cost.Total)))
                .ToArray(),
            ByRegion(composed, regionOf, reach),
            composed.Runs.Select(r => new PlanRunRow(
                r.CourseCode, r.CourseTitle, r.Mode.ToString(), r.Place, r.Start, r.End, r.Participants.Count, r.Jp, CostRow.From(r.Cost), r.LevelsClosed, r.Value, r.Why.For(CultureInfo.CurrentUICulture))).ToArray(),
            plan.Unmet
                .GroupBy(u => u.Reason)
                .OrderByDescending(g => g.Sum(u => u.Needs)).ThenBy(g => g.Key)
                .Select(g => new UnmetReasonRow(
                    g.Key.ToString(),
                    g.Sum(u => u.Needs),
                    g.Sum(u => u.Levels),
                    g.OrderByDescending(u => u.Needs).ThenBy(u => u.Competency).Select(u => new UnmetCompetencyRow(u.Competency.Value, u.Needs, u.Levels)).ToArray()))
                .ToArray(),
            plan.Diagnostics.Select(d => d.For(CultureInfo.CurrentUICulture)).ToArray(),
            new WorkflowRow(
                log.Events.Select(e => e.GetType().Name).ToArray(),
                plan.Status.ToString(),
                plan.Version,
                approved?.ApprovedBy ?? "-",
                approved?.Budget ?? 0m,
                plan.Summary.For(CultureInfo.CurrentUICulture)));
    }

    private static PlanRegionRow[] ByRegion(CompositionResult composed, Dictionary<EmployeeId, string> regionOf, Dictionary<string, RegionReach> reach)
    {
        var runs = new Dictionary<string, int>(StringComparer.Ordinal);
        var people = new Dictionary<string, HashSet<EmployeeId>>(StringComparer.Ordinal);
        var seats = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var cost = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var run in composed.Runs)
        {
            var share = (run.Cost.Runs + run.Cost.Participants) / run.Participants.Count;
            foreach (var region in run.Participants.Select(p => regionOf[p]).Distinct(StringComparer.Ordinal))
            {
                runs[region] = runs.GetValueOrDefault(region) + 1;
            }

            foreach (var participant in run.Participants)
            {
                var region = regionOf[participant];
                (people.TryGetValue(region, out var set) ? set : people[region] = []).Add(participant);
                var byMode = seats.TryGetValue(region, out var m) ? m : seats[region] = new Dictionary<string, int>(StringComparer.Ordinal);
                byMode[run.Mode.ToString()] = byMode.GetValueOrDefault(run.Mode.ToString()) + 1;
                var travel = run.Cost.Travel > 0 && reach.TryGetValue(region, out var r) ? r.TripTo(run.Place)?.CostPerParticipant ?? 0m : 0m;
                cost[region] = cost.GetValueOrDefault(region) + share + travel;
            }
        }

        return LampungRegions.All
            .Select(r => new PlanRegionRow(
                r.Code,
                r.Name,
                runs.GetValueOrDefault(r.Code),
                people.TryGetValue(r.Code, out var set) ? set.Count : 0,
                seats.GetValueOrDefault(r.Code) ?? new Dictionary<string, int>(),
                cost.GetValueOrDefault(r.Code)))
            .ToArray();
    }

    public static void WriteTables(CompositionSection report, TextWriter stdout)
    {
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Penyusunan program lewat mediator: jangkauan {report.RegionsReached} wilayah ke {report.Centre} (SetRegionReach), {report.Catalogue.Count} kursus (DefineCourse), lalu ComposeTrainingPlan untuk provinsi, tahun {report.Year}, anggaran {ProgramsText.Money(report.Budget)}, dengan survei AKPK; disusun per {Iso(report.ComposedOn)}",
            $"Program composition through the mediator: reach of {report.RegionsReached} regions to {report.Centre} (SetRegionReach), {report.Catalogue.Count} courses (DefineCourse), then ComposeTrainingPlan for the province, year {report.Year}, budget {ProgramsText.Money(report.Budget)}, with the needs survey; composed as of {Iso(report.ComposedOn)}"));

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Katalog kursus (tingkat: dari-ke; +regional: juga kohort regional di kabupaten/kota)", "Course catalogue (levels: from-to; +regional: also regional cohorts in the regencies and cities)"));
        var catalogue = new TextTable(
            (Text.Pick("Kode", "Code"), false),
            (Text.Pick("Judul", "Title"), false),
            (Text.Pick("Penyelenggara", "Organiser"), false),
            ("JP", true),
            (Text.Pick("Mengembangkan", "Develops"), false),
            (Text.Pick("Moda", "Modes"), false),
            (Text.Pick("Prasyarat", "Prerequisite"), false));
        foreach (var c in report.Catalogue)
        {
            var offered = c.Modes.Select(m => Enum.Parse<DeliveryMode>(m)).Select(m => ProgramsText.Mode(m) + (m == DeliveryMode.Klasikal && c.RegionalCohorts ? " +regional" : string.Empty));
            catalogue.Row(c.Code, c.Title, c.Organiser, Display.Number(c.Jp, 0), string.Join(", ", c.Develops), string.Join(", ", offered), c.Prerequisites.Count == 0 ? "-" : string.Join(", ", c.Prerequisites));
        }

        catalogue.Write(stdout);

        var t = report.Totals;
        var method = report.Method == nameof(CompositionMethod.Exact)
            ? Text.Pick(report.ProvenOptimal ? "pencarian eksak, terbukti optimal" : "pencarian eksak, tidak terbukti optimal", report.ProvenOptimal ? "exact search, proven optimal" : "exact search, not proven optimal")
            : Text.Pick("heuristik: greedy biaya-efektif dengan perbaikan lokal", "heuristic: cost-effectiveness greedy with local improvement");
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"{report.Title} {report.Year}: {method}; {report.CandidateRuns} run kandidat; nilai tujuan {Display.Number(report.Objective, 2)}",
            $"{report.Title} {report.Year}: {method}; {report.CandidateRuns} candidate runs; objective {Display.Number(report.Objective, 2)}"));
        stdout.WriteLine(Text.Pick(
            $"Biaya {ProgramsText.Money(t.Cost.Total)} dari anggaran {ProgramsText.Money(report.Budget)}: kegiatan {ProgramsText.Money(t.Cost.Runs)}, peserta {ProgramsText.Money(t.Cost.Participants)}, perjalanan {ProgramsText.Money(t.Cost.Travel)}",
            $"Cost {ProgramsText.Money(t.Cost.Total)} of a budget of {ProgramsText.Money(report.Budget)}: runs {ProgramsText.Money(t.Cost.Runs)}, participants {ProgramsText.Money(t.Cost.Participants)}, travel {ProgramsText.Money(t.Cost.Travel)}"));
        stdout.WriteLine(Text.Pick(
            $"Kebutuhan: {t.LevelsClosed} dari {t.LevelsNeeded} tingkat tertutup, {t.NeedsClosed} dari {t.Needs} kebutuhan tuntas; {t.Runs} run untuk {t.Participants} peserta",
            $"Needs: {t.LevelsClosed} of {t.LevelsNeeded} levels closed, {t.NeedsClosed} of {t.Needs} needs fully; {t.Runs} runs for {t.Participants} participants"));
        stdout.WriteLine(Text.Pick(
            $"Pegawai dengan 20 JP pada {report.Year}: {t.CompliantBefore} sebelum rencana, {t.CompliantAfter} sesudahnya, dari {t.Employees} (JP {report.Year} yang sudah diperoleh saat penyusunan: belum ada)",
            $"Employees at 20 JP in {report.Year}: {t.CompliantBefore} before the plan, {t.CompliantAfter} after it, of {t.Employees} (JP of {report.Year} earned when it is composed: none yet)"));
        foreach (var diagnostic in report.Diagnostics)
        {
            stdout.WriteLine(Text.Pick($"Diagnosis: {diagnostic}", $"Diagnostic: {diagnostic}"));
        }

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Rencana per moda (kursi: peserta per run, dijumlahkan)", "Plan by mode (seats: participants per run, summed)"));
        var modes = new TextTable(
            (Text.Pick("Moda", "Mode"), false),
            (Text.Pick("Run", "Runs"), true),
            (Text.Pick("Kursi", "Seats"), true),
            ("JP", true),
            (Text.Pick("Biaya", "Cost"), true));
        foreach (var m in report.ByMode)
        {
            modes.Row(ProgramsText.Mode(Enum.Parse<DeliveryMode>(m.Mode)), Display.Count(m.Runs), Display.Count(m.Seats), Display.Number(m.Jp, 0), ProgramsText.Money(m.Cost));
        }

        modes.Row(Text.Pick("Jumlah", "Total"), Display.Count(report.ByMode.Sum(m => m.Runs)), Display.Count(report.ByMode.Sum(m => m.Seats)), Display.Number(report.ByMode.Sum(m => m.Jp), 0), ProgramsText.Money(t.Cost.Total));
        modes.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            "Rencana per wilayah peserta (run yang diikuti pegawainya; kursi per moda; biaya: bagian tiap kursi dari biaya run dan peserta, ditambah perjalanan sendiri)",
            "Plan by the participants' region (runs its employees take part in; seats by mode; cost: each seat's share of the run and participant costs, plus its own travel)"));
        var modeNames = report.ByMode.Select(m => m.Mode).ToArray();
        var regions = new TextTable(
            [(Text.Pick("Kode", "Code"), false), (Text.Pick("Wilayah", "Region"), false), (Text.Pick("Run", "Runs"), true), (Text.Pick("Peserta", "Participants"), true),
             .. modeNames.Select(m => (ProgramsText.Mode(Enum.Parse<DeliveryMode>(m)), true)), (Text.Pick("Biaya", "Cost"), true)]);
        foreach (var r in report.ByRegion)
        {
            regions.Row([r.Code, r.Name, Display.Count(r.Runs), Display.Count(r.Participants), .. modeNames.Select(m => Display.Count(r.SeatsByMode.GetValueOrDefault(m))), ProgramsText.Money(r.Cost)]);
        }

        regions.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Contoh run dan alasannya (run bernilai tertinggi tiap moda)", "Example runs and why they are in the plan (the most valuable run of each mode)"));
        var examples = new TextTable(
            (Text.Pick("Kursus", "Course"), false),
            (Text.Pick("Moda", "Mode"), false),
            (Text.Pick("Tempat", "Place"), false),
            (Text.Pick("Mulai", "Start"), false),
            (Text.Pick("Peserta", "Participants"), true),
            (Text.Pick("Biaya", "Cost"), true),
            (Text.Pick("Alasan", "Why"), false));
        foreach (var r in Examples(report.Runs))
        {
            examples.Row(r.Course, ProgramsText.Mode(Enum.Parse<DeliveryMode>(r.Mode)), r.Place, Iso(r.Start), Display.Count(r.Participants), ProgramsText.Money(r.Cost.Total), r.Why);
        }

        examples.Write(stdout);

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick("Kebutuhan yang belum terpenuhi, menurut alasan", "Needs left open, by reason"));
        var unmet = new TextTable(
            (Text.Pick("Alasan", "Reason"), false),
            (Text.Pick("Kebutuhan", "Needs"), true),
            (Text.Pick("Tingkat", "Levels"), true),
            (Text.Pick("Kompetensi (kebutuhan)", "Competencies (needs)"), false));
        foreach (var u in report.Unmet)
        {
            unmet.Row(ProgramsText.Reason(Enum.Parse<UnmetReason>(u.Reason)), Display.Count(u.Needs), Display.Count(u.Levels), string.Join(", ", u.Competencies.Select(c => $"{c.Competency} ({Display.Count(c.Needs)})")));
        }

        unmet.Write(stdout);

        var w = report.Workflow;
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Alur persetujuan: {string.Join(" -> ", w.Events)}; disetujui oleh {w.ApprovedBy}, anggaran {ProgramsText.Money(w.ApprovedBudget)}",
            $"Approval workflow: {string.Join(" -> ", w.Events)}; approved by {w.ApprovedBy}, budget {ProgramsText.Money(w.ApprovedBudget)}"));
        stdout.WriteLine(Text.Pick($"Dibaca kembali dari basis data: {w.Summary}", $"Read back from the database: {w.Summary}"));
    }

    /// <summary>The most valuable run of each mode, in the plan's order.</summary>
    public static IEnumerable<PlanRunRow> Examples(IReadOnlyList<PlanRunRow> runs) =>
        runs.GroupBy(r => r.Mode)
            .Select(g => g.OrderByDescending(r => r.Value).First())
            .OrderBy(r => runs.ToList().IndexOf(r));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
