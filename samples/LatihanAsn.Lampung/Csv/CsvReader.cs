using System.Globalization;
using System.Text;

namespace LatihanAsn.Lampung.Csv;

/// <summary>A problem at a place in an input file; the message reads <c>FILE:LINE:COLUMN: what is wrong</c>.</summary>
internal sealed class CsvException(string file, int line, int column, string problem)
    : InputException($"{file}:{line}:{column}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;
}

/// <summary>
/// One cell of a data row: its column name, where it starts (1-based line and character column; a quoted cell starts
/// at its opening quote), and its text, or <see langword="null"/> when the cell is blank ("missing").
/// </summary>
internal readonly record struct CsvCell(string File, string Name, int Line, int Column, string? Value)
{
    public bool IsMissing => Value is null;

    /// <summary>An error that points at this cell.</summary>
    public CsvException Error(string problem) => new(File, Line, Column, problem);

    /// <exception cref="CsvException">The cell is blank.</exception>
    public string Text() => Value ?? throw Error(Lampung.Text.Pick($"'{Name}' kosong.", $"'{Name}' is blank."));

    /// <exception cref="CsvException">The cell is blank, not a whole number, or outside the range.</exception>
    public int Integer(int min, int max)
    {
        var text = Text();
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(Lampung.Text.Pick($"'{Name}' harus bilangan bulat, bukan '{text}'.", $"'{Name}' must be a whole number, not '{text}'."));
        }

        return value >= min && value <= max
            ? value
            : throw Error(Lampung.Text.Pick($"'{Name}' harus {min} sampai {max}, bukan {value}.", $"'{Name}' must be from {min} to {max}, not {value}."));
    }

    /// <exception cref="CsvException">The cell is blank or not a number (invariant: a dot for decimals, no thousands separator).</exception>
    public decimal Number()
    {
        var text = Text();
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Error(Lampung.Text.Pick($"'{Name}' harus angka (titik sebagai desimal), bukan '{text}'.", $"'{Name}' must be a number (dot for decimals), not '{text}'."));
    }
}

/// <summary>A data row: its line and its cells by column name.</summary>
internal sealed class CsvRow(int line, IReadOnlyDictionary<string, CsvCell> cells)
{
    public int Line { get; } = line;

    /// <summary>Gets the cell of a column of the header.</summary>
    public CsvCell this[string column] => cells[column];
}

