using System.Globalization;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// Helpers for the texts the library writes. The texts themselves are in the message catalogue (<see cref="Messages"/>):
/// Indonesian is the default, English is used when the current UI culture's language is English.
/// </summary>
internal static class Text
{
    public static bool IsEnglish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);

    public static string Invariant(FormattableString value) => FormattableString.Invariant(value);

    /// <summary>A day as <c>yyyy-MM-dd</c>, whatever the culture (a Thai or Arabic culture would change the calendar or digits).</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>
/// A text the library produces in both of its languages (explanations, verdicts, labels), so a host can show either.
/// </summary>
/// <param name="Indonesian">The Indonesian text (the default language).</param>
/// <param name="English">The English text.</param>
public sealed record LocalizedText(string Indonesian, string English)
{
    /// <summary>Returns the text in the language of <paramref name="culture"/>: English for English cultures, otherwise Indonesian.</summary>
    /// <param name="culture">The culture to choose for.</param>
    /// <returns>The chosen text.</returns>
    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Text.IsEnglish(culture) ? English : Indonesian;
    }

    /// <summary>Returns the text in the language of the current UI culture.</summary>
    /// <returns>The chosen text.</returns>
    public override string ToString() => For(CultureInfo.CurrentUICulture);
}
