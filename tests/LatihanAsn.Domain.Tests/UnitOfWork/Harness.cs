using System.Data.Common;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.Tests.Sample;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// One host as a package user wires it (the real container and pipeline), over one of the two stores the tests use:
/// the in-memory store, or the sample's EF Core mapping on a SQLite file with a connection per request. Each request
/// runs in its own DI scope. Writes can be made to fail at the Nth one, and the whole stored state can be fingerprinted.
/// </summary>
public interface IHarness : IDisposable
{
    string Name { get; }

    EventLog Events { get; }

    FakeTimeProvider Clock { get; }

    Task<T> Send<T>(IRequest<T> request);

    Task SeedAsync(params IAggregateRoot[] aggregates);

    /// <summary>The stored state: every aggregate or row, with its version.</summary>
    Task<IReadOnlyList<string>> FingerprintAsync();

    /// <summary>Makes the <paramref name="n"/>th write from now fail (0 disarms).</summary>
    void FailAtWrite(int n);

    /// <summary>Whether an armed failure is still waiting (the command did fewer writes).</summary>
    bool FailureArmed { get; }

    /// <summary>Makes every read pause briefly, so that concurrent requests interleave between their reads and their commit.</summary>
    void PauseReads();

    /// <summary>How many stored aggregates (in-memory) or rows (SQLite) of a kind there are.</summary>
    async Task<int> CountAsync(string aggregate) =>
        (await FingerprintAsync()).Count(line => line.StartsWith(aggregate + ":", StringComparison.Ordinal) || line.StartsWith(aggregate + "s:", StringComparison.Ordinal));

    public static IHarness Create(string store) => store switch
    {
        "memory" => new MemoryHarness(),
        "sqlite" => new SqliteHarness(),
        _ => throw new ArgumentOutOfRangeException(nameof(store)),
    };
}

internal sealed class MemoryHarness : IHarness
{
    private readonly TestHost _host = new();

    public string Name => "memory";

    public EventLog Events => _host.Events;

    public FakeTimeProvider Clock => _host.Clock;

    public bool FailureArmed => _host.Store.FailNextWrite;

    public Task<T> Send<T>(IRequest<T> request) => _host.Send(request);

    public Task SeedAsync(params IAggregateRoot[] aggregates)
    {
        foreach (var group in aggregates.GroupBy(a => a.GetType()))
        {
            var seed = typeof(InMemoryStore).GetMethod(nameof(InMemoryStore.Seed))!.MakeGenericMethod(group.Key);
            var array = Array.CreateInstance(group.Key, group.Count());
            group.ToArray().CopyTo(array, 0);
            seed.Invoke(_host.Store, [array]);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> FingerprintAsync() => Task.FromResult(_host.Store.Fingerprint());

    public void FailAtWrite(int n) => _host.Store.FailAtWrite(n);

    public void PauseReads() => _host.Store.ReadPause = TimeSpan.FromMilliseconds(2);

    public void Dispose() => _host.Dispose();
}

/// <summary>Fails the Nth INSERT, UPDATE or DELETE command sent to the database.</summary>
internal sealed class FailingWrites : DbCommandInterceptor
{
    private int _armed;

    public bool Armed => Volatile.Read(ref _armed) > 0;

    public void FailAt(int n) => Volatile.Write(ref _armed, n);

    public bool PauseReads { get; set; }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Check(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(command);
        return ValueTask.FromResult(result);
    }

    private void Check(DbCommand command)
    {
        var text = command.CommandText.TrimStart();
        if (PauseReads && text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Thread.Sleep(2);
        }

        var write = text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
        if (write && Volatile.Read(ref _armed) > 0 && Interlocked.Decrement(ref _armed) == 0)
        {
            throw new IOException("Simulated store failure.");
        }
    }
}

internal sealed class SqliteHarness : IHarness
{
    private readonly TempDirectory _directory = new();
    private readonly FailingWrites _failures = new();
    private readonly SqliteDatabase _database;
    private readonly LampungHost _host;

    public SqliteHarness()
    {
        _database = SqliteDatabase.Recreate(_directory.File("uow.db"), connectionPerContext: true, interceptors: [_failures]);
        _host = new LampungHost(_database, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Events);
            foreach (var type in typeof(DomainEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
            {
                services.AddTransient(typeof(INotificationHandler<>).MakeGenericType(type), typeof(EventLogHandler<>).MakeGenericType(type));
            }
        });
    }

    public string Name => "sqlite";

    public EventLog Events { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TestHost.Now);

    public bool FailureArmed => _failures.Armed;

    public Task<T> Send<T>(IRequest<T> request) => _host.SendAsync(request);

    public async Task SeedAsync(params IAggregateRoot[] aggregates)
    {
        using var context = _database.CreateContext();
        foreach (var aggregate in aggregates)
        {
            aggregate.ClearDomainEvents();
            context.Add(aggregate);
        }

        await new EfUnitOfWork(context).SaveChangesAsync(CancellationToken.None);
    }

    public async Task<IReadOnlyList<string>> FingerprintAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ToString());
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(table + ":" + string.Join("|", values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    public void FailAtWrite(int n) => _failures.FailAt(n);

    public void PauseReads() => _failures.PauseReads = true;

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