/// <summary>
/// A small RFC 4180 reader for the host's input files (JPM input, survey answers, learning hours). The
/// first record must be the expected header (column names in any order, case-insensitive, each exactly once); every row
/// must have as many fields. Fields are separated by commas; a field in double quotes may hold commas, line breaks and
/// doubled quotes (<c>""</c>). Whitespace around unquoted fields is ignored, a blank cell is "missing" (see
/// <see cref="CsvCell.IsMissing"/>), and blank lines are skipped. Rows are read lazily, so large files stream; every
/// problem is a <see cref="CsvException"/> that names the file, line and column.
/// </summary>
internal sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string _file;
    private readonly string[] _columns;
    private int _line = 1;
    private int _column = 1;

    private CsvReader(TextReader reader, string file, IReadOnlyList<string> header)
    {
        _reader = reader;
        _file = file;
        _columns = [.. header];
        ReadHeader();
    }

    /// <summary>Opens a file (UTF-8, with or without a byte-order mark) and checks its header.</summary>
    /// <exception cref="InputException">The file does not exist or cannot be read.</exception>
    /// <exception cref="CsvException">The header is not the expected one.</exception>
    public static CsvReader Open(string path, params string[] header)
    {
        if (!File.Exists(path))
        {
            throw new InputException(Text.Pick($"{path}: berkas tidak ada.", $"{path}: the file does not exist."));
        }

        StreamReader stream;
        try
        {
            stream = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(Text.Pick($"{path}: berkas tidak dapat dibuka ({e.Message})", $"{path}: the file cannot be opened ({e.Message})"));
        }

        try
        {
            return new CsvReader(stream, path, header);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads from any text reader (<paramref name="file"/> names it in messages) and checks the header.</summary>
    public static CsvReader Read(TextReader reader, string file, params string[] header) => new(reader, file, header);

    /// <summary>Gets the line after the last one read (where a missing row would be).</summary>
    public int NextLine => _line;

    /// <summary>Reads the data rows, one at a time.</summary>
    public IEnumerable<CsvRow> Rows()
    {
        while (ReadRecord() is { } fields)
        {
            if (fields.Count != _columns.Length)
            {
                var last = fields[^1];
                var (line, column) = fields.Count > _columns.Length ? (fields[_columns.Length].Line, fields[_columns.Length].Column) : (last.EndLine, last.EndColumn);
                throw new CsvException(_file, line, column, Text.Pick(
                    $"baris ini memiliki {fields.Count} kolom; tajuk memiliki {_columns.Length}.",
                    $"this row has {fields.Count} fields; the header has {_columns.Length}."));
            }

            var cells = new Dictionary<string, CsvCell>(StringComparer.Ordinal);
            for (var i = 0; i < fields.Count; i++)
            {
                var f = fields[i];
                cells[_columns[i]] = new CsvCell(_file, _columns[i], f.Line, f.Column, string.IsNullOrWhiteSpace(f.Value) ? null : f.Value);
            }

            yield return new CsvRow(fields[0].Line, cells);
        }
    }

    public void Dispose() => _reader.Dispose();

    private void ReadHeader()
    {
        var expected = string.Join(",", _columns);
        var fields = ReadRecord() ?? throw new CsvException(_file, _line, _column, Text.Pick(
            $"berkas kosong; tajuk yang diharapkan: {expected}", $"the file is empty; expected the header {expected}"));
        var order = new string[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Value.Trim();
            var column = Array.Find(_columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (column is null || order.Contains(column))
            {
                throw new CsvException(_file, fields[i].Line, fields[i].Column, column is null
                    ? Text.Pick($"kolom tidak dikenal '{name}'; tajuk yang diharapkan: {expected}", $"unknown column '{name}'; expected the header {expected}")
                    : Text.Pick($"kolom '{name}' muncul dua kali.", $"column '{name}' appears twice."));
            }

            order[i] = column;
        }

        var missing = Array.Find(_columns, c => !order.Contains(c));
        if (missing is not null)
        {
            throw new CsvException(_file, fields[^1].EndLine, fields[^1].EndColumn, Text.Pick(
                $"kolom '{missing}' tidak ada; tajuk yang diharapkan: {expected}", $"column '{missing}' is missing; expected the header {expected}"));
        }

        order.CopyTo(_columns, 0);
    }

    /// <summary>Reads the next non-blank record, or <see langword="null"/> at the end of the input.</summary>
    private List<Field>? ReadRecord()
    {
        while (Peek() != -1)
        {
            var fields = new List<Field>();
            bool more;
            do
            {
                (var field, more) = ReadField();
                fields.Add(field);
            }
            while (more);

            if (fields is not [{ Quoted: false, Value: "" }])
            {
                return fields;
            }
        }

        return null;
    }

    /// <summary>Reads one field and the separator after it; <c>More</c> is true when a comma followed.</summary>
    private (Field Field, bool More) ReadField()
    {
        while (Peek() is ' ' or '\t')
        {
            Next();
        }

        var (line, column) = (_line, _column);
        var value = new StringBuilder();
        var quoted = Peek() == '"';
        if (quoted)
        {
            Next();
            while (true)
            {
                var c = Next();
                if (c == -1)
                {
                    throw new CsvException(_file, line, column, Text.Pick("tanda kutip pembuka tidak ditutup.", "the opening quote is never closed."));
                }

                if (c == '"')
                {
                    if (Peek() != '"')
                    {
                        break;
                    }

                    Next();
                }

                value.Append((char)c);
            }

            while (Peek() is ' ' or '\t')
            {
                Next();
            }

            if (Peek() is not (',' or '\r' or '\n' or -1))
            {
                throw new CsvException(_file, _line, _column, Text.Pick(
                    "setelah tanda kutip penutup harus ada koma atau akhir baris.", "a closing quote must be followed by a comma or the end of the line."));
            }
        }
        else
        {
            while (Peek() is not (',' or '\r' or '\n' or -1))
            {
                if (Peek() == '"')
                {
                    throw new CsvException(_file, _line, _column, Text.Pick(
                        "tanda kutip di tengah nilai: kutip seluruh nilai dan gandakan kutip di dalamnya.",
                        "a quote inside an unquoted value: quote the whole value and double the quotes inside it."));
                }

                value.Append((char)Next());
            }
        }

        var (endLine, endColumn) = (_line, _column);
        var separator = Next();
        if (separator == '\r' && Peek() == '\n')
        {
            Next();
        }

        var text = quoted ? value.ToString() : value.ToString().TrimEnd();
        return (new Field(text, quoted, line, column, endLine, endColumn), separator == ',');
    }

    private int Peek() => _reader.Peek();

    /// <summary>Consumes a character and moves the position: a line break (CRLF, LF or CR) starts a new line.</summary>
    private int Next()
    {
        var c = _reader.Read();
        if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
        {
            _line++;
            _column = 1;
        }
        else if (c != -1 && c != '\r')
        {
            _column++;
        }

        return c;
    }

    private sealed record Field(string Value, bool Quoted, int Line, int Column, int EndLine, int EndColumn);
}
