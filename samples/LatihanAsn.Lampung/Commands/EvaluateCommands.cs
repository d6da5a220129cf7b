using System.Globalization;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Lampung.Csv;

namespace LatihanAsn.Lampung.Commands;

/// <summary>One SKM element as <c>evaluate skm</c> prints it (unrounded; <see langword="null"/> where nobody answered it).</summary>
internal sealed record SkmElementRow(string Element, int Answers, decimal? Nrr, decimal? WeightedNrr);

/// <summary>The SKM index as <c>evaluate skm</c> prints it; <see langword="null"/> values where the index is undefined.</summary>
internal sealed record SkmOutput(decimal? Index, decimal? ConvertedIndex, string? Grade, string? Performance, IReadOnlyList<SkmElementRow> Elements);

/// <summary>The learning gain as <c>evaluate gain</c> prints it (unrounded; <see langword="null"/> where undefined).</summary>
internal sealed record GainOutput(int N, int Excluded, decimal? ClassGain, decimal? MeanIndividualGain, decimal? CohensDz, decimal? T, string? Band);

/// <summary>The ratios as <c>evaluate roi</c> prints them (unrounded; <see langword="null"/> when the costs are 0).</summary>
internal sealed record RoiOutput(decimal? Bcr, decimal? RoiPercent);

/// <summary>The Net Promoter Score as <c>evaluate nps</c> prints it (<see langword="null"/> without answers).</summary>
internal sealed record NpsOutput(int Promoters, int Passives, int Detractors, decimal? Nps);

/// <summary>One reaction item as <c>evaluate reaction</c> prints it.</summary>
internal sealed record ReactionItemRow(string Item, decimal? Mean, int N);

/// <summary>The reaction result as <c>evaluate reaction</c> prints it: the mean of every answer pooled, its band, and each item.</summary>
internal sealed record ReactionOutput(decimal? Mean, string? Band, IReadOnlyList<ReactionItemRow> Items);

/// <summary>
/// The evaluation rule commands: the library's pure rules (<see cref="SkmRule"/>, <see cref="GainRule"/>,
/// <see cref="RoiRule"/>, <see cref="NpsRule"/>, <see cref="ReactionRule"/>) over CSV files or numbers. No database and
/// no mediator are involved. Every row is checked before any result is computed, so a bad file prints nothing; an
/// undefined result (no answers, costs of 0, every pre-test at the maximum) is printed as nulls, and the table says why.
/// </summary>
internal static class EvaluateCommands
{
    /// <summary>The columns of a gain file (<c>evaluate gain</c>).</summary>
    public static readonly string[] GainColumns = ["participant", "pre", "post"];

    /// <summary>The columns of an NPS file (<c>evaluate nps</c>).</summary>
    public static readonly string[] NpsColumns = ["respondent", "score"];

    /// <summary>The columns of a reaction file (<c>evaluate reaction</c>).</summary>
    public static readonly string[] ReactionColumns = ["respondent", "item", "score"];

    /// <summary>The columns of an SKM weights file (<c>evaluate skm --weights-file</c>).</summary>
    public static readonly string[] WeightColumns = ["element", "weight"];

    private static readonly SkmRuleSet SkmRules = SkmRuleSet.Permenpanrb14Of2017;

    /// <summary>Gets the columns of an SKM file (<c>evaluate skm</c>): the respondent, then the nine elements of PermenPAN-RB 14/2017 by code.</summary>
    public static string[] SkmColumns { get; } = ["respondent", .. SkmRules.Elements.Select(e => e.Code)];

