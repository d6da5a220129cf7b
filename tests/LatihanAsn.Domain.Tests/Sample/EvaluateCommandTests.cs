using System.Globalization;
using System.Text.Json;
using LatihanAsn.Domain.Evaluation;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>
/// The sample's <c>evaluate skm|gain|roi|nps|reaction</c> commands, run in-process, with values computed by hand:
/// "a/b" is a fraction, "-" a JSON null.
/// </summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private const string SkmHeader = "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9";
    private const string GainHeader = "participant,pre,post";
    private const string NpsHeader = "respondent,score";
    private const string ReactionHeader = "respondent,item,score";
    private const string WeightsHeader = "element,weight";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, int, int, string, string, string> SkmCases() => new()
    {
        // name, respondents, sum of all 9 x respondents answers (spread as evenly as possible), weights, expected converted index (a/b), grade.
        // With every element answered by everyone, index = sum / (9 n) and converted = 25 sum / (9 n); graded on the value rounded to 2 decimals.
        { "a perfect score", 2, 72, "exact", "100", "A" },
        { "a perfect score with the truncated 0.111", 2, 72, "truncated", "99.9", "A" },
        { "88.31 is A", 24, 763, "exact", "19075/216", "A" },            // 88.3101...
        { "88.30 is B", 19, 604, "exact", "15100/171", "B" },            // 88.3040...
        { "76.61 is B", 19, 524, "exact", "13100/171", "B" },            // 76.6081...
        { "76.60 is C", 26, 717, "exact", "17925/234", "C" },            // 76.6025...
        { "65.00 is C", 5, 117, "exact", "65", "C" },                    // exactly the edge
        { "64.99 is D", 38, 889, "exact", "22225/342", "D" },            // 64.9853...
        { "the lowest score", 3, 27, "exact", "25", "D" },
    };

    [Theory]
    [MemberData(nameof(SkmCases))]
    public async Task Skm_prints_the_index_its_conversion_grade_and_every_element(string name, int respondents, int sum, string weights, string converted, string grade)
    {
        var input = _directory.Write(Name(name), SkmFile(respondents, sum));

        var (code, stdout, stderr) = await CliTests.Run("evaluate", "skm", "--input", input, "--weights", weights, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["index", "convertedIndex", "grade", "performance", "elements"]);
        Check(root.GetProperty("convertedIndex"), converted);
        root.GetProperty("index").GetDecimal().ShouldBe(root.GetProperty("convertedIndex").GetDecimal() / 25m, 0.000000000000000000000001m);
        root.GetProperty("grade").GetString().ShouldBe(grade);
        root.GetProperty("performance").GetString().ShouldBe(SkmRuleSet.Permenpanrb14Of2017.Grades.Single(g => g.Letter == grade).Performance.For(CultureInfo.CurrentUICulture));
        var elements = root.GetProperty("elements").EnumerateArray().ToList();
        elements.Select(e => e.GetProperty("element").GetString()).ShouldBe(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
        elements.ShouldAllBe(e => e.GetProperty("answers").GetInt32() == respondents);
        elements[0].EnumerateObject().Select(p => p.Name).ShouldBe(["element", "answers", "nrr", "weightedNrr"]);
        var weight = weights == "exact" ? 1m / 9m : 0.111m;
        foreach (var e in elements)
        {
            e.GetProperty("weightedNrr").GetDecimal().ShouldBe(e.GetProperty("nrr").GetDecimal() * weight, 0.000000000000000000000001m);
        }
    }

    [Fact]
    public async Task Skm_per_element_means_count_only_the_answers_given()
    {
        // U4 answered by 2 of 3 (4 and 2: NRR 3), U8 by 1 (NRR 1); every other element 3, 3, 3. Index (7 x 3 + 3 + 1) / 9 = 25/9.
        var input = _directory.Write("skm-blanks.csv", $"{SkmHeader}\nA,3,3,3,4,3,3,3,,3\nB,3,3,3,,3,3,3,1,3\nC,3,3,3,2,3,3,3,,3\n");

        var (code, stdout, _) = await CliTests.Run("evaluate", "skm", "--input", input, "--format", "json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        Check(json.RootElement.GetProperty("index"), "25/9");
        Check(json.RootElement.GetProperty("convertedIndex"), "625/9"); // 69.44: C
        json.RootElement.GetProperty("grade").GetString().ShouldBe("C");
        var u4 = json.RootElement.GetProperty("elements")[3];
        (u4.GetProperty("answers").GetInt32(), u4.GetProperty("nrr").GetDecimal()).ShouldBe((2, 3m));
        json.RootElement.GetProperty("elements")[7].GetProperty("answers").GetInt32().ShouldBe(1);
    }

    [Theory]
    [InlineData("an element nobody answered", $"{SkmHeader}\nA,4,4,4,4,4,4,4,4,\nB,3,3,3,3,3,3,3,3,\n", 2, "U9")]
    [InlineData("no responses", $"{SkmHeader}\n", 0, "U1")]
    public async Task Skm_without_answers_to_an_element_prints_nulls_and_says_why(string name, string content, int answers, string empty)
    {
        var input = _directory.Write(Name(name), content);

        var json = await CliTests.Run("evaluate", "skm", "--input", input, "--format", "json");
        var table = await CliTests.Run("evaluate", "skm", "--input", input);

        json.Code.ShouldBe(0);
        using var document = JsonDocument.Parse(json.Stdout);
        var root = document.RootElement;
        foreach (var property in new[] { "index", "convertedIndex", "grade", "performance" })
        {
            root.GetProperty(property).ValueKind.ShouldBe(JsonValueKind.Null);
        }

        var element = root.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("element").GetString() == empty);
        element.GetProperty("nrr").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("elements")[0].GetProperty("answers").GetInt32().ShouldBe(answers);
        table.Code.ShouldBe(0);
        table.Stdout.ShouldContain(UndefinedReasons.Describe(answers == 0 ? UndefinedReason.NoAnswers : UndefinedReason.ElementWithoutAnswers).For(CultureInfo.CurrentUICulture));
    }

    [Fact]
    public async Task Skm_custom_weights_come_from_a_file()
    {
        // Everyone answers 4 except U8 (2): with U8 weighing 0.2 and the rest 0.1, index = 0.8 x 4 + 0.2 x 2 = 3.6 (90: A);
        // with exact weights it would be (8 x 4 + 2) / 9 = 34/9.
        var input = _directory.Write("skm-custom.csv", $"{SkmHeader}\nA,4,4,4,4,4,4,4,2,4\n");
        var weights = _directory.Write("weights.csv", $"{WeightsHeader}\n" + string.Join("\n", Enumerable.Range(1, 9).Select(i => $"u{i},{(i == 8 ? "0.2" : "0.1")}")) + "\n");

        var (code, stdout, stderr) = await CliTests.Run("evaluate", "skm", "--input", input, "--weights-file", weights, "--format", "json");
        var exact = await CliTests.Run("evaluate", "skm", "--input", input, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("index").GetDecimal().ShouldBe(3.6m);
        json.RootElement.GetProperty("convertedIndex").GetDecimal().ShouldBe(90m);
        json.RootElement.GetProperty("elements")[7].GetProperty("weightedNrr").GetDecimal().ShouldBe(0.4m);
        using var exactJson = JsonDocument.Parse(exact.Stdout);
        Check(exactJson.RootElement.GetProperty("index"), "34/9");
    }

    [Fact]
    public async Task Skm_as_a_table_shows_the_index_grade_and_elements()
    {
        var input = _directory.Write("skm-table.csv", SkmFile(2, 72));

        var (code, stdout, _) = await CliTests.Run("evaluate", "skm", "--input", input, "--weights", "truncated");

        code.ShouldBe(0);
        stdout.ShouldContain(Display(3.996m, 4));
        stdout.ShouldContain(Display(99.9m, 2));
        stdout.ShouldContain("Penanganan pengaduan, saran dan masukan");
        stdout.ShouldContain("skm/permenpanrb-14-2017@1");
    }

    public static TheoryData<string, string, string, string[]> GainCases() => new()
    {
        // name, rows, --max, expected "n excluded classGain meanIndividualGain cohensDz t band"
        {
            // 40->80 and 60->75 count (100 at the maximum is excluded): class (155 - 100) / (200 - 100); individual
            // (40/60 + 15/40) / 2 = 25/48; differences 40, 15, 0: t^2 = 55^2 x 2 / (3 x 1825 - 55^2) = 121/49, d_z = t / sqrt 3.
            "a participant at the maximum is excluded", "A,40,80\nB,60,75\nC,100,100\n", "100",
            ["3", "1", "0.55", "25/48", "0.9072647087265546", "11/7", "Medium"]
        },
        {
            // Differences 5.5 and 6: t^2 = 11.5^2 x 1 / (2 x 66.25 - 11.5^2) = 529; class (33.5 - 22) / (40 - 22) = 23/36; individual (0.55 + 0.75) / 2.
            "decimals on a maximum of 20", "A,10,15.5\nB,12,18\n", "20",
            ["2", "0", "23/36", "0.65", "16.263455967290593", "23", "Medium"]
        },
        { "everyone at the maximum", "A,100,100\nB,100,100\n", "100", ["2", "2", "-", "-", "-", "-", "-"] },
        { "one pair: no d_z", "A,50,75\n", "100", ["1", "0", "0.5", "0.5", "-", "-", "Medium"] },
        { "0.7 is medium", "A,0,70\n", "100", ["1", "0", "0.7", "0.7", "-", "-", "Medium"] },
        { "above 0.7 is high", "A,0,71\n", "100", ["1", "0", "0.71", "0.71", "-", "-", "High"] },
        { "0.3 is medium", "A,0,30\n", "100", ["1", "0", "0.3", "0.3", "-", "-", "Medium"] },
        { "below 0.3 is low", "A,0,29\n", "100", ["1", "0", "0.29", "0.29", "-", "-", "Low"] },
        { "a lower post-test", "A,50,40\nB,60,60\n", "100", ["2", "0", "-1/9", "-0.1", "-0.7071067811865475", "-1", "Low"] },
        { "no participants", string.Empty, "100", ["0", "0", "-", "-", "-", "-", "-"] },
    };

    [Theory]
    [MemberData(nameof(GainCases))]
    public async Task Gain_prints_both_gains_the_effect_size_and_the_band(string name, string rows, string max, string[] expected)
    {
        var input = _directory.Write(Name(name), $"{GainHeader}\n{rows}");

        var (code, stdout, stderr) = await CliTests.Run("evaluate", "gain", "--input", input, "--max", max, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["n", "excluded", "classGain", "meanIndividualGain", "cohensDz", "t", "band"]);
        root.GetProperty("n").GetInt32().ShouldBe(int.Parse(expected[0], CultureInfo.InvariantCulture));
        root.GetProperty("excluded").GetInt32().ShouldBe(int.Parse(expected[1], CultureInfo.InvariantCulture));
        Check(root.GetProperty("classGain"), expected[2]);
        Check(root.GetProperty("meanIndividualGain"), expected[3]);
        Check(root.GetProperty("cohensDz"), expected[4], 0.000000000000001m);
        Check(root.GetProperty("t"), expected[5], 0.000000000000001m);
        var band = root.GetProperty("band");
        if (expected[6] == "-")
        {
            band.ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            band.GetString().ShouldBe(GainBandRuleSet.Default.Classify(root.GetProperty("classGain").GetDecimal()).Name.For(CultureInfo.CurrentUICulture));
            GainBandRuleSet.Default.Classify(root.GetProperty("classGain").GetDecimal()).Level.ToString().ShouldBe(expected[6]);
        }
    }

    [Fact]
    public async Task Gain_as_a_table_says_why_the_gains_are_undefined()
    {
        var input = _directory.Write("gain-max.csv", $"{GainHeader}\nA,100,100\n");

        var (code, stdout, _) = await CliTests.Run("evaluate", "gain", "--input", input);

        code.ShouldBe(0);
        stdout.ShouldContain(UndefinedReasons.Describe(UndefinedReason.AllAtMaximum).For(CultureInfo.CurrentUICulture));
        stdout.ShouldContain(UndefinedReasons.Describe(UndefinedReason.TooFewPairs).For(CultureInfo.CurrentUICulture));
    }

    public static TheoryData<string, string, string, string> RoiCases() => new()
    {
        // benefits, costs, BCR, ROI % (published checks first)
        { "60000", "20000", "3", "200" },
        { "350000", "200000", "1.75", "75" },
        { "0", "100", "0", "-100" },
        { "100", "100", "1", "0" },
        { "1234.5", "1000", "1.2345", "23.45" },
        { "350000", "0", "-", "-" },
        { "0", "0", "-", "-" },
    };

    [Theory]
    [MemberData(nameof(RoiCases))]
    public async Task Roi_prints_the_benefit_cost_ratio_and_the_ROI_percent(string benefits, string costs, string bcr, string roi)
    {
        var (code, stdout, stderr) = await CliTests.Run("evaluate", "roi", "--benefits", benefits, "--costs", costs, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["bcr", "roiPercent"]);
        Check(json.RootElement.GetProperty("bcr"), bcr);
        Check(json.RootElement.GetProperty("roiPercent"), roi);
    }

    [Fact]
    public async Task Roi_as_a_table_shows_the_ratios_or_why_they_are_undefined()
    {
        var defined = await CliTests.Run("evaluate", "roi", "--benefits", "60000", "--costs", "20000");
        var undefined = await CliTests.Run("evaluate", "roi", "--benefits=60000", "--costs=0");

        defined.Code.ShouldBe(0);
        defined.Stdout.ShouldContain($"BCR {Display(3m, 2)}; ROI {Display(200m, 2)} %");
        defined.Stdout.ShouldContain("roi/phillips@1");
        undefined.Code.ShouldBe(0);
        undefined.Stdout.ShouldContain(UndefinedReasons.Describe(UndefinedReason.ZeroCosts).For(CultureInfo.CurrentUICulture));
    }

    public static TheoryData<string, string, int, int, int, string> NpsCases() => new()
    {
        // name, scores (blank: not answered), promoters, passives, detractors, NPS
        { "the edges 6, 7, 8 and 9", "9,8,7,6", 1, 2, 1, "0" },
        { "promoters only", "10,9,9", 3, 0, 0, "100" },
        { "detractors only", "0,6,3", 0, 0, 3, "-100" },
        { "two thirds", "10,9,8", 2, 1, 0, "200/3" },
        { "a blank score is not an answer", "10,,0,10", 2, 0, 1, "100/3" },
        { "no answers", ",,", 0, 0, 0, "-" },
        { "no respondents", string.Empty, 0, 0, 0, "-" },
    };

    [Theory]
    [MemberData(nameof(NpsCases))]
    public async Task Nps_counts_promoters_passives_and_detractors(string name, string scores, int promoters, int passives, int detractors, string nps)
    {
        var rows = scores.Length == 0 ? string.Empty : string.Concat(scores.Split(',').Select((s, i) => $"R{i},{s}\n"));
        var input = _directory.Write(Name(name), $"{NpsHeader}\n{rows}");

        var (code, stdout, stderr) = await CliTests.Run("evaluate", "nps", "--input", input, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["promoters", "passives", "detractors", "nps"]);
        json.RootElement.GetProperty("promoters").GetInt32().ShouldBe(promoters);
        json.RootElement.GetProperty("passives").GetInt32().ShouldBe(passives);
        json.RootElement.GetProperty("detractors").GetInt32().ShouldBe(detractors);
        Check(json.RootElement.GetProperty("nps"), nps);
    }

    [Fact]
    public async Task Nps_as_a_table_says_why_it_is_undefined()
    {
        var input = _directory.Write("nps-empty.csv", $"{NpsHeader}\n");

        var (code, stdout, _) = await CliTests.Run("evaluate", "nps", "--input", input);

        code.ShouldBe(0);
        stdout.ShouldContain(UndefinedReasons.Describe(UndefinedReason.NoAnswers).For(CultureInfo.CurrentUICulture));
    }

    public static TheoryData<string, string, string[], string, int, string> ReactionCases() => new()
    {
        // name, rows, extra options, overall mean, overall band (0-based rank of the default bands; -1: none), expected items "code n mean"
        {
            "pooled answers; a blank score is not an answer; items in the order they appear",
            "A,materi,5\nA,WI,4\nB,MATERI,3\nB,wi,\nC,materi,4\n", [],
            "4", 3, "MATERI 3 4|WI 1 4"
        },
        { "3.4 is the upper band", "A,I1,3\nB,I1,4\nC,I1,3\nD,I1,4\nE,I1,3\n", [], "3.4", 3, "I1 5 3.4" },
        { "4.2 is the top band", "A,I1,4\nB,I1,4\nC,I1,4\nD,I1,4\nE,I1,5\n", [], "4.2", 4, "I1 5 4.2" },
        { "just below 1.8 is the lowest band", "A,I1,1\nB,I1,2\nC,I1,2\nD,I1,2\nE,I1,1\nF,I1,2\n", [], "5/3", 0, "I1 6 5/3" },
        { "a 1-4 scale", "A,I1,3\nB,I1,3\nC,I1,2\nD,I1,3\nE,I1,3\n", ["--max", "4"], "2.8", 3, "I1 5 2.8" },
        { "an item nobody scored", "A,I1,5\nA,I2,\n", [], "5", 4, "I1 1 5|I2 0 -" },
        { "no respondents", string.Empty, [], "-", -1, string.Empty },
    };

    [Theory]
    [MemberData(nameof(ReactionCases))]
    public async Task Reaction_prints_the_pooled_mean_its_band_and_each_item(string name, string rows, string[] options, string mean, int band, string items)
    {
        var input = _directory.Write(Name(name), $"{ReactionHeader}\n{rows}");

        var (code, stdout, stderr) = await CliTests.Run(["evaluate", "reaction", "--input", input, .. options, "--format", "json"]);

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["mean", "band", "items"]);
        Check(root.GetProperty("mean"), mean);
        if (band < 0)
        {
            root.GetProperty("band").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            root.GetProperty("band").GetString().ShouldBe(LikertBandRuleSet.Default.Names[band].For(CultureInfo.CurrentUICulture));
        }

        var expected = items.Length == 0 ? [] : items.Split('|');
        var actual = root.GetProperty("items").EnumerateArray().ToList();
        actual.Count.ShouldBe(expected.Length);
        for (var i = 0; i < actual.Count; i++)
        {
            var e = expected[i].Split(' ');
            actual[i].EnumerateObject().Select(p => p.Name).ShouldBe(["item", "mean", "n"]);
            actual[i].GetProperty("item").GetString().ShouldBe(e[0]);
            actual[i].GetProperty("n").GetInt32().ShouldBe(int.Parse(e[1], CultureInfo.InvariantCulture));
            Check(actual[i].GetProperty("mean"), e[2]);
        }
    }

    [Fact]
    public async Task Reaction_as_a_table_shows_every_item_with_its_band()
    {
        var input = _directory.Write("reaction-table.csv", $"{ReactionHeader}\nA,MATERI,5\nA,SARANA,2\nB,MATERI,4\n");

        var (code, stdout, _) = await CliTests.Run("evaluate", "reaction", "--input", input);

        code.ShouldBe(0);
        stdout.ShouldContain("MATERI");
        stdout.ShouldContain("SARANA");
        stdout.ShouldContain(Display(3.67m, 2)); // 11 / 3
        stdout.ShouldContain("likert-bands/equal-width-5@1");
    }

    public static TheoryData<string, string, string, string[], int, int> BadFiles() => new()
    {
        // name, command, content, extra options, line, column
        { "skm empty file", "skm", string.Empty, [], 1, 1 },
        { "skm unknown element", "skm", "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U10\n", [], 1, 36 },
        { "skm missing element", "skm", "respondent,U1,U2,U3,U4,U5,U6,U7,U8\nA,1,1,1,1,1,1,1,1\n", [], 1, 35 },
        { "skm answer above 4", "skm", $"{SkmHeader}\nR1,4,4,4,4,5,4,4,4,4\n", [], 2, 12 },
        { "skm answer 0", "skm", $"{SkmHeader}\nR1,4,4,4,4,4,4,4,4,0\n", [], 2, 20 },
        { "skm not a number", "skm", $"{SkmHeader}\nR1,4,tiga,4,4,4,4,4,4,4\n", [], 2, 6 },
        { "skm not a whole number", "skm", $"{SkmHeader}\nR1,4,3.5,4,4,4,4,4,4,4\n", [], 2, 6 },
        { "skm no answers in a row", "skm", $"{SkmHeader}\nR1,4,4,4,4,4,4,4,4,4\nR2,,,,,,,,,\n", [], 3, 1 },
        { "skm respondent twice", "skm", $"{SkmHeader}\nR1,4,4,4,4,4,4,4,4,4\n\nR1,3,3,3,3,3,3,3,3,3\n", [], 4, 1 },
        { "skm blank respondent", "skm", $"{SkmHeader}\n,4,4,4,4,4,4,4,4,4\n", [], 2, 1 },
        { "skm too many fields", "skm", $"{SkmHeader}\nR1,4,4,4,4,4,4,4,4,4,4\n", [], 2, 22 },
        { "gain bad header", "gain", "participant,pre,after\n", [], 1, 17 },
        { "gain pre above the maximum", "gain", $"{GainHeader}\nA,101,90\n", [], 2, 3 },
        { "gain post above a declared maximum", "gain", $"{GainHeader}\nA,10,25\n", ["--max", "20"], 2, 6 },
        { "gain negative post", "gain", $"{GainHeader}\nA,50,-1\n", [], 2, 6 },
        { "gain not a number", "gain", $"{GainHeader}\nA,lima puluh,80\n", [], 2, 3 },
        { "gain thousands separator", "gain", $"{GainHeader}\nA,\"1,5\",80\n", [], 2, 3 },
        { "gain blank post", "gain", $"{GainHeader}\nA,50,\n", [], 2, 6 },
        { "gain participant twice", "gain", $"{GainHeader}\nA,50,60\nB,50,60\nA,40,50\n", [], 4, 1 },
        { "nps bad header", "nps", "respondent,nilai\n", [], 1, 12 },
        { "nps score above 10", "nps", $"{NpsHeader}\nA,11\n", [], 2, 3 },
        { "nps negative score", "nps", $"{NpsHeader}\nA,9\nB,-1\n", [], 3, 3 },
        { "nps not a whole number", "nps", $"{NpsHeader}\nA,7.5\n", [], 2, 3 },
        { "nps respondent twice", "nps", $"{NpsHeader}\nA,9\nA,\n", [], 3, 1 },
        { "reaction bad header", "reaction", "respondent,item\n", [], 1, 16 },
        { "reaction score above the scale", "reaction", $"{ReactionHeader}\nA,I1,6\n", [], 2, 6 },
        { "reaction score above a declared scale", "reaction", $"{ReactionHeader}\nA,I1,5\n", ["--max", "4"], 2, 6 },
        { "reaction score below the scale", "reaction", $"{ReactionHeader}\nA,I1,0\n", [], 2, 6 },
        { "reaction not a number", "reaction", $"{ReactionHeader}\nA,I1,baik\n", [], 2, 6 },
        { "reaction bad item code", "reaction", $"{ReactionHeader}\nA,I 1,4\n", [], 2, 3 },
        { "reaction item twice in another case", "reaction", $"{ReactionHeader}\nA,materi,4\nB,materi,4\nA,MATERI,5\n", [], 4, 3 },
        { "reaction blank item", "reaction", $"{ReactionHeader}\nA,,4\n", [], 2, 3 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_exits_with_2_naming_the_file_line_and_column(string name, string command, string content, string[] options, int line, int column)
    {
        var input = _directory.Write(Name(name), content);

        var (code, stdout, stderr) = await CliTests.Run(["evaluate", command, "--input", input, .. options, "--format", "json"]);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        var message = stderr.TrimEnd('\r', '\n');
        message.ShouldNotContain("\n");
        message.ShouldStartWith($"{input}:{line}:{column}: ");
    }

    public static TheoryData<string, string, int, int> BadWeights() => new()
    {
        // name, weights file, line, column
        { "weights not summing to 1", $"{WeightsHeader}\nU1,0.1\nU2,0.1\nU3,0.1\nU4,0.1\nU5,0.1\nU6,0.1\nU7,0.1\nU8,0.2\nU9,0.09\n", 11, 1 },
        { "weights summing to more than 1", $"{WeightsHeader}\nU1,0.2\nU2,0.1\nU3,0.1\nU4,0.1\nU5,0.1\nU6,0.1\nU7,0.1\nU8,0.2\nU9,0.1\n", 11, 1 },
        { "an unknown element", $"{WeightsHeader}\nU1,0.1\nU10,0.9\n", 3, 1 },
        { "an element missing", $"{WeightsHeader}\nU1,0.2\nU2,0.1\nU3,0.1\nU4,0.1\nU5,0.1\nU6,0.1\nU7,0.1\nU8,0.2\n", 10, 1 },
        { "an element twice", $"{WeightsHeader}\nU1,0.1\nu1,0.1\n", 3, 1 },
        { "a weight of 0", $"{WeightsHeader}\nU1,0\n", 2, 4 },
        { "a weight that is not a number", $"{WeightsHeader}\nU1,sepersembilan\n", 2, 4 },
        { "a bad header", "element,bobot\n", 1, 9 },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public async Task A_bad_weights_file_exits_with_2_naming_the_file_line_and_column(string name, string content, int line, int column)
    {
        var input = _directory.Write("responses.csv", SkmFile(2, 60));
        var weights = _directory.Write(Name(name), content);

        var (code, stdout, stderr) = await CliTests.Run("evaluate", "skm", "--input", input, "--weights-file", weights);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        var message = stderr.TrimEnd('\r', '\n');
        message.ShouldNotContain("\n");
        message.ShouldStartWith($"{weights}:{line}:{column}: ");
    }

    [Theory]
    [InlineData("skm")]
    [InlineData("gain")]
    [InlineData("nps")]
    [InlineData("reaction")]
    public async Task A_missing_file_exits_with_2_naming_the_file(string command)
    {
        var input = _directory.File("tidak-ada.csv");

        var (code, stdout, stderr) = await CliTests.Run("evaluate", command, "--input", input);

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldStartWith($"{input}: ");
    }

    [Fact]
    public async Task A_missing_weights_file_exits_with_2_naming_the_file()
    {
        var input = _directory.Write("responses.csv", SkmFile(2, 60));
        var weights = _directory.File("tidak-ada.csv");

        var (code, stdout, stderr) = await CliTests.Run("evaluate", "skm", "--input", input, "--weights-file", weights);

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldStartWith($"{weights}: ");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "kirkpatrick")]
    [InlineData("evaluate", "skm")]
    [InlineData("evaluate", "skm", "--input", "x.csv", "--weights", "0.11")]
    [InlineData("evaluate", "skm", "--input", "x.csv", "--weights", "truncated", "--weights-file", "w.csv")]
    [InlineData("evaluate", "gain", "--input", "x.csv", "--max", "0")]
    [InlineData("evaluate", "gain", "--input", "x.csv", "--max", "seratus")]
    [InlineData("evaluate", "roi", "--benefits", "60000")]
    [InlineData("evaluate", "roi", "--benefits", "60000", "--costs", "dua puluh ribu")]
    [InlineData("evaluate", "roi", "--benefits", "60000", "--costs", "-20000")]
    [InlineData("evaluate", "roi", "--benefits", "60,000", "--costs", "20000")]
    [InlineData("evaluate", "roi", "--benefits", "60000", "--costs", "20000", "--input", "x.csv")]
    [InlineData("evaluate", "nps", "--input", "x.csv", "--min", "0")]
    [InlineData("evaluate", "reaction", "--input", "x.csv", "--min", "5", "--max", "5")]
    [InlineData("evaluate", "reaction", "--input", "x.csv", "--max", "101")]
    [InlineData("evaluate", "reaction", "--input", "x.csv", "--format", "xml")]
    public async Task A_bad_evaluate_command_line_exits_with_2_and_shows_the_usage(params string[] args)
    {
        var (code, stdout, stderr) = await CliTests.Run(args);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("evaluate reaction --input");
    }

    [Fact]
    public async Task The_example_files_are_valid()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LatihanAsn.Domain.sln")))
        {
            directory = directory.Parent;
        }

        var examples = Path.Combine(directory.ShouldNotBeNull().FullName, "samples", "LatihanAsn.Lampung", "examples");

        (await CliTests.Run("evaluate", "skm", "--input", Path.Combine(examples, "skm.csv"))).Code.ShouldBe(0);
        (await CliTests.Run("evaluate", "skm", "--input", Path.Combine(examples, "skm.csv"), "--weights-file", Path.Combine(examples, "skm-weights.csv"))).Code.ShouldBe(0);
        (await CliTests.Run("evaluate", "gain", "--input", Path.Combine(examples, "gain.csv"))).Code.ShouldBe(0);
        (await CliTests.Run("evaluate", "nps", "--input", Path.Combine(examples, "nps.csv"))).Code.ShouldBe(0);
        (await CliTests.Run("evaluate", "reaction", "--input", Path.Combine(examples, "reaction.csv"))).Code.ShouldBe(0);
    }

    [Fact]
    public async Task Help_lists_the_evaluate_commands_in_both_languages()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in new[] { "id-ID", "en-GB" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                var (_, stdout, _) = await CliTests.Run("--help");
                foreach (var command in new[] { "evaluate skm --input", "evaluate gain --input", "evaluate roi --benefits", "evaluate nps --input", "evaluate reaction --input" })
                {
                    stdout.ShouldContain(command);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>An SKM file of <paramref name="respondents"/> rows answering all nine elements, the answers summing to <paramref name="sum"/>.</summary>
    private static string SkmFile(int respondents, int sum)
    {
        var count = respondents * 9;
        var (each, extra) = Math.DivRem(sum, count);
        var answers = Enumerable.Range(0, count).Select(i => each + (i < extra ? 1 : 0)).ToArray();
        answers.ShouldAllBe(a => a >= 1 && a <= 4);
        var rows = Enumerable.Range(0, respondents).Select(r => $"R{r + 1}," + string.Join(',', answers.Skip(r * 9).Take(9)));
        return string.Join("\n", rows.Prepend(SkmHeader)) + "\n";
    }

    private static string Name(string name) => new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()) + ".csv";

    private static string Display(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>Checks a JSON value against "-" (null), a number (exact, or within <paramref name="tolerance"/>) or a fraction "a/b" (to 24 decimals).</summary>
    private static void Check(JsonElement value, string expected, decimal tolerance = 0m)
    {
        if (expected == "-")
        {
            value.ValueKind.ShouldBe(JsonValueKind.Null);
            return;
        }

        var parts = expected.Split('/');
        if (parts.Length == 1)
        {
            var number = decimal.Parse(expected, CultureInfo.InvariantCulture);
            if (tolerance == 0m)
            {
                value.GetDecimal().ShouldBe(number);
            }
            else
            {
                value.GetDecimal().ShouldBe(number, tolerance);
            }

            return;
        }

        var fraction = decimal.Parse(parts[0], CultureInfo.InvariantCulture) / decimal.Parse(parts[1], CultureInfo.InvariantCulture);
        value.GetDecimal().ShouldBe(fraction, 0.000000000000000000000001m);
    }
}
