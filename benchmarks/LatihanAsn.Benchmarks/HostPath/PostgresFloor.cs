using System.Diagnostics;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.EntityFrameworkCore.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>
/// The PostgreSQL side of the harness: the runs' databases on the given server, and the floor: every row of the
/// library's schema (<c>latihan</c>) in the demo's database, copied into a second fresh database migrated by the
/// library's migrations with one binary <c>COPY ... FROM STDIN</c> per table, in one transaction, with foreign-key
/// checks off (<c>session_replication_role = replica</c>).
/// </summary>
internal sealed class PostgresFloor(string serverConnectionString)
{
    private const string Schema = "latihan";

    private string ServerConnectionString => new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString;

    /// <summary>Gets the connection string the demo runs on: the server's, with the database <paramref name="database"/>.</summary>
    public string DemoConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database }.ConnectionString;

    /// <summary>Gets the connection string of the database <paramref name="database"/> on the server (no pooling, so a drop is never blocked by an idle connection).</summary>
    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = database, Pooling = false }.ConnectionString;

    /// <summary>Creates the database <paramref name="name"/>, empty (dropping one of that name first).</summary>
    public void CreateDatabase(string name)
    {
        DropDatabase(name);
        AdminExecute($"CREATE DATABASE {Floor.Quote(name)}");
    }

    /// <summary>Drops the database <paramref name="name"/> if it exists, ending its sessions.</summary>
    public void DropDatabase(string name) => AdminExecute($"DROP DATABASE IF EXISTS {Floor.Quote(name)} WITH (FORCE)");

    /// <summary>Gets the server's version and the settings that bear on write speed.</summary>
    public IReadOnlyList<(string Name, string Value)> Settings()
    {
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        string[] names = ["server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers"];
        return names
            .Select(name =>
            {
                using var show = new NpgsqlCommand($"SHOW {name}", connection);
                return (name, (string)show.ExecuteScalar()!);
            })
            .ToArray();
    }

    /// <summary>Copies the library's rows of <paramref name="demoDatabase"/> into <paramref name="copyDatabase"/> (created here) and times the insert.</summary>
    public FloorResult Run(string demoDatabase, string copyDatabase)
    {
        var tables = Read(ConnectionString(demoDatabase));

        CreateDatabase(copyDatabase);
        using (var context = new LatihanAsnDbContext(new DbContextOptionsBuilder<LatihanAsnDbContext>()
                   .UseNpgsql(ConnectionString(copyDatabase), n => n.UseLatihanAsnMigrations()).Options))
        {
            context.Database.Migrate();
        }

        using var connection = new NpgsqlConnection(ConnectionString(copyDatabase));
        connection.Open();
        using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            replica.ExecuteNonQuery();
        }

        var clock = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var table in tables)
            {
                var types = table.Types.Select(TypeOf).ToArray();
                using var importer = connection.BeginBinaryImport(
                    $"COPY {Floor.Quote(Schema)}.{Floor.Quote(table.Name)} ({string.Join(", ", table.Columns.Select(Floor.Quote))}) FROM STDIN (FORMAT BINARY)");
                foreach (var row in table.Rows)
                {
                    importer.StartRow();
                    for (var i = 0; i < row.Length; i++)
                    {
                        if (row[i] is DBNull)
                        {
                            importer.WriteNull();
                        }
                        else if (types[i] is { } type)
                        {
                            importer.Write(row[i], type);
                        }
                        else
                        {
                            importer.Write(row[i], table.Types[i]);
                        }
                    }
                }

                importer.Complete();
            }

            transaction.Commit();
        }

        clock.Stop();

        Floor.Verify(tables, name =>
        {
            using var count = new NpgsqlCommand($"SELECT count(*) FROM {Floor.Quote(Schema)}.{Floor.Quote(name)}", connection);
            return (long)count.ExecuteScalar()!;
        });
        return new FloorResult(tables.Count, tables.Sum(t => (long)t.Rows.Count), Floor.DataBytes(tables), clock.Elapsed);
    }

    private static List<TableRows> Read(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var names = new List<string>();
        using (var list = new NpgsqlCommand(
                   "SELECT table_name FROM information_schema.tables WHERE table_schema = @schema AND table_type = 'BASE TABLE' ORDER BY table_name",
                   connection))
        {
            list.Parameters.AddWithValue("schema", Schema);
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<TableRows>();
        foreach (var name in names.Where(n => !Floor.MigrationTables.Contains(n)))
        {
            var columns = new List<(string Name, string Type)>();
            using (var describe = new NpgsqlCommand(
                       """
                       SELECT column_name, udt_name FROM information_schema.columns
                       WHERE table_schema = @schema AND table_name = @table AND is_generated = 'NEVER'
                       ORDER BY ordinal_position
                       """,
                       connection))
            {
                describe.Parameters.AddWithValue("schema", Schema);
                describe.Parameters.AddWithValue("table", name);
                using var reader = describe.ExecuteReader();
                while (reader.Read())
                {
                    columns.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            var rows = new List<object[]>();
            using (var select = new NpgsqlCommand(
                       $"SELECT {string.Join(", ", columns.Select(c => Floor.Quote(c.Name)))} FROM {Floor.Quote(Schema)}.{Floor.Quote(name)}",
                       connection))
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    var row = new object[reader.FieldCount];
                    reader.GetValues(row);
                    rows.Add(row);
                }
            }

            tables.Add(new TableRows(name, columns.Select(c => c.Name).ToArray(), columns.Select(c => c.Type).ToArray(), rows));
        }

        return tables;
    }

    /// <summary>The type to write a column's values with, from its <c>udt_name</c>; null for a type not listed (written by its name).</summary>
    private static NpgsqlDbType? TypeOf(string udtName) => udtName switch
    {
        "uuid" => NpgsqlDbType.Uuid,
        "text" => NpgsqlDbType.Text,
        "varchar" => NpgsqlDbType.Varchar,
        "bpchar" => NpgsqlDbType.Char,
        "bool" => NpgsqlDbType.Boolean,
        "int2" => NpgsqlDbType.Smallint,
        "int4" => NpgsqlDbType.Integer,
        "int8" => NpgsqlDbType.Bigint,
        "float4" => NpgsqlDbType.Real,
        "float8" => NpgsqlDbType.Double,
        "numeric" => NpgsqlDbType.Numeric,
        "date" => NpgsqlDbType.Date,
        "time" => NpgsqlDbType.Time,
        "timestamp" => NpgsqlDbType.Timestamp,
        "timestamptz" => NpgsqlDbType.TimestampTz,
        "interval" => NpgsqlDbType.Interval,
        "bytea" => NpgsqlDbType.Bytea,
        "json" => NpgsqlDbType.Json,
        "jsonb" => NpgsqlDbType.Jsonb,
        _ when udtName.StartsWith('_') && TypeOf(udtName[1..]) is { } element => NpgsqlDbType.Array | element,
        _ => null,
    };

    private void AdminExecute(string sql)
    {
        using var connection = new NpgsqlConnection(ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
