using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Lampung;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The sample's command line, run in-process.</summary>
public sealed class CliTests : IDisposable
{
    private const string Header = "competency,required,actual";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string, string, string> JpmCases() => new()
    {
        // required levels, actual levels, expected JPM (exact decimal), category
        { "3,3,3", "3,3,3", "100", "Optimal" },
        { "5,5", "5,4", "90", "Optimal" },                                         // the Optimal edge is inclusive
        { "3,3,3", "3,3,2", "88.888888888888888888888888889", "Cukup Optimal" },
        { "5,5,5,5,5,5,5,5,5,5", "4,4,4,4,4,4,4,4,4,3", "78", "Cukup Optimal" },   // the Cukup Optimal edge is inclusive
        { "3,3,3", "3,2,2", "77.777777777777777777777777778", "Kurang Optimal" },  // just below 78
        { "2,2", "5,1", "75", "Kurang Optimal" },                                  // over-qualification does not offset a gap
        { "1", "1", "100", "Optimal" },
    };

    [Theory]
    [MemberData(nameof(JpmCases))]
    public async Task Jpm_prints_the_unrounded_percentage_its_category_and_the_rule_set_in_force(string required, string actual, string jpm, string category)
    {
        var rows = required.Split(',').Zip(actual.Split(','), (r, a) => (r, a)).Select((p, i) => $"M.0{i + 1},{p.r},{p.a}");
        var input = _directory.Write("jpm.csv", string.Join("\n", rows.Prepend(Header)) + "\n");

        var (code, stdout, stderr) = await Run("competency", "jpm", "--input", input, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["jpm", "category", "ruleSet"]);
        json.RootElement.GetProperty("jpm").GetDecimal().ShouldBe(decimal.Parse(jpm, CultureInfo.InvariantCulture));
        json.RootElement.GetProperty("category").GetString().ShouldBe(category);
        json.RootElement.GetProperty("ruleSet").GetString().ShouldBe("jpm-bands/brin-3-2023@1");
    }

    [Fact]
    public async Task Jpm_as_a_table_shows_every_gap()
    {
        var input = _directory.Write("jpm.csv", $"{Header}\r\nM.01,3,3\r\n\"M.03\", 3 ,2\r\n");

        var (code, stdout, _) = await Run("competency", "jpm", "--input", input);

        code.ShouldBe(0);
        stdout.ShouldContain("Cukup Optimal");
        stdout.ShouldContain("83");
        stdout.ShouldContain("M.03");
        stdout.ShouldContain("jpm-bands/brin-3-2023@1");
    }

    public static TheoryData<string, string, int> NineBoxCases() => new()
    {
        { "di-bawah", "rendah", 1 }, { "di-bawah", "menengah", 3 }, { "di-bawah", "tinggi", 6 },
        { "sesuai", "rendah", 2 }, { "sesuai", "menengah", 5 }, { "sesuai", "tinggi", 8 },
        { "di-atas", "rendah", 4 }, { "di-atas", "menengah", 7 }, { "di-atas", "tinggi", 9 },
    };

