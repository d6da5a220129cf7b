using System.Globalization;
using System.Resources;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// The message catalogue: every text the library writes lives in <c>Messages.resx</c> (Indonesian, the neutral language)
/// and <c>Messages.en.resx</c> (English), under the same key, so a translator edits one file per language.
/// </summary>
/// <remarks>
/// A message with arguments is a composite format string (<c>{0}</c> is the first argument; literal braces are doubled,
/// as in <c>{{PropertyName}}</c>). A message without arguments is returned as written, so FluentValidation placeholders
/// such as <c>{PropertyName}</c> reach FluentValidation untouched. Arguments are formatted with the current culture, as the
/// interpolated strings they replace were; a <see cref="LocalizedText"/> argument is written in the message's language.
/// </remarks>
internal static class Messages
{
    private static readonly ResourceManager Resources = new(typeof(Messages));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The message in the current UI culture's language: English for English cultures, otherwise Indonesian.</summary>
    public static string Get(string key, params object?[] args) => Format(Lookup(key, CultureInfo.CurrentUICulture), args);

    /// <summary>The message in both languages, for results that carry a <see cref="LocalizedText"/>.</summary>
    public static LocalizedText Both(string key, params object?[] args) =>
        new(Format(Lookup(key, CultureInfo.InvariantCulture), In(args, english: false)), Format(Lookup(key, English), In(args, english: true)));

    /// <summary>
    /// A count with its noun, in both languages: <paramref name="oneKey"/> for exactly one, <paramref name="otherKey"/>
    /// otherwise (English needs the plural, Indonesian writes both alike). Each message takes the count as <c>{0}</c>.
    /// </summary>
    public static LocalizedText Count(int count, string oneKey, string otherKey) => Both(count == 1 ? oneKey : otherKey, count);

    /// <summary>Joins texts language by language.</summary>
    public static LocalizedText Join(string separator, IEnumerable<LocalizedText> texts)
    {
        var all = texts.ToArray();
        return new(string.Join(separator, all.Select(t => t.Indonesian)), string.Join(separator, all.Select(t => t.English)));
    }

    /// <summary>The raw resource value of <paramref name="key"/> in <paramref name="culture"/>, falling back to Indonesian.</summary>
    internal static string Lookup(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new MissingManifestResourceException($"No message '{key}' in the catalogue.");

    private static object?[] In(object?[] args, bool english) =>
        Array.Exists(args, a => a is LocalizedText)
            ? Array.ConvertAll(args, a => a is LocalizedText t ? (english ? t.English : t.Indonesian) : a)
            : args;

    private static string Format(string format, object?[]? args) =>
        args is { Length: > 0 } ? string.Format(CultureInfo.CurrentCulture, format, args) : format;
}
