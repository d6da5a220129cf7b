using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>One rating pair of a survey answer; a <see langword="null"/> rating is left blank by the respondent.</summary>
internal sealed record AnswerPlan(string Competency, int? Importance, int? Competence);

/// <summary>A proposed topic, linked to a competency or not.</summary>
internal sealed record ProposalPlan(string Text, string? Competency);

/// <summary>A submission to the needs survey by the employee at index <paramref name="Employee"/>; a later one for the same employee replaces the first.</summary>
internal sealed record ResponsePlan(int Employee, IReadOnlyList<AnswerPlan> Answers, IReadOnlyList<ProposalPlan> Proposals);

/// <summary>A learning activity of the employee at index <paramref name="Employee"/>.</summary>
internal sealed record LearningPlan(int Employee, DateOnly Date, LearningForm Form, int Minutes, string Title, decimal? Days, decimal? DeclaredJp, bool International);

/// <summary>A promotion: the employee at index <paramref name="Employee"/> is to hold the position at index <paramref name="Position"/>.</summary>
internal sealed record PromotionPlan(int Employee, int Position);

/// <summary>A performance appraisal (result against target) of the employee at index <paramref name="Employee"/>.</summary>
internal sealed record AppraisalPlan(int Employee, int Year, decimal Result, decimal Target);

/// <summary>The demo's needs-analysis data: survey submissions in the order they are sent, learning activities, promotions and appraisals.</summary>
internal sealed record NeedsPlan(
    IReadOnlyList<ResponsePlan> Responses,
    IReadOnlyList<LearningPlan> Learning,
    IReadOnlyList<PromotionPlan> Promotions,
    IReadOnlyList<AppraisalPlan> Appraisals);

/// <summary>
/// Generates the needs step of the demo. About 30 % of the employees answer the Borich survey: importance is rated
/// highest for Pelayanan Publik, Komunikasi and Pengambilan Keputusan; competence follows, loosely, how far the
/// employee's assessed level is above or below the position's requirement (unassessed employees rate around the
/// middle); a few ratings are left blank and a few employees answer twice (the second submission replaces the first).
/// About half of the respondents propose topics, some linked to a competency. Learning activities for the demo year mix
/// training with its own JP, seminars and workshops counted per day, and e-learning, coaching and mentoring counted in
/// minutes; the remote regencies get fewer of them, so more of their employees stay below 20 JP.
/// </summary>
internal sealed class NeedsGenerator(Random random, DemoPlan plan)
{
    /// <summary>The share of employees who answer the survey, in percent.</summary>
    public const int ResponsePercent = 30;

    private static readonly Dictionary<string, double> Importance = new(StringComparer.Ordinal)
    {
        ["M.01"] = 4.2, ["M.02"] = 3.9, ["M.03"] = 4.4, ["M.04"] = 3.9, ["M.05"] = 4.6,
        ["M.06"] = 3.6, ["M.07"] = 3.7, ["M.08"] = 4.3, ["SK.01"] = 3.4,
    };

    private static readonly Dictionary<string, double> SelfImage = new(StringComparer.Ordinal)
    {
        ["M.01"] = 0.5, ["M.02"] = 0.3, ["M.03"] = 0.0, ["M.04"] = 0.1, ["M.05"] = 0.1,
        ["M.06"] = 0.0, ["M.07"] = -0.3, ["M.08"] = -0.3, ["SK.01"] = 0.4,
    };

    // Topics, how often they are chosen (weight), the competency a respondent may link them to, and how some write them.
    private static readonly (string Text, int Weight, string? Competency, string[] Spellings)[] Topics =
    [
        ("TI untuk administrasi", 14, null, ["TI untuk Administrasi", "ti untuk administrasi"]),
        ("Komunikasi efektif", 11, "M.03", ["Komunikasi Efektif", "komunikasi  efektif"]),
        ("Penanganan pengaduan", 10, "M.05", ["Penanganan Pengaduan"]),
        ("Pelayanan prima", 8, "M.05", ["Pelayanan Prima"]),
        ("Pengambilan keputusan berbasis data", 8, "M.08", []),
        ("Manajemen konflik", 6, "M.02", ["Manajemen Konflik"]),
        ("Negosiasi", 5, "M.03", []),
        ("Manajemen perubahan", 4, "M.07", []),
        ("Penulisan naskah dinas", 5, null, []),
        ("Pengadaan barang/jasa pemerintah", 5, null, []),
        ("Analisis data dengan spreadsheet", 4, null, []),
        ("Coaching dan mentoring bagi atasan", 3, "M.06", []),
        ("Budaya kerja BerAKHLAK", 3, "M.01", []),
    ];

    private static readonly (string Title, int Jp)[] Trainings =
    [
        ("Pelatihan Pelayanan Publik Prima", 24), ("Pelatihan Penyusunan SKP dan Manajemen Kinerja", 24),
        ("Pelatihan Pengadaan Barang/Jasa Pemerintah", 40), ("Pelatihan Teknis Pengelolaan Arsip Dinamis", 30),
        ("Pelatihan Analisis Kebijakan", 32), ("Pelatihan Penanganan Pengaduan Masyarakat", 16),
        ("Pelatihan Keterampilan Komunikasi Publik", 20), ("Pelatihan Manajemen Risiko", 12),
    ];

