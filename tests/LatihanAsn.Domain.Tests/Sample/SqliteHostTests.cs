using System.Text.Json;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>Notes, when an employee's registration is published, whether the employee is already in the database.</summary>
internal sealed class SavedBeforePublished(HostDatabase database, List<bool> seen) : INotificationHandler<EmployeeRegistered>
{
    public Task Handle(EmployeeRegistered notification, CancellationToken cancellationToken)
    {
        using var context = database.CreateContext();
        seen.Add(context.Set<Employee>().Any(e => e.Id == notification.EmployeeId));
        return Task.CompletedTask;
    }
}

/// <summary>The library's handlers through the real DI container of the sample host, on a SQLite file.</summary>
public sealed class SqliteHostTests : IDisposable
{
    private const string Metro = "1872";
    private const string Pesisir = "1813";
    private const string MetroOpd = "1872-DISKOMINFO";
    private const string PesisirOpd = "1813-DPMPTSP";

    private readonly TempDirectory _directory = new();
    private readonly SqliteDatabase _database;
    private readonly LampungHost _host;
    private readonly EventLog _events = new();
    private readonly List<bool> _savedBeforePublished = [];
    private readonly MutableScopeAccessor _scope = new();

    public SqliteHostTests()
    {
        _database = SqliteDatabase.Recreate(_directory.File("host.db"));
        _host = new LampungHost(_database, services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestHost.Now));
            services.AddSingleton<ICallerAccessor>(_scope);
            services.AddSingleton(_events);
            services.AddSingleton(_savedBeforePublished);
            services.AddTransient<INotificationHandler<EmployeeRegistered>, SavedBeforePublished>();
            foreach (var type in typeof(DomainEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
            {
                services.AddTransient(typeof(INotificationHandler<>).MakeGenericType(type), typeof(EventLogHandler<>).MakeGenericType(type));
            }
        });
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task Register_assess_profile_and_summarise_through_the_container_on_SQLite()
    {
        var (analyst, _) = await SeedAsync();
        var staff = new List<EmployeeId>();
        for (var i = 0; i < 6; i++)
        {
            staff.Add(await _host.SendAsync(new RegisterEmployee(Nips.Make(i), $"Pegawai {i}", EmploymentType.Pns, analyst)));
        }

        // Required M.01 2, M.03 3, M.05 2-3: levels 2, 2, 3 -> (2 + 2 + 2) / 7 = 85.71... % (Cukup Optimal).
        foreach (var id in staff)
        {
            await _host.SendAsync(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 3, 1), "UPT Penilaian Kompetensi", [new("M.01", 2), new("M.03", 2), new("M.05", 3)]));
        }

        var profile = await _host.SendAsync(new GetEmployeeProfile(staff[0]));
        var summary = await _host.SendAsync(new SummarisePopulation(PopulationDimension.Region));

        profile.Jpm!.Percent.ShouldBe(600m / 7);
        profile.Jpm.Band!.Name.ShouldBe("Cukup Optimal");
        profile.Gaps.Select(g => (g.Competency.Value, g.Gap)).ShouldBe([("M.01", 0), ("M.03", 1), ("M.05", -1)]);
        var metro = summary.Groups.ShouldHaveSingleItem();
        metro.Key.ShouldBe(Metro);
        metro.JpmDistribution.Single(b => b.Band == "Cukup Optimal").Count.ShouldBe(6);
        metro.Competencies.Single(c => c.Competency.Value == "M.03").Amber.ShouldBe(6);
    }

    [Fact]
    public async Task The_caller_scope_is_applied_by_the_database_query()
    {
        var (metroAnalyst, pesisirClerk) = await SeedAsync();
        var metroStaff = await _host.SendAsync(new RegisterEmployee(Nips.Make(1), "Pegawai Metro", EmploymentType.Pns, metroAnalyst));
        await _host.SendAsync(new RegisterEmployee(Nips.Make(2), "Pegawai Pesisir", EmploymentType.Pns, pesisirClerk));
        _scope.Current = CallerScope.ForRegion(Pesisir);

        var summary = await _host.SendAsync(new SummarisePopulation(PopulationDimension.Opd));

        summary.Groups.ShouldHaveSingleItem().Key.ShouldBe(PesisirOpd);
        await Should.ThrowAsync<NotFoundInScopeException>(() => _host.SendAsync(new GetEmployeeProfile(metroStaff)));
        await Should.ThrowAsync<ScopeViolationException>(() => _host.SendAsync(new SummarisePopulation(PopulationDimension.Region, RegionCode: Metro)));
    }

    [Fact]
    public async Task A_rejected_command_changes_nothing_in_the_database()
    {
        var (analyst, _) = await SeedAsync();
        var employee = await _host.SendAsync(new RegisterEmployee(Nips.Make(0), "Siti Aminah", EmploymentType.Pns, analyst));
        _events.Events.Clear();
        var before = await CountRowsAsync();

        await Should.ThrowAsync<RequestValidationException>(() => _host.SendAsync(new RegisterEmployee(Nips.Make(0), "Kembar", EmploymentType.Pns, analyst)));
        await Should.ThrowAsync<RequestValidationException>(() => _host.SendAsync(new DefinePosition("1872-DISKOMINFO-JF-01", "Duplikat", PositionKind.Pelaksana, null, MetroOpd)));
        await Should.ThrowAsync<RequestValidationException>(() => _host.SendAsync(new RecordAssessment(employee, AssessmentSource.Supervisor, new DateOnly(2030, 1, 1), "Atasan", [new("X.99", 7)])));
        _scope.Current = CallerScope.ForRegion(Metro);
        await Should.ThrowAsync<ScopeViolationException>(() => _host.SendAsync(new RegisterOpd("1813-DINKES", "Dinas Kesehatan Kabupaten Pesisir Barat", Pesisir)));

        (await CountRowsAsync()).ShouldBe(before);
        _events.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Events_are_published_after_the_save_and_never_when_the_save_fails()
    {
        var (analyst, _) = await SeedAsync();

        var saved = await _host.SendAsync(new RegisterEmployee(Nips.Make(0), "Siti Aminah", EmploymentType.Pns, analyst));

        _savedBeforePublished.ShouldBe([true]);
        _events.Events.OfType<EmployeeRegistered>().ShouldHaveSingleItem().EmployeeId.ShouldBe(saved);

        _events.Events.Clear();
        using (var context = _database.CreateContext())
        {
            await context.Database.ExecuteSqlRawAsync("CREATE TRIGGER refuse_employees BEFORE INSERT ON Employees BEGIN SELECT RAISE(ABORT, 'simulated store failure'); END;");
        }

        (await Should.ThrowAsync<UnexpectedFailureException>(() => _host.SendAsync(new RegisterEmployee(Nips.Make(1), "Budi Santoso", EmploymentType.Pns, analyst)))).InnerException.ShouldBeOfType<DbUpdateException>();

        _events.Events.ShouldBeEmpty();
        _savedBeforePublished.ShouldBe([true]);
        (await CountRowsAsync()).Employees.ShouldBe(1);
    }

    [Fact]
    public async Task A_transfer_moves_the_employee_and_their_assessments()
    {
        var (analyst, clerk) = await SeedAsync();
        var employee = await _host.SendAsync(new RegisterEmployee(Nips.Make(0), "Siti Aminah", EmploymentType.Pns, analyst));
        await _host.SendAsync(new RecordAssessment(employee, AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 3)]));

        await _host.SendAsync(new TransferEmployee(employee, clerk));

        using var context = _database.CreateContext();
        (await context.Set<Employee>().SingleAsync()).OpdCode.ShouldBe(PesisirOpd);
        (await context.Set<CompetencyAssessment>().SingleAsync()).RegionCode.ShouldBe(Pesisir);
    }

    [Fact]
    public async Task A_round_trip_through_the_database_preserves_every_aggregate_with_its_collections()
    {
        var now = TestHost.Now;
        var framework = CompetencyFramework.Define(FrameworkId.New(), "TEKNIS-UJI", "Kompetensi teknis uji", "Keputusan uji", new DateOnly(2020, 1, 1),
        [
            new CompetencyDefinition(CompetencyCode.From("T.01"), "Pengelolaan Data", CompetencyGroup.Teknis, "Mengelola data.",
                Enumerable.Range(1, 5).Select(l => new LevelDescriptor(ProficiencyLevel.From(l), $"Tingkat {l}", [$"Indikator {l}a", $"Indikator {l}b"])).ToArray()),
        ]);
        var opd = Opd.Register(OpdId.New(), MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", Metro);
        var position = Position.Define(PositionId.New(), "1872-DISKOMINFO-JF-01", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, MetroOpd, Metro,
            new PositionProfile("Mengelola sistem informasi", ["Ketersediaan layanan"], "Penata Muda (III/a)", "S-1 Informatika", ["Pelatihan Fungsional Pranata Komputer"], "2 tahun"));
        position.DefineStandard(new DateOnly(2024, 1, 1), null, [new(CompetencyCode.From("T.01"), ProficiencyLevel.Dasar)]);
        position.DefineStandard(new DateOnly(2025, 1, 1), null, [new(CompetencyCode.From("T.01"), ProficiencyLevel.Dasar, ProficiencyLevel.Menengah), new(Permenpanrb38Of2017.Integritas, ProficiencyLevel.Menengah)]);
        var employee = Employee.Register(EmployeeId.New(), Nip.Parse("19850315 201001 2 007"), "Siti Aminah, S.Kom.", EmploymentType.Pppk, position.Id, MetroOpd, Metro);
        var first = CompetencyAssessment.Record(AssessmentId.New(), employee, AssessmentSource.Test, new DateOnly(2025, 5, 2), "Uji kompetensi",
            [new(CompetencyCode.From("T.01"), ProficiencyLevel.Menengah), new(Permenpanrb38Of2017.Integritas, ProficiencyLevel.Dasar)], now, pending: true,
            [new EvidenceItem(now, "Hasil ujian", "UJI/2025/7")]);
        first.Confirm("Atasan langsung");
        var correction = CompetencyAssessment.Record(AssessmentId.New(), employee, AssessmentSource.Test, new DateOnly(2025, 5, 2), "Uji kompetensi", [new(CompetencyCode.From("T.01"), ProficiencyLevel.Mumpuni)], now.AddMinutes(5));
        first.Supersede(correction);
        IAggregateRoot[] all = [framework, opd, position, employee, first, correction];
        foreach (var aggregate in all)
        {
            aggregate.ClearDomainEvents();
        }

        using (var context = _database.CreateContext())
        {
            await new EfRepository<CompetencyFramework>(context).AddAsync(framework);
            await new EfRepository<Opd>(context).AddAsync(opd);
            await new EfRepository<Position>(context).AddAsync(position);
            await new EfRepository<Employee>(context).AddAsync(employee);
            await new EfRepository<CompetencyAssessment>(context).AddRangeAsync([correction, first]);
            await context.CommitAsync();
        }

        using var fresh = _database.CreateContext();
        Snapshot(await new EfRepository<CompetencyFramework>(fresh).GetByIdAsync(framework.Id)).ShouldBe(Snapshot(framework));
        Snapshot(await new EfRepository<Opd>(fresh).GetByIdAsync(opd.Id)).ShouldBe(Snapshot(opd));
        Snapshot(await new EfRepository<Position>(fresh).GetByIdAsync(position.Id)).ShouldBe(Snapshot(position));
        Snapshot(await new EfRepository<Employee>(fresh).GetByIdAsync(employee.Id)).ShouldBe(Snapshot(employee));
        Snapshot(await new EfRepository<CompetencyAssessment>(fresh).GetByIdAsync(first.Id)).ShouldBe(Snapshot(first));
        Snapshot(await new EfRepository<CompetencyAssessment>(fresh).GetByIdAsync(correction.Id)).ShouldBe(Snapshot(correction));
    }

    [Fact]
    public async Task Changes_made_in_place_to_the_collections_of_a_loaded_aggregate_are_saved()
    {
        var (analyst, _) = await SeedAsync();
        var employee = await _host.SendAsync(new RegisterEmployee(Nips.Make(0), "Siti Aminah", EmploymentType.Pns, analyst));
        var assessment = await _host.SendAsync(new RecordAssessment(employee, AssessmentSource.Supervisor, new DateOnly(2026, 2, 1), "Atasan", [new("M.01", 3)]));

        using (var context = _database.CreateContext())
        {
            var positions = new EfRepository<Position>(context);
            var assessments = new EfRepository<CompetencyAssessment>(context);
            context.ChangeTracker.HasChanges().ShouldBeFalse();
            var position = (await positions.FirstOrDefaultAsync(new PositionByIdSpec(CallerScope.Province, analyst)))!;
            var loaded = (await assessments.FirstOrDefaultAsync(new AssessmentByIdSpec(CallerScope.Province, assessment)))!;
            context.ChangeTracker.HasChanges().ShouldBeFalse(); // loading alone changes nothing

            position.DefineStandard(new DateOnly(2026, 1, 1), null, [new(Permenpanrb38Of2017.Integritas, ProficiencyLevel.Menengah)]);
            loaded.AddEvidence(new EvidenceItem(TestHost.Now, "Catatan observasi"));

            context.ChangeTracker.Entries().Count(e => e.State == EntityState.Modified).ShouldBe(2);
            await context.CommitAsync();
        }

        using var fresh = _database.CreateContext();
        var standards = (await fresh.Set<Position>().SingleAsync(p => p.Id == analyst)).Standards;
        standards.Select(s => (s.ValidFrom, s.ValidTo)).ShouldBe([(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31)), (new DateOnly(2026, 1, 1), (DateOnly?)null)]);
        (await fresh.Set<CompetencyAssessment>().SingleAsync()).Evidence.ShouldHaveSingleItem().Description.ShouldBe("Catatan observasi");
    }

    /// <summary>The 2017 framework, an OPD in Metro and one in Pesisir Barat, a functional analyst and a clerk position.</summary>
    private async Task<(PositionId MetroAnalyst, PositionId PesisirClerk)> SeedAsync()
    {
        await _host.SendAsync(new DefineFramework(Permenpanrb38Of2017.Code, Permenpanrb38Of2017.Name, Permenpanrb38Of2017.Source, Permenpanrb38Of2017.ValidFrom,
            Permenpanrb38Of2017.Competencies.Select(c => new CompetencyInput(c.Code.Value, c.Name, c.Group, c.Definition, c.Levels.Select(l => new LevelInput(l.Level.Value, l.Description)).ToArray())).ToArray()));
        await _host.SendAsync(new RegisterOpd(MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", Metro));
        await _host.SendAsync(new RegisterOpd(PesisirOpd, "DPMPTSP Kabupaten Pesisir Barat", Pesisir));
        var analyst = await _host.SendAsync(new DefinePosition("1872-DISKOMINFO-JF-01", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, MetroOpd));
        var clerk = await _host.SendAsync(new DefinePosition("1813-DPMPTSP-PLK-01", "Penata Layanan Operasional", PositionKind.Pelaksana, null, PesisirOpd));
        await _host.SendAsync(new DefinePositionStandard(analyst, new DateOnly(2024, 1, 1), [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3)]));
        await _host.SendAsync(new DefinePositionStandard(clerk, new DateOnly(2024, 1, 1)));
        _events.Events.Clear();
        return (analyst, clerk);
    }

    private async Task<(int Frameworks, int Opds, int Positions, int Employees, int Assessments)> CountRowsAsync()
    {
        using var context = _database.CreateContext();
        return (
            await context.Set<CompetencyFramework>().CountAsync(),
            await context.Set<Opd>().CountAsync(),
            await context.Set<Position>().CountAsync(),
            await context.Set<Employee>().CountAsync(),
            await context.Set<CompetencyAssessment>().CountAsync());
    }

    /// <summary>Every public property, deeply, as JSON: two aggregates with the same snapshot hold the same state.</summary>
    private static string Snapshot<T>(T aggregate) => JsonSerializer.Serialize(aggregate);
}
