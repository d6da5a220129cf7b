using System.Globalization;
using System.Text.Json.Serialization;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Composition.OrTools;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Lampung.Commands;

/// <summary>A cost by category, with its total (rupiah, unrounded).</summary>
internal sealed record CostRow(decimal Runs, decimal Participants, decimal Travel, decimal Total)
{
    public static CostRow From(CostBreakdown cost) => new(cost.Runs, cost.Participants, cost.Travel, cost.Total);
}

/// <summary>A run of the composed plan, with its participants by the input's employee ids.</summary>
internal sealed record ComposeRun(string Course, string Title, string Mode, string Place, DateOnly Start, DateOnly End, IReadOnlyList<string> Participants, CostRow Cost, decimal Jp, IReadOnlyList<string> Competencies, int LevelsClosed, decimal Value, string Why);

/// <summary>A need the plan leaves (partly) open.</summary>
internal sealed record ComposeUnmet(string Employee, string Competency, int RemainingLevels, string Reason);

/// <summary>A participant's JP before and after the plan.</summary>
internal sealed record ComposeEmployeeJp(string Employee, decimal EarnedJp, decimal PlannedJp, decimal TotalJp);

/// <summary>The plan's totals (<see cref="PlanTotals"/>), JP by mode keyed by the mode's name.</summary>
internal sealed record ComposeTotals(CostRow Cost, int Runs, int Participants, int Needs, int NeedsClosed, int LevelsNeeded, int LevelsClosed, decimal WeightedNeedClosed, int Employees, int CompliantBefore, int CompliantAfter, IReadOnlyDictionary<string, decimal> JpByMode);

/// <summary>What <c>compose</c> prints: the plan, why each run is there, what stays open and why, and how it was found.</summary>
internal sealed record ComposeOutput(
    int Year,
    decimal Budget,
    string Method,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? ProvenOptimal,
    int CandidateRuns,
    decimal Objective,
    ComposeTotals Totals,
    IReadOnlyList<ComposeRun> Runs,
    IReadOnlyList<ComposeUnmet> Unmet,
    IReadOnlyList<ComposeEmployeeJp> EmployeeJp,
    IReadOnlyList<string> Diagnostics,
    IReadOnlyList<string> RuleSets);

/// <summary>
/// <c>compose --input FILE.json [--exact|--heuristic] [--composer builtin|exact] [--time-limit SECONDS]</c>: a self-contained composition problem (see
/// <c>examples/compose.schema.json</c>) composed with the library's <see cref="CompositionPolicy"/>, without a database
/// or the mediator. Every value of the file is checked before anything is composed; a plan that cannot meet its hard
/// constraints is still a plan (empty, with the result's diagnostics saying why), not an error.
/// </summary>
internal static class ComposeCommand
{
    /// <summary>
    /// Reads <c>--composer builtin|exact</c> and <c>--time-limit SECONDS</c> (the exact composer's, 10 unless given): the
    /// exact composer's time limit, or <see langword="null"/> for the built-in composer.
    /// </summary>
    public static TimeSpan? ExactComposer(Arguments args)
    {
        var exact = args.Choice("composer", false, new Dictionary<string, bool> { ["builtin"] = false, ["exact"] = true });
        var seconds = args.Integer("time-limit", 10, 1, 3_600);
        return exact ? TimeSpan.FromSeconds(seconds) : null;
    }

