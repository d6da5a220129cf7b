using System.Text;

namespace LatihanAsn.Benchmarks.HostPath;

/// <summary>One table of the library's schema read into memory: its columns (with the database's type names) and rows, values as the provider returns them.</summary>
internal sealed record TableRows(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Types, IReadOnlyList<object[]> Rows);

/// <summary>The floor of one run: the rows the demo left, copied into an empty database of the same schema by the provider's bulk path.</summary>
/// <param name="Tables">The tables copied (the migrations' bookkeeping tables excluded).</param>
/// <param name="Rows">The rows copied, all tables.</param>
/// <param name="DataBytes">The values' approximate size: UTF-8 bytes of text, 8 bytes for a 64-bit number, and so on.</param>
/// <param name="Insert">The time of the insert alone: the transaction's start to its commit.</param>
internal sealed record FloorResult(int Tables, long Rows, long DataBytes, TimeSpan Insert);

/// <summary>What the floor's two implementations (<see cref="SqliteFloor"/>, <see cref="PostgresFloor"/>) share.</summary>
internal static class Floor
{
    /// <summary>The migrations' own tables: the copy's migrations create them, so they are not copied.</summary>
    public static readonly string[] MigrationTables = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    /// <summary>Gets the approximate size of the rows' values.</summary>
    public static long DataBytes(IEnumerable<TableRows> tables) =>
        tables.Sum(t => t.Rows.Sum(row => row.Sum(SizeOf)));

    /// <summary>Checks that the copy holds as many rows per table as were read.</summary>
    /// <exception cref="InvalidOperationException">A table's count differs.</exception>
    public static void Verify(IEnumerable<TableRows> tables, Func<string, long> count)
    {
        foreach (var table in tables)
        {
            var copied = count(table.Name);
            if (copied != table.Rows.Count)
            {
                throw new InvalidOperationException($"the copy of {table.Name} holds {copied} rows, not {table.Rows.Count}");
            }
        }
    }

    /// <summary>Quotes an identifier (SQLite and PostgreSQL alike).</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static long SizeOf(object value) => value switch
    {
        DBNull => 0,
        string s => Encoding.UTF8.GetByteCount(s),
        byte[] b => b.Length,
        bool or byte or sbyte => 1,
        short or ushort => 2,
        int or uint or float or DateOnly => 4,
        long or ulong or double or DateTime or DateTimeOffset or TimeSpan or TimeOnly => 8,
        decimal or Guid => 16,
        Array a => a.Cast<object>().Sum(SizeOf),
        _ => 8,
    };
}
