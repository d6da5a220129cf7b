using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>A position in an OPD template: its code suffix, name, kind and grade, and how many staff it draws (0 = one holder).</summary>
internal sealed record PositionTemplate(string Suffix, string Name, PositionKind Kind, FunctionalGrade? Grade = null, int StaffWeight = 0);

/// <summary>An OPD template: its code suffix, its name before the region's name, and its positions.</summary>
internal sealed record OpdTemplate(string Suffix, string Name, IReadOnlyList<PositionTemplate> Positions);

/// <summary>
/// The organisation the demo generates: the provincial OPDs in Bandar Lampung, and four OPDs in each regency and city.
/// Names follow current Indonesian nomenclature (Pelaksana names after the 2024 simplification of positions); the
/// catalogue is illustrative, not the province's actual organisation chart.
/// </summary>
internal static class LampungCatalogue
{
    /// <summary>The code prefix of the provincial government's OPDs (all located in Kota Bandar Lampung).</summary>
    public const string ProvincePrefix = "PROV";

    private static readonly PositionTemplate[] Pelaksana =
    [
        new("PLK-01", "Penata Layanan Operasional", PositionKind.Pelaksana, StaffWeight: 3),
        new("PLK-02", "Pengolah Data dan Informasi", PositionKind.Pelaksana, StaffWeight: 2),
        new("PLK-03", "Pengadministrasi Perkantoran", PositionKind.Pelaksana, StaffWeight: 3),
        new("PLK-04", "Operator Layanan Operasional", PositionKind.Pelaksana, StaffWeight: 1),
    ];

