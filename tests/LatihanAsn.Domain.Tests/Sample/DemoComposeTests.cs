using System.Text.Json;
using System.Text.Json.Nodes;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Lampung.Commands;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Seeding;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The demo's composition step, on a small population (as <see cref="DemoTests"/>), and the catalogue it defines.</summary>
public sealed class DemoComposeTests : IDisposable
{
    private const string Employees = "150";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_demo_prints_the_composition_step_after_the_needs_step_in_the_UI_language()
    {
        using var culture = new CultureScope("en-GB");

        var (code, stdout, stderr) = await CliTests.Run("--db", _directory.File("en.db"), "--employees", Employees);

        (code, stderr).ShouldBe((0, string.Empty));
        string[] sections =
        [
            "JP shortfall by region, 2025",
            "Program composition through the mediator: reach of 15 regions to BPSDM-LAMPUNG (SetRegionReach), 13 courses (DefineCourse), then ComposeTrainingPlan for the province, year 2026, budget Rp 2,500,000,000, with the needs survey; composed as of 2025-12-31",
            "Course catalogue",
            "Rencana Pengembangan Kompetensi ASN Provinsi Lampung 2026: ",
            "Plan by mode",
            "Plan by the participants' region",
            "Example runs and why they are in the plan",
            "Needs left open, by reason",
            "Approval workflow: TrainingPlanComposed -> TrainingPlanSubmitted -> TrainingPlanApproved; approved by Sekretaris Daerah Provinsi Lampung",
            "Read back from the database: Rencana Pengembangan Kompetensi ASN Provinsi Lampung 2026 version 1 (Approved): ",
        ];
        var at = sections.Select(s => stdout.IndexOf(s, StringComparison.Ordinal)).ToArray();
        at.ShouldAllBe(i => i >= 0);
        at.ShouldBe(at.Order());
        stdout.ShouldContain("Closes ");
        foreach (var course in ProgramsCatalogue.Courses)
        {
            stdout.ShouldContain($"{course.Code}  {course.Details.Title}");
        }
    }

