using System.Globalization;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// Picks the Indonesian or English text of a message. Indonesian is the default; English is used when the current UI
/// culture's language is English. Every message the library writes goes through here, so both languages always exist.
/// </summary>
internal static class Text
{
    public static bool IsEnglish(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);

    public static string Pick(string indonesian, string english) =>
        IsEnglish(CultureInfo.CurrentUICulture) ? english : indonesian;

    public static string Invariant(FormattableString value) => FormattableString.Invariant(value);

    /// <summary>A count with an English noun, singular for exactly one ("1 level", "2 levels", "0 levels"); Indonesian needs none.</summary>
    public static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

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
