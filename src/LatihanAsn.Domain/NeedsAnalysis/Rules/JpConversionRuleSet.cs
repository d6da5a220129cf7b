using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>The two routes of pelatihan (PP 11/2017): classroom-type and non-classroom.</summary>
public enum LearningRoute
{
    /// <summary>Klasikal: classroom-type training.</summary>
    Klasikal = 0,

    /// <summary>Nonklasikal: e-learning, coaching, mentoring, distance, secondment and the other forms.</summary>
    Nonklasikal = 1,
}

/// <summary>Forms of competency development that earn lesson hours (JP).</summary>
public enum LearningForm
{
    /// <summary>Klasikal: a training course (pelatihan) with its own JP.</summary>
    Pelatihan = 0,

    /// <summary>Klasikal: seminar or conference.</summary>
    Seminar = 1,

    /// <summary>Klasikal: workshop (lokakarya).</summary>
    Workshop = 2,

    /// <summary>Klasikal: course (kursus).</summary>
    Kursus = 3,

    /// <summary>Klasikal: upgrading (penataran).</summary>
    Penataran = 4,

    /// <summary>Klasikal: technical guidance (bimbingan teknis).</summary>
    BimbinganTeknis = 5,

    /// <summary>Klasikal: socialisation (sosialisasi).</summary>
    Sosialisasi = 6,

    /// <summary>Nonklasikal: coaching.</summary>
    Coaching = 20,

    /// <summary>Nonklasikal: mentoring.</summary>
    Mentoring = 21,

    /// <summary>Nonklasikal: e-learning.</summary>
    ELearning = 22,

    /// <summary>Nonklasikal: distance training (pelatihan jarak jauh).</summary>
    PelatihanJarakJauh = 23,

    /// <summary>Nonklasikal: secondment (detasering).</summary>
    Detasering = 24,

    /// <summary>Nonklasikal: outdoor learning (pembelajaran alam terbuka).</summary>
    PembelajaranAlamTerbuka = 25,

    /// <summary>Nonklasikal: benchmarking (patok banding).</summary>
    PatokBanding = 26,

    /// <summary>Nonklasikal: exchange with private or state-company staff (pertukaran pegawai).</summary>
    PertukaranPegawai = 27,

    /// <summary>Nonklasikal: self-study (belajar mandiri).</summary>
    BelajarMandiri = 28,

    /// <summary>Nonklasikal: learning community (komunitas belajar).</summary>
    KomunitasBelajar = 29,

    /// <summary>Nonklasikal: on-the-job guidance (bimbingan di tempat kerja).</summary>
    BimbinganDiTempatKerja = 30,

    /// <summary>Nonklasikal: internship (magang/praktik kerja).</summary>
    Magang = 31,
}

/// <summary>How a form's activities are turned into JP.</summary>
public enum JpMethod
{
    /// <summary>Actual learning minutes divided by the minutes per JP.</summary>
    PerMinute = 0,

    /// <summary>A number of JP per day (national or international rate); without days, minutes are used.</summary>
    PerDay = 1,

    /// <summary>The JP the activity declares (a training course's own JP), plus a bonus when international; without a declared JP, minutes are used.</summary>
    Declared = 2,
}

/// <summary>How one form earns JP.</summary>
/// <param name="Form">The form.</param>
/// <param name="Method">The method.</param>
/// <param name="NationalJpPerDay">JP per day when national (<see cref="JpMethod.PerDay"/>).</param>
/// <param name="InternationalJpPerDay">JP per day when international (<see cref="JpMethod.PerDay"/>).</param>
/// <param name="InternationalBonus">Extra share of the declared JP when international, e.g. 0.20 (<see cref="JpMethod.Declared"/>).</param>
public sealed record JpConversion(LearningForm Form, JpMethod Method, decimal NationalJpPerDay = 0m, decimal InternationalJpPerDay = 0m, decimal InternationalBonus = 0m);

/// <summary>One learning activity to credit.</summary>
/// <param name="Form">The form.</param>
/// <param name="Minutes">Actual learning minutes, 1 or more.</param>
/// <param name="Days">Days, for forms counted per day (may be fractional, e.g. 0.5).</param>
/// <param name="DeclaredJp">The JP the activity declares, for forms with their own JP.</param>
/// <param name="International">Whether the activity is international.</param>
public sealed record LearningActivity(LearningForm Form, int Minutes, decimal? Days = null, decimal? DeclaredJp = null, bool International = false);

