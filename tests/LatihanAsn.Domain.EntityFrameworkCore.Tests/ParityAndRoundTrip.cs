using System.Collections;
using System.Globalization;
using System.Reflection;
using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Tests.Sample;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// The domain tests' parity world stored through the package on a fresh database of one provider (created when a
/// test first asks, so a skipped PostgreSQL class never connects).
/// </summary>
public abstract class EfParityWorld(Provider provider) : ParityData
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TestDatabase? _database;

    public async Task<TestDatabase> DatabaseAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_database is null)
            {
                var database = await TestDatabase.CreateAsync(provider);
                await using var context = database.CreateContext();
                context.AddRange(All);
                await new EfUnitOfWork(context).SaveChangesAsync(CancellationToken.None);
                _database = database;
            }

            return _database;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task<List<T>> StoreListAsync<T>(ISpecification<T> specification)
    {
        await using var context = (await DatabaseAsync()).CreateContext();
        return await new EfRepository<T>(context).ListAsync(specification);
    }

    protected override async Task<int> StoreCountAsync<T>(ISpecification<T> specification)
    {
        await using var context = (await DatabaseAsync()).CreateContext();
        return await new EfRepository<T>(context).CountAsync(specification);
    }

    protected override void Dispose(bool disposing)
    {
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _gate.Dispose();
    }
}

public sealed class SqliteParityWorld() : EfParityWorld(Provider.Sqlite);

public sealed class PostgresParityWorld() : EfParityWorld(Provider.PostgreSql);

/// <summary>The parity world's aggregates, only in memory, for round trips.</summary>
internal sealed class RoundTripWorld : ParityData
{
    protected override Task<List<T>> StoreListAsync<T>(ISpecification<T> specification) => throw new NotSupportedException();

    protected override Task<int> StoreCountAsync<T>(ISpecification<T> specification) => throw new NotSupportedException();
}