    /// <summary><c>evaluate skm --input FILE [--weights exact|truncated | --weights-file FILE]</c>: the SKM index of the responses.</summary>
    public static void Skm(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var weighting = args.Choice<SkmWeighting>("weights", SkmWeighting.Equal, new Dictionary<string, SkmWeighting>(StringComparer.Ordinal)
        {
            ["exact"] = SkmWeighting.Equal,
            ["truncated"] = SkmWeighting.Truncated,
        });
        var weightsFile = args.Optional("weights-file");
        var format = args.Format();
        args.EnsureAllRead();
        if (weightsFile is not null && args.Optional("weights") is not null)
        {
            throw new UsageException(Text.Pick("--weights dan --weights-file tidak dapat dipakai bersama.", "--weights and --weights-file cannot be used together."));
        }

        var responses = ReadSkm(input);
        var weights = weightsFile is not null ? ReadWeights(weightsFile) : weighting == SkmWeighting.Truncated ? SkmWeights.Truncated() : SkmWeights.Equal;
        var result = SkmRule.Compute(responses, weights, SkmRules, SkmRules.Elements);
        var output = new SkmOutput(
            result.Index,
            result.Converted,
            result.Grade?.Letter,
            result.Grade?.Performance.For(CultureInfo.CurrentUICulture),
            result.Elements.Select(e => new SkmElementRow(e.Element.Code, e.Answers, e.Nrr, e.WeightedNrr)).ToArray());
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, output);
            return;
        }

        stdout.WriteLine(Text.Pick(
            $"SKM: {result.Respondents} responden, bobot {WeightsText(weights)}; {result.RuleSet.Key}",
            $"SKM: {result.Respondents} respondents, weights {WeightsText(weights)}; {result.RuleSet.Key}"));
        if (result.IsDefined)
        {
            stdout.WriteLine(Text.Pick(
                $"Indeks {Display.Number(result.Index!.Value, 4)}; nilai konversi {Display.Number(result.ConvertedRounded!.Value, 2)} (mutu {output.Grade}, {output.Performance})",
                $"Index {Display.Number(result.Index!.Value, 4)}; converted {Display.Number(result.ConvertedRounded!.Value, 2)} (grade {output.Grade}, {output.Performance})"));
        }
        else
        {
            var missing = result.ElementsWithoutAnswers.Count == 0 ? string.Empty : Text.Pick(
                $" Unsur tanpa jawaban: {string.Join(", ", result.ElementsWithoutAnswers)}.",
                $" Elements without answers: {string.Join(", ", result.ElementsWithoutAnswers)}.");
            stdout.WriteLine(Text.Pick($"Indeks tidak terdefinisi: {Why(result.Undefined!.Value)}{missing}", $"The index is undefined: {Why(result.Undefined!.Value)}{missing}"));
        }

        stdout.WriteLine();
        var table = new TextTable(
            (Text.Pick("Unsur", "Element"), false),
            (Text.Pick("Nama", "Name"), false),
            (Text.Pick("Jawaban", "Answers"), true),
            ("NRR", true),
            (Text.Pick("Bobot", "Weight"), true),
            (Text.Pick("NRR tertimbang", "Weighted NRR"), true));
        foreach (var e in result.Elements)
        {
            table.Row(e.Element.Code, e.Element.Name, Display.Count(e.Answers), Number(e.Nrr, 2), Display.Number(e.Weight, 4), Number(e.WeightedNrr, 4));
        }

        table.Write(stdout);
    }

    /// <summary><c>evaluate gain --input FILE [--max 100]</c>: Hake's class and mean individual gain, with Cohen's d_z and t.</summary>
    public static void Gain(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var maximum = args.Integer("max", 100, 1, 1_000_000);
        var format = args.Format();
        args.EnsureAllRead();

        var result = GainRule.Compute(ReadScores(input, maximum), maximum);
        var effect = result.EffectSize;
        var output = new GainOutput(result.Pairs, result.ExcludedAtMaximum, result.ClassGain, result.MeanIndividualGain, effect.CohensDz, effect.T, result.ClassBand?.Name.For(CultureInfo.CurrentUICulture));
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, output);
            return;
        }

        stdout.WriteLine(Text.Pick(
            $"Gain Hake: {result.Pairs} pasang nilai (maksimum {maximum}), {result.ExcludedAtMaximum} dikecualikan karena pre-test maksimum; {result.RuleSet.Key}",
            $"Hake gain: {result.Pairs} pairs (maximum {maximum}), {result.ExcludedAtMaximum} excluded for a pre-test at the maximum; {result.RuleSet.Key}"));
        if (result.Undefined is { } why)
        {
            stdout.WriteLine(Text.Pick($"Gain tidak terdefinisi: {Why(why)}", $"The gains are undefined: {Why(why)}"));
        }

        stdout.WriteLine();
        var table = new TextTable((Text.Pick("Ukuran", "Measure"), false), (Text.Pick("Nilai", "Value"), true), (Text.Pick("Kategori", "Band"), false));
        table.Row(Text.Pick("Gain kelas", "Class gain"), Number(result.ClassGain, 3), result.ClassBand?.Name.For(CultureInfo.CurrentUICulture) ?? "-");
        table.Row(Text.Pick("Rata-rata gain individu", "Mean individual gain"), Number(result.MeanIndividualGain, 3), result.MeanIndividualBand?.Name.For(CultureInfo.CurrentUICulture) ?? "-");
        table.Row("Cohen's d_z", Number(effect.CohensDz, 3), string.Empty);
        table.Row("t", Number(effect.T, 3), string.Empty);
        table.Write(stdout);
        if (effect.Undefined is { } undefined)
        {
            stdout.WriteLine(Text.Pick($"d_z dan t tidak terdefinisi: {Why(undefined)}", $"d_z and t are undefined: {Why(undefined)}"));
        }
    }

    /// <summary><c>evaluate roi --benefits NUMBER --costs NUMBER</c>: Phillips' benefit-cost ratio and ROI.</summary>
    public static void Roi(Arguments args, TextWriter stdout)
    {
        var benefits = Amount(args, "benefits");
        var costs = Amount(args, "costs");
        var format = args.Format();
        args.EnsureAllRead();

        var result = RoiRule.Compute(benefits, costs);
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, new RoiOutput(result.Bcr, result.RoiPercent));
            return;
        }

        var amounts = Text.Pick(
            $"manfaat {Display.Number(benefits, 2)}, biaya {Display.Number(costs, 2)}; {result.RuleSet.Key}",
            $"benefits {Display.Number(benefits, 2)}, costs {Display.Number(costs, 2)}; {result.RuleSet.Key}");
        stdout.WriteLine(result.IsDefined
            ? $"BCR {Display.Number(result.Bcr!.Value, 2)}; ROI {Display.Percent(result.RoiPercent!.Value)} ({amounts})"
            : Text.Pick($"BCR dan ROI tidak terdefinisi: {Why(result.Undefined!.Value)} ({amounts})", $"BCR and ROI are undefined: {Why(result.Undefined!.Value)} ({amounts})"));
    }

    /// <summary><c>evaluate nps --input FILE</c>: the Net Promoter Score of 0-10 answers.</summary>
    public static void Nps(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var format = args.Format();
        args.EnsureAllRead();

        var result = NpsRule.Compute(ReadRecommend(input));
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, new NpsOutput(result.Promoters, result.Passives, result.Detractors, result.Score));
            return;
        }

        var rules = NpsRuleSet.Default;
        stdout.WriteLine(result.Score is { } score
            ? Text.Pick($"NPS {Display.Number(score, 1)} dari {result.Answers} jawaban; {result.RuleSet.Key}", $"NPS {Display.Number(score, 1)} from {result.Answers} answers; {result.RuleSet.Key}")
            : Text.Pick($"NPS tidak terdefinisi: {Why(result.Undefined!.Value)}", $"The NPS is undefined: {Why(result.Undefined!.Value)}"));
        stdout.WriteLine();
        var table = new TextTable((Text.Pick("Kategori", "Category"), false), (Text.Pick("Jawaban", "Answers"), false), (Text.Pick("Jumlah", "Count"), true));
        table.Row(Text.Pick("Promotor", "Promoters"), $"{rules.PromoterFrom}-10", Display.Count(result.Promoters));
        table.Row(Text.Pick("Pasif", "Passives"), $"{rules.DetractorTo + 1}-{rules.PromoterFrom - 1}", Display.Count(result.Passives));
        table.Row(Text.Pick("Detraktor", "Detractors"), $"0-{rules.DetractorTo}", Display.Count(result.Detractors));
        table.Write(stdout);
    }

    /// <summary><c>evaluate reaction --input FILE [--min 1 --max 5]</c>: the mean of Likert answers per item and pooled, with the band.</summary>
    public static void Reaction(Arguments args, TextWriter stdout)
    {
        var input = args.Required("input");
        var min = args.Integer("min", 1, 0, 99);
        var max = args.Integer("max", 5, 1, 100);
        var format = args.Format();
        args.EnsureAllRead();
        if (max <= min)
        {
            throw new UsageException(Text.Pick($"--max ({max}) harus lebih besar dari --min ({min}).", $"--max ({max}) must be above --min ({min})."));
        }

        var scale = LikertScale.From(min, max);
        var (items, responses) = ReadReaction(input, scale);
        var result = items.Count == 0
            ? null
            : ReactionRule.Compute(new ReactionQuestionnaire(scale, items.Select(i => new ReactionItem(i, ReactionAspect.Other, i))), responses);
        var overall = result?.Overall;
        var output = new ReactionOutput(
            overall?.Mean,
            overall?.Band?.Name.For(CultureInfo.CurrentUICulture),
            result?.Items.Select(i => new ReactionItemRow(i.Item.Code, i.Summary.Mean, i.Summary.Answers)).ToArray() ?? []);
        if (format == OutputFormat.Json)
        {
            Json.Write(stdout, output);
            return;
        }

        var bands = LikertBandRuleSet.Default;
        stdout.WriteLine(Text.Pick(
            $"Reaksi: {responses.Count} responden, skala {scale}; pita {bands.Info.Key} (setengah terbuka: nilai tepat pada batas masuk pita atas)",
            $"Reaction: {responses.Count} respondents, scale {scale}; bands {bands.Info.Key} (half-open: a mean exactly on an edge goes to the upper band)"));
        stdout.WriteLine(overall?.Mean is { } mean
            ? Text.Pick($"Rata-rata keseluruhan {Display.Number(mean, 2)} ({output.Band}) dari {overall.Answers} jawaban", $"Overall mean {Display.Number(mean, 2)} ({output.Band}) from {overall.Answers} answers")
            : Text.Pick($"Rata-rata tidak terdefinisi: {Why(UndefinedReason.NoAnswers)}", $"The mean is undefined: {Why(UndefinedReason.NoAnswers)}"));
        if (result is null)
        {
            return;
        }

        stdout.WriteLine();
        var table = new TextTable((Text.Pick("Butir", "Item"), false), ("N", true), (Text.Pick("Rata-rata", "Mean"), true), (Text.Pick("Kategori", "Band"), false));
        foreach (var item in result.Items)
        {
            table.Row(item.Item.Code, Display.Count(item.Summary.Answers), Number(item.Summary.Mean, 2), item.Summary.Band?.Name.For(CultureInfo.CurrentUICulture) ?? "-");
        }

        table.Write(stdout);
    }

    /// <summary>Reads an SKM file: one row per respondent, a blank cell an element not answered, every answer 1-4.</summary>
    private static List<SkmResponse> ReadSkm(string path)
    {
        using var csv = CsvReader.Open(path, SkmColumns);
        var responses = new List<SkmResponse>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in csv.Rows())
        {
            var cell = row["respondent"];
            var respondent = Respondent(cell, firstLine, row.Line);
            var answers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var element in SkmRules.Elements)
            {
                var answer = row[element.Code];
                if (!answer.IsMissing)
                {
                    answers[element.Code] = answer.Integer(SkmRuleSet.Scale.Minimum, SkmRuleSet.Scale.Maximum);
                }
            }

            responses.Add(answers.Count > 0
                ? new SkmResponse(answers)
                : throw cell.Error(Text.Pick($"responden '{respondent}' tidak menjawab satu unsur pun.", $"respondent '{respondent}' answered no element.")));
        }

        return responses;
    }

    /// <summary>Reads custom SKM weights: each element of the survey once, every weight above 0, the sum exactly 1.</summary>
    private static SkmWeights ReadWeights(string path)
    {
        using var csv = CsvReader.Open(path, WeightColumns);
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in csv.Rows())
        {
            var cell = row["element"];
            var code = cell.Text().ToUpperInvariant();
            if (SkmRules.Elements.All(e => e.Code != code))
            {
                throw cell.Error(Text.Pick(
                    $"unsur tidak dikenal: '{cell.Value}'; unsur survei: {string.Join(", ", SkmRules.Elements.Select(e => e.Code))}.",
                    $"unknown element '{cell.Value}'; the survey's elements are {string.Join(", ", SkmRules.Elements.Select(e => e.Code))}."));
            }

            if (!firstLine.TryAdd(code, row.Line))
            {
                throw cell.Error(Text.Pick($"unsur {code} sudah ada di baris {firstLine[code]}.", $"element {code} is already on line {firstLine[code]}."));
            }

            var weightCell = row["weight"];
            var weight = weightCell.Number();
            weights[code] = weight is > 0m and <= 1m
                ? weight
                : throw weightCell.Error(Text.Pick($"'weight' harus di atas 0 sampai 1, bukan {weight}.", $"'weight' must be above 0 and at most 1, not {weight}."));
        }

        var missing = SkmRules.Elements.Where(e => !weights.ContainsKey(e.Code)).Select(e => e.Code).ToArray();
        if (missing.Length > 0)
        {
            throw new CsvException(path, csv.NextLine, 1, Text.Pick($"tidak ada bobot untuk unsur {string.Join(", ", missing)}.", $"no weight for element {string.Join(", ", missing)}."));
        }

        var sum = weights.Values.Sum();
        return sum == 1m
            ? SkmWeights.Custom(weights)
            : throw new CsvException(path, csv.NextLine, 1, Text.Pick($"jumlah bobot harus tepat 1, bukan {sum}.", $"the weights must sum to exactly 1, not {sum}."));
    }

    /// <summary>Reads a gain file: one row per participant, both scores 0 to the maximum (decimals allowed).</summary>
    private static List<PrePostScore> ReadScores(string path, decimal maximum)
    {
        using var csv = CsvReader.Open(path, GainColumns);
        var scores = new List<PrePostScore>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in csv.Rows())
        {
            Respondent(row["participant"], firstLine, row.Line);
            scores.Add(new PrePostScore(Score(row["pre"], maximum), Score(row["post"], maximum)));
        }

        return scores;
    }

    /// <summary>Reads an NPS file: one row per respondent, a blank score not answered, every score 0-10.</summary>
    private static List<int> ReadRecommend(string path)
    {
        using var csv = CsvReader.Open(path, NpsColumns);
        var answers = new List<int>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in csv.Rows())
        {
            Respondent(row["respondent"], firstLine, row.Line);
            var score = row["score"];
            if (!score.IsMissing)
            {
                answers.Add(score.Integer(0, 10));
            }
        }

        return answers;
    }

    /// <summary>
    /// Reads a reaction file: one row per respondent and item (item codes in any case, in the order they first appear),
    /// a blank score not answered, every score on the scale. Respondents who answered nothing are not counted.
    /// </summary>
    private static (List<string> Items, List<IReadOnlyDictionary<string, int>> Responses) ReadReaction(string path, LikertScale scale)
    {
        using var csv = CsvReader.Open(path, ReactionColumns);
        var items = new List<string>();
        var byRespondent = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var firstLine = new Dictionary<(string, string), int>();
        foreach (var row in csv.Rows())
        {
            var respondent = row["respondent"].Text();
            var cell = row["item"];
            var item = cell.Text().ToUpperInvariant();
            if (item.Length > 40 || !item.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                throw cell.Error(Text.Pick(
                    $"kode butir tidak valid: '{cell.Value}' (1-40 huruf, angka, '.', '-', '_').",
                    $"not a valid item code: '{cell.Value}' (1-40 letters, digits, '.', '-', '_')."));
            }

            if (!firstLine.TryAdd((respondent, item), row.Line))
            {
                throw cell.Error(Text.Pick(
                    $"responden '{respondent}' sudah menjawab {item} di baris {firstLine[(respondent, item)]}.",
                    $"respondent '{respondent}' already answered {item} on line {firstLine[(respondent, item)]}."));
            }

            if (!items.Contains(item))
            {
                items.Add(item);
            }

            var score = row["score"];
            if (!score.IsMissing)
            {
                var answer = score.Integer(scale.Minimum, scale.Maximum);
                (byRespondent.TryGetValue(respondent, out var answers) ? answers : byRespondent[respondent] = new Dictionary<string, int>(StringComparer.Ordinal))[item] = answer;
            }
        }

        return (items, byRespondent.Values.Select(a => (IReadOnlyDictionary<string, int>)a).ToList());
    }

    /// <summary>Reads a respondent's or participant's name; a name on two rows is refused.</summary>
    private static string Respondent(CsvCell cell, Dictionary<string, int> firstLine, int line)
    {
        var name = cell.Text();
        return firstLine.TryAdd(name, line)
            ? name
            : throw cell.Error(Text.Pick($"'{name}' sudah ada di baris {firstLine[name]}.", $"'{name}' is already on line {firstLine[name]}."));
    }

    private static decimal Score(CsvCell cell, decimal maximum)
    {
        var score = cell.Number();
        return score >= 0m && score <= maximum
            ? score
            : throw cell.Error(Text.Pick($"'{cell.Name}' harus 0 sampai {maximum}, bukan {score}.", $"'{cell.Name}' must be from 0 to {maximum}, not {score}."));
    }

    /// <exception cref="UsageException">The option is missing, not a number or negative.</exception>
    private static decimal Amount(Arguments args, string name)
    {
        var text = args.Required(name);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= 0m
            ? value
            : throw new UsageException(Text.Pick(
                $"--{name} harus angka 0 atau lebih (titik sebagai desimal), bukan '{text}'.",
                $"--{name} must be a number, 0 or more (dot for decimals), not '{text}'."));
    }

    private static string WeightsText(SkmWeights weights) => weights.Kind switch
    {
        SkmWeighting.Equal => Text.Pick("tepat 1/9", "exact 1/9"),
        SkmWeighting.Truncated => Text.Pick($"dipotong {Display.Number(weights.WeightOf("U1", 9), weights.Decimals)}", $"truncated {Display.Number(weights.WeightOf("U1", 9), weights.Decimals)}"),
        _ => Text.Pick("khusus", "custom"),
    };

    private static string Why(UndefinedReason reason) => UndefinedReasons.Describe(reason).For(CultureInfo.CurrentUICulture);

    private static string Number(decimal? value, int decimals) => value is { } v ? Display.Number(v, decimals) : "-";
}
