using System.Data.Common;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.EntityFrameworkCore.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// A PostgreSQL database and the connection the sample keeps open to it (see <see cref="HostDatabase"/>). The library's
/// tables live in their own schema (<c>latihan</c>), created by the library's PostgreSQL migrations
/// (<c>LatihanAsn.Domain.EntityFrameworkCore.PostgreSql</c>); nothing else in the database is touched.
/// </summary>
internal sealed class PostgresDatabase : HostDatabase
{
    private readonly NpgsqlConnection _connection;
    private readonly DbContextOptions<LatihanAsnDbContext> _options;

    private PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Remove("Password");
        Display = builder.ConnectionString;
        _connection = new NpgsqlConnection(connectionString);
        _connection.Open();
        _options = new DbContextOptionsBuilder<LatihanAsnDbContext>()
            .UseNpgsql(_connection, npgsql => npgsql.UseLatihanAsnMigrations())
            .Options;
    }

    /// <summary>Gets the connection string without its password.</summary>
    public override string Display { get; }

    /// <inheritdoc />
    protected override string AnalyzeCommand => "ANALYZE";

    /// <inheritdoc />
    protected override DbConnection Connection => _connection;

    /// <inheritdoc />
    protected override DbContextOptions<LatihanAsnDbContext> Options => _options;

    /// <summary>Whether <paramref name="db"/> is a PostgreSQL connection string rather than a file name.</summary>
    public static bool IsConnectionString(string db) =>
        db.Contains('=', StringComparison.Ordinal) && db.Contains("host", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Connects and recreates the library's schema: drops it (only if the library's migrations created it: a schema of
    /// that name holding anything else is left alone) and applies the migrations.
    /// </summary>
    /// <exception cref="IOException">The schema exists and was not created by the library's migrations.</exception>
    public static PostgresDatabase Recreate(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        try
        {
            database.DropLibrarySchema();
            using var context = database.CreateContext();
            context.Database.Migrate();
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Connects to a database the demo filled; its schema is migrated to the library's version if behind.</summary>
    /// <exception cref="IOException">The database has no library schema: run the demo first.</exception>
    public static PostgresDatabase Open(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        if (database.ReadSchemaState() != SchemaState.Library)
        {
            database.Dispose();
            throw new IOException(Text.Pick("basis data belum berisi skema pustaka; jalankan demo lebih dulu.", "the database has no library schema; run the demo first."));
        }

        return database;
    }

    private void DropLibrarySchema()
    {
        switch (ReadSchemaState())
        {
            case SchemaState.Missing:
                return;
            case SchemaState.Foreign:
                throw new IOException(Text.Pick(
                    $"skema {LatihanAsnModelBuilderExtensions.DefaultSchema} berisi tabel yang bukan milik pustaka; tidak dihapus.",
                    $"the schema {LatihanAsnModelBuilderExtensions.DefaultSchema} holds tables that are not the library's; it is left alone."));
            default:
                using (var drop = _connection.CreateCommand())
                {
                    drop.CommandText = $"DROP SCHEMA \"{LatihanAsnModelBuilderExtensions.DefaultSchema}\" CASCADE";
                    drop.ExecuteNonQuery();
                }

                return;
        }
    }

    private SchemaState ReadSchemaState()
    {
        using var command = _connection.CreateCommand();
        command.CommandText =
            """
            SELECT (SELECT count(*) FROM information_schema.schemata WHERE schema_name = @schema),
                   (SELECT count(*) FROM information_schema.tables WHERE table_schema = @schema AND table_name = '__EFMigrationsHistory')
            """;
        command.Parameters.AddWithValue("schema", LatihanAsnModelBuilderExtensions.DefaultSchema);
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt64(0) == 0 ? SchemaState.Missing : reader.GetInt64(1) == 0 ? SchemaState.Foreign : SchemaState.Library;
    }
}

/// <summary>What the library's schema is in a PostgreSQL database.</summary>
internal enum SchemaState
{
    /// <summary>No such schema.</summary>
    Missing,

    /// <summary>A schema of that name the library's migrations did not create.</summary>
    Foreign,

    /// <summary>The library's schema, with its migrations history.</summary>
    Library,
}
