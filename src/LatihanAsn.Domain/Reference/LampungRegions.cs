namespace LatihanAsn.Domain.Reference;

/// <summary>Whether a region is a regency or a city.</summary>
public enum RegionKind
{
    /// <summary>Kabupaten (regency).</summary>
    Kabupaten = 0,

    /// <summary>Kota (city).</summary>
    Kota = 1,
}

/// <summary>A kabupaten or kota.</summary>
/// <param name="Code">The region code (the BPS code, for example <c>1871</c>).</param>
/// <param name="Name">The name.</param>
/// <param name="Kind">Regency or city.</param>
/// <param name="Seat">The seat of government.</param>
public sealed record Region(string Code, string Name, RegionKind Kind, string Seat);

/// <summary>
/// The 13 kabupaten and 2 kota of Lampung with their seats (verified), as default regions a host can use. The codes
/// are the BPS region codes as recalled (unverified); a host with its own coding uses its own table.
/// </summary>
public static class LampungRegions
{
    /// <summary>Gets Kota Bandar Lampung, the provincial capital.</summary>
    public static Region BandarLampung { get; } = new("1871", "Kota Bandar Lampung", RegionKind.Kota, "Bandar Lampung");

    /// <summary>Gets the fifteen regions, regencies first, by code.</summary>
    public static IReadOnlyList<Region> All { get; } =
    [
        new("1801", "Lampung Barat", RegionKind.Kabupaten, "Liwa"),
        new("1802", "Tanggamus", RegionKind.Kabupaten, "Kota Agung"),
        new("1803", "Lampung Selatan", RegionKind.Kabupaten, "Kalianda"),
        new("1804", "Lampung Timur", RegionKind.Kabupaten, "Sukadana"),
        new("1805", "Lampung Tengah", RegionKind.Kabupaten, "Gunung Sugih"),
        new("1806", "Lampung Utara", RegionKind.Kabupaten, "Kotabumi"),
        new("1807", "Way Kanan", RegionKind.Kabupaten, "Blambangan Umpu"),
        new("1808", "Tulang Bawang", RegionKind.Kabupaten, "Menggala"),
        new("1809", "Pesawaran", RegionKind.Kabupaten, "Gedong Tataan"),
        new("1810", "Pringsewu", RegionKind.Kabupaten, "Pringsewu"),
        new("1811", "Mesuji", RegionKind.Kabupaten, "Wiralaga Mulya"),
        new("1812", "Tulang Bawang Barat", RegionKind.Kabupaten, "Panaragan"),
        new("1813", "Pesisir Barat", RegionKind.Kabupaten, "Krui"),
        BandarLampung,
        new("1872", "Kota Metro", RegionKind.Kota, "Metro"),
    ];

    /// <summary>Finds a region by code or by name (case-insensitive).</summary>
    /// <param name="codeOrName">The code or name.</param>
    /// <returns>The region, or <see langword="null"/>.</returns>
    public static Region? Find(string codeOrName) =>
        All.FirstOrDefault(r => string.Equals(r.Code, codeOrName?.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(r.Name, codeOrName?.Trim(), StringComparison.OrdinalIgnoreCase));
}
