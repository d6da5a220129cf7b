using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// One SQLite database file and the connection the sample keeps open to it. Every <see cref="LampungDbContext"/> of the
/// host shares the connection, so a batch (the seeding) can run in one transaction: each context created while
/// <see cref="InTransactionAsync"/> runs joins it, and every save inside commits only at the end. The file runs in WAL
/// mode with <c>synchronous=NORMAL</c>, the usual setting for an application database.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<LampungDbContext> _options;
    private DbTransaction? _transaction;

    private SqliteDatabase(string path, bool connectionPerContext = false, IReadOnlyList<IInterceptor>? interceptors = null)
    {
        Path = path;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();
        using (var pragmas = _connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
            pragmas.ExecuteNonQuery();
        }

        var builder = new DbContextOptionsBuilder<LampungDbContext>();
        if (connectionPerContext)
        {
            // Each context (each DI scope: each request) opens its own pooled connection, as a multi-user server would;
            // writers wait for each other up to the command timeout instead of failing at once.
            builder.UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, ForeignKeys = true, DefaultTimeout = 60 }.ToString(), Collections);
        }
        else
        {
            builder.UseSqlite(_connection, Collections);
        }

        if (interceptors is { Count: > 0 })
        {
            builder.AddInterceptors(interceptors);
        }

        _options = builder.Options;
    }

    // A list of identifiers in a specification (ids.Contains(e.Id)) goes to SQLite as one JSON parameter read with
    // json_each, not one parameter per identifier: a province's worth of identifiers passes SQLite's variable limit.
    private static void Collections(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    /// <summary>Gets the database file's path.</summary>
    public string Path { get; }

    /// <summary>
    /// Creates an empty database at <paramref name="path"/>, replacing the SQLite database there, if any. A file that is
    /// not a SQLite database is never replaced.
    /// </summary>
    /// <exception cref="IOException">The file exists and is not a SQLite database, or cannot be replaced.</exception>
    /// <exception cref="SqliteException">The database cannot be created there (for example, no such directory).</exception>
    /// <param name="path">The file.</param>
    /// <param name="connectionPerContext">Whether each context opens its own connection (concurrent requests) instead of sharing one.</param>
    /// <param name="interceptors">EF Core interceptors for every context (tests inject failures with them).</param>
    public static SqliteDatabase Recreate(string path, bool connectionPerContext = false, IReadOnlyList<IInterceptor>? interceptors = null)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (File.Exists(fullPath))
        {
            if (!IsSqliteFile(fullPath))
            {
                throw new IOException(Text.Pick(
                    "berkas ini bukan basis data SQLite; tidak ditimpa.",
                    "the file is not a SQLite database; it is left alone."));
            }

            foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
            {
                File.Delete(fullPath + suffix);
            }
        }

        var database = new SqliteDatabase(fullPath, connectionPerContext, interceptors);
        using var context = database.CreateContext();
        context.Database.EnsureCreated();
        return database;
    }

    /// <summary>Opens an existing database, such as the one the demo leaves behind.</summary>
    /// <exception cref="IOException">There is no file at <paramref name="path"/>, or it is not a SQLite database.</exception>
    public static SqliteDatabase Open(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new IOException(Text.Pick("basis data tidak ada; jalankan demo lebih dulu.", "no such database; run the demo first."));
        }

        if (!IsSqliteFile(fullPath))
        {
            throw new IOException(Text.Pick("berkas ini bukan basis data SQLite.", "the file is not a SQLite database."));
        }

        return new SqliteDatabase(fullPath);
    }

    /// <summary>Creates a context on the shared connection, enlisted in the running transaction, if any.</summary>
    public LampungDbContext CreateContext()
    {
        var context = new LampungDbContext(_options);
        if (_transaction is not null)
        {
            context.Database.UseTransaction(_transaction);
            context.Database.AutoSavepointsEnabled = false; // a failure rolls the whole batch back anyway
        }

        return context;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it completes, rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A transaction is already running on this database.");
        }

        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        _transaction = transaction;
        try
        {
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            _transaction = null;
        }
    }

    public void Dispose() => _connection.Dispose();

    private static bool IsSqliteFile(string path)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[SqliteHeader.Length];
        return stream.Length == 0 || (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.AsSpan().SequenceEqual(SqliteHeader));
    }
}
