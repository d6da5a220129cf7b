using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LatihanAsn.Lampung.Json;

/// <summary>
/// A problem at a place in a JSON input file; the message reads <c>FILE:LINE:COLUMN: PATH: what is wrong</c>, with the
/// JSON path of the value (<c>$.employees[2].levels['M.05']</c>).
/// </summary>
internal sealed class JsonInputException(string file, int line, int column, string path, string problem)
    : InputException($"{file}:{line}:{column}: {path}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public int Column { get; } = column;

    public string JsonPath { get; } = path;
}

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>The bytes of a JSON file, with where each line starts, to turn a byte offset into a line and a character column.</summary>
internal sealed class JsonSource(string file, byte[] bytes, int offset)
{
    private int[]? _lineStarts;

    public string File { get; } = file;

    /// <summary>Gets the 1-based line and character column (as editors count) of a byte offset of the JSON text.</summary>
    public (int Line, int Column) Position(long index)
    {
        _lineStarts ??= LineStarts();
        var at = (int)index + offset;
        var line = Array.BinarySearch(_lineStarts, at);
        line = line >= 0 ? line : ~line - 1;
        return (line + 1, Encoding.UTF8.GetCharCount(bytes, _lineStarts[line], at - _lineStarts[line]) + 1);
    }

    /// <summary>Gets the position of a 0-based line and byte position in it (as <see cref="JsonException"/> gives them).</summary>
    public (int Line, int Column) Position(long line, long bytePositionInLine)
    {
        _lineStarts ??= LineStarts();
        var start = _lineStarts[Math.Min((int)line, _lineStarts.Length - 1)];
        var length = (int)Math.Min(bytePositionInLine, bytes.Length - start);
        return ((int)line + 1, Encoding.UTF8.GetCharCount(bytes, start, length) + 1);
    }