    private static readonly string[] Seminars =
    [
        "Seminar Nasional Reformasi Birokrasi", "Seminar Transformasi Digital Pemerintahan Daerah",
        "Seminar Pencegahan Korupsi di Lingkungan Pemerintah Daerah", "Seminar Pelayanan Publik Inklusif",
    ];

    private static readonly string[] Workshops =
    [
        "Workshop Penyusunan Standar Pelayanan", "Workshop Sistem Pemerintahan Berbasis Elektronik (SPBE)",
        "Workshop Penyusunan Rencana Kerja OPD", "Workshop Analisis Beban Kerja",
    ];

    private static readonly string[] Courses =
    [
        "Kursus daring Etika Pelayanan Publik", "Kursus daring Literasi Digital ASN", "Kursus daring Wawasan Kebangsaan",
        "Kursus daring Manajemen Kinerja ASN", "Kursus daring Keamanan Informasi",
    ];

    public NeedsPlan Generate()
    {
        var levels = AssessedLevels();
        var responses = Responses(levels);
        var learning = Learning();
        var promotions = Promotions();
        var appraisals = Appraisals(promotions);
        return new NeedsPlan(responses, learning, promotions, appraisals);
    }

    /// <summary>Each employee's assessed levels: the last assessment by day (a correction replaces what it corrects); self-assessments ignored.</summary>
    private Dictionary<string, int>?[] AssessedLevels()
    {
        var levels = new Dictionary<string, int>?[plan.Employees.Count];
        var days = new DateOnly[plan.Employees.Count];
        foreach (var a in plan.Assessments.Where(a => a.Source != AssessmentSource.Self))
        {
            if (levels[a.Employee] is null || a.Supersedes.HasValue || a.AssessedOn >= days[a.Employee])
            {
                levels[a.Employee] = a.Levels.ToDictionary(l => l.Competency, l => l.Level, StringComparer.Ordinal);
                days[a.Employee] = a.AssessedOn;
            }
        }

        return levels;
    }

    private List<ResponsePlan> Responses(Dictionary<string, int>?[] levels)
    {
        var responses = new List<ResponsePlan>();
        var again = new List<ResponsePlan>();
        for (var e = 0; e < plan.Employees.Count; e++)
        {
            if (random.Next(100) >= ResponsePercent)
            {
                continue;
            }

            var response = Response(e, levels[e]);
            responses.Add(response);
            if (random.Next(100) < 3)
            {
                // A second thought: some ratings changed, sent later; the library keeps the first in the response's history.
                again.Add(response with
                {
                    Answers = response.Answers.Select(a => random.Next(3) == 0 && a.Importance is { } r ? a with { Importance = Math.Clamp(r + (random.Next(2) == 0 ? -1 : 1), 1, 5) } : a).ToArray(),
                });
            }
        }

        responses.AddRange(again);
        return responses;
    }

