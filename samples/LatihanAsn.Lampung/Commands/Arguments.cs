using System.Globalization;

namespace LatihanAsn.Lampung.Commands;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Aligned text tables for people.</summary>
    Table,

    /// <summary>JSON (camelCase, numbers unrounded) for programs.</summary>
    Json,
}

/// <summary>
/// A parsed command line: the command words (<c>competency jpm</c>) and the options (<c>--name value</c> or
/// <c>--name=value</c>, each at most once; an option followed by nothing or by another option is a flag, such as
/// <c>--exact</c>). A command reads the options it knows, then calls <see cref="EnsureAllRead"/> so that a misspelt
/// option is an error rather than silently ignored.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal); // null: given without a value (a flag)
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    private Arguments()
    {
    }

    /// <summary>Gets the command words, in order.</summary>
    public IReadOnlyList<string> Words => _words;

    /// <summary>Gets whether help was asked for (<c>--help</c> or <c>-h</c>).</summary>
    public bool Help { get; private set; }

    /// <exception cref="UsageException">An option given twice, or a single-dash option.</exception>
    public static Arguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token is "--help" or "-h")
            {
                parsed.Help = true;
            }
            else if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2)
            {
                var (name, value) = token.IndexOf('=', StringComparison.Ordinal) is var equals and > 2
                    ? (token[2..equals], token[(equals + 1)..])
                    : (token[2..], i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
                if (!parsed._options.TryAdd(name, value))
                {
                    throw new UsageException(Text.Pick($"opsi --{name} diberikan dua kali.", $"option --{name} is given twice."));
                }
            }
            else if (token.StartsWith('-') && token.Length > 1)
            {
                throw new UsageException(Text.Pick($"opsi tidak dikenal: {token}", $"unknown option: {token}"));
            }
            else
            {
                parsed._words.Add(token);
            }
        }

        return parsed;
    }

    /// <summary>Returns an option's value, or <see langword="null"/> when it is not given.</summary>
    /// <exception cref="UsageException">The option is given without a value.</exception>
    public string? Optional(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var value) && value is null
            ? throw new UsageException(Text.Pick($"opsi --{name} memerlukan nilai.", $"option --{name} needs a value."))
            : value;
    }

    /// <summary>Returns whether a flag (an option without a value, such as <c>--exact</c>) is given.</summary>
    /// <exception cref="UsageException">The flag is given a value.</exception>
    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value))
        {
            return false;
        }

        return value is null
            ? true
            : throw new UsageException(Text.Pick($"opsi --{name} tidak menerima nilai ('{value}').", $"option --{name} takes no value ('{value}')."));
    }

    /// <exception cref="UsageException">The option is not given.</exception>
    public string Required(string name) =>
        Optional(name) ?? throw new UsageException(Text.Pick($"opsi --{name} wajib diisi.", $"option --{name} is required."));

    /// <exception cref="UsageException">The value is not a whole number from <paramref name="min"/> to <paramref name="max"/>.</exception>
    public int Integer(string name, int defaultValue, int min, int max)
    {
        var text = Optional(name);
        if (text is null)
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new UsageException(Text.Pick(
                $"--{name} harus bilangan bulat {min} sampai {max}, bukan '{text}'.",
                $"--{name} must be a whole number from {min} to {max}, not '{text}'."));
    }

    /// <exception cref="UsageException">The option is not given, or not a whole number from <paramref name="min"/> to <paramref name="max"/>.</exception>
    public int Integer(string name, int min, int max)
    {
        Required(name);
        return Integer(name, default, min, max);
    }

    /// <summary>Returns the value as one of <paramref name="choices"/> (text to value).</summary>
    /// <exception cref="UsageException">The value is not one of the choices.</exception>
    public T Choice<T>(string name, T? defaultValue, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        var text = defaultValue is null ? Required(name) : Optional(name);
        if (text is null)
        {
            return defaultValue!.Value;
        }

        return choices.TryGetValue(text, out var value)
            ? value
            : throw new UsageException(Text.Pick(
                $"nilai --{name} tidak dikenal: '{text}'; pilih {string.Join(", ", choices.Keys)}.",
                $"unknown value for --{name}: '{text}'; use {string.Join(", ", choices.Keys)}."));
    }

    /// <summary>Reads <c>--format table|json</c> (default table).</summary>
    public OutputFormat Format() =>
        Choice("format", OutputFormat.Table, new Dictionary<string, OutputFormat>(StringComparer.Ordinal) { ["table"] = OutputFormat.Table, ["json"] = OutputFormat.Json });

    /// <exception cref="UsageException">An option was given that the command does not know.</exception>
    public void EnsureAllRead()
    {
        var unknown = _options.Keys.FirstOrDefault(name => !_read.Contains(name));
        if (unknown is not null)
        {
            throw new UsageException(Text.Pick($"opsi tidak dikenal untuk perintah ini: --{unknown}", $"unknown option for this command: --{unknown}"));
        }
    }
}