    public static void Compose(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var exact = args.Flag("exact");
        var heuristic = args.Flag("heuristic");
        var composer = ExactComposer(args);
        var format = args.Format();
        args.EnsureAllRead();
        if (exact && heuristic)
        {
            throw new UsageException(Text.Pick("pilih salah satu: --exact atau --heuristic.", "choose one of --exact and --heuristic."));
        }

        var parsed = ComposeInput.Read(input);
        CompositionResult result;
        try
        {
            ICompositionPolicy policy = composer is { } limit ? new ExactCompositionPolicy(new ExactCompositionOptions { TimeLimit = limit }) : new CompositionPolicy();
            result = policy.Compose(parsed.Problem, exact ? CompositionMethod.Exact : heuristic ? CompositionMethod.Heuristic : CompositionMethod.Auto);
        }
        catch (DomainRuleException e)
        {
            throw new InputException($"{input}: {e.Message}");
        }

        var output = Output(parsed, result);
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, output);
        }
        else
        {
            WriteTable(output, parsed.Problem.Regions.ToDictionary(r => r.RegionCode, r => r.Name, StringComparer.Ordinal), stdout);
        }
    }

    public static ComposeOutput Output(ComposeInput input, CompositionResult result)
    {
        var t = result.Totals;
        string Name(EmployeeId id) => input.EmployeeNames[id];
        return new ComposeOutput(
            input.Problem.Year,
            input.Problem.Budget,
            result.Method.ToString(),
            result.Method == CompositionMethod.Exact ? result.ProvenOptimal : null,
            result.CandidateRuns,
            result.Objective,
            new ComposeTotals(
                CostRow.From(t.Cost), t.Runs, t.Participants, t.Needs, t.NeedsClosed, t.LevelsNeeded, t.LevelsClosed, t.WeightedNeedClosed, t.Employees, t.CompliantBefore, t.CompliantAfter,
                t.JpByMode.ToDictionary(m => m.Key.ToString(), m => m.Value)),
            result.Runs.Select(r => new ComposeRun(
                r.CourseCode,
                r.CourseTitle,
                r.Mode.ToString(),
                r.Place,
                r.Start,
                r.End,
                r.Participants.Select(Name).ToArray(),
                CostRow.From(r.Cost),
                r.Jp,
                r.Competencies.Select(c => c.Value).ToArray(),
                r.LevelsClosed,
                r.Value,
                r.Why.For(CultureInfo.CurrentUICulture))).ToArray(),
            result.Unmet.Select(u => new ComposeUnmet(Name(u.Employee), u.Competency.Value, u.RemainingLevels, u.Reason.ToString())).ToArray(),
            result.EmployeeJp.Select(e => new ComposeEmployeeJp(Name(e.Employee), e.EarnedJp, e.PlannedJp, e.TotalJp)).ToArray(),
            result.Diagnostics.Select(d => d.For(CultureInfo.CurrentUICulture)).ToArray(),
            result.RuleSets.Select(r => r.Key).ToArray());
    }

    private static void WriteTable(ComposeOutput plan, IReadOnlyDictionary<string, string> regions, TextWriter stdout)
    {
        var t = plan.Totals;
        var method = plan.ProvenOptimal switch
        {
            true => Text.Pick("pencarian eksak, terbukti optimal", "exact search, proven optimal"),
            false => Text.Pick("pencarian eksak, tidak terbukti optimal (lihat batas dan selisih)", "exact search, not proven optimal (see the bound and gap)"),
            null => Text.Pick("heuristik (greedy dengan perbaikan lokal)", "heuristic (greedy with local improvement)"),
        };
        stdout.WriteLine(Text.Pick(
            $"Rencana {plan.Year}: {method}; {plan.CandidateRuns} run kandidat; nilai tujuan {Display.Number(plan.Objective, 4)}",
            $"Plan for {plan.Year}: {method}; {plan.CandidateRuns} candidate runs; objective {Display.Number(plan.Objective, 4)}"));
        stdout.WriteLine(Text.Pick(
            $"Biaya {ProgramsText.Money(t.Cost.Total)} dari anggaran {ProgramsText.Money(plan.Budget)} (kegiatan {ProgramsText.Money(t.Cost.Runs)}, peserta {ProgramsText.Money(t.Cost.Participants)}, perjalanan {ProgramsText.Money(t.Cost.Travel)})",
            $"Cost {ProgramsText.Money(t.Cost.Total)} of a budget of {ProgramsText.Money(plan.Budget)} (runs {ProgramsText.Money(t.Cost.Runs)}, participants {ProgramsText.Money(t.Cost.Participants)}, travel {ProgramsText.Money(t.Cost.Travel)})"));
        stdout.WriteLine(Text.Pick(
            $"{t.Runs} run, {t.Participants} peserta; {t.LevelsClosed} dari {t.LevelsNeeded} tingkat kebutuhan tertutup ({t.NeedsClosed} dari {t.Needs} kebutuhan tuntas); pegawai dengan {Display.Number(20m, 0)} JP: {t.CompliantBefore} menjadi {t.CompliantAfter} dari {t.Employees}",
            $"{t.Runs} runs, {t.Participants} participants; {t.LevelsClosed} of {t.LevelsNeeded} levels of need closed ({t.NeedsClosed} of {t.Needs} needs fully); employees at {Display.Number(20m, 0)} JP: {t.CompliantBefore} to {t.CompliantAfter} of {t.Employees}"));
        foreach (var diagnostic in plan.Diagnostics)
        {
            stdout.WriteLine(Text.Pick($"Diagnosis: {diagnostic}", $"Diagnostic: {diagnostic}"));
        }

        if (plan.Runs.Count > 0)
        {
            stdout.WriteLine();
            var runs = new TextTable(
                (Text.Pick("Kursus", "Course"), false),
                (Text.Pick("Moda", "Mode"), false),
                (Text.Pick("Tempat", "Place"), false),
                (Text.Pick("Mulai", "Start"), false),
                (Text.Pick("Selesai", "End"), false),
                (Text.Pick("Peserta", "Participants"), false),
                (Text.Pick("Biaya", "Cost"), true),
                (Text.Pick("Alasan", "Why"), false));
            foreach (var r in plan.Runs)
            {
                var place = regions.TryGetValue(r.Place, out var region) ? $"{r.Place} {region}" : r.Place;
                runs.Row(r.Course, ProgramsText.Mode(Enum.Parse<DeliveryMode>(r.Mode)), place, Iso(r.Start), Iso(r.End), string.Join(", ", r.Participants), ProgramsText.Money(r.Cost.Total), r.Why);
            }

            runs.Write(stdout);
        }

        if (plan.Unmet.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine(Text.Pick("Kebutuhan yang belum terpenuhi", "Needs left open"));
            var unmet = new TextTable(
                (Text.Pick("Pegawai", "Employee"), false),
                (Text.Pick("Kompetensi", "Competency"), false),
                (Text.Pick("Sisa tingkat", "Levels open"), true),
                (Text.Pick("Alasan", "Reason"), false));
            foreach (var u in plan.Unmet)
            {
                unmet.Row(u.Employee, u.Competency, Display.Count(u.RemainingLevels), ProgramsText.Reason(Enum.Parse<UnmetReason>(u.Reason)));
            }

            unmet.Write(stdout);
        }

        stdout.WriteLine();
        stdout.WriteLine(Text.Pick($"Aturan: {string.Join(", ", plan.RuleSets)}", $"Rule sets: {string.Join(", ", plan.RuleSets)}"));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>How the programs area's values read in tables, in the UI language.</summary>
internal static class ProgramsText
{
    /// <summary>Rupiah, rounded half away from zero to whole rupiah, with the culture's group separator.</summary>
    public static string Money(decimal value) => "Rp " + Rounding.HalfAwayFromZero(value, 0).ToString("#,0", CultureInfo.CurrentCulture);

    public static string Mode(DeliveryMode mode) => mode switch
    {
        DeliveryMode.Klasikal => Text.Pick("klasikal", "classroom"),
        DeliveryMode.SeminarWorkshop => Text.Pick("seminar/lokakarya", "seminar/workshop"),
        DeliveryMode.ELearning => "e-learning",
        DeliveryMode.DistanceLearning => Text.Pick("pembelajaran jarak jauh", "distance learning"),
        DeliveryMode.Blended => "blended",
        DeliveryMode.CoachingMentoring => "coaching/mentoring",
        _ => mode.ToString(),
    };

    public static string Reason(UnmetReason reason) => reason switch
    {
        UnmetReason.Budget => Text.Pick("anggaran (dana dipakai untuk kebutuhan bernilai lebih per rupiah)", "budget (spent on needs with more value per rupiah)"),
        UnmetReason.NoCourse => Text.Pick("tidak ada kursus untuk tingkat ini", "no course for this level"),
        UnmetReason.NoReachableMode => Text.Pick("tidak ada moda yang menjangkau wilayahnya", "no mode reaches the region"),
        UnmetReason.Seats => Text.Pick("peserta terlalu sedikit untuk satu run", "too few participants for a run"),
        UnmetReason.Prerequisite => Text.Pick("prasyarat belum dipenuhi", "a prerequisite is not met"),
        UnmetReason.Schedule => Text.Pick("jadwal bentrok", "schedule clash"),
        UnmetReason.JpCap => Text.Pick("batas JP setahun tercapai", "the yearly JP cap is reached"),
        _ => reason.ToString(),
    };
}
