using System.Data.Common;
using System.Globalization;
using LatihanAsn.Domain.EntityFrameworkCore.PostgreSql;
using LatihanAsn.Domain.EntityFrameworkCore.Sqlite;
using LatihanAsn.Domain.Tests.Sample;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace LatihanAsn.Domain.EntityFrameworkCore.Tests;

/// <summary>The two providers the package is tested on.</summary>
public enum Provider
{
    Sqlite,
    PostgreSql,
}

/// <summary>
/// A fresh, empty database of one provider, created with the package's bundled migrations (<c>MigrateAsync</c>), with
/// a connection per context as a server host has. Disposing it deletes it.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The environment variable naming the PostgreSQL server the tests may create databases on.</summary>
    public const string PostgresVariable = "LATIHANASN_POSTGRES";

    public abstract Provider Provider { get; }

    public DbContextOptions<LatihanAsnDbContext> Options { get; private set; } = null!;

    public LatihanAsnDbContext CreateContext() => new(Options);

    public static async Task<TestDatabase> CreateAsync(Provider provider, params IInterceptor[] interceptors)
    {
        TestDatabase database = provider == Provider.Sqlite ? new SqliteTestDatabase() : await PostgresTestDatabase.NewAsync();
        var builder = new DbContextOptionsBuilder<LatihanAsnDbContext>();
        database.Configure(builder);
        if (interceptors.Length > 0)
        {
            builder.AddInterceptors(interceptors);
        }

        database.Options = builder.Options;
        await using var context = database.CreateContext();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>Configures a context's provider and connection.</summary>
    public abstract void Configure(DbContextOptionsBuilder builder);

    /// <summary>The stored state: every row of every table, sorted.</summary>
    public async Task<IReadOnlyList<string>> FingerprintAsync()
    {
        await using var connection = OpenConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = TablesQuery;
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
            select.CommandText = $"SELECT * FROM {Qualified(table)}";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(table + ":" + string.Join("|", values.Select(v => v is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(v, CultureInfo.InvariantCulture))));
            }
        }

        tables.ShouldNotBeEmpty();
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>The names of the tables the migrations created (without the migrations history).</summary>
    public async Task<IReadOnlyList<string>> TablesAsync()
    {
        await using var connection = OpenConnection();
        await connection.OpenAsync();
        await using var list = connection.CreateCommand();
        list.CommandText = TablesQuery;
        var tables = new List<string>();
        await using var reader = await list.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return [.. tables.Where(t => !t.StartsWith("__EF", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }

    public abstract ValueTask DisposeAsync();

    protected abstract string TablesQuery { get; }

    protected abstract DbConnection OpenConnection();

    protected abstract string Qualified(string table);
}

internal sealed class SqliteTestDatabase : TestDatabase
{
    private readonly TempDirectory _directory = new();

    public SqliteTestDatabase()
    {
        Path = _directory.File("latihan.db");
        using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA journal_mode=WAL;";
        pragma.ExecuteNonQuery();
    }

    public string Path { get; }

    public override Provider Provider => Provider.Sqlite;

    public override void Configure(DbContextOptionsBuilder builder) =>
        builder.UseSqlite(
            new SqliteConnectionStringBuilder { DataSource = Path, Pooling = true, ForeignKeys = true, DefaultTimeout = 60 }.ToString(),
            sqlite => sqlite.UseLatihanAsnMigrations());

    protected override string TablesQuery => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";

    protected override DbConnection OpenConnection() => new SqliteConnection($"Data Source={Path};Pooling=False");

    protected override string Qualified(string table) => $"\"{table}\"";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 50 }.ToString();
    }

    public string ConnectionString { get; }

    public override Provider Provider => Provider.PostgreSql;

    public static async Task<PostgresTestDatabase> NewAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "latihan_test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = $"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'";
        await create.ExecuteNonQueryAsync();
        return new PostgresTestDatabase(server, name);
    }

    public override void Configure(DbContextOptionsBuilder builder) =>
        builder.UseNpgsql(ConnectionString, npgsql => npgsql.UseLatihanAsnMigrations());

    protected override string TablesQuery =>
        $"SELECT table_name FROM information_schema.tables WHERE table_schema = '{LatihanAsnModelBuilderExtensions.DefaultSchema}' ORDER BY table_name";

    protected override DbConnection OpenConnection() => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());

    protected override string Qualified(string table) => $"\"{LatihanAsnModelBuilderExtensions.DefaultSchema}\".\"{table}\"";

    public override async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A fact that needs the PostgreSQL server named by <c>LATIHANASN_POSTGRES</c>: skipped, with the reason, when it is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Skip = $"PostgreSQL tests need a server: set {TestDatabase.PostgresVariable} (for example Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres); .ci/run starts one.";
        }
    }
}

/// <summary>A theory that needs the PostgreSQL server named by <c>LATIHANASN_POSTGRES</c>: skipped, with the reason, when it is not set.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)))
        {
            Skip = $"PostgreSQL tests need a server: set {TestDatabase.PostgresVariable} (for example Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres); .ci/run starts one.";
        }
    }
}
