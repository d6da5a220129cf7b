using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Reference;

/// <summary>
/// The national managerial and socio-cultural competency framework of PermenPAN-RB 38/2017 (Standar Kompetensi Jabatan
/// ASN): eight managerial competencies (M.01-M.08) and Perekat Bangsa (SK.01), each with five levels. Technical
/// competencies are defined by each agency as frameworks of their own.
/// </summary>
/// <remarks>
/// Competency names, groups and level names are verified against the regulation; codes after M.01 follow its list
/// order (secondary source) and SK.01 is a convention. The definitions and level descriptions are short paraphrases
/// written from the regulation's annex as recalled, not quotations: check them against the official text before using
/// them in an assessment instrument, and publish a corrected version with <c>VersionFramework</c> if they differ.
/// The behaviour indicators of each level are not shipped (the lists are empty) because they could not be checked;
/// an agency adds them in its own version.
/// </remarks>
public static class Permenpanrb38Of2017
{
    /// <summary>The framework code shared by its versions.</summary>
    public const string Code = "SKJ-PERMENPANRB-38-2017";

    /// <summary>The framework name.</summary>
    public const string Name = "Standar Kompetensi Jabatan ASN: kompetensi manajerial dan sosial kultural";

    /// <summary>The source regulation.</summary>
    public const string Source = "PermenPAN-RB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN, Lampiran (uraian tingkat diringkas, periksa terhadap teks resmi)";

    /// <summary>The first day in force used for the framework (the regulation's enactment in 2017).</summary>
    public static readonly DateOnly ValidFrom = new(2017, 7, 19);

    /// <summary>Gets M.01 Integritas.</summary>
    public static CompetencyCode Integritas { get; } = CompetencyCode.From("M.01");

    /// <summary>Gets M.02 Kerjasama.</summary>
    public static CompetencyCode Kerjasama { get; } = CompetencyCode.From("M.02");

    /// <summary>Gets M.03 Komunikasi.</summary>
    public static CompetencyCode Komunikasi { get; } = CompetencyCode.From("M.03");

    /// <summary>Gets M.04 Orientasi pada Hasil.</summary>
    public static CompetencyCode OrientasiPadaHasil { get; } = CompetencyCode.From("M.04");

    /// <summary>Gets M.05 Pelayanan Publik.</summary>
    public static CompetencyCode PelayananPublik { get; } = CompetencyCode.From("M.05");

    /// <summary>Gets M.06 Pengembangan Diri dan Orang Lain.</summary>
    public static CompetencyCode PengembanganDiri { get; } = CompetencyCode.From("M.06");

    /// <summary>Gets M.07 Mengelola Perubahan.</summary>
    public static CompetencyCode MengelolaPerubahan { get; } = CompetencyCode.From("M.07");

    /// <summary>Gets M.08 Pengambilan Keputusan.</summary>
    public static CompetencyCode PengambilanKeputusan { get; } = CompetencyCode.From("M.08");

    /// <summary>Gets SK.01 Perekat Bangsa.</summary>
    public static CompetencyCode PerekatBangsa { get; } = CompetencyCode.From("SK.01");

