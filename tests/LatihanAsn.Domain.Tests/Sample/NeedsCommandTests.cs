using System.Globalization;
using System.Text.Json;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The sample's <c>needs borich</c>, <c>needs locus</c> and <c>needs hours</c> commands, run in-process, with values computed by hand.</summary>
public sealed class NeedsCommandTests : IDisposable
{
    private const string SurveyHeader = "respondent,competency,importance,competence";
    private const string HoursHeader = "nip,date,form,minutes";
    private const string Nip1 = "198507122010011003";
    private const string Nip2 = "199003152015032001";
    private const string Nip3 = "197811202003121002";

    /// <summary>
    /// Five items rated by A and B, and one nobody rated completely. By hand: mean importance 4, 3, 5, 3, 5 (line 4);
    /// mean discrepancy 1, 3/2, 0, 0, 5/2 (line 1), so M.01 lies exactly on both lines; MWDS 4, 9/2, 0, 0, 25/2.
    /// </summary>
    private const string Lines = $"""
        {SurveyHeader}
        A,M.01,5,3
        B,M.01,3,3
        A,M.02,3,1
        B,M.02,3,2
        A,M.03,5,5
        B,M.03,5,5
        A,M.04,3,3
        B,M.04,3,3
        A,M.05,5,2
        B,M.05,5,3
        A,M.06,,3
        B,M.06,4,
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string, string[]> BorichCases() => new()
    {
        // file name, rows after the header, expected items in order: "competency n meanImportance meanCompetence mwds rank" (fractions by hand; "-" for null)
        {
            "missing answers, a tie, a negative MWDS and an item nobody rated",
            "A,M.01,5,3\nB,M.01,4,\nC,M.01,3,1\nA,M.02,4,2\nB,M.02,4,2\nA,M.03,2,4\nA,M.04,,3\nB,M.04,2,\n",
            // M.01: B has no competence, so N = 2, means 4 and 2, MWDS 4 x 2 = 8; M.02 the same 8 (tie: both rank 1, next rank 3);
            // M.03: 2 x (2 - 4) = -4; M.04: no complete pair, listed last without a rank.
            ["M.01 2 4 2 8 1", "M.02 2 4 2 8 1", "M.03 1 2 4 -4 3", "M.04 0 - - - -"]
        },
        {
            "thirds",
            "A,M.05,5,4\nB,M.05,4,4\nC,M.05,4,2\nA,M.08,5,1\nB,M.08,4,4\nC,M.08,3,3\n",
            // M.05: 13/3 x (13/3 - 10/3) = 13/3; M.08: 4 x (4 - 8/3) = 16/3
            ["M.08 3 4 8/3 16/3 1", "M.05 3 13/3 10/3 13/3 2"]
        },
        {
            "the Locus example",
            Lines[(SurveyHeader.Length + 1)..],
            ["M.05 2 5 5/2 25/2 1", "M.02 2 3 3/2 9/2 2", "M.01 2 4 3 4 3", "M.03 2 5 5 0 4", "M.04 2 3 3 0 4", "M.06 0 - - - -"]
        },
        {
            "codes in any case, spaces around values, CRLF and a quoted cell",
            "A, m.03 ,5,1\r\n\"B\",M.03,\"3\",3\r\n",
            ["M.03 2 4 2 8 1"]
        },
    };

    [Theory]
    [MemberData(nameof(BorichCases))]
    public async Task Borich_ranks_the_MWDS_of_every_item_unrounded(string name, string rows, string[] expected)
    {
        var input = _directory.Write(Name(name), $"{SurveyHeader}\n{rows}");

        var (code, stdout, stderr) = await CliTests.Run("needs", "borich", "--input", input, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Count.ShouldBe(expected.Length);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var e = expected[i].Split(' ');
            item.EnumerateObject().Select(p => p.Name).ShouldBe(["competency", "n", "meanImportance", "meanCompetence", "mwds", "rank"]);
            item.GetProperty("competency").GetString().ShouldBe(e[0]);
            item.GetProperty("n").GetInt64().ShouldBe(long.Parse(e[1], CultureInfo.InvariantCulture));
            Check(item.GetProperty("meanImportance"), e[2]);
            Check(item.GetProperty("meanCompetence"), e[3]);
            Check(item.GetProperty("mwds"), e[4]);
            Check(item.GetProperty("rank"), e[5]);
        }
    }

    [Fact]
    public async Task Locus_puts_a_mean_exactly_on_a_line_on_the_high_side_and_leaves_an_unrated_item_without_a_quadrant()
    {
        var input = _directory.Write("locus.csv", Lines);

        var (code, stdout, stderr) = await CliTests.Run("needs", "locus", "--input", input, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        string[] expected = ["M.01 4 1 HH", "M.02 3 3/2 LH", "M.03 5 0 HL", "M.04 3 0 LL", "M.05 5 5/2 HH", "M.06 - - -"];
        items.Count.ShouldBe(expected.Length);
        for (var i = 0; i < items.Count; i++)
        {
            var e = expected[i].Split(' ');
            items[i].EnumerateObject().Select(p => p.Name).ShouldBe(["competency", "meanImportance", "meanDiscrepancy", "quadrant"]);
            items[i].GetProperty("competency").GetString().ShouldBe(e[0]);
            Check(items[i].GetProperty("meanImportance"), e[1]);
            Check(items[i].GetProperty("meanDiscrepancy"), e[2]);
            var quadrant = items[i].GetProperty("quadrant");
            (quadrant.ValueKind == JsonValueKind.Null ? "-" : quadrant.GetString()).ShouldBe(e[3]);
        }
    }

    [Fact]
    public async Task The_scale_can_be_declared()
    {
        var input = _directory.Write("seven.csv", $"{SurveyHeader}\nA,M.01,7,1\nB,M.01,6,2\n");

        var (code, stdout, _) = await CliTests.Run("needs", "borich", "--input", input, "--min", "1", "--max", "7", "--format", "json");
        var (refused, refusedOut, refusedErr) = await CliTests.Run("needs", "borich", "--input", input);

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement[0].GetProperty("mwds").GetDecimal().ShouldBe(13m / 2m * 5m); // 13/2 x (13/2 - 3/2)
        (refused, refusedOut).ShouldBe((2, string.Empty));
        refusedErr.ShouldStartWith($"{input}:2:8: ");
    }

    [Fact]
    public async Task Borich_and_locus_as_tables_show_ranks_quadrants_and_lines()
    {
        var input = _directory.Write("table.csv", Lines);

        var borich = await CliTests.Run("needs", "borich", "--input", input);
        var locus = await CliTests.Run("needs", "locus", "--input", input);

        borich.Code.ShouldBe(0);
        borich.Stdout.ShouldContain("MWDS");
        borich.Stdout.ShouldContain(Display(12.5m, 3));
        locus.Code.ShouldBe(0);
        locus.Stdout.ShouldContain("LH");
        locus.Stdout.ShouldContain(Display(4m, 2));
    }

    public static TheoryData<string, string, int, string[]> HoursCases() => new()
    {
        // file name, rows after the header, year, expected per NIP in NIP order: "nip jp compliant shortfall"
        {
            "nine sessions of 100 minutes are exactly 20 JP",
            string.Concat(Enumerable.Range(1, 9).Select(d => $"{Nip1},2025-03-{d:00},Coaching,100\n")),
            2025,
            [$"{Nip1} 20 true 0"]
        },
        {
            "a seminar without days counts its minutes",
            $"{Nip2},2025-06-10,Seminar,240\n",
            2025,
            [$"{Nip2} 16/3 false 44/3"] // 240 / 45 = 16/3; 20 - 16/3 = 44/3
        },
        {
            "only the year's rows count; every NIP is listed, by NIP",
            $"{Nip2},2025-01-15,Pelatihan,1080\n{Nip2},2025-02-01,ELearning,100\n{Nip2},2024-12-31,ELearning,900\n{Nip3},2024-05-05,Pelatihan,900\n{Nip1},2025-12-31,Mentoring,45\n",
            2025,
            [$"{Nip3} 0 false 20", $"{Nip1} 1 false 19", $"{Nip2} 236/9 true 0"] // 1180 / 45 = 236/9
        },
        {
            "forms in any case, and a NIP written with spaces is the same NIP",
            $"{Nip1},2025-01-02,elearning,450\n19850712 201001 1 003,2025-01-03,SEMINAR,450\n",
            2025,
            [$"{Nip1} 20 true 0"]
        },
    };

    [Theory]
    [MemberData(nameof(HoursCases))]
    public async Task Hours_sums_each_NIPs_minutes_exactly_and_divides_once(string name, string rows, int year, string[] expected)
    {
        var input = _directory.Write(Name(name), $"{HoursHeader}\n{rows}");

        var (code, stdout, stderr) = await CliTests.Run("needs", "hours", "--input", input, "--year", year.ToString(CultureInfo.InvariantCulture), "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Count.ShouldBe(expected.Length);
        for (var i = 0; i < items.Count; i++)
        {
            var e = expected[i].Split(' ');
            items[i].EnumerateObject().Select(p => p.Name).ShouldBe(["nip", "jp", "compliant", "shortfallJp"]);
            items[i].GetProperty("nip").GetString().ShouldBe(e[0]);
            Check(items[i].GetProperty("jp"), e[1]);
            items[i].GetProperty("compliant").GetBoolean().ShouldBe(bool.Parse(e[2]));
            Check(items[i].GetProperty("shortfallJp"), e[3]);
        }
    }

    [Fact]
    public async Task Hours_as_a_table_shows_every_NIP_and_the_rule_set()
    {
        var input = _directory.Write("hours.csv", $"{HoursHeader}\n{Nip1},2025-01-02,Pelatihan,1080\n{Nip2},2025-01-02,Coaching,90\n");

        var (code, stdout, _) = await CliTests.Run("needs", "hours", "--input", input, "--year", "2025");

        code.ShouldBe(0);
        stdout.ShouldContain(Nip1);
        stdout.ShouldContain(Nip2);
        stdout.ShouldContain(Display(24m, 2));
        stdout.ShouldContain("jp-conversion/lan-nonklasikal-2020@1");
    }

    public static TheoryData<string, string, string, int, int> BadSurveyFiles() => new()
    {
        // name, content, command, line, column
        { "empty survey", string.Empty, "borich", 1, 1 },
        { "header only", $"{SurveyHeader}\n", "locus", 2, 1 },
        { "unknown column", "respondent,competency,importance,level\n", "borich", 1, 34 },
        { "missing column", "respondent,competency,importance\nA,M.01,3\n", "locus", 1, 33 },
        { "importance above the scale", $"{SurveyHeader}\nA,M.01,6,3\n", "borich", 2, 8 },
        { "competence below the scale", $"{SurveyHeader}\nA,M.01,3,0\n", "locus", 2, 10 },
        { "negative rating", $"{SurveyHeader}\nA,M.01,-1,3\n", "borich", 2, 8 },
        { "non-integer rating", $"{SurveyHeader}\nA,M.01,4.5,3\n", "borich", 2, 8 },
        { "rating in words", $"{SurveyHeader}\nA,M.01,tinggi,3\n", "locus", 2, 8 },
        { "duplicate pair", $"{SurveyHeader}\nA,M.01,3,3\nB,M.01,3,3\nA,m.01,4,4\n", "borich", 4, 3 },
        { "duplicate pair for locus", $"{SurveyHeader}\nA,M.01,3,3\nA,M.01,,\n", "locus", 3, 3 },
        { "bad competency code", $"{SurveyHeader}\nA,M 01,3,3\n", "borich", 2, 3 },
        { "blank respondent", $"{SurveyHeader}\n,M.01,3,3\n", "borich", 2, 1 },
        { "too many fields", $"{SurveyHeader}\nA,M.01,3,3,3\n", "borich", 2, 12 },
        { "error after good rows", $"{SurveyHeader}\r\nA,M.01,3,3\r\n\r\nB,M.01,3,33\r\n", "locus", 4, 10 },
    };

    [Theory]
    [MemberData(nameof(BadSurveyFiles))]
    public async Task A_bad_survey_file_exits_with_2_naming_the_file_line_and_column(string name, string content, string command, int line, int column)
    {
        var input = _directory.Write(Name(name), content);

        var (code, stdout, stderr) = await CliTests.Run("needs", command, "--input", input, "--format", "json");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        var message = stderr.TrimEnd('\r', '\n');
        message.ShouldNotContain("\n");
        message.ShouldStartWith($"{input}:{line}:{column}: ");
    }

    public static TheoryData<string, string, int, int> BadHoursFiles() => new()
    {
        { "empty hours", string.Empty, 1, 1 },
        { "header only", $"{HoursHeader}\n", 2, 1 },
        { "unknown column", "nip,date,form,jp\n", 1, 15 },
        { "short NIP", $"{HoursHeader}\n12345,2025-01-01,Seminar,100\n", 2, 1 },
        { "NIP with a month 13 birth date", $"{HoursHeader}\n198513122010011003,2025-01-01,Seminar,100\n", 2, 1 },
        { "NIP with sequence 000", $"{HoursHeader}\n198507122010011000,2025-01-01,Seminar,100\n", 2, 1 },
        { "blank NIP", $"{HoursHeader}\n,2025-01-01,Seminar,100\n", 2, 1 },
        { "month 13", $"{HoursHeader}\n{Nip1},2025-13-01,Seminar,100\n", 2, 20 },
        { "day-first date", $"{HoursHeader}\n{Nip1},01/02/2025,Seminar,100\n", 2, 20 },
        { "blank date", $"{HoursHeader}\n{Nip1},,Seminar,100\n", 2, 20 },
        { "unknown form", $"{HoursHeader}\n{Nip1},2025-01-01,Webinar,100\n", 2, 31 },
        { "form as a number", $"{HoursHeader}\n{Nip1},2025-01-01,3,100\n", 2, 31 },
        { "two forms", $"{HoursHeader}\n{Nip1},2025-01-01,\"Seminar, Workshop\",100\n", 2, 31 },
        { "zero minutes", $"{HoursHeader}\n{Nip1},2025-01-01,Seminar,0\n", 2, 39 },
        { "negative minutes", $"{HoursHeader}\n{Nip1},2025-01-01,Seminar,-45\n", 2, 39 },
        { "fractional minutes", $"{HoursHeader}\n{Nip1},2025-01-01,Seminar,1.5\n", 2, 39 },
        { "blank minutes", $"{HoursHeader}\n{Nip1},2025-01-01,Seminar,\n", 2, 39 },
        { "a bad row of another year", $"{HoursHeader}\n{Nip1},2025-01-01,Seminar,100\n{Nip1},2019-02-30,Seminar,100\n", 3, 20 },
    };

    [Theory]
    [MemberData(nameof(BadHoursFiles))]
    public async Task A_bad_hours_file_exits_with_2_naming_the_file_line_and_column(string name, string content, int line, int column)
    {
        var input = _directory.Write(Name(name), content);

        var (code, stdout, stderr) = await CliTests.Run("needs", "hours", "--input", input, "--year", "2025");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        var message = stderr.TrimEnd('\r', '\n');
        message.ShouldNotContain("\n");
        message.ShouldStartWith($"{input}:{line}:{column}: ");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("198513122010011003")]
    [InlineData("198507122010013003")]
    public async Task A_malformed_NIP_is_explained_by_the_librarys_own_message(string nip)
    {
        var input = _directory.Write("nip.csv", $"{HoursHeader}\n{nip},2025-01-01,Seminar,100\n");
        Nip.TryParse(nip, out _, out var error).ShouldBeFalse();

        var (_, _, stderr) = await CliTests.Run("needs", "hours", "--input", input, "--year", "2025");

        stderr.TrimEnd('\r', '\n').ShouldBe($"{input}:2:1: {error}");
    }

    [Theory]
    [InlineData("needs", "borich")]
    [InlineData("needs", "locus")]
    [InlineData("needs", "hours", "--year", "2025")]
    public async Task A_missing_file_exits_with_2_naming_the_file(params string[] command)
    {
        var input = _directory.File("tidak-ada.csv");

        var (code, stdout, stderr) = await CliTests.Run([.. command, "--input", input]);

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldStartWith($"{input}: ");
    }

    [Theory]
    [InlineData("needs")]
    [InlineData("needs", "gap")]
    [InlineData("needs", "borich")]
    [InlineData("needs", "borich", "--input", "x.csv", "--min", "5", "--max", "5")]
    [InlineData("needs", "borich", "--input", "x.csv", "--max", "101")]
    [InlineData("needs", "locus", "--input", "x.csv", "--min", "0")]
    [InlineData("needs", "locus", "--input", "x.csv", "--year", "2025")]
    [InlineData("needs", "hours", "--input", "x.csv")]
    [InlineData("needs", "hours", "--input", "x.csv", "--year", "20x5")]
    [InlineData("needs", "hours", "--input", "x.csv", "--year", "2025", "--min", "1")]
    [InlineData("needs", "hours", "--input", "x.csv", "--year", "2025", "--format", "csv")]
    public async Task A_bad_needs_command_line_exits_with_2_and_shows_the_usage(params string[] args)
    {
        var (code, stdout, stderr) = await CliTests.Run(args);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("needs hours --input");
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
        var survey = Path.Combine(examples, "borich-survey.csv");
        var hours = Path.Combine(examples, "learning-hours.csv");

        (await CliTests.Run("needs", "borich", "--input", survey)).Code.ShouldBe(0);
        (await CliTests.Run("needs", "locus", "--input", survey)).Code.ShouldBe(0);
        (await CliTests.Run("needs", "hours", "--input", hours, "--year", "2025")).Code.ShouldBe(0);
    }

    private static string Name(string name) => new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()) + ".csv";

    private static string Display(decimal value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>Checks a JSON value against "-" (null), a whole or decimal number (exact) or a fraction "a/b" (to 24 decimals: the library rounds the last of 28 digits).</summary>
    private static void Check(JsonElement value, string expected)
    {
        if (expected == "-")
        {
            value.ValueKind.ShouldBe(JsonValueKind.Null);
            return;
        }

        var parts = expected.Split('/');
        if (parts.Length == 1)
        {
            value.GetDecimal().ShouldBe(decimal.Parse(expected, CultureInfo.InvariantCulture));
            return;
        }

        var fraction = decimal.Parse(parts[0], CultureInfo.InvariantCulture) / decimal.Parse(parts[1], CultureInfo.InvariantCulture);
        value.GetDecimal().ShouldBe(fraction, 0.000000000000000000000001m);
    }
}
