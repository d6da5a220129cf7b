using System.Diagnostics;
using System.Globalization;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.EntityFrameworkCore.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>
/// The SQLite floor: every row of the library's tables in the demo's file, inserted into a new file migrated by the
/// library's migrations, in one transaction, with foreign keys off, WAL and <c>synchronous=NORMAL</c> (as the demo's
/// database), through one prepared parameterised INSERT per table.
/// </summary>
internal static class SqliteFloor
{
    public static FloorResult Run(string demoFile, string copyFile)
    {
        var tables = Read(demoFile);

        using (var context = new LatihanAsnDbContext(new DbContextOptionsBuilder<LatihanAsnDbContext>()
                   .UseSqlite(ConnectionString(copyFile), s => s.UseLatihanAsnMigrations()).Options))
        {
            context.Database.Migrate();
        }

        using var connection = new SqliteConnection(ConnectionString(copyFile));
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;");

        var clock = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var table in tables)
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText =
                    $"INSERT INTO {Floor.Quote(table.Name)} ({string.Join(", ", table.Columns.Select(Floor.Quote))}) " +
                    $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => Parameter(i)))})";
                var parameters = table.Columns.Select((_, i) => insert.Parameters.Add(new SqliteParameter(Parameter(i), null))).ToArray();
                insert.Prepare();
                foreach (var row in table.Rows)
                {
                    for (var i = 0; i < parameters.Length; i++)
                    {
                        parameters[i].Value = row[i];
                    }

                    insert.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }

        clock.Stop();

        Floor.Verify(tables, name =>
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM {Floor.Quote(name)}";
            return (long)count.ExecuteScalar()!;
        });
        return new FloorResult(tables.Count, tables.Sum(t => (long)t.Rows.Count), Floor.DataBytes(tables), clock.Elapsed);
    }

    /// <summary>Gets the SQLite library's version.</summary>
    public static string Version()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private static List<TableRows> Read(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var names = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<TableRows>();
        foreach (var name in names.Where(n => !Floor.MigrationTables.Contains(n)))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM {Floor.Quote(name)}";
            using var reader = select.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
            var rows = new List<object[]>();
            while (reader.Read())
            {
                var row = new object[reader.FieldCount];
                reader.GetValues(row);
                rows.Add(row);
            }

            tables.Add(new TableRows(name, columns, types, rows));
        }

        return tables;
    }

    private static string Parameter(int index) => "$p" + index.ToString(CultureInfo.InvariantCulture);

    private static string ConnectionString(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
