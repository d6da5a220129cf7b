using System.Text.Json;
using System.Text.Json.Nodes;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>
/// The demo's follow-up step and the <c>followup due</c> command, on a small population run once for the class
/// (the demo takes seconds).
/// </summary>
public sealed class DemoFollowUpFixture : IDisposable
{
    private readonly TempDirectory _directory = new();

    public DemoFollowUpFixture()
    {
        Database = _directory.File("cycle.db");
        using var culture = new CultureScope("en-GB");
        var (code, stdout, stderr) = CliTests.Run("--db", Database, "--employees", "300", "--seed", "11", "--format", "json").GetAwaiter().GetResult();
        (code, stderr).ShouldBe((0, string.Empty));
        Json = stdout;
    }

    public string Database { get; }

    public string Json { get; }

    public void Dispose() => _directory.Dispose();
}

public sealed class DemoFollowUpTests(DemoFollowUpFixture demo) : IClassFixture<DemoFollowUpFixture>
{
    private static decimal Sum(JsonElement array, string property) => array.EnumerateArray().Sum(e => e.GetProperty(property).GetDecimal());

    [Fact]
    public void The_year_adds_up_runs_enrolment_completion_credit_and_evidence()
    {
        using var json = JsonDocument.Parse(demo.Json);
        var root = json.RootElement;
        var f = root.GetProperty("followUp");
        var r = f.GetProperty("recorded");
        int N(string name) => r.GetProperty(name).GetInt32();

        f.GetProperty("year").GetInt32().ShouldBe(2026);
        N("runsScheduled").ShouldBe(root.GetProperty("composition").GetProperty("totals").GetProperty("runs").GetInt32());
        (N("runsHeld") + N("runsCancelled")).ShouldBe(N("runsScheduled"));
        N("runsHeld").ShouldBeGreaterThan(0);
        (N("completed") + N("notCompleted")).ShouldBe((int)Sum(f.GetProperty("byMode"), "confirmed"));
        N("completed").ShouldBeGreaterThan(N("notCompleted"));
        N("ledgersCredited").ShouldBe(N("completed"));
        N("creditedAgain").ShouldBe(0);
        r.GetProperty("jpCredited").GetDecimal().ShouldBe(Sum(f.GetProperty("byMode"), "jpCredited"));
        N("certificates").ShouldBe((int)Sum(f.GetProperty("byMode"), "certificates"));
        N("certificates").ShouldBeLessThanOrEqualTo(N("completed"));
        (N("evidenceConfirmed") + N("evidenceRejected")).ShouldBe(N("evidence"));
        N("evidenceConfirmed").ShouldBeGreaterThan(0);
        N("promoted").ShouldBeLessThanOrEqualTo(N("waitListed"));
        N("mentoringCompleted").ShouldBeLessThanOrEqualTo(N("mentoringPlans"));
        N("actionPlansSignedOff").ShouldBeLessThanOrEqualTo(N("actionPlans"));
        N("milestonesCompleted").ShouldBeLessThanOrEqualTo(2 * N("actionPlans"));
    }

    [Fact]
    public void The_start_of_the_year_is_what_the_earlier_steps_reported_and_gaps_only_shrink()
    {
        using var json = JsonDocument.Parse(demo.Json);
        var root = json.RootElement;
        var f = root.GetProperty("followUp");

        // JPM before = the province's distribution the demo printed first (as of 2025-12-31).
        var before = f.GetProperty("jpm").EnumerateArray().Select(b => (b.GetProperty("band").GetString(), b.GetProperty("before").GetInt32())).ToArray();
        before.ShouldBe(root.GetProperty("province").GetProperty("bands").EnumerateArray().Select(b => (b.GetProperty("band").GetString(), b.GetProperty("count").GetInt32())));
        f.GetProperty("jpm").EnumerateArray().Sum(b => b.GetProperty("after").GetInt32()).ShouldBe(before.Sum(b => b.Item2));

        // 20 JP before = the needs step's 2025 compliance; after = 2026, earned only from the plan's runs.
        var compliance = f.GetProperty("compliance").EnumerateArray().ToArray();
        compliance.Select(c => c.GetProperty("year").GetInt32()).ShouldBe([2025, 2026]);
        compliance[0].GetProperty("compliant").GetInt32().ShouldBe(root.GetProperty("needs").GetProperty("learningHours").GetProperty("province").GetProperty("compliant").GetInt32());
        compliance[1].GetProperty("compliant").GetInt32().ShouldBeGreaterThan(0);

        // Confirmed evidence only raises levels: no competency's mean shortfall or red count grows.
        foreach (var g in f.GetProperty("gaps").EnumerateArray())
        {
            if (g.GetProperty("shortfallBefore").ValueKind == JsonValueKind.Number)
            {
                g.GetProperty("shortfallAfter").GetDecimal().ShouldBeLessThanOrEqualTo(g.GetProperty("shortfallBefore").GetDecimal());
            }

            g.GetProperty("redAfter").GetInt32().ShouldBeLessThanOrEqualTo(g.GetProperty("redBefore").GetInt32());
        }

        f.GetProperty("gaps").EnumerateArray().Sum(g => g.GetProperty("amberAfter").GetInt32() + g.GetProperty("redAfter").GetInt32())
            .ShouldBeLessThan(f.GetProperty("gaps").EnumerateArray().Sum(g => g.GetProperty("amberBefore").GetInt32() + g.GetProperty("redBefore").GetInt32()));
    }

