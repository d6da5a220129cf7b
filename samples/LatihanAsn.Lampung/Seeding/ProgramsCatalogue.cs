using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>
/// The demo's training catalogue for Lampung, as <c>DefineCourse</c> requests: one or two courses for each competency
/// of the 2017 framework, organised by BPSDM Provinsi Lampung, LAN or an external partner, each offered in the modes
/// that suit it (classroom at the provincial centre, some also as regional cohorts in the regencies; e-learning;
/// synchronous distance learning; workplace coaching). One course has another as a prerequisite. Illustrative: the
/// titles follow what such agencies offer and the costs follow the usual orders of magnitude (trainers' fees per run,
/// full board per participant, trainers' travel for a regional cohort), but no actual offer or tariff is claimed.
/// </summary>
internal static class ProgramsCatalogue
{
    private const string Bpsdm = "BPSDM Provinsi Lampung";
    private const string Lan = "Lembaga Administrasi Negara (LAN RI)";
    private const string Accredited = "Program pelatihan terakreditasi LAN RI";

    /// <summary>
    /// What completing a course takes and gives: accredited courses end with a test (pass mark 70) and a certificate that
    /// does not expire; the complaint-handling and office IT courses certify for two years (their systems change), the
    /// anti-corruption course for three; teamwork and wawasan kebangsaan need attendance only. Illustrative terms.
    /// </summary>
    private static readonly Dictionary<string, CourseCompletion> Completion = new(StringComparer.Ordinal)
    {
        ["PLY-01"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["PLY-02"] = new(PassingScore: 75m, GrantsCertificate: true, CertificateValidityMonths: 24),
        ["KOM-01"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["KOM-02"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["INT-01"] = new(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 36),
        ["TIK-01"] = new(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 24),
        ["ORH-01"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["PER-01"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["PKP-01"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["PKP-02"] = new(PassingScore: 70m, GrantsCertificate: true),
        ["PDO-01"] = new(PassingScore: 70m, GrantsCertificate: true),
    };

    /// <summary>The catalogue, in the order it is defined (a prerequisite before the course that needs it).</summary>
    public static IReadOnlyList<DefineCourse> Courses { get; } =
    [
        Course("PLY-01", "Manajemen Pelayanan Publik Prima", OrganiserKind.Bpsdm, Bpsdm, 20m, Accredited, [Step("M.05", 1, 3)],
            Klasikal(regional: true), ELearning()),
        Course("PLY-02", "Pengelolaan Pengaduan Pelayanan Publik (SP4N-LAPOR!)", OrganiserKind.External, "Biro Organisasi Sekretariat Daerah Provinsi Lampung", 16m, null, [Step("M.05", 3, 5)],
            Distance(), Klasikal(regional: false, perRun: 22_000_000m)),
        Course("KOM-01", "Komunikasi Efektif dan Negosiasi", OrganiserKind.Bpsdm, Bpsdm, 16m, Accredited, [Step("M.03", 1, 3)],
            Klasikal(regional: true, perRun: 22_000_000m), Distance()),
        Course("KOM-02", "Manajemen Konflik dan Kolaborasi Lintas OPD", OrganiserKind.Bpsdm, Bpsdm, 16m, Accredited, [Step("M.02", 2, 4)],
            [new PrerequisiteInput("KOM-01")],
            Klasikal(regional: false, perRun: 22_000_000m), Coaching()),
        Course("KER-01", "Kerja Sama Tim yang Efektif", OrganiserKind.Bpsdm, Bpsdm, 10m, null, [Step("M.02", 1, 3)],
            ELearning()),
        Course("INT-01", "Integritas dan Pencegahan Korupsi", OrganiserKind.External, "Anti-Corruption Learning Center (ACLC) KPK", 10m, "Kurikulum ACLC KPK", [Step("M.01", 1, 3)],
            ELearning(perRun: 2_500_000m, perParticipant: 25_000m), Distance()),
        Course("TIK-01", "Teknologi Informasi untuk Administrasi Perkantoran (SRIKANDI dan e-Office)", OrganiserKind.External, "Dinas Komunikasi, Informatika dan Statistik Provinsi Lampung", 16m, null,
            [Step("M.04", 1, 2), Step("M.07", 1, 2)],
            Klasikal(regional: true, perRun: 20_000_000m, perParticipant: 2_500_000m), ELearning()),
        Course("ORH-01", "Manajemen Kinerja dan Orientasi pada Hasil", OrganiserKind.Bpsdm, Bpsdm, 12m, Accredited, [Step("M.04", 1, 3)],
            ELearning(), Coaching()),
        Course("PER-01", "Manajemen Perubahan dan Inovasi Pelayanan", OrganiserKind.Lan, Lan, 20m, "Kurikulum LAN RI", [Step("M.07", 2, 4)],
            Klasikal(regional: false), Distance()),
        Course("PKP-01", "Pengambilan Keputusan Berbasis Data", OrganiserKind.Bpsdm, Bpsdm, 16m, Accredited, [Step("M.08", 1, 3)],
            Klasikal(regional: true), Distance()),
        Course("PKP-02", "Pengambilan Keputusan Strategis", OrganiserKind.Lan, Lan, 24m, "Kurikulum LAN RI", [Step("M.08", 3, 5)],
            Blended(), Distance()),
        Course("PDO-01", "Coaching dan Mentoring bagi Atasan", OrganiserKind.Bpsdm, Bpsdm, 12m, Accredited, [Step("M.06", 1, 4)],
            Coaching(), Klasikal(regional: false, perRun: 20_000_000m)),
        Course("PKB-01", "Wawasan Kebangsaan dan Perekat Bangsa", OrganiserKind.External, "Badan Kesatuan Bangsa dan Politik Provinsi Lampung", 12m, null, [Step("SK.01", 1, 3)],
            Klasikal(regional: true, perRun: 18_000_000m), Distance()),
    ];

    private static DefineCourse Course(string code, string title, OrganiserKind organiser, string organiserName, decimal jp, string? accreditation, CompetencyStepInput[] develops, params DeliveryOffering[] offerings) =>
        Course(code, title, organiser, organiserName, jp, accreditation, develops, null, offerings);

    private static DefineCourse Course(string code, string title, OrganiserKind organiser, string organiserName, decimal jp, string? accreditation, CompetencyStepInput[] develops, IReadOnlyList<PrerequisiteInput>? prerequisites, params DeliveryOffering[] offerings) =>
        new(code, new CourseDetails(title, organiser, organiserName, jp, accreditation, develops, offerings, prerequisites, Completion.GetValueOrDefault(code)));


    private static CompetencyStepInput Step(string competency, int from, int to) => new(competency, from, to);

    /// <summary>Three days at the provincial centre: trainers' fees and venue per run, full board and kit per participant; a regional cohort adds the trainers' travel.</summary>
    private static DeliveryOffering Klasikal(bool regional, decimal perRun = 25_000_000m, decimal perParticipant = 2_250_000m) =>
        new(DeliveryMode.Klasikal, perRun, perParticipant, 10, 30, LampungReach.BpsdmCentre, regional, 9_000_000m, 3, 3, LearningForm.Pelatihan);

    /// <summary>Self-paced on the learning platform over four weeks, in classes of up to 30: tutoring and administration per run, licence and certificate per participant.</summary>
    private static DeliveryOffering ELearning(decimal perRun = 7_500_000m, decimal perParticipant = 100_000m) =>
        new(DeliveryMode.ELearning, perRun, perParticipant, 10, 30, null, false, 0m, 6, 28, LearningForm.ELearning);

    /// <summary>Synchronous online sessions over two weeks: trainers per run, a data allowance per participant.</summary>
    private static DeliveryOffering Distance() =>
        new(DeliveryMode.DistanceLearning, 12_000_000m, 200_000m, 15, 60, null, false, 0m, 6, 12, LearningForm.PelatihanJarakJauh);

    /// <summary>Blended: online preparation and three days at the centre.</summary>
    private static DeliveryOffering Blended() =>
        new(DeliveryMode.Blended, 30_000_000m, 2_000_000m, 15, 30, LampungReach.BpsdmCentre, false, 0m, 8, 19, LearningForm.Pelatihan);

    /// <summary>Workplace coaching in the participant's region over six weeks, in small groups.</summary>
    private static DeliveryOffering Coaching() =>
        new(DeliveryMode.CoachingMentoring, 4_000_000m, 750_000m, 3, 8, null, false, 0m, 4, 42, LearningForm.Coaching);
}
