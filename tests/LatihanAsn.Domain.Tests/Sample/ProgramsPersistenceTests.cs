using System.Text.Json;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Lampung.Commands;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>The programs aggregates through the sample's EF Core mapping on a SQLite file: what is saved is what is loaded.</summary>
public sealed class ProgramsPersistenceTests : IDisposable
{
    private const string Bpsdm = "PROV-BPSDM";
    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;

    public ProgramsPersistenceTests() => _database = SqliteDatabase.Recreate(_directory.File("programs.db"));

    public void Dispose()
    {
        _database.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task Courses_and_region_reach_survive_a_round_trip_with_their_steps_prerequisites_offerings_and_trips()
    {
        var example = ComposeInput.Read(ComposeCommandTests.Example).Problem;
        var advanced = Course.Define(CourseId.New(), "PLY-02", "Pengelolaan Pengaduan Pelayanan Publik", OrganiserKind.Lan, "LAN RI", 20.5m, null,
            [new CompetencyStep(Permenpanrb38Of2017.PelayananPublik, ProficiencyLevel.Menengah, ProficiencyLevel.Ahli, 2)],
            [new Prerequisite(Competency: Permenpanrb38Of2017.Komunikasi, MinimumLevel: ProficiencyLevel.Menengah), new Prerequisite(example.Courses[0].Id)],
            [new DeliveryOffering(DeliveryMode.Blended, 30_000_000.5m, 2_000_000m, 15, 30, LampungReach.BpsdmCentre, false, 0m, 8, 19, LearningForm.Pelatihan)]);
        advanced.Withdraw();
        Course[] courses = [.. example.Courses, advanced];
        var reach = LampungReach.Create();
        foreach (var aggregate in courses.Concat<IAggregateRoot>(reach))
        {
            aggregate.ClearDomainEvents();
        }

        using (var context = _database.CreateContext())
        {
            await new EfRepository<Course>(context).AddRangeAsync(courses);
            await new EfRepository<RegionReach>(context).AddRangeAsync(reach);
            await context.CommitAsync();
        }

        using var fresh = _database.CreateContext();
        var loaded = await new EfRepository<Course>(fresh).ListAsync(new CoursesSpec());
        loaded.Select(c => c.Code).ShouldBe(["KOM-01", "KON-01", "PLY-01", "PLY-02"]);
        loaded.Select(Snapshot).ShouldBe(courses.OrderBy(c => c.Code, StringComparer.Ordinal).Select(Snapshot));
        loaded.Single(c => c.Code == "KON-01").Prerequisites.Single().Course.ShouldBe(example.Courses.Single(c => c.Code == "KOM-01").Id);
        (await new EfRepository<Course>(fresh).ListAsync(new CoursesSpec(activeOnly: true))).Select(c => c.Code).ShouldNotContain("PLY-02");
        var regions = await new EfRepository<RegionReach>(fresh).ListAsync(new RegionReachSpec());
        regions.Select(Snapshot).ShouldBe(reach.OrderBy(r => r.RegionCode, StringComparer.Ordinal).Select(Snapshot));
        Unchanged(fresh);
    }

    [Fact]
    public async Task A_composed_submitted_and_approved_plan_survives_with_its_lines_totals_and_unmet_needs()
    {
        var input = ComposeInput.Read(ComposeCommandTests.Example);
        var problem = input.Problem;
        var composition = new CompositionPolicy().Compose(problem, CompositionMethod.Exact);
        var opd = Opd.Register(OpdId.New(), Bpsdm, "Badan Pengembangan Sumber Daya Manusia Provinsi Lampung", LampungRegions.BandarLampung.Code);
        var draft = TrainingPlan.Compose(TrainingPlanId.New(), "Rencana Pengembangan Kompetensi", 2027, opd.RegionCode, opd.OpdCode, (null, null, null), problem.Budget, composition, problem.Courses.ToArray(), TestHost.Now);
        opd.ClearDomainEvents();
        draft.ClearDomainEvents();
        composition.Runs.Count.ShouldBeGreaterThan(2);
        composition.Unmet.ShouldNotBeEmpty();
        composition.Totals.JpByMode.Count.ShouldBeGreaterThan(1);

        using (var context = _database.CreateContext())
        {
            await new EfRepository<Opd>(context).AddAsync(opd);
            await new EfRepository<TrainingPlan>(context).AddAsync(draft);
            await context.CommitAsync();
        }

        // The workflow on loaded copies, each step saved by the repository.
        using (var context = _database.CreateContext())
        {
            var plans = new EfRepository<TrainingPlan>(context);
            var plan = (await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(CallerScope.Province, draft.Id)))!;
            plan.Submit();
            (await plans.UpdateAsync(plan)).ShouldBe(1);
            await context.CommitAsync();
        }

        using (var context = _database.CreateContext())
        {
            var plans = new EfRepository<TrainingPlan>(context);
            var plan = (await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(CallerScope.Province, draft.Id)))!;
            plan.Status.ShouldBe(PlanStatus.Submitted);
            plan.Approve("Kepala BPSDM Provinsi Lampung");
            (await plans.UpdateAsync(plan)).ShouldBe(1);
            await context.CommitAsync();
        }