    [Fact]
    public async Task The_composition_section_is_consistent_and_the_same_for_the_same_seed()
    {
        using var culture = new CultureScope("id-ID");
        var first = await CliTests.Run("--db", _directory.File("a.db"), "--employees", Employees, "--seed", "3", "--format", "json");
        var second = await CliTests.Run("--format", "json", "--seed", "3", "--employees", Employees, "--db", _directory.File("b.db"));

        (first.Code, first.Stderr).ShouldBe((0, string.Empty));
        var section = JsonNode.Parse(first.Stdout)!["composition"]!;
        section.ToJsonString().ShouldBe(JsonNode.Parse(second.Stdout)!["composition"]!.ToJsonString());

        using var json = JsonDocument.Parse(first.Stdout);
        var c = json.RootElement.GetProperty("composition");
        c.GetProperty("year").GetInt32().ShouldBe(2026);
        c.GetProperty("budget").GetDecimal().ShouldBe(2_500_000_000m);
        c.GetProperty("composedOn").GetString().ShouldBe("2025-12-31");
        c.GetProperty("regionsReached").GetInt32().ShouldBe(15);
        c.GetProperty("catalogue").GetArrayLength().ShouldBe(ProgramsCatalogue.Courses.Count);
        c.GetProperty("method").GetString().ShouldBe("Heuristic");

        var totals = c.GetProperty("totals");
        var cost = totals.GetProperty("cost").GetProperty("total").GetDecimal();
        cost.ShouldBeGreaterThan(0m);
        cost.ShouldBeLessThanOrEqualTo(2_500_000_000m);
        var runs = c.GetProperty("runs").EnumerateArray().ToList();
        runs.Count.ShouldBe(totals.GetProperty("runs").GetInt32());
        runs.Sum(r => r.GetProperty("cost").GetProperty("total").GetDecimal()).ShouldBe(cost);
        runs.ShouldAllBe(r => r.GetProperty("why").GetString()!.StartsWith("Menutup ", StringComparison.Ordinal) && r.GetProperty("start").GetString()!.StartsWith("2026-", StringComparison.Ordinal));
        totals.GetProperty("employees").GetInt32().ShouldBe(150);
        totals.GetProperty("compliantBefore").GetInt32().ShouldBe(0); // nobody has earned 2026 JP on 31 December 2025
        totals.GetProperty("compliantAfter").GetInt32().ShouldBeGreaterThan(0);

        var byMode = c.GetProperty("byMode").EnumerateArray().ToList();
        byMode.Sum(m => m.GetProperty("runs").GetInt32()).ShouldBe(runs.Count);
        byMode.Sum(m => m.GetProperty("cost").GetDecimal()).ShouldBe(cost);
        byMode.Sum(m => m.GetProperty("seats").GetInt32()).ShouldBe(runs.Sum(r => r.GetProperty("participants").GetInt32()));
        byMode.Sum(m => m.GetProperty("jp").GetDecimal()).ShouldBe(totals.GetProperty("jpByMode").EnumerateObject().Sum(p => p.Value.GetDecimal()));

        var byRegion = c.GetProperty("byRegion").EnumerateArray().ToList();
        byRegion.Select(r => r.GetProperty("code").GetString()).ShouldBe(LampungRegions.All.Select(r => r.Code));
        byRegion.Sum(r => r.GetProperty("participants").GetInt32()).ShouldBe(totals.GetProperty("participants").GetInt32());
        byRegion.Sum(r => r.GetProperty("seatsByMode").EnumerateObject().Sum(p => p.Value.GetInt32())).ShouldBe(byMode.Sum(m => m.GetProperty("seats").GetInt32()));
        byRegion.Sum(r => r.GetProperty("cost").GetDecimal()).ShouldBe(cost, 0.000001m); // shares of a run divided by its seats

        var unmet = c.GetProperty("unmet").EnumerateArray().ToList();
        unmet.Sum(u => u.GetProperty("needs").GetInt32()).ShouldBe(totals.GetProperty("needs").GetInt32() - totals.GetProperty("needsClosed").GetInt32());
        unmet.Sum(u => u.GetProperty("levels").GetInt32()).ShouldBe(totals.GetProperty("levelsNeeded").GetInt32() - totals.GetProperty("levelsClosed").GetInt32());
        unmet.ShouldAllBe(u => Enum.IsDefined(Enum.Parse<UnmetReason>(u.GetProperty("reason").GetString()!))
            && u.GetProperty("competencies").EnumerateArray().Sum(x => x.GetProperty("needs").GetInt32()) == u.GetProperty("needs").GetInt32());

        var workflow = c.GetProperty("workflow");
        workflow.GetProperty("events").EnumerateArray().Select(e => e.GetString()).ShouldBe(["TrainingPlanComposed", "TrainingPlanSubmitted", "TrainingPlanApproved"]);
        workflow.GetProperty("status").GetString().ShouldBe("Approved");
        workflow.GetProperty("approvedBudget").GetDecimal().ShouldBe(cost);
        workflow.GetProperty("summary").GetString()!.ShouldContain($"{runs.Count} run untuk {totals.GetProperty("participants").GetInt32()} peserta");
    }

    [Fact]
    public void The_catalogue_covers_every_competency_of_the_2017_framework_with_realistic_offers()
    {
        var courses = ProgramsCatalogue.Courses;

        courses.Select(c => c.Code).Distinct().Count().ShouldBe(courses.Count);
        courses.SelectMany(c => c.Details.Develops.Select(d => d.Competency)).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(Permenpanrb38Of2017.Competencies.Select(c => c.Code.Value).Order(StringComparer.Ordinal));
        courses.Select(c => c.Details.Organiser).Distinct().Count().ShouldBe(3);
        var offerings = courses.SelectMany(c => c.Details.Offerings).ToList();
        offerings.Select(o => o.Mode).Distinct().Order().ShouldBe([DeliveryMode.Klasikal, DeliveryMode.ELearning, DeliveryMode.DistanceLearning, DeliveryMode.Blended, DeliveryMode.CoachingMentoring]);
        offerings.ShouldContain(o => o.AllowsRegionalCohorts);
        offerings.ShouldAllBe(o => o.CostPerRun >= 1_000_000m && o.CostPerRun <= 50_000_000m && o.CostPerParticipant >= 10_000m && o.CostPerParticipant <= 5_000_000m);
        courses.Where(c => c.Details.Prerequisites is { Count: > 0 }).ShouldHaveSingleItem().Details.Prerequisites!.Single().CourseCode.ShouldBe("KOM-01");
        courses.ShouldAllBe(c => c.Details.Jp >= 8m && c.Details.Jp <= 40m);
    }

    [Fact]
    public void The_step_plans_on_the_reporting_day_whatever_the_day_it_runs()
    {
        var clock = FixedClock.At(DemoPlan.AsOf);

        DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ShouldBe(DemoPlan.AsOf);
        clock.GetUtcNow().ShouldBe(new DateTimeOffset(2025, 12, 31, 2, 0, 0, TimeSpan.Zero));
        DemoCompose.Year.ShouldBe(DemoPlan.AsOf.Year + 1);
    }
}
