using System.Globalization;
using LatihanAsn.Domain;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Lampung.Csv;
using LatihanAsn.Lampung.Hosting;

namespace LatihanAsn.Lampung.Commands;

/// <summary>
/// The rule-only commands: the library's pure rules (<see cref="JpmRule"/>, <see cref="GapRule"/>,
/// <see cref="NineBoxRule"/>) with the rule sets in force today, taken from a <see cref="RuleSetRegistry"/> built from the
/// host's own library options. No database and no mediator are involved.
/// </summary>
internal static class RuleCommands
{
    /// <summary>The columns of the <c>competency jpm</c> input file.</summary>
    public static readonly string[] JpmColumns = ["competency", "required", "actual"];

    private static readonly Dictionary<string, PerformanceRating> Performance = new(StringComparer.Ordinal)
    {
        ["di-bawah"] = PerformanceRating.BelowExpectation,
        ["sesuai"] = PerformanceRating.MeetsExpectation,
        ["di-atas"] = PerformanceRating.AboveExpectation,
    };

    private static readonly Dictionary<string, PotentialRating> Potential = new(StringComparer.Ordinal)
    {
        ["rendah"] = PotentialRating.Low,
        ["menengah"] = PotentialRating.Medium,
        ["tinggi"] = PotentialRating.High,
    };

    /// <summary><c>competency jpm --input FILE</c>: one person's JPM from required and actual levels.</summary>
    public static void Jpm(Arguments args, TextWriter stdout, TimeProvider time)
    {
        var input = args.Required("input");
        var format = args.Format();
        args.EnsureAllRead();

        var (options, rules) = LampungHost.Library();
        var gaps = ReadGaps(input);
        var result = JpmRule.Compute(gaps, rules.InForce<JpmBandRuleSet>(time.Today()), options.JpmCapping);
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, new { jpm = result.Percent!.Value, category = result.Band!.Name, ruleSet = result.RuleSet.Key });
            return;
        }

        stdout.WriteLine($"JPM: {Display.Percent(result.Percent!.Value)} ({result.Band!.Name})");
        stdout.WriteLine(Text.Pick($"Aturan: {result.RuleSet.Key}, {result.RuleSet.Source}", $"Rule set: {result.RuleSet.Key}, {result.RuleSet.Source}"));
        stdout.WriteLine();
        var table = new TextTable(
            (Text.Pick("Kompetensi", "Competency"), false),
            (Text.Pick("Syarat", "Required"), true),
            (Text.Pick("Aktual", "Actual"), true),
            (Text.Pick("Kesenjangan", "Gap"), true),
            (Text.Pick("Status", "Rating"), false));
        foreach (var gap in gaps)
        {
            table.Row(gap.Competency.Value, gap.Required.ToString(), gap.Actual!.Value.ToString(), gap.Gap!.Value.ToString(CultureInfo.CurrentCulture), Display.Rating(gap.Rating));
        }

        table.Write(stdout);
    }

    /// <summary><c>competency ninebox --performance X --potential Y</c>: the talent box of two ratings.</summary>
    public static void NineBox(Arguments args, TextWriter stdout, TimeProvider time)
    {
        var performance = args.Choice<PerformanceRating>("performance", null, Performance);
        var potential = args.Choice<PotentialRating>("potential", null, Potential);
        var format = args.Format();
        args.EnsureAllRead();

        var placement = NineBoxRule.Place(performance, potential, LampungHost.Library().Rules.InForce<NineBoxRuleSet>(time.Today()));
        var label = placement.Label.For(CultureInfo.CurrentUICulture);
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, new { box = placement.Box, label });
            return;
        }

        stdout.WriteLine(label);
        stdout.WriteLine(Text.Pick($"Tindak lanjut: {placement.FollowUp}", $"Follow-up: {placement.FollowUp}"));
        stdout.WriteLine(Text.Pick($"Aturan: {placement.RuleSet.Key}", $"Rule set: {placement.RuleSet.Key}"));
    }

    /// <summary>Reads the gaps of the input file: every row a required competency, all checked before any is used.</summary>
    private static List<CompetencyGap> ReadGaps(string path)
    {
        using var csv = CsvReader.Open(path, JpmColumns);
        var gaps = new List<CompetencyGap>();
        var firstLine = new Dictionary<CompetencyCode, int>();
        foreach (var row in csv.Rows())
        {
            var cell = row["competency"];
            if (!CompetencyCode.TryFrom(cell.Text(), out var code))
            {
                throw cell.Error(Text.Pick($"kode kompetensi tidak valid: '{cell.Value}'.", $"not a valid competency code: '{cell.Value}'."));
            }

            if (!firstLine.TryAdd(code, row.Line))
            {
                throw cell.Error(Text.Pick($"kompetensi {code} sudah ada di baris {firstLine[code]}.", $"competency {code} is already on line {firstLine[code]}."));
            }

            var required = ProficiencyLevel.From(row["required"].Integer(ProficiencyLevel.MinValue, ProficiencyLevel.MaxValue));
            var actual = row["actual"];
            if (actual.IsMissing)
            {
                throw actual.Error(Text.Pick(
                    $"'actual' kosong: kompetensi {code} belum dinilai, sehingga JPM tidak terdefinisi.",
                    $"'actual' is blank: competency {code} is not assessed, so the JPM is undefined."));
            }

            var level = ProficiencyLevel.From(actual.Integer(ProficiencyLevel.MinValue, ProficiencyLevel.MaxValue));
            gaps.Add(GapRule.Compute(new StandardRequirement(code, required), level));
        }

        return gaps.Count > 0
            ? gaps
            : throw new CsvException(path, csv.NextLine, 1, Text.Pick(
                "tidak ada kompetensi: JPM tanpa kompetensi yang dipersyaratkan tidak terdefinisi.",
                "no competencies: without required competencies the JPM is undefined."));
    }

    private static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetLocalNow().DateTime);
}
