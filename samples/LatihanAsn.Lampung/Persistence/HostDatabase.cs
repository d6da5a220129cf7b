using System.Data.Common;
using LatihanAsn.Domain.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// The database the sample host works on, SQLite (<see cref="SqliteDatabase"/>) or PostgreSQL
/// (<see cref="PostgresDatabase"/>), with the one connection the host keeps open to it. Every context of the host
/// shares the connection, so a batch (a step of the demo) can run in one transaction: each context created while
/// <see cref="InTransactionAsync"/> runs joins it, and every save inside commits only at the end.
/// </summary>
internal abstract class HostDatabase : IDisposable
{
    private DbTransaction? _transaction;

    /// <summary>Gets what the database is, for the output: a file's path, or a connection string without its password.</summary>
    public abstract string Display { get; }

    /// <summary>Gets the open connection the contexts share.</summary>
    protected abstract DbConnection Connection { get; }

    /// <summary>Gets the options of the contexts.</summary>
    protected abstract DbContextOptions<LatihanAsnDbContext> Options { get; }

    /// <summary>
    /// Opens the database named by <paramref name="db"/>: a PostgreSQL connection string (<c>Host=...;Database=...</c>)
    /// or a SQLite file. With <paramref name="recreate"/>, the library's tables are first emptied by recreating them
    /// (the SQLite file is replaced; on PostgreSQL the library's schema is dropped and migrated again).
    /// </summary>
    /// <exception cref="InputException">The database cannot be opened or recreated; the message says why.</exception>
    public static HostDatabase Open(string db, bool recreate)
    {
        var postgres = PostgresDatabase.IsConnectionString(db);
        try
        {
            return postgres
                ? (recreate ? PostgresDatabase.Recreate(db) : PostgresDatabase.Open(db))
                : (recreate ? SqliteDatabase.Recreate(db) : SqliteDatabase.Open(db));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException or ArgumentException or InvalidOperationException)
        {
            // The connection string's password never appears: PostgreSQL's messages do not echo it.
            throw new InputException($"{(postgres ? Text.Pick("PostgreSQL", "PostgreSQL") : db)}: {e.Message}");
        }
    }

    /// <summary>Creates a context on the shared connection, enlisted in the running transaction, if any.</summary>
    public LatihanAsnDbContext CreateContext()
    {
        var context = new LatihanAsnDbContext(Options);
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction);
            context.Database.AutoSavepointsEnabled = false; // a failure rolls the whole batch back anyway
        }

        return context;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: committed when it completes, rolled back when it throws. After
    /// the commit the planner's statistics are refreshed (a batch changes the tables' sizes).
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already running on this database.");
        }

        await using var transaction = await Connection.BeginTransactionAsync(cancellationToken);
        _transaction = transaction;
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            _transaction = null;
            await AnalyzeAsync(cancellationToken);
            return result;
        }
        finally
        {
            _transaction = null;
        }
    }

    /// <summary>
    /// Refreshes the query planner's statistics after a batch. Without them, SQLite's planner guesses and may read an
    /// index on a status (most rows) rather than the one on the employee when a query filters on both, so a lookup of a
    /// run's participants becomes a scan of the province; PostgreSQL's own analysis runs later and in the background.
    /// </summary>
    protected abstract string AnalyzeCommand { get; }

    private async Task AnalyzeAsync(CancellationToken cancellationToken)
    {
        await using var command = Connection.CreateCommand();
        command.CommandText = AnalyzeCommand;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
