using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The sample's <c>compose</c> command, run in-process on the shipped example and on broken copies of it.</summary>
public sealed class ComposeCommandTests : IDisposable
{
    /// <summary>The sample's examples directory, found from the test assembly up to the solution.</summary>
    public static readonly string Examples = FindExamples();

    /// <summary>The example shipped with the sample.</summary>
    public static readonly string Example = Path.Combine(Examples, "compose-small.json");

    private static readonly string[] Employees =
        ["198507122010011003", "199003152015032001", "197811202003121002", "199205182019032004", "198812012014031001", "199511232020122003"];

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_example_composes_with_the_exact_search_and_is_proven_optimal()
    {
        var (code, stdout, stderr) = await CliTests.Run("compose", "--input", Example, "--exact", "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("method").GetString().ShouldBe("Exact");
        root.GetProperty("provenOptimal").GetBoolean().ShouldBeTrue();
        root.GetProperty("candidateRuns").GetInt32().ShouldBeInRange(2, DeliveryPolicyRuleSet.Default.ExactSearchMaxRuns);
        root.GetProperty("year").GetInt32().ShouldBe(2027);
        root.GetProperty("diagnostics").EnumerateArray().Single().GetString()!.ShouldMatch("^(Plan quality|Mutu rencana): "); // only the bound and gap
        root.GetProperty("ruleSets").EnumerateArray().Select(r => r.GetString()).ShouldBe(["delivery-policy/default@1", "training-calendar/default@1"]);

        // The example is small enough to check by hand: the budget of Rp 20,000,000 buys distance learning for the
        // three M.03 needs (6,000,000 + 3 x 150,000), e-learning for five M.05 needs (5,000,000 + 5 x 75,000) and
        // coaching for the two employees who have or get KOM-01 before the conflict course (2 x 3,000,000).
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        runs.Select(r => (r.GetProperty("course").GetString(), r.GetProperty("mode").GetString(), r.GetProperty("place").GetString())).ShouldBe(
        [
            ("KOM-01", "DistanceLearning", "ONLINE"),
            ("PLY-01", "ELearning", "ONLINE"),
            ("KON-01", "CoachingMentoring", "1813"),
            ("KON-01", "CoachingMentoring", "1871"),
        ]);
        runs.Select(r => r.GetProperty("cost").GetProperty("total").GetDecimal()).ShouldBe([6_450_000m, 5_375_000m, 3_000_000m, 3_000_000m]);
        var totals = root.GetProperty("totals");
        totals.GetProperty("cost").GetProperty("total").GetDecimal().ShouldBe(17_825_000m);
        (totals.GetProperty("levelsClosed").GetInt32(), totals.GetProperty("levelsNeeded").GetInt32()).ShouldBe((10, 14));
        (totals.GetProperty("needsClosed").GetInt32(), totals.GetProperty("needs").GetInt32()).ShouldBe((7, 11));
        (totals.GetProperty("compliantBefore").GetInt32(), totals.GetProperty("compliantAfter").GetInt32(), totals.GetProperty("employees").GetInt32()).ShouldBe((1, 6, 6));

        // KON-01 needs KOM-01 first: the Bandar Lampung employee takes it in January, the conflict course in October.
        var kom = runs[0];
        var konflik = runs[3];
        konflik.GetProperty("participants").EnumerateArray().Select(p => p.GetString()).ShouldBe(["197811202003121002"]);
        kom.GetProperty("participants").EnumerateArray().Select(p => p.GetString()).ShouldContain("197811202003121002");
        kom.GetProperty("end").GetString()!.CompareTo(konflik.GetProperty("start").GetString(), StringComparison.Ordinal).ShouldBeLessThan(0);

        // Weighted levels closed (0.6 + 0.6 + 0.5 for M.03; 0.8 + 0.8 + 0.9 + 0.9 + 1.0 for M.05; 0.3 + 0.4 for M.02 = 6.8)
        // plus 0.01 per planned JP toward 20 for the five below it (12 + 20 + 16 + 8 + 20 = 76 JP): 7.56.
        root.GetProperty("objective").GetDecimal().ShouldBe(7.56m);

        // Each reason is the employee's own: two take PLY-01 already (e-learning), so their M.05 level left needs another
        // course; 199205182019032004 has 50 JP planned, and KON-01's 16 more would pass the cap of 60.
        root.GetProperty("unmet").EnumerateArray().Select(u => (u.GetProperty("employee").GetString(), u.GetProperty("competency").GetString(), u.GetProperty("reason").GetString())).ShouldBe(
        [
            ("198507122010011003", "M.03", "NoCourse"),
            ("199003152015032001", "M.05", "NoCourse"),
            ("199205182019032004", "M.02", "JpCap"),
            ("199511232020122003", "M.05", "NoCourse"),
        ]);
    }

    [Fact]
    public async Task The_heuristic_respects_the_budget_and_says_nothing_about_optimality()
    {
        var path = Mutate("tight.json", json => json["budget"] = 12_000_000);

        var (code, stdout, stderr) = await CliTests.Run("compose", "--heuristic", "--input", path, "--format", "json");
        var exact = await CliTests.Run("compose", "--input", path, "--exact", "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("method").GetString().ShouldBe("Heuristic");
        root.TryGetProperty("provenOptimal", out _).ShouldBeFalse();
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        runs.ShouldNotBeEmpty();
        var total = root.GetProperty("totals").GetProperty("cost").GetProperty("total").GetDecimal();
        total.ShouldBe(runs.Sum(r => r.GetProperty("cost").GetProperty("total").GetDecimal()));
        total.ShouldBeLessThanOrEqualTo(12_000_000m);
        root.GetProperty("objective").GetDecimal().ShouldBeLessThanOrEqualTo(JsonDocument.Parse(exact.Stdout).RootElement.GetProperty("objective").GetDecimal());
    }

    [Fact]
    public async Task The_JSON_has_the_documented_shape_in_camel_case()
    {
        var (code, stdout, _) = await CliTests.Run("compose", "--input", Example, "--format=json");

        code.ShouldBe(0);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Names(root).ShouldBe(["year", "budget", "method", "provenOptimal", "candidateRuns", "objective", "totals", "runs", "unmet", "employeeJp", "diagnostics", "ruleSets"]);
        root.GetProperty("method").GetString().ShouldBe("Exact"); // the automatic choice for so few candidate runs
        Names(root.GetProperty("totals")).ShouldBe(["cost", "runs", "participants", "needs", "needsClosed", "levelsNeeded", "levelsClosed", "weightedNeedClosed", "employees", "compliantBefore", "compliantAfter", "jpByMode"]);
        Names(root.GetProperty("totals").GetProperty("cost")).ShouldBe(["runs", "participants", "travel", "total"]);
        var run = root.GetProperty("runs")[0];
        Names(run).ShouldBe(["course", "title", "mode", "place", "start", "end", "participants", "cost", "jp", "competencies", "levelsClosed", "value", "why"]);
        run.GetProperty("start").GetString()!.ShouldMatch("^2027-[0-9]{2}-[0-9]{2}$");
        run.GetProperty("why").GetString().ShouldNotBeNullOrWhiteSpace();
        Names(root.GetProperty("unmet")[0]).ShouldBe(["employee", "competency", "remainingLevels", "reason"]);
        Names(root.GetProperty("employeeJp")[0]).ShouldBe(["employee", "earnedJp", "plannedJp", "totalJp"]);
        root.GetProperty("runs").EnumerateArray().SelectMany(r => r.GetProperty("participants").EnumerateArray()).Select(p => p.GetString()).ShouldAllBe(p => Employees.Contains(p));
        root.GetProperty("totals").GetProperty("jpByMode").EnumerateObject().Select(p => p.Name).ShouldAllBe(m => System.Enum.IsDefined(System.Enum.Parse<DeliveryMode>(m)));
    }

    [Fact]
    public async Task As_a_table_it_shows_the_runs_why_and_what_stays_open_in_the_UI_language()
    {
        using var culture = new CultureScope("en-GB");

        var (code, stdout, stderr) = await CliTests.Run("compose", "--input", Example);

        (code, stderr).ShouldBe((0, string.Empty));
        stdout.ShouldStartWith("Plan for 2027: exact search, proven optimal; ");
        stdout.ShouldContain("Cost Rp 17,825,000 of a budget of Rp 20,000,000");
        stdout.ShouldContain("1871 Kota Bandar Lampung");
        stdout.ShouldContain("Closes 3 levels of need (M.03) for 3 participants");
        stdout.ShouldContain("Needs left open");
        stdout.ShouldContain("no course for this level");
    }

    [Fact]
    public async Task The_exact_composer_is_chosen_with_composer_exact_and_its_time_limit()
    {
        using var culture = new CultureScope("en-GB");

        var (code, stdout, stderr) = await CliTests.Run("compose", "--input", Example, "--composer", "exact", "--time-limit", "5", "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("method").GetString().ShouldBe("Exact");
        json.RootElement.GetProperty("provenOptimal").GetBoolean().ShouldBeTrue();
        json.RootElement.GetProperty("objective").GetDecimal().ShouldBe(7.56m);
        json.RootElement.GetProperty("diagnostics").EnumerateArray().Last().GetString().ShouldStartWith("Plan quality: objective 7.56 equals the upper bound");

        var (bad, _, error) = await CliTests.Run("compose", "--input", Example, "--composer", "solver");
        bad.ShouldNotBe(0);
        error.ShouldContain("--composer");
    }

    [Fact]
    public async Task A_budget_below_the_cheapest_run_is_an_empty_plan_that_says_why_not_an_error()
    {
        var path = Mutate("budget.json", json => json["budget"] = 1_000_000);
        using var culture = new CultureScope("en-GB");

        var (code, stdout, stderr) = await CliTests.Run("compose", "--input", path, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("runs").GetArrayLength().ShouldBe(0);
        json.RootElement.GetProperty("diagnostics").EnumerateArray().First().GetString().ShouldBe("Budget: the cheapest run costs Rp 3,000,000, above the budget of Rp 1,000,000.");
        json.RootElement.GetProperty("diagnostics").EnumerateArray().Last().GetString().ShouldStartWith("Plan quality: objective 0.00 "); // then the bound and gap
        json.RootElement.GetProperty("unmet").EnumerateArray().Select(u => u.GetProperty("reason").GetString()).Distinct().ShouldBe(["Budget"]);
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        // case, the file's text (or a change to the example: "example:" + case name), the JSON path and the text at LINE:COLUMN
        { "invalid JSON", "{\n  \"year\": 2027,\n  \"budget\": 5,,\n}", "$" },
        { "truncated", "{\n  \"year\": 2027,\n  \"employees\": [\n", "$.employees" },
        { "empty file", "", "$" },
        { "not an object", "[1, 2]", "$" },
        { "text after the value", "{\"year\": 2027, \"budget\": 1, \"employees\": []} x", "$" },
        { "missing year", "example:missing year", "$.year" },
        { "missing course title", "example:missing course title", "$.courses[0].title" },
        { "budget of the wrong type", "example:budget of the wrong type", "$.budget" },
        { "year not a whole number", "example:year not a whole number", "$.year" },
        { "level above 5", "example:level above 5", "$.employees[1].levels['M.05']" },
        { "current level 0", "example:current level 0", "$.needs[0].currentLevel" },
        { "target not above current", "example:target not above current", "$.needs[0].targetLevel" },
        { "bad competency code", "example:bad competency code", "$.needs[2].competency" },
        { "bad competency code as a level key", "example:bad competency code as a level key", "$.employees[0].levels['M 05']" },
        { "unknown mode", "example:unknown mode", "$.courses[1].offerings[0].mode" },
        { "unknown form", "example:unknown form", "$.courses[1].offerings[0].form" },
        { "unknown connectivity", "example:unknown connectivity", "$.regions[2].connectivity" },
        { "duplicate employee", "example:duplicate employee", "$.employees[6].id" },
        { "need of an unknown employee", "example:need of an unknown employee", "$.needs[11].employee" },
        { "duplicate need", "example:duplicate need", "$.needs[11].competency" },
        { "current level unlike the employee's", "example:current level unlike the employee's", "$.needs[0].currentLevel" },
        { "unknown property", "example:unknown property", "$.budjet" },
        { "duplicate property", "{\"year\": 2027, \"year\": 2028}", "$.year" },
        { "prerequisite not in the catalogue", "example:prerequisite not in the catalogue", "$.courses[2].prerequisites[0].course" },
        { "prerequisite cycle", "example:prerequisite cycle", "$.courses[2].prerequisites[0].course" },
        { "completed course not in the catalogue", "example:completed course not in the catalogue", "$.employees[5].completedCourses[0]" },
        { "centre-based mode without a centre", "example:centre-based mode without a centre", "$.courses[0].offerings[0].centre" },
        { "maximum seats below the minimum", "example:maximum seats below the minimum", "$.courses[0].offerings[0].maxSeats" },
        { "duplicate mode", "example:duplicate mode", "$.courses[0].offerings[1].mode" },
        { "negative cost", "example:negative cost", "$.courses[0].offerings[1].costPerRun" },
        { "long travel above the maximum", "example:long travel above the maximum", "$.policy.longTravelHours" },
        { "blackout ending before it starts", "example:blackout ending before it starts", "$.calendar.blackouts[0].to" },
    };

    private static readonly Dictionary<string, Action<JsonObject>> Changes = new()
    {
        ["missing year"] = j => j.Remove("year"),
        ["missing course title"] = j => Course(j, 0).Remove("title"),
        ["budget of the wrong type"] = j => j["budget"] = "banyak",
        ["year not a whole number"] = j => j["year"] = 2027.5,
        ["level above 5"] = j => Employee(j, 1)["levels"]!["M.05"] = 7,
        ["current level 0"] = j => Need(j, 0)["currentLevel"] = 0,
        ["target not above current"] = j => Need(j, 0)["targetLevel"] = 2,
        ["bad competency code"] = j => Need(j, 2)["competency"] = "M 05",
        ["bad competency code as a level key"] = j => Employee(j, 0)["levels"]!.AsObject().Add("M 05", 2),
        ["unknown mode"] = j => Course(j, 1)["offerings"]![0]!["mode"] = "Webinar",
        ["unknown form"] = j => Course(j, 1)["offerings"]![0]!["form"] = "Webinar",
        ["unknown connectivity"] = j => j["regions"]![2]!["connectivity"] = "Satelit",
        ["duplicate employee"] = j => j["employees"]!.AsArray().Add(Employee(j, 0).DeepClone()),
        ["need of an unknown employee"] = j => j["needs"]!.AsArray().Add(new JsonObject { ["employee"] = "199901012024011001", ["competency"] = "M.05", ["currentLevel"] = 1, ["targetLevel"] = 2 }),
        ["duplicate need"] = j => j["needs"]!.AsArray().Add(Need(j, 0).DeepClone()),
        ["current level unlike the employee's"] = j => { Need(j, 0)["currentLevel"] = 1; Need(j, 0)["targetLevel"] = 3; },
        ["unknown property"] = j => j["budjet"] = 1,
        ["prerequisite not in the catalogue"] = j => Course(j, 2)["prerequisites"]![0]!["course"] = "KOM-99",
        ["prerequisite cycle"] = j => Course(j, 1)["prerequisites"] = new JsonArray(new JsonObject { ["course"] = "KON-01" }),
        ["completed course not in the catalogue"] = j => Employee(j, 5)["completedCourses"]![0] = "LATSAR",
        ["centre-based mode without a centre"] = j => Course(j, 0)["offerings"]![0]!.AsObject().Remove("centre"),
        ["maximum seats below the minimum"] = j => Course(j, 0)["offerings"]![0]!["maxSeats"] = 2,
        ["duplicate mode"] = j => Course(j, 0)["offerings"]![1]!["mode"] = "klasikal",
        ["negative cost"] = j => Course(j, 0)["offerings"]![1]!["costPerRun"] = -1,
        ["long travel above the maximum"] = j => j["policy"] = new JsonObject { ["maxTravelHours"] = 6, ["longTravelHours"] = 7 },
        ["blackout ending before it starts"] = j => j["calendar"] = new JsonObject { ["blackouts"] = new JsonArray(new JsonObject { ["from"] = "2027-06-10", ["to"] = "2027-06-01" }) },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_exits_with_2_and_says_where_with_the_JSON_path_line_and_column(string name, string content, string path)
    {
        var file = content.StartsWith("example:", StringComparison.Ordinal)
            ? Mutate(name.Replace(' ', '-') + ".json", Changes[content["example:".Length..]])
            : _directory.Write(name.Replace(' ', '-') + ".json", content);

        var (code, stdout, stderr) = await CliTests.Run("compose", "--input", file, "--format", "json");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        var message = stderr.TrimEnd('\r', '\n');
        message.ShouldNotContain("\n");
        var match = Regex.Match(message, $"^{Regex.Escape(file)}:(?<line>[0-9]+):(?<column>[0-9]+): (?<path>\\$.*?): .+$");
        match.Success.ShouldBeTrue(message);
        match.Groups["path"].Value.ShouldBe(path);

        // The line and column point into the file: at the value, or at the object that lacks a property.
        var lines = File.ReadAllText(file).Split('\n');
        var line = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
        var column = int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture);
        line.ShouldBeInRange(1, Math.Max(1, lines.Length));
        column.ShouldBeInRange(1, lines[line - 1].Length + 1);
    }

    [Theory]
    [InlineData("level above 5", "7")]
    [InlineData("bad competency code", "\"M 05\"")]
    [InlineData("unknown mode", "\"Webinar\"")]
    [InlineData("duplicate employee", "\"198507122010011003\"")]
    [InlineData("missing course title", "{")]
    public async Task The_position_is_the_start_of_the_offending_value(string name, string token)
    {
        var file = Mutate(name.Replace(' ', '-') + ".json", Changes[name]);

        var (_, _, stderr) = await CliTests.Run("compose", "--input", file);

        var match = Regex.Match(stderr, ":(?<line>[0-9]+):(?<column>[0-9]+): ");
        var text = File.ReadAllText(file).Split('\n')[int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) - 1];
        text[(int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) - 1)..].ShouldStartWith(token);
    }

    [Fact]
    public async Task A_syntax_error_gives_the_line_and_character_column_even_after_non_ASCII_text()
    {
        var file = _directory.Write("unicode.json", "{\n  \"year\": 2027, \"catatan\": \"Peserta dari Way Kanan — angkatan I\" x\n}");

        var (code, _, stderr) = await CliTests.Run("compose", "--input", file);

        code.ShouldBe(2);
        var text = File.ReadAllText(file).Split('\n')[1];
        stderr.ShouldStartWith($"{file}:2:{text.IndexOf(" x", StringComparison.Ordinal) + 2}: $: ");
    }

    [Fact]
    public async Task A_missing_file_exits_with_2_naming_the_file()
    {
        var file = _directory.File("tidak-ada.json");

        var (code, stdout, stderr) = await CliTests.Run("compose", "--input", file);

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldStartWith($"{file}: ");
    }

    [Theory]
    [InlineData("compose")]
    [InlineData("compose", "--input", "x.json", "--exact", "--heuristic")]
    [InlineData("compose", "--input", "x.json", "--exact=ya")]
    [InlineData("compose", "--input")]
    [InlineData("compose", "--input", "x.json", "--optimal")]
    public async Task A_bad_command_line_exits_with_2_and_shows_the_usage(params string[] args)
    {
        var (code, stdout, stderr) = await CliTests.Run(args);

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldContain("compose --input");
    }

    [Fact]
    public void The_example_follows_the_schema_it_names()
    {
        var example = JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, "compose.schema.json")))!.AsObject();

