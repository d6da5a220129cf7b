using System.Globalization;
using Npgsql;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>A fact that needs the PostgreSQL server named by <c>LATIHANASN_POSTGRES</c>: skipped, with the reason, when it is not set.</summary>
public sealed class SamplePostgresFactAttribute : FactAttribute
{
    public const string Variable = "LATIHANASN_POSTGRES";

    public SamplePostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"PostgreSQL tests need a server: set {Variable} (for example Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres); .ci/run starts one.";
        }
    }
}

/// <summary>
/// The sample host's <c>--db</c> with a PostgreSQL connection string: the demo runs the same cycle on PostgreSQL as on
/// SQLite, with the same output, and the follow-up command reads the database it filled.
/// </summary>
public sealed class DemoPostgresTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [SamplePostgresFact]
    public async Task The_demo_on_PostgreSQL_prints_what_it_prints_on_SQLite_and_followup_reads_it()
    {
        var culture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("id-ID");
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(SamplePostgresFactAttribute.Variable));
        var name = "demo_" + Guid.NewGuid().ToString("N")[..12];
        await Admin(server, $"CREATE DATABASE {name}");
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
            var onPostgres = await CliTests.Run("demo", "--db", postgres, "--seed", "7", "--employees", "150");
            var onSqlite = await CliTests.Run("demo", "--db", _directory.File("demo.db"), "--seed", "7", "--employees", "150");

            (onPostgres.Code, onPostgres.Stderr).ShouldBe((0, string.Empty));
            onPostgres.Stdout.ShouldContain($"basis data Host=");
            onPostgres.Stdout.ShouldContain($"Database={name}");
            Comparable(onPostgres.Stdout).ShouldBe(Comparable(onSqlite.Stdout));

            // Run again on the same database: the library's schema is recreated, the result the same.
            var again = await CliTests.Run("demo", "--db", postgres, "--seed", "7", "--employees", "150");
            Comparable(again.Stdout).ShouldBe(Comparable(onPostgres.Stdout));

            var dueOnPostgres = await CliTests.Run("followup", "due", "--as-of", "2026-06-15", "--db", postgres, "--format", "json");
            var dueOnSqlite = await CliTests.Run("followup", "due", "--as-of", "2026-06-15", "--db", _directory.File("demo.db"), "--format", "json");
            (dueOnPostgres.Code, dueOnPostgres.Stderr).ShouldBe((0, string.Empty));
            dueOnPostgres.Stdout.ShouldBe(dueOnSqlite.Stdout);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = culture;
        }
    }

    [SamplePostgresFact]
    public async Task The_demo_leaves_a_schema_it_did_not_create_alone()
    {
        var server = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(SamplePostgresFactAttribute.Variable));
        var name = "foreign_" + Guid.NewGuid().ToString("N")[..12];
        await Admin(server, $"CREATE DATABASE {name}");
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = false };
            await Admin(postgres, "CREATE SCHEMA latihan; CREATE TABLE latihan.payroll (id int primary key); INSERT INTO latihan.payroll VALUES (1)");

            var run = await CliTests.Run("demo", "--db", postgres.ConnectionString, "--employees", "20");

            run.Code.ShouldBe(2);
            run.Stdout.ShouldBeEmpty();
            run.Stderr.ShouldContain("latihan");
            await using var connection = new NpgsqlConnection(postgres.ConnectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM latihan.payroll", connection);
            ((long)(await count.ExecuteScalarAsync())!).ShouldBe(1L);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await Admin(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task Admin(NpgsqlConnectionStringBuilder server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Comparable(string output) =>
        string.Join('\n', output.Split('\n').TakeWhile(line => !line.StartsWith("Waktu per tahap", StringComparison.Ordinal)).Where(line => !line.StartsWith("Seed ", StringComparison.Ordinal)));
}