    /// <summary>Gets the provincial OPDs: full name, then positions.</summary>
    public static IReadOnlyList<OpdTemplate> Province { get; } =
    [
        Opd("SETDA", "Sekretariat Daerah Provinsi Lampung",
            new("JPT-01", "Sekretaris Daerah", PositionKind.JptMadya),
            new("JPT-02", "Asisten Pemerintahan dan Kesejahteraan Rakyat", PositionKind.JptPratama),
            new("JPT-03", "Kepala Biro Organisasi", PositionKind.JptPratama),
            new("ADM-01", "Kepala Bagian Kelembagaan dan Analisis Jabatan", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Tata Usaha Biro", PositionKind.Pengawas),
            new("JF-01", "Analis Kebijakan Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 4),
            new("JF-02", "Arsiparis Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 3)),
        Opd("BPSDM", "Badan Pengembangan Sumber Daya Manusia Provinsi Lampung",
            new("JPT-01", "Kepala Badan Pengembangan Sumber Daya Manusia", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Badan", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Pengembangan Kompetensi Manajerial", PositionKind.Administrator),
            new("ADM-03", "Kepala Bidang Pengembangan Kompetensi Teknis", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Widyaiswara Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 5),
            new("JF-02", "Widyaiswara Ahli Madya", PositionKind.Fungsional, FunctionalGrade.AhliMadya, 3),
            new("JF-03", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 3)),
        Opd("BKD", "Badan Kepegawaian Daerah Provinsi Lampung",
            new("JPT-01", "Kepala Badan Kepegawaian Daerah", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Badan", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Analis Sumber Daya Manusia Aparatur Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 4),
            new("JF-02", "Pranata Sumber Daya Manusia Aparatur Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 4)),
        Opd("DISKOMINFOTIK", "Dinas Komunikasi, Informatika dan Statistik Provinsi Lampung",
            new("JPT-01", "Kepala Dinas Komunikasi, Informatika dan Statistik", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Aplikasi Informatika", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 4),
            new("JF-02", "Pranata Komputer Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 3),
            new("JF-03", "Pranata Hubungan Masyarakat Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 2),
            new("JF-04", "Statistisi Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 2)),
        Opd("DINKES", "Dinas Kesehatan Provinsi Lampung",
            new("JPT-01", "Kepala Dinas Kesehatan", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Pencegahan dan Pengendalian Penyakit", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Epidemiolog Kesehatan Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 3),
            new("JF-02", "Administrator Kesehatan Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 4),
            new("JF-03", "Perawat Mahir", PositionKind.Fungsional, FunctionalGrade.Mahir, 4),
            new("JF-04", "Nutrisionis Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 2)),
        Opd("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Lampung",
            new("JPT-01", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Pelayanan Perizinan", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Penata Perizinan Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 4),
            new("JF-02", "Penata Kelola Penanaman Modal Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 2)),
        Opd("INSPEKTORAT", "Inspektorat Provinsi Lampung",
            new("JPT-01", "Inspektur", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Inspektorat", PositionKind.Administrator),
            new("ADM-02", "Inspektur Pembantu Wilayah I", PositionKind.Administrator),
            new("ADM-03", "Inspektur Pembantu Wilayah II", PositionKind.Administrator),
            new("JF-01", "Auditor Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 4),
            new("JF-02", "Auditor Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 4),
            new("JF-03", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 3)),
        Opd("BAPPEDA", "Badan Perencanaan Pembangunan Daerah Provinsi Lampung",
            new("JPT-01", "Kepala Badan Perencanaan Pembangunan Daerah", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Badan", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Perencana Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 4),
            new("JF-02", "Perencana Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 3)),
        Opd("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah Provinsi Lampung",
            new("JPT-01", "Kepala Badan Pengelolaan Keuangan dan Aset Daerah", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Badan", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Akuntansi", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Analis Keuangan Pusat dan Daerah Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 3),
            new("JF-02", "Penata Laksana Barang Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 3)),
        Opd("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan Provinsi Lampung",
            new("JPT-01", "Kepala Dinas Pendidikan dan Kebudayaan", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Pembinaan Sekolah Menengah Atas", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Pengawas Sekolah Ahli Madya", PositionKind.Fungsional, FunctionalGrade.AhliMadya, 3),
            new("JF-02", "Pamong Budaya Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 2)),
        Opd("DINSOS", "Dinas Sosial Provinsi Lampung",
            new("JPT-01", "Kepala Dinas Sosial", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Pekerja Sosial Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 3),
            new("JF-02", "Penyuluh Sosial Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, 2)),
        Opd("DISHUB", "Dinas Perhubungan Provinsi Lampung",
            new("JPT-01", "Kepala Dinas Perhubungan", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Penguji Kendaraan Bermotor Mahir", PositionKind.Fungsional, FunctionalGrade.Mahir, 3),
            new("JF-02", "Penguji Kendaraan Bermotor Penyelia", PositionKind.Fungsional, FunctionalGrade.Penyelia, 2)),
    ];

    /// <summary>Gets the OPDs of each regency and city; the name is completed with the region's name.</summary>
    public static IReadOnlyList<OpdTemplate> Regional { get; } =
    [
        Opd("SETDA", "Sekretariat Daerah",
            new("JPT-01", "Sekretaris Daerah", PositionKind.JptPratama),
            new("ADM-01", "Kepala Bagian Organisasi", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Kelembagaan dan Analisis Jabatan", PositionKind.Pengawas),
            new("JF-01", "Analis Kebijakan Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 2),
            new("JF-02", "Arsiparis Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 2)),
        Opd("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            new("JPT-01", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Badan", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Analis Sumber Daya Manusia Aparatur Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 3),
            new("JF-02", "Pranata Sumber Daya Manusia Aparatur Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 2)),
        Opd("DINKES", "Dinas Kesehatan",
            new("JPT-01", "Kepala Dinas Kesehatan", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("ADM-02", "Kepala Bidang Pelayanan Kesehatan", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Perawat Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 6),
            new("JF-02", "Bidan Terampil", PositionKind.Fungsional, FunctionalGrade.Terampil, 5),
            new("JF-03", "Epidemiolog Kesehatan Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 2)),
        Opd("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            new("JPT-01", "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", PositionKind.JptPratama),
            new("ADM-01", "Sekretaris Dinas", PositionKind.Administrator),
            new("PGW-01", "Kepala Subbagian Umum dan Kepegawaian", PositionKind.Pengawas),
            new("JF-01", "Penata Perizinan Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, 3)),
    ];

    /// <summary>The region's name as it follows an OPD name: <c>Kabupaten Lampung Barat</c>, <c>Kota Metro</c>.</summary>
    public static string RegionTitle(Region region) =>
        region.Kind == RegionKind.Kota ? region.Name : $"Kabupaten {region.Name}";

    /// <summary>Gets the regions far from Bandar Lampung (DOMAIN: coastal and border regencies), where assessed levels run lower in the demo.</summary>
    public static IReadOnlySet<string> RemoteRegions { get; } = new HashSet<string>(StringComparer.Ordinal) { "1801", "1807", "1811", "1813" };

    private static OpdTemplate Opd(string suffix, string name, params PositionTemplate[] positions) =>
        new(suffix, name, [.. positions, .. Pelaksana]);
}
