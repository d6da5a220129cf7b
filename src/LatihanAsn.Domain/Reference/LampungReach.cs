using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Reference;

/// <summary>
/// Default reach of Lampung's regions to the provincial training centre (BPSDM Provinsi Lampung, Bandar Lampung):
/// one-way travel time from each seat, return travel cost per participant, and connectivity. These are planning
/// estimates (unverified): road times from public maps rounded to half hours, cost at about Rp 100,000 per travel hour
/// both ways, and limited connectivity for the coastal and border regencies the seed names as hard to reach. A host
/// replaces them with its own table.
/// </summary>
public static class LampungReach
{
    /// <summary>The provincial training centre's code.</summary>
    public const string BpsdmCentre = "BPSDM-LAMPUNG";

    /// <summary>Gets the reach of the fifteen regions.</summary>
    /// <returns>New aggregates, ready to save.</returns>
    public static IReadOnlyList<RegionReach> Create() =>
        Table.Select(r => RegionReach.Define(r.Code, LampungRegions.Find(r.Code)!.Name, r.Connectivity, [new TravelLink(BpsdmCentre, r.Hours, r.Hours * 2 * 100_000m)])).ToArray();

    private static readonly (string Code, decimal Hours, Connectivity Connectivity)[] Table =
    [
        ("1801", 6.5m, Connectivity.Limited),  // Lampung Barat (Liwa)
        ("1802", 2.5m, Connectivity.Good),     // Tanggamus (Kota Agung)
        ("1803", 1.5m, Connectivity.Good),     // Lampung Selatan (Kalianda)
        ("1804", 2.5m, Connectivity.Good),     // Lampung Timur (Sukadana)
        ("1805", 2m, Connectivity.Good),       // Lampung Tengah (Gunung Sugih)
        ("1806", 3m, Connectivity.Good),       // Lampung Utara (Kotabumi)
        ("1807", 4.5m, Connectivity.Limited),  // Way Kanan (Blambangan Umpu)
        ("1808", 3m, Connectivity.Good),       // Tulang Bawang (Menggala)
        ("1809", 1m, Connectivity.Good),       // Pesawaran (Gedong Tataan)
        ("1810", 1.5m, Connectivity.Good),     // Pringsewu
        ("1811", 5m, Connectivity.Limited),    // Mesuji (Wiralaga Mulya)
        ("1812", 3.5m, Connectivity.Good),     // Tulang Bawang Barat (Panaragan)
        ("1813", 7m, Connectivity.Limited),    // Pesisir Barat (Krui)
        ("1871", 0m, Connectivity.Good),       // Kota Bandar Lampung
        ("1872", 1.5m, Connectivity.Good),     // Kota Metro
    ];
}