        example["$schema"]!.GetValue<string>().ShouldBe("./compose.schema.json");
        schema["$schema"]!.GetValue<string>().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        var properties = schema["properties"]!.AsObject();
        example.Select(p => p.Key).ShouldAllBe(key => properties.ContainsKey(key));
        schema["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldAllBe(key => example.ContainsKey(key));

        // The enums of the schema are the library's names.
        EnumOf(properties, "courses", "offerings", "mode").ShouldBe(System.Enum.GetNames<DeliveryMode>());
        EnumOf(properties, "courses", "offerings", "form").ShouldBe(System.Enum.GetNames<LatihanAsn.Domain.NeedsAnalysis.LearningForm>());
        properties["courses"]!["items"]!["properties"]!["organiser"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(System.Enum.GetNames<OrganiserKind>());
        properties["regions"]!["items"]!["properties"]!["connectivity"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(System.Enum.GetNames<Connectivity>());
    }

    private static IEnumerable<string> EnumOf(JsonObject properties, string list, string inner, string name) =>
        properties[list]!["items"]!["properties"]![inner]!["items"]!["properties"]![name]!["enum"]!.AsArray().Select(e => e!.GetValue<string>());

    private static string FindExamples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LatihanAsn.Domain.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory.ShouldNotBeNull().FullName, "samples", "LatihanAsn.Lampung", "examples");
    }

    private static JsonObject Course(JsonObject json, int i) => json["courses"]![i]!.AsObject();

    private static JsonObject Employee(JsonObject json, int i) => json["employees"]![i]!.AsObject();

    private static JsonObject Need(JsonObject json, int i) => json["needs"]![i]!.AsObject();

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>Writes a changed copy of the example, indented, so that every value has a line and column of its own.</summary>
    private string Mutate(string name, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        change(json);
        return _directory.Write(name, json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
