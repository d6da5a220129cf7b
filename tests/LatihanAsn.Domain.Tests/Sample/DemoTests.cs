using System.Globalization;
using System.Text.Json;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Lampung.Commands;
using LatihanAsn.Lampung.Seeding;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The demo on a small population (the seeding is the slow part), and the plan it seeds.</summary>
public sealed class DemoTests : IDisposable
{
    private const string Employees = "150";
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_demo_seeds_the_province_and_prints_every_section_the_same_way_for_the_same_seed()
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        try
        {
            var first = await CliTests.Run("--db", _directory.File("a.db"), "--seed", "7", "--employees", Employees);
            var second = await CliTests.Run("demo", "--db", _directory.File("b.db"), "--employees", Employees, "--seed", "7");

            (first.Code, first.Stderr).ShouldBe((0, string.Empty));
            first.Stdout.ShouldContain("Seed 7;");
            first.Stdout.ShouldContain("15 wilayah, 72 OPD, 680 jabatan, 150 pegawai");
            first.Stdout.ShouldContain("pita JPM: jpm-bands/brin-3-2023@1");
            first.Stdout.ShouldContain("Sebaran JPM provinsi");
            first.Stdout.ShouldContain("Sebaran JPM per wilayah");
            first.Stdout.ShouldContain("Kesenjangan terbesar per wilayah");
            first.Stdout.ShouldContain("Waktu: ");
            WithoutTimeAndDatabase(second.Stdout).ShouldBe(WithoutTimeAndDatabase(first.Stdout));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [Fact]
    public async Task The_demo_as_JSON_has_consistent_counts_and_unrounded_shares()
    {
        var (code, stdout, stderr) = await CliTests.Run("--db", _directory.File("demo.db"), "--employees", Employees, "--format", "json");

        (code, stderr).ShouldBe((0, string.Empty));
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        root.GetProperty("seed").GetInt32().ShouldBe(DemoPlan.DefaultSeed);
        root.GetProperty("asOf").GetString().ShouldBe("2025-12-31");
        root.GetProperty("jpmRuleSet").GetString().ShouldBe("jpm-bands/brin-3-2023@1");
        root.GetProperty("seeded").GetProperty("employees").GetInt32().ShouldBe(150);
        var province = root.GetProperty("province");
        Total(province).ShouldBe(150);
        province.GetProperty("bands").EnumerateArray().Sum(b => b.GetProperty("percent").GetDecimal()).ShouldBe(100m - province.GetProperty("undefined").GetProperty("percent").GetDecimal(), 0.0000001m);
        var regions = root.GetProperty("regions").EnumerateArray().ToList();
        regions.Where(r => !r.GetProperty("suppressed").GetBoolean()).Sum(Total).ShouldBeLessThanOrEqualTo(150);
        foreach (var region in root.GetProperty("largestGaps").EnumerateArray())
        {
            var shortfalls = region.GetProperty("largest").EnumerateArray().Select(c => c.GetProperty("meanShortfall").GetDecimal()).ToList();
            shortfalls.Count.ShouldBeLessThanOrEqualTo(3);
            shortfalls.ShouldBe(shortfalls.OrderDescending());
        }
    }

    [Fact]
    public async Task The_demo_never_replaces_a_file_that_is_not_a_SQLite_database()
    {
        var path = _directory.Write("catatan.txt", "bukan basis data");

        var (code, stdout, stderr) = await CliTests.Run("--db", path, "--employees", "5");

        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldStartWith($"{path}: ");
        File.ReadAllText(path).ShouldBe("bukan basis data");
    }

    [Fact]
    public async Task A_database_that_cannot_be_created_is_bad_input()
    {
        var path = _directory.File(Path.Combine("no-such-directory", "demo.db"));

        var (code, stdout, stderr) = await CliTests.Run("--db", path, "--employees", "5");

        (code, stdout).ShouldBe((2, string.Empty));
        stderr.ShouldStartWith($"{path}: ");
    }

    [Fact]
    public void The_default_database_is_in_the_system_temp_directory()
    {
        DemoSettings.DefaultDatabasePath.ShouldStartWith(Path.GetTempPath());
    }

    [Fact]
    public void The_plan_is_reproducible_from_its_seed()
    {
        JsonSerializer.Serialize(DemoPlan.Generate(11, 400)).ShouldBe(JsonSerializer.Serialize(DemoPlan.Generate(11, 400)));
        JsonSerializer.Serialize(DemoPlan.Generate(12, 400)).ShouldNotBe(JsonSerializer.Serialize(DemoPlan.Generate(11, 400)));
    }

    [Fact]
    public void The_default_plan_is_realistic()
    {
        var plan = DemoPlan.Generate(DemoPlan.DefaultSeed, DemoPlan.DefaultEmployees);

        plan.Employees.Count.ShouldBe(DemoPlan.DefaultEmployees);
        plan.Opds.Select(o => o.RegionCode).Distinct().Count().ShouldBe(15);
        plan.Positions.Select(p => p.Kind).Distinct().Count().ShouldBe(Enum.GetValues<PositionKind>().Length);
        plan.Positions.Where(p => p.Kind == PositionKind.Fungsional).ShouldAllBe(p => p.Requirements != null && p.Grade != null);
        plan.Positions.Where(p => p.Kind != PositionKind.Fungsional).ShouldAllBe(p => p.Requirements == null);
        plan.Employees.Select(e => e.Nip).Distinct().Count().ShouldBe(plan.Employees.Count);
        plan.Employees.All(e => Nip.TryParse(e.Nip, out _, out _)).ShouldBeTrue();
        plan.Employees.Select(e => Nip.Parse(e.Nip).Sex).Distinct().Count().ShouldBe(2);
        plan.Employees.Where(e => Nip.Parse(e.Nip).BirthDate > DemoPlan.AsOf.AddYears(-22)).ShouldBeEmpty();

        var assessed = plan.Assessments.Select(a => a.Employee).Distinct().Count();
        assessed.ShouldBeInRange(plan.Employees.Count * 8 / 10, plan.Employees.Count * 95 / 100);
        plan.Assessments.Count(a => a.Source is AssessmentSource.AssessmentCentre or AssessmentSource.Supervisor).ShouldBeGreaterThan(plan.Assessments.Count * 3 / 4);
        plan.Assessments.Count(a => a.Supersedes.HasValue).ShouldBeGreaterThan(0);
        plan.Assessments.ShouldAllBe(a => a.AssessedOn <= DemoPlan.AsOf && a.Levels.All(l => l.Level >= 1 && l.Level <= 5));
    }

    private static int Total(JsonElement group) =>
        group.GetProperty("bands").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()) + group.GetProperty("undefined").GetProperty("count").GetInt32();

    // Times (the total and the table of phases, whose seconds and allocations vary from run to run) and the database path.
    private static string WithoutTimeAndDatabase(string output) =>
        string.Join('\n', output.Split('\n')
            .TakeWhile(line => line.TrimEnd() is not ("Waktu per tahap" or "Time by phase"))
            .Where(line => !line.StartsWith("Waktu: ", StringComparison.Ordinal) && !line.StartsWith("Seed ", StringComparison.Ordinal)));
}
