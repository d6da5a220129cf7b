using System.Globalization;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Seeding;

namespace LatihanAsn.Lampung.Commands;

/// <summary>One survey item with its Borich and Locus for Focus figures side by side (all unrounded; <see langword="null"/> where no respondent gave both ratings).</summary>
internal sealed record PriorityRow(string Competency, string Name, long N, decimal? MeanImportance, decimal? MeanCompetence, decimal? Mwds, int? BorichRank, decimal? MeanDiscrepancy, string? Quadrant, int? CombinedRank);

/// <summary>A proposed topic as ranked by <see cref="ProposalRule"/>.</summary>
internal sealed record ProposalRow(int Rank, string Topic, int Frequency, int Spread, string? Competency);

/// <summary>The survey's priorities (<c>ComputeSurveyPriorities</c>).</summary>
internal sealed record SurveySection(
    string Title,
    string Form,
    string Scale,
    int Respondents,
    bool Suppressed,
    decimal? ImportanceLine,
    decimal? DiscrepancyLine,
    IReadOnlyList<PriorityRow> Priorities,
    IReadOnlyList<ProposalRow> Proposals);

/// <summary>One line of the needs register.</summary>
internal sealed record RegisterLine(string Group, string GroupName, string Competency, string Name, int Affected, decimal? MeanShortfall, decimal Score, string Explanation, bool SurveySignalsWithheld);

/// <summary>The top of the needs register (<c>ComputeNeedsRegister</c>) and how large it is.</summary>
internal sealed record RegisterSection(string Dimension, int Lines, int Employees, int SurveyRespondents, string PriorityWeights, IReadOnlyList<RegisterLine> Top);

/// <summary>The 20 JP compliance of a group; <c>BelowPercent</c> is unrounded.</summary>
internal sealed record JpGroupRow(string Code, string Name, int Employees, int Compliant, int Below, decimal BelowPercent, decimal ShortfallJp);

/// <summary>The 20 JP compliance by region (<c>GetJpCompliance</c>) with the province's total.</summary>
internal sealed record JpSection(int Year, decimal RequiredJp, string RuleSet, JpGroupRow Province, IReadOnlyList<JpGroupRow> Regions);

/// <summary>What the demo's needs step recorded and found.</summary>
internal sealed record NeedsReport(NeedsCounts Recorded, SurveySection Survey, RegisterSection Register, JpSection LearningHours);

/// <summary>
/// The demo's needs step: records the plan's survey answers, learning hours, promotions and appraisals through the
/// mediator (<see cref="NeedsSeeder"/>), then asks for the survey's priorities, the needs register by region with the
/// survey, and the 20 JP compliance by region, in the host's caller scope (the province).
/// </summary>
internal static class DemoNeeds
{
    /// <summary>How many register lines the demo prints.</summary>
    public const int TopRegisterLines = 10;

    /// <summary>How many proposed topics the demo prints.</summary>
    public const int TopProposals = 8;

    public static async Task<NeedsReport> RunAsync(LampungHost host, DemoPlan plan, SeedResult seeded, CancellationToken cancellationToken)
    {
        var (surveyId, counts) = await NeedsSeeder.SeedAsync(host, plan, seeded, cancellationToken);
        var priorities = await host.SendAsync(new ComputeSurveyPriorities(surveyId), cancellationToken);
        var register = await host.SendAsync(new ComputeNeedsRegister(PopulationDimension.Region, SurveyId: surveyId, AsOf: DemoPlan.AsOf), cancellationToken);
        var compliance = await host.SendAsync(new GetJpCompliance(DemoPlan.AsOf.Year, PopulationDimension.Region), cancellationToken);
        return new NeedsReport(counts, Survey(priorities), Register(register), LearningHours(compliance));
    }

    private static SurveySection Survey(SurveyPriorities p)
    {
        var borich = p.Borich.ToDictionary(b => b.Item, StringComparer.Ordinal);
        var locus = p.Locus?.Items.ToDictionary(l => l.Item, StringComparer.Ordinal) ?? [];
        var rows = p.Combined
            .Select(c =>
            {
                var b = borich[c.Item];
                var l = locus.GetValueOrDefault(c.Item);
                return new PriorityRow(c.Item, CompetencyName(c.Item), b.N, b.MeanImportance, b.MeanCompetence, b.Mwds, b.Rank, l?.MeanDiscrepancy, l?.Quadrant?.ToString(), c.Rank);
            })
            .ToArray();
        var proposals = p.Proposals
            .Take(TopProposals)
            .Select(r => new ProposalRow(r.Rank, r.Topic, r.Frequency, r.Spread, r.Competency?.Value))
            .ToArray();
        return new SurveySection(NeedsSeeder.SurveyTitle, p.Form.ToString(), p.Scale.ToString(), p.Respondents, p.Suppressed, p.Locus?.ImportanceLine, p.Locus?.DiscrepancyLine, rows, proposals);
    }

