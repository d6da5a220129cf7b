using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.EntityFrameworkCore.Sqlite;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// One SQLite database file and the connection the sample keeps open to it (see <see cref="HostDatabase"/>). The file
/// runs in WAL mode with <c>synchronous=NORMAL</c>, the usual setting for an application database; its tables are
/// created by the library's SQLite migrations (<c>LatihanAsn.Domain.EntityFrameworkCore.Sqlite</c>).
/// </summary>
internal sealed class SqliteDatabase : HostDatabase
{
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<LatihanAsnDbContext> _options;
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

        var builder = new DbContextOptionsBuilder<LatihanAsnDbContext>();
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
    // The library's migrations create the tables.
    private static void Collections(Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter).UseLatihanAsnMigrations();

    /// <summary>Gets the database file's path.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override string Display => Path;

    /// <inheritdoc />
    protected override string AnalyzeCommand => "ANALYZE";

    /// <inheritdoc />
    protected override DbConnection Connection => _connection;

    /// <inheritdoc />
    protected override DbContextOptions<LatihanAsnDbContext> Options => _options;

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
        context.Database.Migrate();
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

    private static bool IsSqliteFile(string path)
    {
        using var stream = File.OpenRead(path);
        var header = new byte[SqliteHeader.Length];
        return stream.Length == 0 || (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.AsSpan().SequenceEqual(SqliteHeader));
    }
}