    private int[] LineStarts()
    {
        var starts = new List<int> { offset };
        for (var i = offset; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}

/// <summary>
/// A JSON value that knows where it is: its JSON path and where it starts in the file. Accessors check the kind and the
/// range and throw a <see cref="JsonInputException"/> that points at the value.
/// </summary>
internal sealed class JsonValue
{
    private readonly JsonSource _source;
    private readonly long _index;
    private readonly string? _text;
    private readonly List<(string Name, JsonValue Value)>? _properties;
    private readonly List<JsonValue>? _items;

    private JsonValue(JsonSource source, JsonKind kind, string path, long index, string? text, List<(string, JsonValue)>? properties, List<JsonValue>? items)
    {
        _source = source;
        Kind = kind;
        Path = path;
        _index = index;
        _text = text;
        _properties = properties;
        _items = items;
    }

    public JsonKind Kind { get; }

    /// <summary>Gets the JSON path, from <c>$</c>.</summary>
    public string Path { get; }

    /// <summary>Reads a file (UTF-8, with or without a byte-order mark) into values with their positions.</summary>
    /// <exception cref="InputException">The file does not exist or cannot be read.</exception>
    /// <exception cref="JsonInputException">The file is not valid JSON.</exception>
    public static JsonValue Load(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException(Text.Pick($"{path}: berkas tidak ada.", $"{path}: the file does not exist."));
        }

        byte[] bytes;
        try
        {
            bytes = System.IO.File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(Text.Pick($"{path}: berkas tidak dapat dibuka ({e.Message})", $"{path}: the file cannot be opened ({e.Message})"));
        }

        return Parse(bytes, path);
    }

    /// <summary>Parses JSON text (<paramref name="file"/> names it in messages).</summary>
    /// <exception cref="JsonInputException">The text is not valid JSON.</exception>
    public static JsonValue Parse(byte[] bytes, string file)
    {
        var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var source = new JsonSource(file, bytes, offset);
        var reader = new Utf8JsonReader(bytes.AsSpan(offset), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        var path = "$";
        try
        {
            if (!reader.Read())
            {
                throw new JsonInputException(file, 1, 1, "$", Text.Pick("berkas kosong: diharapkan objek JSON.", "the file is empty: a JSON object is expected."));
            }

            var root = ReadValue(ref reader, source, "$", ref path);
            if (reader.Read())
            {
                var (line, column) = source.Position(reader.TokenStartIndex);
                throw new JsonInputException(file, line, column, "$", Text.Pick("ada teks setelah nilai JSON.", "there is text after the JSON value."));
            }

            return root;
        }
        catch (JsonException e)
        {
            var (line, column) = source.Position(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut].TrimEnd() : message;
            throw new JsonInputException(file, line, column, path, Text.Pick($"JSON tidak valid: {message}", $"invalid JSON: {message}"));
        }
    }

    /// <summary>An error that points at this value (or names another path, such as a missing property's, at this place).</summary>
    public JsonInputException Error(string problem, string? path = null)
    {
        var (line, column) = _source.Position(_index);
        return new JsonInputException(_source.File, line, column, path ?? Path, problem);
    }

    /// <exception cref="JsonInputException">The value is not an object, or has a property not in <paramref name="allowed"/>.</exception>
    public JsonObject Object(params string[] allowed)
    {
        Expect(JsonKind.Object);
        if (allowed.Length > 0)
        {
            foreach (var (name, value) in _properties!)
            {
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    throw value.Error(Text.Pick(
                        $"properti tidak dikenal '{name}'; yang dikenal: {string.Join(", ", allowed)}.",
                        $"unknown property '{name}'; known: {string.Join(", ", allowed)}."));
                }
            }
        }

        return new JsonObject(this, _properties!);
    }

    /// <exception cref="JsonInputException">The value is not an array.</exception>
    public IReadOnlyList<JsonValue> Array()
    {
        Expect(JsonKind.Array);
        return _items!;
    }

    /// <exception cref="JsonInputException">The value is not a string, or is blank.</exception>
    public string String()
    {
        Expect(JsonKind.String);
        return string.IsNullOrWhiteSpace(_text)
            ? throw Error(Text.Pick("teks kosong.", "the text is blank."))
            : _text.Trim();
    }

    /// <exception cref="JsonInputException">The value is not a boolean.</exception>
    public bool Boolean()
    {
        Expect(JsonKind.Boolean);
        return _text == "true";
    }

    /// <exception cref="JsonInputException">The value is not a number, or is outside the range.</exception>
    public decimal Number(decimal min, decimal max)
    {
        Expect(JsonKind.Number);
        if (!decimal.TryParse(_text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Error(Text.Pick($"angka {_text} di luar jangkauan.", $"the number {_text} is out of range."));
        }

        return value >= min && value <= max
            ? value
            : throw Error(Text.Pick(
                $"harus {Show(min)} sampai {Show(max)}, bukan {_text}.",
                $"must be from {Show(min)} to {Show(max)}, not {_text}."));
    }

    /// <exception cref="JsonInputException">The value is not a whole number, or is outside the range.</exception>
    public int Integer(int min, int max)
    {
        Expect(JsonKind.Number);
        if (!decimal.TryParse(_text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != decimal.Truncate(value))
        {
            throw Error(Text.Pick($"harus bilangan bulat, bukan {_text}.", $"must be a whole number, not {_text}."));
        }

        return value >= min && value <= max
            ? (int)value
            : throw Error(Text.Pick($"harus {min} sampai {max}, bukan {_text}.", $"must be from {min} to {max}, not {_text}."));
    }

    /// <exception cref="JsonInputException">The value is not a date written <c>yyyy-MM-dd</c>.</exception>
    public DateOnly Date()
    {
        Expect(JsonKind.String);
        return DateOnly.TryParseExact(_text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Error(Text.Pick($"harus tanggal berbentuk yyyy-MM-dd, bukan '{_text}'.", $"must be a date as yyyy-MM-dd, not '{_text}'."));
    }

    /// <summary>Reads a name from a closed list (text to value, compared without regard to case).</summary>
    /// <exception cref="JsonInputException">The value is not a string, or not one of the names.</exception>
    public T Choice<T>(IReadOnlyDictionary<string, T> choices)
    {
        Expect(JsonKind.String);
        return choices.TryGetValue(_text!.Trim(), out var value)
            ? value
            : throw Error(Text.Pick(
                $"nilai tidak dikenal '{_text}'; pilih {string.Join(", ", choices.Keys)}.",
                $"unknown value '{_text}'; use {string.Join(", ", choices.Keys)}."));
    }

    /// <summary>The names of an enum's values, compared without regard to case.</summary>
    public static IReadOnlyDictionary<string, T> Names<T>()
        where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => v.ToString(), v => v, StringComparer.OrdinalIgnoreCase);

    private void Expect(JsonKind kind)
    {
        if (Kind != kind)
        {
            throw Error(Text.Pick($"diharapkan {Name(kind, false)}, bukan {Name(Kind, false)}.", $"expected {Name(kind, true)}, not {Name(Kind, true)}."));
        }
    }

    private static string Name(JsonKind kind, bool english) => (kind, english) switch
    {
        (JsonKind.Object, false) => "objek",
        (JsonKind.Array, false) => "larik",
        (JsonKind.String, false) => "teks",
        (JsonKind.Number, false) => "angka",
        (JsonKind.Boolean, false) => "true/false",
        (JsonKind.Null, false) => "null",
        (JsonKind.Object, true) => "an object",
        (JsonKind.Array, true) => "an array",
        (JsonKind.String, true) => "a string",
        (JsonKind.Number, true) => "a number",
        (JsonKind.Boolean, true) => "true or false",
        _ => "null",
    };

    private static string Show(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The JSON path of a property: <c>.name</c> for plain names, <c>['name']</c> otherwise (as System.Text.Json writes it).</summary>
    public static string PropertyPath(string parent, string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? $"{parent}.{name}"
            : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static JsonValue ReadValue(ref Utf8JsonReader reader, JsonSource source, string path, ref string current)
    {
        current = path;
        var start = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<(string, JsonValue)>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    var at = reader.TokenStartIndex;
                    var child = JsonValue.PropertyPath(path, name);
                    if (!seen.Add(name))
                    {
                        var (line, column) = source.Position(at);
                        throw new JsonInputException(source.File, line, column, child, Text.Pick($"properti '{name}' muncul dua kali.", $"property '{name}' appears twice."));
                    }

                    reader.Read();
                    properties.Add((name, ReadValue(ref reader, source, child, ref current)));
                    current = path;
                }

                return new JsonValue(source, JsonKind.Object, path, start, null, properties, null);
            case JsonTokenType.StartArray:
                var items = new List<JsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, source, $"{path}[{items.Count}]", ref current));
                    current = path;
                }

                return new JsonValue(source, JsonKind.Array, path, start, null, null, items);
            case JsonTokenType.String:
                return new JsonValue(source, JsonKind.String, path, start, reader.GetString(), null, null);
            case JsonTokenType.Number:
                return new JsonValue(source, JsonKind.Number, path, start, Encoding.UTF8.GetString(reader.ValueSpan), null, null);
            case JsonTokenType.True or JsonTokenType.False:
                return new JsonValue(source, JsonKind.Boolean, path, start, reader.TokenType == JsonTokenType.True ? "true" : "false", null, null);
            default:
                return new JsonValue(source, JsonKind.Null, path, start, null, null, null);
        }
    }
}

/// <summary>An object's properties by name; a property that is absent or <c>null</c> is missing.</summary>
internal sealed class JsonObject(JsonValue value, IReadOnlyList<(string Name, JsonValue Value)> properties)
{
    /// <summary>Gets the object itself (for errors about the whole object).</summary>
    public JsonValue Value { get; } = value;

    /// <summary>Gets the properties in file order.</summary>
    public IReadOnlyList<(string Name, JsonValue Value)> Properties { get; } = properties;

    /// <summary>Returns a property, or <see langword="null"/> when it is absent or <c>null</c>.</summary>
    public JsonValue? Optional(string name)
    {
        foreach (var (n, v) in Properties)
        {
            if (n == name)
            {
                return v.Kind == JsonKind.Null ? null : v;
            }
        }

        return null;
    }

    /// <exception cref="JsonInputException">The property is absent or <c>null</c> (the error names its path and points at the object).</exception>
    public JsonValue Required(string name) =>
        Optional(name) ?? throw Value.Error(Text.Pick($"properti '{name}' wajib diisi.", $"property '{name}' is required."), JsonValue.PropertyPath(Value.Path, name));
}