    /// <summary>Gets the nine competencies, in the regulation's order.</summary>
    public static IReadOnlyList<CompetencyDefinition> Competencies { get; } =
    [
        Define(Integritas, "Integritas", CompetencyGroup.Manajerial,
            "Konsisten berperilaku selaras dengan nilai, norma, dan etika organisasi; jujur kepada pimpinan, rekan, bawahan, dan pemangku kepentingan; bertanggung jawab atas tindakan dan keputusan beserta risikonya.",
            "Bertindak sesuai nilai, norma, dan etika organisasi dalam kapasitas pribadi.",
            "Mengingatkan dan mengajak rekan kerja bertindak sesuai nilai, norma, dan etika organisasi.",
            "Memastikan dan menanamkan keyakinan agar orang yang dipimpinnya bertindak sesuai nilai, norma, dan etika organisasi.",
            "Menciptakan situasi kerja yang membuat rekan kerja patuh pada nilai, norma, dan etika organisasi dalam segala keadaan.",
            "Menjadi teladan penerapan standar keadilan dan etika di tingkat instansi dan nasional."),
        Define(Kerjasama, "Kerjasama", CompetencyGroup.Manajerial,
            "Menjalin, membina, dan mempertahankan hubungan kerja yang efektif, berkomitmen saling membantu, dan berkontribusi pada tim.",
            "Berpartisipasi aktif dalam kelompok kerja.",
            "Menumbuhkan tim kerja yang partisipatif dan efektif.",
            "Membangun tim kerja yang efektif untuk meningkatkan kinerja unit.",
            "Membangun komitmen dan sinergi tim lintas unit.",
            "Menciptakan kerja sama yang konsisten di dalam dan di luar instansi."),
        Define(Komunikasi, "Komunikasi", CompetencyGroup.Manajerial,
            "Menyampaikan pandangan dan gagasan secara jelas, sistematis, dan beralasan; memahami orang lain dan mendengarkan secara aktif.",
            "Menyampaikan informasi dengan jelas dan lengkap sehingga dipahami sama.",
            "Berkomunikasi aktif secara formal dan informal, mendengarkan, dan menanggapi dengan tepat.",
            "Berkomunikasi secara asertif untuk menyampaikan informasi yang sensitif atau rumit.",
            "Mengemukakan pemikiran multidimensi, lisan dan tertulis, untuk mendorong kesepakatan demi kinerja.",
            "Menggagas sistem komunikasi terbuka yang strategis untuk mencari solusi dan meningkatkan kinerja."),
        Define(OrientasiPadaHasil, "Orientasi pada Hasil", CompetencyGroup.Manajerial,
            "Berkomitmen tinggi menyelesaikan tugas, dapat diandalkan dan bertanggung jawab, serta mengenali risiko dan peluang yang menghubungkan rencana dengan hasil.",
            "Bertanggung jawab memenuhi standar kerja.",
            "Berupaya melampaui standar kerja pribadi dan mencoba cara baru untuk meningkatkan kinerja.",
            "Menetapkan target yang menantang bagi unit kerja dan memberi apresiasi serta teguran untuk mendorong kinerja.",
            "Mendorong unit kerja mencapai atau melampaui target dan hasil sebelumnya.",
            "Meningkatkan mutu pencapaian kinerja organisasi."),
        Define(PelayananPublik, "Pelayanan Publik", CompetencyGroup.Manajerial,
            "Melaksanakan tugas pemerintahan dan pelayanan publik secara profesional, transparan, objektif, netral, dan tidak diskriminatif, sesuai standar pelayanan.",
            "Menjalankan pelayanan sesuai standar operasional prosedur.",
            "Mengawasi dan menjelaskan proses pelayanan secara transparan.",
            "Memanfaatkan kekuatan kelompok dan memperbaiki standar pelayanan di unit kerja.",
            "Memantau, mengevaluasi, dan mengantisipasi dampak isu jangka panjang pada pelayanan bagi pemangku kepentingan.",
            "Merumuskan kebijakan yang menjamin pelayanan publik yang objektif, netral, dan tidak diskriminatif."),
        Define(PengembanganDiri, "Pengembangan Diri dan Orang Lain", CompetencyGroup.Manajerial,
            "Meningkatkan pengetahuan dan keterampilan diri serta menginspirasi, membimbing, dan memberi umpan balik agar orang lain berkembang.",
            "Mengembangkan diri secara mandiri.",
            "Meningkatkan kemampuan bawahan dengan contoh dan penjelasan cara kerja.",
            "Memberikan umpan balik dan bimbingan untuk pengembangan orang lain.",
            "Menyusun program pengembangan jangka panjang yang mendorong pembelajaran.",
            "Menciptakan situasi yang mendorong organisasi belajar secara berkelanjutan."),
        Define(MengelolaPerubahan, "Mengelola Perubahan", CompetencyGroup.Manajerial,
            "Menyesuaikan diri dengan keadaan baru, mendukung dan memimpin prakarsa perubahan, dan bertanggung jawab atas keberhasilannya.",
            "Menyadari perubahan dan berusaha menyesuaikan diri.",
            "Beradaptasi secara proaktif terhadap perubahan.",
            "Membantu orang lain mengikuti dan mengantisipasi perubahan.",
            "Memimpin perubahan di unit kerja.",
            "Menggerakkan dukungan pemangku kepentingan untuk perubahan berkelanjutan di tingkat instansi dan nasional."),
        Define(PengambilanKeputusan, "Pengambilan Keputusan", CompetencyGroup.Manajerial,
            "Mengambil keputusan yang baik, tepat waktu, dan hati-hati berdasarkan informasi, alternatif, dan konsekuensinya, serta bertanggung jawab atasnya.",
            "Mengumpulkan informasi untuk bertindak sesuai kewenangan.",
            "Menganalisis masalah secara mendalam.",
            "Membandingkan alternatif dan menimbang risiko pelaksanaannya.",
            "Menyelesaikan masalah berisiko tinggi dan menyiapkan langkah pengamanan atas dampaknya.",
            "Mengambil keputusan strategis untuk masalah jangka panjang yang berdampak luas."),
        Define(PerekatBangsa, "Perekat Bangsa", CompetencyGroup.SosialKultural,
            "Mempromosikan toleransi dan keterbukaan, peka terhadap keragaman, dan menjaga persatuan dalam kehidupan bermasyarakat dan bernegara.",
            "Peka, memahami, dan menerima kemajemukan.",
            "Aktif mengembangkan sikap saling menghargai dan persatuan.",
            "Mempromosikan dan mengembangkan sikap toleransi dan persatuan.",
            "Mendayagunakan perbedaan secara konstruktif untuk efektivitas organisasi.",
            "Menjadi wakil pemerintah dalam membangun hubungan sosial dengan masyarakat yang majemuk."),
    ];

    /// <summary>Creates version 1 of the framework as an aggregate, ready to save in a host's store.</summary>
    /// <param name="id">The identifier to give it.</param>
    /// <returns>The framework.</returns>
    public static CompetencyFramework Create(FrameworkId id) =>
        CompetencyFramework.Define(id, Code, Name, Source, ValidFrom, Competencies);

    private static CompetencyDefinition Define(CompetencyCode code, string name, CompetencyGroup group, string definition, params string[] levels) =>
        new(code, name, group, definition, levels
            .Select((description, i) => new LevelDescriptor(ProficiencyLevel.From(i + 1), description, []))
            .ToArray());
}