    private static RegisterSection Register(NeedsRegister register) => new(
        register.Dimension.ToString(),
        register.Entries.Count,
        register.Employees,
        register.SurveyRespondents,
        register.RuleSets.FirstOrDefault()?.Key ?? string.Empty,
        register.Entries
            .Take(TopRegisterLines)
            .Select(e => new RegisterLine(
                e.Group,
                RegionName(e.Group),
                e.Competency.Value,
                CompetencyName(e.Competency.Value),
                e.Affected,
                e.Severity.MeanShortfall,
                e.Priority.Score,
                Explain(e),
                e.SurveySignalsWithheld))
            .ToArray());

    private static string Explain(NeedsRegisterEntry entry)
    {
        var explanation = entry.Priority.Explanation.For(CultureInfo.CurrentUICulture);
        return entry.SurveySignalsWithheld
            ? explanation + Text.Pick(" (sinyal survei disembunyikan: responden kelompok ini terlalu sedikit)", " (survey signals withheld: too few respondents in this group)")
            : explanation;
    }

    private static JpSection LearningHours(JpComplianceReport report)
    {
        // The province's shortfall is summed exactly over everyone, then divided into JP once, as the groups are.
        var rules = LampungHost.Library().Rules.InForce<JpConversionRuleSet>(new DateOnly(report.Year, 12, 31));
        var province = LearningHoursRule.Summarise(PopulationSummaryRule.ProvinceKey, report.Employees.Select(e => e.Standing), rules);
        return new JpSection(
            report.Year,
            report.RequiredJp,
            report.RuleSet.Key,
            Row(province, Text.Pick("Provinsi Lampung", "Lampung Province")),
            report.Groups.Select(g => Row(g, RegionName(g.Key))).ToArray());
    }

    private static JpGroupRow Row(JpShortfallGroup group, string name) =>
        new(group.Key, name, group.Employees, group.Compliant, group.Below, group.Employees == 0 ? 0m : group.Below * 100m / group.Employees, group.ShortfallJp);

    private static string RegionName(string code) => LampungRegions.Find(code)?.Name ?? code;

    private static string CompetencyName(string code) =>
        CompetencyCode.TryFrom(code, out var c) ? Permenpanrb38Of2017.Competencies.FirstOrDefault(x => x.Code == c)?.Name ?? code : code;