    [Theory]
    [MemberData(nameof(NineBoxCases))]
    public async Task Ninebox_prints_the_box_and_its_label(string performance, string potential, int box)
    {
        var (code, stdout, stderr) = await Run("competency", "ninebox", "--performance", performance, "--potential", potential, "--format=json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["box", "label"]);
        json.RootElement.GetProperty("box").GetInt32().ShouldBe(box);
        json.RootElement.GetProperty("label").GetString().ShouldBe(NineBoxRule.Place(Rating(performance), Potential(potential), NineBoxRuleSet.Default).Label.For(CultureInfo.CurrentUICulture));
    }

    public static TheoryData<string, string, int, int> BadFiles() => new()
    {
        { "empty file", string.Empty, 1, 1 },
        { "blank lines only", "\n\n", 3, 1 },
        { "unknown column", "competency,required,level\n", 1, 21 },
        { "missing column", "competency,required\nM.01,3\n", 1, 20 },
        { "column twice", "competency,required,Required\n", 1, 21 },
        { "level above 5", $"{Header}\nM.01,3,7\n", 2, 8 },
        { "level below 1", $"{Header}\nM.01,0,3\n", 2, 6 },
        { "not a number", $"{Header}\nM.01,tiga,3\n", 2, 6 },
        { "not a whole number", $"{Header}\nM.01,3,2.5\n", 2, 8 },
        { "blank actual", $"{Header}\nM.01,3,\n", 2, 8 },
        { "blank required", $"{Header}\nM.01,,3\n", 2, 6 },
        { "bad competency code", $"{Header}\nM 01,3,3\n", 2, 1 },
        { "blank competency", $"{Header}\n,3,3\n", 2, 1 },
        { "competency twice", $"{Header}\nM.01,3,3\nm.01,2,2\n", 3, 1 },
        { "too many fields", $"{Header}\nM.01,3,3,4\n", 2, 10 },
        { "too few fields", $"{Header}\nM.01,3\n", 2, 7 },
        { "unclosed quote", $"{Header}\n\"M.01,3,3\n", 2, 1 },
        { "quote inside a value", $"{Header}\nM\"01,3,3\n", 2, 2 },
        { "text after a closing quote", $"{Header}\n\"M.01\"x,3,3\n", 2, 7 },
        { "no competencies", $"{Header}\n", 2, 1 },
        { "after a blank line and CRLF", $"{Header}\r\n\r\nM.01,3,3\r\nM.02,3,x\r\n", 4, 8 },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_exits_with_2_and_one_message_naming_the_file_line_and_column(string name, string content, int line, int column)
    {
        var input = _directory.Write(name.Replace(' ', '-') + ".csv", content);

        var (code, stdout, stderr) = await Run("competency", "jpm", "--input", input);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        var message = stderr.TrimEnd('\r', '\n');
        message.ShouldNotContain("\n");
        message.ShouldStartWith($"{input}:{line}:{column}: ");
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_naming_the_file()
    {
        var input = _directory.File("tidak-ada.csv");

        var (code, stdout, stderr) = await Run("competency", "jpm", "--input", input, "--format", "json");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldStartWith($"{input}: ");
    }

    [Theory]
    [InlineData("frob")]
    [InlineData("competency")]
    [InlineData("competency", "jpm")]
    [InlineData("competency", "jpm", "--input", "x.csv", "--colour", "merah")]
    [InlineData("competency", "jpm", "--input", "x.csv", "--format", "xml")]
    [InlineData("competency", "ninebox", "--performance", "bagus", "--potential", "tinggi")]
    [InlineData("competency", "ninebox", "--performance", "sesuai")]
    [InlineData("--format", "csv")]
    [InlineData("--seed", "abc")]
    [InlineData("--employees", "0")]
    [InlineData("--db")]
    [InlineData("--seed", "1", "--seed", "2")]
    [InlineData("-x")]
    public async Task A_bad_command_line_exits_with_2_and_shows_the_usage(params string[] args)
    {
        var (code, stdout, stderr) = await Run(args);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("competency ninebox --performance");
        Regex.Matches(stderr, "\n").Count.ShouldBeGreaterThan(2);
    }

    [Fact]
    public async Task Help_prints_the_usage()
    {
        var (code, stdout, stderr) = await Run("--help");

        (code, stderr).ShouldBe((0, string.Empty));
        stdout.ShouldBe(Cli.Usage + Environment.NewLine);
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await Cli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static PerformanceRating Rating(string text) => text switch
    {
        "di-bawah" => PerformanceRating.BelowExpectation,
        "sesuai" => PerformanceRating.MeetsExpectation,
        _ => PerformanceRating.AboveExpectation,
    };

    private static PotentialRating Potential(string text) => text switch
    {
        "rendah" => PotentialRating.Low,
        "menengah" => PotentialRating.Medium,
        _ => PotentialRating.High,
    };
}
