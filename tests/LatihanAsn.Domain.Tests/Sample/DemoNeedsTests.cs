using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Lampung.Seeding;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The demo's needs step, on a small population (as <see cref="DemoTests"/>), and the needs data it plans.</summary>
public sealed class DemoNeedsTests : IDisposable
{
    private const string Employees = "150";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_demo_prints_the_needs_sections_in_the_UI_language()
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        try
        {
            var (code, stdout, stderr) = await CliTests.Run("--db", _directory.File("en.db"), "--employees", Employees);

            (code, stderr).ShouldBe((0, string.Empty));
            stdout.ShouldContain("Needs analysis through the mediator: ");
            stdout.ShouldContain("Survey priorities, Borich and Locus for Focus side by side");
            stdout.ShouldContain("Borich rank");
            stdout.ShouldContain("Combined rank");
            stdout.ShouldContain("Employees' proposals");
            stdout.ShouldContain("Needs register by region with the survey (top 10 of ");
            stdout.ShouldContain("JP shortfall by region, 2025 (20 JP owed to each employee; jp-conversion/lan-nonklasikal-2020@1)");
            stdout.ShouldContain("Lampung Province");
            foreach (var competency in Permenpanrb38Of2017.Competencies)
            {
                stdout.ShouldContain($"{competency.Code} {competency.Name}");
            }

            stdout.IndexOf("Largest gaps by region", StringComparison.Ordinal).ShouldBeLessThan(stdout.IndexOf("Needs analysis through the mediator", StringComparison.Ordinal));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Fact]
    public async Task The_demo_as_JSON_has_consistent_needs_sections_and_is_the_same_for_the_same_seed()
    {
        var first = await CliTests.Run("--db", _directory.File("a.db"), "--employees", Employees, "--seed", "5", "--format", "json");
        var second = await CliTests.Run("--format", "json", "--seed", "5", "--employees", Employees, "--db", _directory.File("b.db"));

        (first.Code, first.Stderr).ShouldBe((0, string.Empty));
        Stable(second.Stdout).ShouldBe(Stable(first.Stdout));

        using var json = JsonDocument.Parse(first.Stdout);
        var needs = json.RootElement.GetProperty("needs");
        var recorded = needs.GetProperty("recorded");
        var respondents = recorded.GetProperty("respondents").GetInt32();
        respondents.ShouldBeGreaterThan(0);
        recorded.GetProperty("submissions").GetInt32().ShouldBe(respondents + recorded.GetProperty("replaced").GetInt32());
        recorded.GetProperty("blankRatings").GetInt32().ShouldBeGreaterThan(0);
        recorded.GetProperty("learningActivities").GetInt32().ShouldBeGreaterThan(0);
        recorded.GetProperty("positionsToBeHeld").GetInt32().ShouldBeGreaterThan(0);
        recorded.GetProperty("appraisals").GetInt32().ShouldBeGreaterThan(0);

        var survey = needs.GetProperty("survey");
        survey.GetProperty("respondents").GetInt32().ShouldBe(respondents);
        survey.GetProperty("suppressed").GetBoolean().ShouldBeFalse();
        var priorities = survey.GetProperty("priorities").EnumerateArray().ToList();
        priorities.Select(p => p.GetProperty("competency").GetString()).Order(StringComparer.Ordinal)
            .ShouldBe(Permenpanrb38Of2017.Competencies.Select(c => c.Code.Value).Order(StringComparer.Ordinal));
        priorities.Select(p => p.GetProperty("combinedRank").GetInt32()).ShouldBe(priorities.Select(p => p.GetProperty("combinedRank").GetInt32()).Order());
        foreach (var p in priorities)
        {
            var importance = p.GetProperty("meanImportance").GetDecimal();
            var competence = p.GetProperty("meanCompetence").GetDecimal();
            p.GetProperty("mwds").GetDecimal().ShouldBe(importance * (importance - competence), 0.0000000001m);
            p.GetProperty("meanDiscrepancy").GetDecimal().ShouldBe(importance - competence, 0.0000000001m);
            p.GetProperty("quadrant").GetString().ShouldBeOneOf("HH", "HL", "LH", "LL");
            p.GetProperty("n").GetInt64().ShouldBeLessThanOrEqualTo(respondents);
        }

        var byMwds = priorities.OrderByDescending(p => p.GetProperty("mwds").GetDecimal()).Select(p => p.GetProperty("borichRank").GetInt32()).ToList();
        byMwds.ShouldBe(byMwds.Order());
        survey.GetProperty("proposals").GetArrayLength().ShouldBeGreaterThan(0);

        var register = needs.GetProperty("register");
        register.GetProperty("dimension").GetString().ShouldBe("Region");
        register.GetProperty("surveyRespondents").GetInt32().ShouldBe(respondents);
        var top = register.GetProperty("top").EnumerateArray().ToList();
        top.Count.ShouldBe(Math.Min(10, register.GetProperty("lines").GetInt32()));
        var scores = top.Select(l => l.GetProperty("score").GetDecimal()).ToList();
        scores.ShouldBe(scores.OrderDescending());
        top.ShouldAllBe(l => l.GetProperty("explanation").GetString()!.Length > 0 && LampungRegions.Find(l.GetProperty("group").GetString()!) != null);

        var hours = needs.GetProperty("learningHours");
        hours.GetProperty("year").GetInt32().ShouldBe(2025);
        hours.GetProperty("requiredJp").GetDecimal().ShouldBe(20m);
        var province = hours.GetProperty("province");
        province.GetProperty("employees").GetInt32().ShouldBe(150);
        var regions = hours.GetProperty("regions").EnumerateArray().ToList();
        regions.Sum(r => r.GetProperty("employees").GetInt32()).ShouldBe(150);
        regions.Sum(r => r.GetProperty("below").GetInt32()).ShouldBe(province.GetProperty("below").GetInt32());
        regions.ShouldAllBe(r => r.GetProperty("compliant").GetInt32() + r.GetProperty("below").GetInt32() == r.GetProperty("employees").GetInt32());
        regions.Sum(r => r.GetProperty("shortfallJp").GetDecimal()).ShouldBe(province.GetProperty("shortfallJp").GetDecimal(), 0.00000000000000000001m);
        province.GetProperty("below").GetInt32().ShouldBeGreaterThan(0);
        province.GetProperty("compliant").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_default_needs_plan_is_realistic()
    {
        var plan = DemoPlan.Generate(DemoPlan.DefaultSeed, DemoPlan.DefaultEmployees);
        var needs = plan.Needs;

        var respondents = needs.Responses.Select(r => r.Employee).Distinct().Count();
        respondents.ShouldBeInRange(plan.Employees.Count / 4, plan.Employees.Count * 35 / 100);
        (needs.Responses.Count - respondents).ShouldBeGreaterThan(0); // some answer twice: the second replaces the first
        needs.Responses.SelectMany(r => r.Answers).Select(a => a.Importance).OfType<int>().Concat(needs.Responses.SelectMany(r => r.Answers).Select(a => a.Competence).OfType<int>())
            .ShouldAllBe(rating => rating >= 1 && rating <= 5);
        needs.Responses.ShouldAllBe(r => r.Answers.Count == 9);
        needs.Responses.SelectMany(r => r.Answers).Count(a => a.Importance is null || a.Competence is null).ShouldBeGreaterThan(0);
        var proposals = needs.Responses.SelectMany(r => r.Proposals).ToList();
        proposals.ShouldContain(p => p.Competency != null);
        proposals.ShouldContain(p => p.Competency == null);

        // Importance is highest for public service, communication and decision making.
        var importance = needs.Responses.SelectMany(r => r.Answers).Where(a => a.Importance.HasValue)
            .GroupBy(a => a.Competency).ToDictionary(g => g.Key, g => g.Average(a => a.Importance!.Value));
        importance.OrderByDescending(i => i.Value).Take(3).Select(i => i.Key).Order(StringComparer.Ordinal).ShouldBe(["M.03", "M.05", "M.08"]);

        // The JP of each employee: a realistic share below 20 JP, more of them in the remote regencies.
        var rules = JpConversionRuleSet.Default;
        var minutes = new decimal[plan.Employees.Count];
        foreach (var a in needs.Learning)
        {
            a.Date.Year.ShouldBe(DemoPlan.AsOf.Year);
            minutes[a.Employee] += rules.CreditMinutes(new LearningActivity(a.Form, a.Minutes, a.Days, a.DeclaredJp, a.International));
        }

        needs.Learning.Select(a => a.Form).Distinct().Count().ShouldBeGreaterThanOrEqualTo(5);
        bool Remote(int e) => LampungCatalogue.RemoteRegions.Contains(plan.Positions[plan.Employees[e].Position].RegionCode);
        decimal BelowShare(IEnumerable<int> group)
        {
            var list = group.ToList();
            return (decimal)list.Count(e => rules.ToJp(minutes[e]) < rules.RequiredJpPerYear) / list.Count;
        }

        var all = Enumerable.Range(0, plan.Employees.Count).ToList();
        BelowShare(all).ShouldBeInRange(0.35m, 0.75m);
        BelowShare(all.Where(Remote)).ShouldBeGreaterThan(BelowShare(all.Where(e => !Remote(e))) + 0.1m);

        needs.Promotions.Count.ShouldBeGreaterThan(0);
        needs.Promotions.ShouldAllBe(p => plan.Positions[p.Position].OpdCode == plan.Positions[plan.Employees[p.Employee].Position].OpdCode
            && plan.Positions[p.Position].Kind != plan.Positions[plan.Employees[p.Employee].Position].Kind);
        needs.Appraisals.ShouldContain(a => a.Result < a.Target);
        needs.Appraisals.ShouldContain(a => a.Result >= a.Target);
    }

    /// <summary>The demo's JSON without what changes from run to run: the elapsed time and the database path.</summary>
    private static string Stable(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("elapsedMilliseconds");
        node.Remove("phases"); // times and allocations, which vary from run to run
        node.Remove("database");
        return node.ToJsonString();
    }
}
