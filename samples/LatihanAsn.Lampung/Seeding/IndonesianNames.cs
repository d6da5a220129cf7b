using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>Given names and family names common in Lampung (Lampung, Javanese, Sundanese and Malay origins), and academic degrees.</summary>
internal static class IndonesianNames
{
    private static readonly string[] Male =
    [
        "Ahmad", "Agus", "Andi", "Arif", "Bambang", "Budi", "Dedi", "Dimas", "Eko", "Fajar", "Fikri", "Gunawan", "Hadi",
        "Hendra", "Heri", "Irfan", "Joko", "Kurnia", "Lukman", "M. Ridwan", "Muhammad", "Nanang", "Rahmat", "Rizky", "Rudi",
        "Slamet", "Sugeng", "Syahrial", "Taufik", "Teguh", "Wahyu", "Yudi", "Zulkifli", "Herman", "Hasan", "Ilham",
    ];

    private static readonly string[] Female =
    [
        "Anisa", "Ayu", "Desi", "Dewi", "Eka", "Endang", "Fitri", "Indah", "Intan", "Kartika", "Lestari", "Lina", "Maya",
        "Mega", "Nur", "Nurul", "Putri", "Rina", "Rini", "Ratna", "Sari", "Siti", "Sri", "Tri", "Umi", "Wulan", "Yuli",
        "Yuliana", "Zahra", "Novita", "Dian", "Hesti", "Meiliana", "Septi",
    ];

    private static readonly string[] MaleFamily =
    [
        "Saputra", "Pratama", "Hidayat", "Setiawan", "Kurniawan", "Wijaya", "Susanto", "Santoso", "Nugroho", "Firmansyah",
        "Prasetyo", "Ramadhan", "Syahputra", "Hakim", "Gumay", "Marga", "Pangestu", "Effendi", "Siregar", "Suryadi",
    ];

    private static readonly string[] FemaleFamily =
    [
        "Lestari", "Handayani", "Rahmawati", "Wulandari", "Sari", "Fitriani", "Nurhayati", "Puspitasari", "Anggraini",
        "Kusumawati", "Permatasari", "Oktaviani", "Safitri", "Maharani", "Yulianti", "Susanti",
    ];

    private static readonly string[] Master = ["S.E., M.M.", "S.H., M.H.", "S.Sos., M.Si.", "S.T., M.T.", "S.Kom., M.Kom.", "S.K.M., M.Kes.", "S.I.P., M.A.P."];

    private static readonly string[] Bachelor = ["S.E.", "S.H.", "S.Sos.", "S.Kom.", "S.I.P.", "S.Ak.", "S.T.", "S.K.M.", "S.Pd."];

    private static readonly string[] Diploma = ["A.Md.", "A.Md.Kep.", "A.Md.Keb.", "A.Md.Kom."];

    /// <summary>A full name with the degrees usual for the position.</summary>
    public static string Full(Random random, Sex sex, PositionKind kind, FunctionalGrade? grade)
    {
        var (given, family) = sex == Sex.Male ? (Male, MaleFamily) : (Female, FemaleFamily);
        var name = $"{Pick(random, given)} {Pick(random, family)}";
        var degree = (kind, grade) switch
        {
            (PositionKind.JptMadya or PositionKind.JptPratama or PositionKind.Administrator, _)
                or (_, FunctionalGrade.AhliMadya or FunctionalGrade.AhliUtama) => Pick(random, Master),
            (PositionKind.Pengawas, _) or (_, FunctionalGrade.AhliPertama or FunctionalGrade.AhliMuda) => Pick(random, Bachelor),
            (PositionKind.Fungsional, _) => Pick(random, Diploma),
            _ => random.Next(3) switch { 0 => Pick(random, Bachelor), 1 => Pick(random, Diploma), _ => null },
        };
        var doctor = kind is PositionKind.JptMadya or PositionKind.JptPratama && random.Next(4) == 0;
        return (doctor ? "Dr. " : string.Empty) + name + (degree is null ? string.Empty : $", {degree}");
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
