namespace LatihanAsn.Lampung.Commands;

/// <summary>A plain text table: a header, a rule, then rows; text columns left-aligned, numeric columns right-aligned.</summary>
internal sealed class TextTable(params (string Header, bool Numeric)[] columns)
{
    private readonly List<string[]> _rows = [];

    public TextTable Row(params string[] cells)
    {
        if (cells.Length != columns.Length)
        {
            throw new ArgumentException($"Expected {columns.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public void Write(TextWriter writer)
    {
        var widths = columns.Select((c, i) => _rows.Select(r => r[i].Length).Prepend(c.Header.Length).Max()).ToArray();
        WriteLine(writer, columns.Select(c => c.Header).ToArray(), widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            WriteLine(writer, row, widths);
        }
    }

    private void WriteLine(TextWriter writer, string[] cells, int[] widths) =>
        writer.WriteLine(string.Join("  ", cells.Select((cell, i) => columns[i].Numeric ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd());
}