    [Fact]
    public void What_is_due_in_mid_october_lists_the_late_in_the_year_jp_warnings_by_kind()
    {
        using var json = JsonDocument.Parse(demo.Json);
        var due = json.RootElement.GetProperty("followUp").GetProperty("due");

        due.GetProperty("asOf").GetString().ShouldBe("2026-10-15");
        due.GetProperty("items").GetInt32().ShouldBe((int)Sum(due.GetProperty("byKind"), "items"));
        due.GetProperty("byKind").EnumerateArray().ShouldContain(k => k.GetProperty("kind").GetString() == "below 20 JP");
        due.GetProperty("first").EnumerateArray().ShouldAllBe(i => i.GetProperty("kind").GetString() != "below 20 JP");
    }

    [Fact]
    public async Task Followup_due_reads_the_demos_database_for_a_day_and_a_region()
    {
        using var culture = new CultureScope("en-GB");

        var all = await CliTests.Run("followup", "due", "--as-of", "2026-10-15", "--db", demo.Database, "--format", "json");
        var pesisir = await CliTests.Run("followup", "due", "--as-of", "2026-10-15", "--region", "pesisir barat", "--db", demo.Database, "--format", "json");
        var byCode = await CliTests.Run("followup", "due", "--as-of", "2026-10-15", "--region", "1813", "--db", demo.Database, "--format", "json");
        byCode.Stdout.ShouldBe(pesisir.Stdout);
        var table = await CliTests.Run("followup", "due", "--as-of", "2026-10-15", "--region", "Kabupaten Pesisir Barat", "--db", demo.Database);
        var september = await CliTests.Run("followup", "due", "--as-of", "2026-09-30", "--db", demo.Database, "--format", "json");

        (all.Code, all.Stderr, pesisir.Code, table.Code, september.Code).ShouldBe((0, string.Empty, 0, 0, 0));
        var every = JsonNode.Parse(all.Stdout)!;
        var region = JsonNode.Parse(pesisir.Stdout)!;
        region["region"]!.GetValue<string>().ShouldBe("Pesisir Barat");
        var regionRows = region["rows"]!.AsArray();
        regionRows.ShouldNotBeEmpty();
        regionRows.ShouldAllBe(r => r!["regionCode"]!.GetValue<string>() == "1813");
        every["rows"]!.AsArray().Count(r => r!["regionCode"]!.GetValue<string>() == "1813").ShouldBe(regionRows.Count);
        every["items"]!.GetValue<int>().ShouldBe(every["rows"]!.AsArray().Count);
        every["rows"]!.AsArray().Select(r => r!["dueOn"]!.GetValue<string>()).ShouldBeInOrder();
        table.Stdout.ShouldStartWith($"What needs attention on 2026-10-15 (next 7 days), Pesisir Barat: {regionRows.Count} items");
        JsonNode.Parse(september.Stdout)!["rows"]!.AsArray().ShouldNotContain(r => r!["kind"]!.GetValue<string>() == "below 20 JP");
    }

    [Theory]
    [InlineData("followup", "due")]
    [InlineData("followup", "due", "--as-of", "15-10-2026")]
    [InlineData("followup", "due", "--as-of", "2026-10-15", "--region", "Atlantis")]
    [InlineData("followup", "due", "--as-of", "2026-10-15", "--horizon", "400")]
    public async Task Bad_followup_due_command_lines_exit_with_2_and_say_why(params string[] args)
    {
        using var culture = new CultureScope("en-GB");

        var (code, stdout, stderr) = await CliTests.Run([.. args, "--db", demo.Database]);

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Followup_due_without_a_database_says_to_run_the_demo_first()
    {
        using var culture = new CultureScope("en-GB");
        using var directory = new TempDirectory();

        var (code, stdout, stderr) = await CliTests.Run("followup", "due", "--as-of", "2026-10-15", "--db", directory.File("none.db"));

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldContain("no such database; run the demo first.");
    }
}