/// <summary>
/// The 20 JP entitlement and how activities earn JP. Every PNS is owed at least 20 JP a year (PP 11/2017, amended by
/// PP 17/2020, art. 203(4)); the same figure is applied to PPPK by default (unverified; replace if Peraturan LAN 15/2020
/// says otherwise). Conversions after LAN's Pedoman Pengembangan Kompetensi Non Klasikal (2020), read from a
/// presentation of it (secondary source): seminar 1 day = 4 JP national / 6 international; workshop 1 day = 5 / 7; a
/// training counts its own JP, +20 % when international; every other form counts actual minutes / 45.
/// </summary>
/// <remarks>
/// Credits are kept in minute-equivalents (JP × minutes per JP), which are exact for these conversions, and a total is
/// divided into JP once: nine sessions of 100 minutes are exactly 20 JP, not 19.999….
/// </remarks>
public sealed class JpConversionRuleSet : IRuleSet
{
    private readonly Dictionary<LearningForm, JpConversion> _conversions;

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="minutesPerJp">Minutes in one JP, 1 or more.</param>
    /// <param name="requiredJpPerYear">JP owed to each employee a year, positive.</param>
    /// <param name="conversions">Conversions for some forms; the others count per minute.</param>
    /// <exception cref="ArgumentException">Non-positive numbers, a negative rate or bonus, or a form listed twice.</exception>
    public JpConversionRuleSet(RuleSetInfo info, int minutesPerJp, decimal requiredJpPerYear, IEnumerable<JpConversion> conversions)
    {
        Info = Guard.Against.Null(info);
        MinutesPerJp = Guard.Against.NegativeOrZero(minutesPerJp);
        RequiredJpPerYear = Guard.Against.NegativeOrZero(requiredJpPerYear);
        var list = Guard.Against.Null(conversions).ToList();
        if (list.GroupBy(c => c.Form).Any(g => g.Count() > 1) || list.Any(c => c.NationalJpPerDay < 0 || c.InternationalJpPerDay < 0 || c.InternationalBonus < 0))
        {
            throw new ArgumentException("Each form once, with non-negative rates.", nameof(conversions));
        }

        _conversions = list.ToDictionary(c => c.Form);
    }

    /// <summary>Gets the default rule set (see the class remarks for sources).</summary>
    public static JpConversionRuleSet Default { get; } = new(
        new RuleSetInfo(
            "jp-conversion/lan-nonklasikal-2020",
            "1",
            "PP 11/2017 jo. PP 17/2020 Pasal 203 ayat (4) (20 JP); Pedoman Pengembangan Kompetensi Non Klasikal LAN 2020 (konversi, sumber sekunder)",
            new DateOnly(2020, 1, 1),
            null,
            SourceCertainty.Secondary),
        45,
        20m,
        [
            new JpConversion(LearningForm.Seminar, JpMethod.PerDay, 4m, 6m),
            new JpConversion(LearningForm.Workshop, JpMethod.PerDay, 5m, 7m),
            new JpConversion(LearningForm.Pelatihan, JpMethod.Declared, InternationalBonus: 0.20m),
        ]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the minutes in one JP (45 by default).</summary>
    public int MinutesPerJp { get; }

    /// <summary>Gets the JP owed to each employee a year (20 by default).</summary>
    public decimal RequiredJpPerYear { get; }

    /// <summary>Gets the route of a form: the klasikal forms are numbered below 20.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The route.</returns>
    public static LearningRoute RouteOf(LearningForm form) => (int)form < 20 ? LearningRoute.Klasikal : LearningRoute.Nonklasikal;

    /// <summary>Returns how a form earns JP.</summary>
    /// <param name="form">The form.</param>
    /// <returns>The conversion (per minute when the rule set names none).</returns>
    public JpConversion ConversionOf(LearningForm form) =>
        _conversions.TryGetValue(form, out var conversion) ? conversion : new JpConversion(form, JpMethod.PerMinute);

    /// <summary>Credits an activity, in minute-equivalents (JP × minutes per JP), exactly.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The minute-equivalents.</returns>
    /// <exception cref="ArgumentException">An undefined form, minutes below 1, or negative days or declared JP.</exception>
    /// <exception cref="DomainRuleException">Days or declared JP so large that the minute-equivalents are beyond <see cref="decimal"/>.</exception>
    public decimal CreditMinutes(LearningActivity activity)
    {
        Guard.Against.Null(activity);
        Guard.Against.EnumOutOfRange(activity.Form);
        Guard.Against.NegativeOrZero(activity.Minutes);
        if (activity.Days is < 0 || activity.DeclaredJp is < 0)
        {
            throw new ArgumentException(Messages.Get("NeedsAnalysis_DaysAndDeclaredJPMustNot"), nameof(activity));
        }

        var conversion = ConversionOf(activity.Form);
        return Overflow.Guard(
            () => conversion.Method switch
            {
                JpMethod.PerDay when activity.Days is { } days =>
                    days * (activity.International ? conversion.InternationalJpPerDay : conversion.NationalJpPerDay) * MinutesPerJp,
                JpMethod.Declared when activity.DeclaredJp is { } jp =>
                    jp * (activity.International ? 1m + conversion.InternationalBonus : 1m) * MinutesPerJp,
                _ => activity.Minutes,
            },
            Messages.Both("NeedsAnalysis_JPMinuteEquivalentsLearningActivity"));
    }

    /// <summary>Turns minute-equivalents into JP (one exact division; the result is rounded only by <see cref="decimal"/> precision).</summary>
    /// <param name="minutes">The minute-equivalents.</param>
    /// <returns>The JP.</returns>
    public decimal ToJp(decimal minutes) => minutes / MinutesPerJp;
}
