using System.Data.Common;
using System.Text.RegularExpressions;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.EntityFrameworkCore.Tests;
using LatihanAsn.Domain.Tests.Infrastructure;
using MediatR;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// A host wired as a package user wires it: <c>AddLatihanAsn</c>, <c>AddLatihanAsnEntityFrameworkCore</c> over
/// <see cref="LatihanAsnDbContext"/> on a fresh database of one provider, each request in its own DI scope (and so its
/// own connection). Writes can be made to fail at the Nth one, and the stored state can be fingerprinted.
/// </summary>
public interface IHarness : IAsyncDisposable
{
    string Name { get; }

    EventLog Events { get; }

    FakeTimeProvider Clock { get; }

    Task<T> Send<T>(IRequest<T> request);

    Task SeedAsync(params IAggregateRoot[] aggregates);

    Task<IReadOnlyList<string>> FingerprintAsync();

    void FailAtWrite(int n);

    bool FailureArmed { get; }

    void PauseReads();

    async Task<int> CountAsync(string table) =>
        (await FingerprintAsync()).Count(line => line.StartsWith(table + "s:", StringComparison.Ordinal));
}

internal sealed class EfHarness : IHarness
{
    private readonly FailingWrites _failures = new();
    private TestDatabase _database = null!;
    private ServiceProvider _provider = null!;

    private EfHarness()
    {
    }

    public string Name => _database.Provider.ToString();

    public EventLog Events { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TestHost.Now);

    public bool FailureArmed => _failures.Armed;

    /// <summary>When set, the harnesses created in this flow write every table's new rows through the bulk path from this many rows.</summary>
    public static AsyncLocal<int?> BulkThreshold { get; } = new();

    /// <summary>The fewest writes a command of <paramref name="rows"/> statements makes: one multi-row statement under <see cref="BulkThreshold"/>.</summary>
    public static int Writes(int rows) => BulkThreshold.Value is null ? rows : 1;

    private int _bulkThreshold = BulkInsert.DefaultThreshold;

    public static async Task<IHarness> CreateAsync(Provider provider)
    {
        var harness = new EfHarness();
        harness._database = await TestDatabase.CreateAsync(provider, harness._failures);
        var services = new ServiceCollection();
        services.AddLatihanAsn(options => options.DefaultCaller = Caller.System("ef-tests"));
        if (BulkThreshold.Value is { } threshold)
        {
            harness._bulkThreshold = threshold;
            services.AddScoped<IUnitOfWork>(sp => new EfUnitOfWork(sp.GetRequiredService<LatihanAsnDbContext>()) { BulkInsertThreshold = threshold });
        }
        services.AddLatihanAsnEntityFrameworkCore(options =>
        {
            harness._database.Configure(options);
            options.AddInterceptors(harness._failures);
        });
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddSingleton(harness.Events);
        foreach (var type in typeof(DomainEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
        {
            services.AddTransient(typeof(INotificationHandler<>).MakeGenericType(type), typeof(EventLogHandler<>).MakeGenericType(type));
        }

        harness._provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return harness;
    }

    public async Task<T> Send<T>(IRequest<T> request)
    {
        using var scope = _provider.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task SeedAsync(params IAggregateRoot[] aggregates)
    {
        await using var context = _database.CreateContext();
        foreach (var aggregate in aggregates)
        {
            aggregate.ClearDomainEvents();
            context.Add(aggregate);
        }

        await new EfUnitOfWork(context) { BulkInsertThreshold = _bulkThreshold }.SaveChangesAsync(CancellationToken.None);
    }

    public Task<IReadOnlyList<string>> FingerprintAsync() => _database.FingerprintAsync();

    public void FailAtWrite(int n) => _failures.FailAt(n);

    public void PauseReads() => _failures.PauseReads = true;

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>
/// Fails the command that holds the Nth INSERT, UPDATE or DELETE statement sent to the database. PostgreSQL batches
/// several statements in one command; each counts as a write, and the failure fails the whole batch, as a dropped
/// connection would.
/// </summary>
internal sealed partial class FailingWrites : DbCommandInterceptor
{
    private int _armed;

    public bool Armed => Volatile.Read(ref _armed) > 0;

    public bool PauseReads { get; set; }

    public void FailAt(int n) => Volatile.Write(ref _armed, n);

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

    [GeneratedRegex(@"(^|;)\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WriteStatement();

    private void Check(DbCommand command)
    {
        var text = command.CommandText.TrimStart();
        if (PauseReads && text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Thread.Sleep(2);
        }

        var writes = WriteStatement().Count(text);
        for (var i = 0; i < writes; i++)
        {
            if (Volatile.Read(ref _armed) > 0 && Interlocked.Decrement(ref _armed) == 0)
            {
                throw new IOException("Simulated store failure.");
            }
        }
    }
}
