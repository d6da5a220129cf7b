using System.Globalization;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Lampung.Csv;

namespace LatihanAsn.Lampung.Commands;

/// <summary>A Borich item as <c>needs borich</c> prints it.</summary>
internal sealed record BorichRow(string Competency, long N, decimal? MeanImportance, decimal? MeanCompetence, decimal? Mwds, int? Rank);

/// <summary>A Locus for Focus item as <c>needs locus</c> prints it (quadrant <c>HH</c>, <c>HL</c>, <c>LH</c> or <c>LL</c>).</summary>
internal sealed record LocusRow(string Competency, decimal? MeanImportance, decimal? MeanDiscrepancy, string? Quadrant);

/// <summary>One NIP's standing as <c>needs hours</c> prints it.</summary>
internal sealed record HoursRow(string Nip, decimal Jp, bool Compliant, decimal ShortfallJp);

/// <summary>
/// The needs-analysis rule commands: the library's pure rules (<see cref="BorichRule"/>, <see cref="LocusForFocusRule"/>,
/// <see cref="JpConversionRuleSet"/> with <see cref="LearningHoursRule"/>) over CSV files. No database and no mediator
/// are involved. Every row is checked before any result is computed, so a bad file prints nothing.
/// </summary>
internal static class NeedsCommands
{
    /// <summary>The columns of a survey file (<c>needs borich</c>, <c>needs locus</c>).</summary>
    public static readonly string[] SurveyColumns = ["respondent", "competency", "importance", "competence"];

    /// <summary>The columns of a learning-hours file (<c>needs hours</c>).</summary>
    public static readonly string[] HoursColumns = ["nip", "date", "form", "minutes"];

    /// <summary>The learning forms by name, case-insensitive (names only: no numbers, no combinations).</summary>
    private static readonly Dictionary<string, LearningForm> Forms =
        Enum.GetValues<LearningForm>().ToDictionary(f => f.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary><c>needs borich --input FILE [--min 1 --max 5]</c>: the MWDS of every item, ranked.</summary>
    public static void Borich(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var scale = Scale(args);
        var format = args.Format();
        args.EnsureAllRead();

        var answers = ReadAnswers(input, scale);
        var rows = BorichRule.Compute(answers, scale)
            .Select(i => new BorichRow(i.Item, i.N, i.MeanImportance, i.MeanCompetence, i.Mwds, i.Rank))
            .ToArray();
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, rows);
            return;
        }

        stdout.WriteLine(Text.Pick(
            $"Borich MWDS: {Respondents(answers)} responden, skala {scale}, MWDS maksimum {Display.Number(BorichRule.Maximum(scale), 0)}; hanya responden yang mengisi kedua nilai dihitung",
            $"Borich MWDS: {Respondents(answers)} respondents, scale {scale}, maximum MWDS {Display.Number(BorichRule.Maximum(scale), 0)}; only respondents who gave both ratings count"));
        stdout.WriteLine();
        var table = new TextTable(
            (Text.Pick("Peringkat", "Rank"), true),
            (Text.Pick("Kompetensi", "Competency"), false),
            ("N", true),
            (Text.Pick("Kepentingan", "Importance"), true),
            (Text.Pick("Kemampuan", "Competence"), true),
            ("MWDS", true));
        foreach (var row in rows)
        {
            table.Row(Rank(row.Rank), row.Competency, row.N.ToString(CultureInfo.CurrentCulture), Number(row.MeanImportance, 2), Number(row.MeanCompetence, 2), Number(row.Mwds, 3));
        }

