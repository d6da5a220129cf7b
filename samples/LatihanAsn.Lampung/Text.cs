using System.Globalization;

namespace LatihanAsn.Lampung;

/// <summary>Picks Indonesian or English text by the UI culture, as the library does: English for English cultures, Indonesian otherwise.</summary>
internal static class Text
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Pick(string indonesian, string english) => IsEnglish ? english : indonesian;
}