/// <summary>The checks every provider passes, run by <see cref="SqliteTests"/> and <see cref="PostgreSqlTests"/>.</summary>
internal static class Checks
{
    public static TheoryData<string> Scenarios(Type type)
    {
        var data = new TheoryData<string>();
        foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.ReturnType == typeof(Task)))
        {
            data.Add(method.Name);
        }

        return data;
    }

    public static Task RunAsync(Type type, string scenario, Provider provider) =>
        (Task)type.GetMethod(scenario)!.Invoke(Activator.CreateInstance(type), [provider])!;

    /// <summary>Runs a scenario with every new row written through the bulk path (a threshold of one row).</summary>
    public static async Task RunWithBulkInsertsAsync(Type type, string scenario, Provider provider)
    {
        LatihanAsn.Domain.Tests.UnitOfWork.EfHarness.BulkThreshold.Value = 1;
        try
        {
            await RunAsync(type, scenario, provider);
        }
        finally
        {
            LatihanAsn.Domain.Tests.UnitOfWork.EfHarness.BulkThreshold.Value = null;
        }
    }

    public static async Task MigrationsCreateEveryTableAsync(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();

        (await context.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await context.Database.GetAppliedMigrationsAsync()).ShouldBe(context.Database.GetMigrations());
        var tables = await database.TablesAsync();
        tables.Count.ShouldBe(LatihanAsnModelBuilderExtensions.Aggregates.Length);
        tables.ShouldBe(context.Model.GetEntityTypes().Select(t => t.GetTableName()!).Order(StringComparer.Ordinal));
        context.Model.GetEntityTypes().ShouldAllBe(t => t.FindProperty(nameof(IAggregateRoot.AggregateVersion))!.IsConcurrencyToken);
        foreach (var type in context.Model.GetEntityTypes())
        {
            foreach (var scope in new[] { "RegionCode", "OpdCode" }.Select(type.FindProperty).OfType<Microsoft.EntityFrameworkCore.Metadata.IProperty>())
            {
                (type.GetIndexes().Any(i => i.Properties[0] == scope) || type.GetKeys().Any(k => k.Properties[0] == scope))
                    .ShouldBeTrue($"{provider}: {type.ClrType.Name}.{scope.Name} is a scope filter without an index");
            }
        }
    }

    public static async Task NoPendingModelChangesAsync(Provider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();

        context.Database.HasPendingModelChanges().ShouldBeFalse($"{provider}: the model differs from the bundled migrations' snapshot; add a migration");
    }

    public static async Task EveryAggregateRoundTripsAsync(Provider provider, int bulkThreshold = BulkInsert.DefaultThreshold)
    {
        using var world = new RoundTripWorld();
        await using var database = await TestDatabase.CreateAsync(provider);
        var all = world.All.Cast<IAggregateRoot>().ToList();
        await using (var context = database.CreateContext())
        {
            context.AddRange(all);
            await new EfUnitOfWork(context) { BulkInsertThreshold = bulkThreshold }.SaveChangesAsync(CancellationToken.None);
        }

        all.Select(a => a.GetType()).Distinct().Count().ShouldBe(LatihanAsnModelBuilderExtensions.Aggregates.Length);
        await using var fresh = database.CreateContext();
        foreach (var aggregate in all)
        {
            var id = aggregate.GetType().GetProperty("Id")!.GetValue(aggregate)!;
            var loaded = (IAggregateRoot)(await fresh.FindAsync(aggregate.GetType(), id)).ShouldNotBeNull();
            loaded.ShouldNotBeSameAs(aggregate);
            loaded.AggregateVersion.ShouldBe(1);
            Describe(loaded).ShouldBe(Describe(aggregate), $"{provider}: {aggregate.GetType().Name} {id}");
        }
    }

    /// <summary>
    /// The same aggregates saved through EF Core's update pipeline and through the bulk path (every table with a new
    /// row in multi-row statements) leave byte-for-byte the same rows; and the bulk path did write some tables.
    /// </summary>
    public static async Task BulkInsertsStoreWhatTheUpdatePipelineStoresAsync(Provider provider)
    {
        using var world = new RoundTripWorld();
        var all = world.All.Cast<IAggregateRoot>().ToList();
        await using var pipeline = await TestDatabase.CreateAsync(provider);
        await using var bulk = await TestDatabase.CreateAsync(provider);
        await using (var context = pipeline.CreateContext())
        {
            context.AddRange(all);
            await new EfUnitOfWork(context) { BulkInsertThreshold = int.MaxValue }.SaveChangesAsync(CancellationToken.None);
        }

        foreach (var aggregate in all)
        {
            aggregate.SetAggregateVersion(0); // as new again
        }

        await using (var context = bulk.CreateContext())
        {
            context.AddRange(all);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            BulkInsert.Plan(context, 1).Count.ShouldBeGreaterThan(5, $"{provider}: most tables should take the bulk path");
            context.ChangeTracker.AutoDetectChangesEnabled = true;
            await new EfUnitOfWork(context) { BulkInsertThreshold = 1 }.SaveChangesAsync(CancellationToken.None);
        }

        var expected = await pipeline.FingerprintAsync();
        var actual = await bulk.FingerprintAsync();
        actual.ShouldBe(expected, $"{provider}: rows written in bulk differ from EF Core's");
    }

    public static async Task ChangesAdvanceTheVersionAndStaleWritesConflictAsync(Provider provider)
    {
        using var world = new RoundTripWorld();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.CreateContext())
        {
            context.AddRange(world.All);
            await new EfUnitOfWork(context).SaveChangesAsync(CancellationToken.None);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = (await first.Set<Competencies.CompetencyAssessment>().FindAsync(world.Assessments[0].Id))!;
        var theirs = (await second.Set<Competencies.CompetencyAssessment>().FindAsync(world.Assessments[0].Id))!;
        mine.Confirm("Atasan");
        await new EfUnitOfWork(first).SaveChangesAsync(CancellationToken.None);
        mine.AggregateVersion.ShouldBe(2);

        theirs.Reject("Atasan", "Terlambat");
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => new EfUnitOfWork(second).SaveChangesAsync(CancellationToken.None));
        conflict.Code.ShouldBe(ErrorCodes.Conflict);
        conflict.ExpectedRevision.ShouldBe(1);

        await using var duplicate = database.CreateContext();
        duplicate.Add(Competencies.Opd.Register(Competencies.OpdId.New(), ParityData.MetroKominfo, "Duplikat", ParityData.Metro));
        duplicate.Add(Competencies.Employee.Register(Competencies.EmployeeId.New(), world.Employees[0].Nip, "Duplikat", Competencies.EmploymentType.Pns, world.Positions[0].Id, world.Positions[0].OpdCode, world.Positions[0].RegionCode));
        (await Should.ThrowAsync<ConcurrencyConflictException>(() => new EfUnitOfWork(duplicate).SaveChangesAsync(CancellationToken.None))).Code.ShouldBe(ErrorCodes.Conflict);
    }

    /// <summary>The state a host can see: every public property, recursively; instants as UTC (PostgreSQL keeps the instant, not the offset).</summary>
    public static string Describe(object? value, int depth = 0)
    {
        if (depth > 12)
        {
            return "…";
        }

        switch (value)
        {
            case null:
                return "null";
            case string text:
                return '"' + text + '"';
            case DateTimeOffset instant:
                return instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            case Enum or Guid or DateOnly or TimeOnly or TimeSpan:
                return Convert.ToString(value, CultureInfo.InvariantCulture)!;
            case IFormattable formattable when value.GetType().IsPrimitive || value is decimal:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            case IDictionary dictionary:
                return "{" + string.Join(", ", dictionary.Keys.Cast<object>().Select(k => Describe(k, depth + 1) + ": " + Describe(dictionary[k], depth + 1)).Order(StringComparer.Ordinal)) + "}";
            case IEnumerable items:
                return "[" + string.Join(", ", items.Cast<object?>().Select(i => Describe(i, depth + 1))) + "]";
        }

        var type = value.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(IAggregateRoot.DomainEvents) && p.Name != "EqualityContract")
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        return type.Name + "(" + string.Join(", ", properties.Select(p => p.Name + "=" + Describe(p.GetValue(value), depth + 1))) + ")";
    }
}