        table.Write(stdout);
    }

    /// <summary><c>needs locus --input FILE [--min 1 --max 5]</c>: the Locus for Focus quadrant of every item.</summary>
    public static void Locus(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var scale = Scale(args);
        var format = args.Format();
        args.EnsureAllRead();

        var answers = ReadAnswers(input, scale);
        var locus = LocusForFocusRule.Compute(answers, scale);
        var rows = locus.Items
            .Select(i => new LocusRow(i.Item, i.MeanImportance, i.MeanDiscrepancy, i.Quadrant?.ToString()))
            .ToArray();
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, rows);
            return;
        }

        stdout.WriteLine(Text.Pick(
            $"Locus for Focus: {Respondents(answers)} responden, skala {scale}; garis kepentingan {Number(locus.ImportanceLine, 2)}, garis kesenjangan {Number(locus.DiscrepancyLine, 2)} (rata-rata dari rata-rata butir; nilai tepat pada garis dihitung tinggi)",
            $"Locus for Focus: {Respondents(answers)} respondents, scale {scale}; importance line {Number(locus.ImportanceLine, 2)}, discrepancy line {Number(locus.DiscrepancyLine, 2)} (means of the item means; a mean exactly on a line counts as high)"));
        stdout.WriteLine();
        var table = new TextTable(
            (Text.Pick("Kompetensi", "Competency"), false),
            ("N", true),
            (Text.Pick("Kepentingan", "Importance"), true),
            (Text.Pick("Kesenjangan", "Discrepancy"), true),
            (Text.Pick("Kuadran", "Quadrant"), false));
        foreach (var item in locus.Items)
        {
            table.Row(item.Item, item.N.ToString(CultureInfo.CurrentCulture), Number(item.MeanImportance, 2), Number(item.MeanDiscrepancy, 2), Quadrant(item.Quadrant));
        }

        table.Write(stdout);
    }

    /// <summary><c>needs hours --input FILE --year YYYY</c>: each NIP's JP in the year against the 20 JP owed.</summary>
    public static void Hours(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var year = args.Integer("year", 1950, 9999);
        var format = args.Format();
        args.EnsureAllRead();

        var rules = JpConversionRuleSet.Default;
        var standings = ReadHours(input, year, rules)
            .Select(p => (Nip: p.Key, Standing: LearningHoursRule.Standing(default, year, p.Value.Klasikal, p.Value.Nonklasikal, rules)))
            .ToArray();
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, standings.Select(s => new HoursRow(s.Nip, s.Standing.Jp, s.Standing.Compliant, s.Standing.ShortfallJp)).ToArray());
            return;
        }

        var compliant = standings.Count(s => s.Standing.Compliant);
        stdout.WriteLine(Text.Pick(
            $"JP {year}: {standings.Length} NIP, {compliant} memenuhi {Display.Number(rules.RequiredJpPerYear, 0)} JP, {standings.Length - compliant} di bawahnya; 1 JP = {rules.MinutesPerJp} menit ({rules.Info.Key})",
            $"JP in {year}: {standings.Length} NIPs, {compliant} reach {Display.Number(rules.RequiredJpPerYear, 0)} JP, {standings.Length - compliant} below; 1 JP = {rules.MinutesPerJp} minutes ({rules.Info.Key})"));
        stdout.WriteLine();
        var table = new TextTable(
            ("NIP", false),
            ("JP", true),
            (Text.Pick("Klasikal", "Classroom"), true),
            (Text.Pick("Nonklasikal", "Non-classroom"), true),
            (Text.Pick("Status", "Status"), false),
            (Text.Pick("Kekurangan JP", "Shortfall JP"), true));
        foreach (var (nip, s) in standings)
        {
            table.Row(
                nip,
                Display.Number(s.Jp, 2),
                Display.Number(s.KlasikalJp, 2),
                Display.Number(s.NonklasikalJp, 2),
                s.Compliant ? Text.Pick("memenuhi", "compliant") : Text.Pick("di bawah", "below"),
                Display.Number(s.ShortfallJp, 2));
        }

        table.Write(stdout);
    }

    /// <summary>Reads <c>--min</c> and <c>--max</c> (default 1-5).</summary>
    private static RatingScale Scale(Arguments args)
    {
        var min = args.Integer("min", 1, 1, 99);
        var max = args.Integer("max", 5, 2, 100);
        return max > min
            ? new RatingScale(min, max)
            : throw new UsageException(Text.Pick($"--max ({max}) harus lebih besar dari --min ({min}).", $"--max ({max}) must be above --min ({min})."));
    }

    /// <summary>Reads the answers of a survey file: a blank rating is a missing answer; every given rating must be on the scale.</summary>
    private static List<RatingPair> ReadAnswers(string path, RatingScale scale)
    {
        using var csv = CsvReader.Open(path, SurveyColumns);
        var answers = new List<RatingPair>();
        var firstLine = new Dictionary<(string Respondent, CompetencyCode Competency), int>();
        foreach (var row in csv.Rows())
        {
            var respondent = row["respondent"].Text();
            var cell = row["competency"];
            if (!CompetencyCode.TryFrom(cell.Text(), out var code))
            {
                throw cell.Error(Text.Pick($"kode kompetensi tidak valid: '{cell.Value}'.", $"not a valid competency code: '{cell.Value}'."));
            }

            if (!firstLine.TryAdd((respondent, code), row.Line))
            {
                throw cell.Error(Text.Pick(
                    $"responden '{respondent}' sudah menilai {code} di baris {firstLine[(respondent, code)]}.",
                    $"respondent '{respondent}' already rated {code} on line {firstLine[(respondent, code)]}."));
            }

            answers.Add(new RatingPair(respondent, code.Value, Rating(row["importance"], scale), Rating(row["competence"], scale)));
        }

        return answers.Count > 0
            ? answers
            : throw new CsvException(path, csv.NextLine, 1, Text.Pick("tidak ada jawaban: berkas hanya berisi tajuk.", "no answers: the file has only the header."));
    }

    private static int? Rating(CsvCell cell, RatingScale scale) => cell.IsMissing ? null : cell.Integer(scale.Min, scale.Max);

    /// <summary>
    /// Reads a learning-hours file: every row is checked; the rows of <paramref name="year"/> are credited (in exact
    /// minute-equivalents, by route) to their NIP. Every NIP of the file is listed, with 0 when none of its rows is in the year.
    /// </summary>
    private static SortedDictionary<string, (decimal Klasikal, decimal Nonklasikal)> ReadHours(string path, int year, JpConversionRuleSet rules)
    {
        using var csv = CsvReader.Open(path, HoursColumns);
        var minutes = new SortedDictionary<string, (decimal Klasikal, decimal Nonklasikal)>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var row in csv.Rows())
        {
            rows++;
            var nipCell = row["nip"];
            if (!Nip.TryParse(nipCell.Value, out var nip, out var error))
            {
                throw nipCell.Error(error!);
            }

            var dateCell = row["date"];
            var dateText = dateCell.Text();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw dateCell.Error(Text.Pick($"'date' harus tanggal berbentuk yyyy-MM-dd, bukan '{dateText}'.", $"'date' must be a date as yyyy-MM-dd, not '{dateText}'."));
            }

            var formCell = row["form"];
            var formText = formCell.Text();
            if (!Forms.TryGetValue(formText, out var form))
            {
                throw formCell.Error(Text.Pick(
                    $"bentuk pembelajaran tidak dikenal: '{formText}'; gunakan {string.Join(", ", Forms.Keys)}.",
                    $"unknown learning form '{formText}'; use {string.Join(", ", Forms.Keys)}."));
            }

            var activity = new LearningActivity(form, row["minutes"].Integer(1, 100_000));
            var total = minutes.GetValueOrDefault(nip.Value);
            if (date.Year == year)
            {
                var credit = rules.CreditMinutes(activity);
                total = JpConversionRuleSet.RouteOf(form) == LearningRoute.Klasikal ? (total.Klasikal + credit, total.Nonklasikal) : (total.Klasikal, total.Nonklasikal + credit);
            }

            minutes[nip.Value] = total;
        }

        return rows > 0
            ? minutes
            : throw new CsvException(path, csv.NextLine, 1, Text.Pick("tidak ada kegiatan: berkas hanya berisi tajuk.", "no activities: the file has only the header."));
    }

    private static int Respondents(IEnumerable<RatingPair> answers) => answers.Select(a => a.Respondent).Distinct(StringComparer.Ordinal).Count();

    private static string Number(decimal? value, int decimals) => value is { } v ? Display.Number(v, decimals) : "-";

    private static string Rank(int? rank) => rank is { } r ? Display.Count(r) : "-";

    private static string Quadrant(LocusQuadrant? quadrant) => quadrant switch
    {
        LocusQuadrant.HH => Text.Pick("HH (prioritas pertama)", "HH (first priority)"),
        { } q => q.ToString(),
        _ => "-",
    };
}
