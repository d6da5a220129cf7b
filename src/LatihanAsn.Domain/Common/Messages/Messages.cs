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
/// interpolated strings they replace were.
/// </remarks>
internal static class Messages
{
    private static readonly ResourceManager Resources = new(typeof(Messages));
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The message in the current UI culture's language: English for English cultures, otherwise Indonesian.</summary>
    public static string Get(string key, params object?[] args) => Format(Lookup(key, CultureInfo.CurrentUICulture), args);

    /// <summary>The message in both languages, for results that carry a <see cref="LocalizedText"/>.</summary>
    public static LocalizedText Both(string key, params object?[] args) =>
        new(Format(Lookup(key, CultureInfo.InvariantCulture), args), Format(Lookup(key, English), args));

    /// <summary>The raw resource value of <paramref name="key"/> in <paramref name="culture"/>, falling back to Indonesian.</summary>
    internal static string Lookup(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new MissingManifestResourceException($"No message '{key}' in the catalogue.");

    private static string Format(string format, object?[]? args) =>
        args is { Length: > 0 } ? string.Format(CultureInfo.CurrentCulture, format, args) : format;
}
