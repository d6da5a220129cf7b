using System.Globalization;
using System.Text.Json;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Lampung.Commands;

/// <summary>JSON output: camelCase, indented; decimals are written in full (System.Text.Json never rounds them).</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Options));
}

/// <summary>How tables show values: rounded half away from zero (the library's display convention), in the current culture.</summary>
internal static class Display
{
    public static string Percent(decimal value, int decimals = 2) =>
        Rounding.HalfAwayFromZero(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture) + " %";

    public static string Number(decimal value, int decimals) =>
        Rounding.HalfAwayFromZero(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    public static string Count(int value) => value.ToString(CultureInfo.CurrentCulture);

    public static string Rating(GapRating rating) => rating switch
    {
        GapRating.Green => Text.Pick("hijau", "green"),
        GapRating.Amber => Text.Pick("kuning", "amber"),
        GapRating.Red => Text.Pick("merah", "red"),
        _ => Text.Pick("belum dinilai", "not assessed"),
    };
}