    private ResponsePlan Response(int employee, Dictionary<string, int>? assessed)
    {
        var position = plan.Positions[plan.Employees[employee].Position];
        var required = Required(position);
        var answers = new List<AnswerPlan>();
        var leniency = 0.4 + Normal(0.3); // people rate themselves somewhat generously, some more than others
        foreach (var competency in Permenpanrb38Of2017.Competencies.Select(c => c.Code.Value))
        {
            var importance = Rating(Importance[competency] + Normal(0.6));
            var relative = assessed is not null && assessed.TryGetValue(competency, out var level) ? level - required[competency] : 0;
            var competence = Rating(3.0 + leniency + SelfImage[competency] + (0.7 * relative) + Normal(0.6));
            var roll = random.Next(100);
            answers.Add(roll switch
            {
                < 3 => new AnswerPlan(competency, null, competence),
                < 6 => new AnswerPlan(competency, importance, null),
                _ => new AnswerPlan(competency, importance, competence),
            });
        }

        var proposals = new List<ProposalPlan>();
        var count = random.Next(100) switch { < 50 => 0, < 85 => 1, _ => 2 };
        while (proposals.Count < count)
        {
            var topic = PickTopic();
            var text = topic.Spellings.Length > 0 && random.Next(4) == 0 ? topic.Spellings[random.Next(topic.Spellings.Length)] : topic.Text;
            if (proposals.Exists(p => string.Equals(p.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            proposals.Add(new ProposalPlan(text, topic.Competency is not null && random.Next(100) < 60 ? topic.Competency : null));
        }

        return new ResponsePlan(employee, answers, proposals);
    }

    private (string Text, int Weight, string? Competency, string[] Spellings) PickTopic()
    {
        var roll = random.Next(Topics.Sum(t => t.Weight));
        foreach (var topic in Topics)
        {
            if ((roll -= topic.Weight) < 0)
            {
                return topic;
            }
        }

        return Topics[^1];
    }

    private List<LearningPlan> Learning()
    {
        var year = DemoPlan.AsOf.Year;
        var activities = new List<LearningPlan>();
        for (var e = 0; e < plan.Employees.Count; e++)
        {
            var region = plan.Positions[plan.Employees[e].Position].RegionCode;

            // How easily the employee reaches classroom training: hours from Bandar Lampung in the remote regencies.
            var access = LampungCatalogue.RemoteRegions.Contains(region) ? 0.4 : region is "1871" or "1872" ? 1.2 : 0.9;
            DateOnly Day() => new DateOnly(year, 1, 6).AddDays(random.Next(350));

            if (random.NextDouble() < 0.36 * access)
            {
                var (title, jp) = Trainings[random.Next(Trainings.Length)];
                activities.Add(new LearningPlan(e, Day(), LearningForm.Pelatihan, jp * 45, title, null, jp, false));
            }

            if (random.NextDouble() < 0.15 * access)
            {
                var international = random.Next(100) < 3;
                activities.Add(new LearningPlan(e, Day(), LearningForm.Seminar, 300, Seminars[random.Next(Seminars.Length)] + (international ? " (internasional)" : string.Empty), 1m, null, international));
            }

            if (random.NextDouble() < 0.10 * access)
            {
                var days = random.Next(1, 4);
                activities.Add(new LearningPlan(e, Day(), LearningForm.Workshop, days * 330, Workshops[random.Next(Workshops.Length)], days, null, false));
            }

            if (random.NextDouble() < 0.40)
            {
                // Distance learning reaches everyone: the remote regencies are not behind here.
                activities.Add(new LearningPlan(e, Day(), LearningForm.ELearning, 60 * random.Next(5, 26), Courses[random.Next(Courses.Length)], null, null, false));
            }

            if (random.NextDouble() < 0.08)
            {
                var sessions = random.Next(2, 7);
                activities.Add(new LearningPlan(e, Day(), LearningForm.Coaching, sessions * 60, $"Coaching kinerja oleh atasan langsung ({sessions} sesi)", null, null, false));
            }

            if (random.NextDouble() < 0.04)
            {
                var sessions = random.Next(3, 9);
                activities.Add(new LearningPlan(e, Day(), LearningForm.Mentoring, sessions * 90, $"Mentoring oleh pejabat fungsional senior ({sessions} sesi)", null, null, false));
            }
        }

        return activities;
    }

    /// <summary>A few employees named for the next structural position in their OPD: Pelaksana to Pengawas, Pengawas to Administrator, Administrator to JPT Pratama.</summary>
    private List<PromotionPlan> Promotions()
    {
        var promotions = new List<PromotionPlan>();
        var wanted = Math.Max(1, plan.Employees.Count / 100);
        var firstOfKind = new Dictionary<(string Opd, PositionKind Kind), int>();
        for (var i = 0; i < plan.Positions.Count; i++)
        {
            firstOfKind.TryAdd((plan.Positions[i].OpdCode, plan.Positions[i].Kind), i);
        }

        var order = Enumerable.Range(0, plan.Employees.Count).ToArray();
        random.Shuffle(order);
        foreach (var e in order)
        {
            var current = plan.Positions[plan.Employees[e].Position];
            var next = current.Kind switch
            {
                PositionKind.Pelaksana => PositionKind.Pengawas,
                PositionKind.Pengawas => PositionKind.Administrator,
                PositionKind.Administrator => PositionKind.JptPratama,
                _ => (PositionKind?)null,
            };
            if (next is { } kind && firstOfKind.TryGetValue((current.OpdCode, kind), out var target))
            {
                promotions.Add(new PromotionPlan(e, target));
                if (promotions.Count == wanted)
                {
                    break;
                }
            }
        }

        return promotions;
    }

    /// <summary>Appraisals for the demo year (target 100): every employee named for promotion and about a tenth of the others.</summary>
    private List<AppraisalPlan> Appraisals(List<PromotionPlan> promotions)
    {
        var promoted = promotions.Select(p => p.Employee).ToHashSet();
        var appraisals = new List<AppraisalPlan>();
        for (var e = 0; e < plan.Employees.Count; e++)
        {
            if (promoted.Contains(e) || random.Next(100) < 10)
            {
                var result = Math.Max(0.0, 103 + (promoted.Contains(e) ? 4 : 0) + Normal(8));
                appraisals.Add(new AppraisalPlan(e, DemoPlan.AsOf.Year, Math.Round((decimal)result, 1, MidpointRounding.AwayFromZero), 100m));
            }
        }

        return appraisals;
    }

    private static Dictionary<string, int> Required(PositionPlan position) =>
        position.Requirements?.ToDictionary(r => r.Competency, r => r.Minimum, StringComparer.Ordinal)
        ?? Permenpanrb38Of2017.Competencies.ToDictionary(c => c.Code.Value, _ => StructuralStandardRuleSet.Permenpanrb38Of2017.LevelFor(position.Kind).Value, StringComparer.Ordinal);

    private static int Rating(double value) => Math.Clamp((int)Math.Round(value, MidpointRounding.AwayFromZero), 1, 5);

    /// <summary>A normal deviate with mean 0 (Box-Muller).</summary>
    private double Normal(double deviation) =>
        deviation * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