    public static void WriteTables(NeedsReport report, TextWriter stdout)
    {
        var r = report.Recorded;
        var year = report.LearningHours.Year;
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Analisis kebutuhan lewat mediator: {r.Respondents} pegawai menjawab survei Borich ({r.Submissions} kiriman, {r.Replaced} menggantikan kiriman sebelumnya; {r.BlankRatings} nilai kosong; {r.Proposals} usulan), {r.LearningActivities} kegiatan belajar {year}, {r.PositionsToBeHeld} jabatan yang akan diduduki (promosi), {r.Appraisals} penilaian kinerja ({r.AppraisalsBelowTarget} di bawah target)",
            $"Needs analysis through the mediator: {r.Respondents} employees answered the Borich survey ({r.Submissions} submissions, {r.Replaced} replacing an earlier one; {r.BlankRatings} blank ratings; {r.Proposals} proposals), {r.LearningActivities} learning activities in {year}, {r.PositionsToBeHeld} positions to be held (promotion), {r.Appraisals} performance appraisals ({r.AppraisalsBelowTarget} below target)"));

        var s = report.Survey;
        stdout.WriteLine();
        if (s.Suppressed)
        {
            stdout.WriteLine(Text.Pick(
                $"Prioritas survei: disembunyikan ({s.Respondents} responden, kurang dari ukuran kelompok minimum)",
                $"Survey priorities: suppressed ({s.Respondents} respondents, fewer than the minimum group size)"));
        }
        else
        {
            stdout.WriteLine(Text.Pick(
                $"Prioritas survei, Borich dan Locus for Focus berdampingan ({s.Respondents} responden; skala {s.Scale}; garis Locus: kepentingan {Number(s.ImportanceLine, 2)}, kesenjangan {Number(s.DiscrepancyLine, 2)}; nilai tepat pada garis dihitung tinggi)",
                $"Survey priorities, Borich and Locus for Focus side by side ({s.Respondents} respondents; scale {s.Scale}; Locus lines: importance {Number(s.ImportanceLine, 2)}, discrepancy {Number(s.DiscrepancyLine, 2)}; a mean on a line counts as high)"));
            var table = new TextTable(
                (Text.Pick("Kompetensi", "Competency"), false),
                ("N", true),
                (Text.Pick("Kepentingan", "Importance"), true),
                (Text.Pick("Kemampuan", "Competence"), true),
                ("MWDS", true),
                (Text.Pick("Peringkat Borich", "Borich rank"), true),
                (Text.Pick("Kesenjangan", "Discrepancy"), true),
                (Text.Pick("Kuadran", "Quadrant"), false),
                (Text.Pick("Peringkat gabungan", "Combined rank"), true));
            foreach (var p in s.Priorities)
            {
                table.Row(
                    $"{p.Competency} {p.Name}",
                    p.N.ToString(CultureInfo.CurrentCulture),
                    Number(p.MeanImportance, 2),
                    Number(p.MeanCompetence, 2),
                    Number(p.Mwds, 3),
                    Rank(p.BorichRank),
                    Number(p.MeanDiscrepancy, 2),
                    p.Quadrant ?? "-",
                    Rank(p.CombinedRank));
            }

            table.Write(stdout);

            stdout.WriteLine();
            stdout.WriteLine(Text.Pick(
                $"Usulan pegawai ({TopProposals} teratas; peringkat menurut jumlah pengusul, lalu jumlah OPD)",
                $"Employees' proposals (top {TopProposals}; ranked by proposers, then by OPDs)"));
            var proposals = new TextTable(
                (Text.Pick("Peringkat", "Rank"), true),
                (Text.Pick("Topik", "Topic"), false),
                (Text.Pick("Pengusul", "Proposers"), true),
                ("OPD", true),
                (Text.Pick("Kompetensi", "Competency"), false));
            foreach (var p in s.Proposals)
            {
                proposals.Row(Display.Count(p.Rank), p.Topic, Display.Count(p.Frequency), Display.Count(p.Spread), p.Competency ?? "-");
            }

            proposals.Write(stdout);
        }

        var g = report.Register;
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Daftar kebutuhan per wilayah dengan survei ({g.Top.Count} baris teratas dari {g.Lines}; skor prioritas 0-1, bobot {g.PriorityWeights})",
            $"Needs register by region with the survey (top {g.Top.Count} of {g.Lines} lines; priority score 0-1, weights {g.PriorityWeights})"));
        var lines = new TextTable(
            (Text.Pick("Wilayah", "Region"), false),
            (Text.Pick("Kompetensi", "Competency"), false),
            (Text.Pick("Pegawai terdampak", "Employees affected"), true),
            (Text.Pick("Rata-rata kekurangan", "Mean shortfall"), true),
            (Text.Pick("Skor", "Score"), true),
            (Text.Pick("Penjelasan", "Explanation"), false));
        foreach (var line in g.Top)
        {
            lines.Row(line.GroupName, $"{line.Competency} {line.Name}", Display.Count(line.Affected), Number(line.MeanShortfall, 2), Display.Number(line.Score, 3), line.Explanation);
        }

        lines.Write(stdout);

        var h = report.LearningHours;
        stdout.WriteLine();
        stdout.WriteLine(Text.Pick(
            $"Kekurangan JP per wilayah, {h.Year} (wajib {Display.Number(h.RequiredJp, 0)} JP per pegawai; {h.RuleSet})",
            $"JP shortfall by region, {h.Year} ({Display.Number(h.RequiredJp, 0)} JP owed to each employee; {h.RuleSet})"));
        var jp = new TextTable(
            (Text.Pick("Kode", "Code"), false),
            (Text.Pick("Wilayah", "Region"), false),
            (Text.Pick("Pegawai", "Employees"), true),
            (Text.Pick("Memenuhi", "Compliant"), true),
            (Text.Pick("Di bawah", "Below"), true),
            (Text.Pick("% di bawah", "% below"), true),
            (Text.Pick("Kekurangan JP", "Shortfall JP"), true));
        foreach (var row in h.Regions.Append(h.Province))
        {
            jp.Row(row.Code, row.Name, Display.Count(row.Employees), Display.Count(row.Compliant), Display.Count(row.Below), Display.Percent(row.BelowPercent, 1), Display.Number(row.ShortfallJp, 1));
        }

        jp.Write(stdout);
    }

    private static string Number(decimal? value, int decimals) => value is { } v ? Display.Number(v, decimals) : "-";

    private static string Rank(int? rank) => rank is { } r ? Display.Count(r) : "-";
}