        draft.Submit();
        draft.Approve("Kepala BPSDM Provinsi Lampung");
        draft.ClearDomainEvents();
        using var fresh = _database.CreateContext();
        var loaded = (await new EfRepository<TrainingPlan>(fresh).GetByIdAsync(draft.Id))!;
        loaded.AggregateVersion.ShouldBe(3); // added, submitted, approved: each commit advanced the version
        draft.SetAggregateVersion(3);
        Snapshot(loaded).ShouldBe(Snapshot(draft));
        (loaded.Status, loaded.ApprovedBy, loaded.Version, loaded.ProvenOptimal, loaded.Method).ShouldBe((PlanStatus.Approved, "Kepala BPSDM Provinsi Lampung", 1, true, CompositionMethod.Exact));
        loaded.Objective.ShouldBe(composition.Objective);
        loaded.ComposedAt.ShouldBe(TestHost.Now);

        // Lines: one per run, with the art. 207 fields and the participants in order.
        loaded.Lines.Count.ShouldBe(composition.Runs.Count);
        for (var i = 0; i < loaded.Lines.Count; i++)
        {
            var (line, run) = (loaded.Lines[i], composition.Runs[i]);
            (line.Number, line.CourseId, line.Mode, line.Place, line.Start, line.End, line.Jp, line.LevelsClosed).ShouldBe((i + 1, run.CourseId, run.Mode, run.Place, run.Start, run.End, run.Jp, run.LevelsClosed));
            line.TargetEmployees.ShouldBe(run.Participants);
            line.Competencies.ShouldBe(run.Competencies);
            line.Cost.ShouldBe(run.Cost);
            line.Why.ShouldBe(run.Why);
        }

        // Totals: the JP by mode is a dictionary keyed by an enum, in a JSON column.
        loaded.Totals.JpByMode.ShouldBe(composition.Totals.JpByMode);
        (loaded.Totals with { JpByMode = composition.Totals.JpByMode }).ShouldBe(composition.Totals);
        loaded.Unmet.ShouldBe(draft.Unmet);
        loaded.Unmet.Sum(u => u.Needs).ShouldBe(composition.Unmet.Count);
        loaded.Diagnostics.ShouldBe(composition.Diagnostics);
        Unchanged(fresh);
    }

    [Fact]
    public async Task A_revision_refers_to_the_version_it_revises_and_a_plan_needs_its_owner_OPD()
    {
        var problem = ComposeInput.Read(ComposeCommandTests.Example).Problem;
        var composition = new CompositionPolicy().Compose(problem);
        var opd = Opd.Register(OpdId.New(), Bpsdm, "BPSDM Provinsi Lampung", LampungRegions.BandarLampung.Code);
        var approved = TrainingPlan.Compose(TrainingPlanId.New(), "Rencana", 2027, opd.RegionCode, opd.OpdCode, (null, null, null), problem.Budget, composition, problem.Courses.ToArray(), TestHost.Now);
        approved.Submit();
        approved.Approve("Sekretaris Daerah");
        var revision = approved.Revise(TrainingPlanId.New(), TestHost.Now.AddDays(1));
        var orphan = TrainingPlan.Compose(TrainingPlanId.New(), "Tanpa OPD", 2027, "1871", "PROV-TIDAK-ADA", (null, null, null), problem.Budget, composition, problem.Courses.ToArray(), TestHost.Now);

        using (var context = _database.CreateContext())
        {
            await new EfRepository<Opd>(context).AddAsync(opd);
            await new EfRepository<TrainingPlan>(context).AddRangeAsync([approved, revision]);
            await context.CommitAsync();
        }

        using (var fresh = _database.CreateContext())
        {
            var versions = await new EfRepository<TrainingPlan>(fresh).ListAsync(new TrainingPlansSpec(CallerScope.Province, 2027));
            versions.Select(p => (p.Version, p.Revises, p.Status)).ShouldBe([(1, (TrainingPlanId?)null, PlanStatus.Approved), (2, approved.Id, PlanStatus.Draft)]);
            Snapshot(versions[1].Lines).ShouldBe(Snapshot(versions[0].Lines));
        }

        using var context2 = _database.CreateContext();
        await new EfRepository<TrainingPlan>(context2).AddAsync(orphan);
        await Should.ThrowAsync<DbUpdateException>(() => context2.CommitAsync());
    }

    private static void Unchanged(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        context.ChangeTracker.HasChanges().ShouldBeFalse(); // loading alone marks nothing modified: the value comparers agree
    }

    /// <summary>Every public property, deeply, as JSON: two aggregates with the same snapshot hold the same state.</summary>
    private static string Snapshot<T>(T aggregate) => JsonSerializer.Serialize(aggregate);
}
