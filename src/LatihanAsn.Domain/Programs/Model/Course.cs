using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.Programs;

/// <summary>Who organises a course.</summary>
public enum OrganiserKind
{
    /// <summary>The provincial human-resource development agency (BPSDM).</summary>
    Bpsdm = 0,

    /// <summary>Lembaga Administrasi Negara (LAN).</summary>
    Lan = 1,

    /// <summary>An external provider (a university, an accredited private provider, another agency).</summary>
    External = 2,
}

/// <summary>How a course is delivered.</summary>
public enum DeliveryMode
{
    /// <summary>Klasikal: in a training centre, or as a regional cohort in a regency.</summary>
    Klasikal = 0,

    /// <summary>A seminar or workshop.</summary>
    SeminarWorkshop = 1,

    /// <summary>Self-paced e-learning: needs at least limited connectivity; does not block the calendar.</summary>
    ELearning = 2,

    /// <summary>Distance learning in synchronous online sessions: needs good connectivity.</summary>
    DistanceLearning = 3,

    /// <summary>Blended: online parts and days at a centre.</summary>
    Blended = 4,

    /// <summary>Coaching or mentoring at the workplace, in the participant's region.</summary>
    CoachingMentoring = 5,
}

/// <summary>
/// What a course develops in one competency: participants whose current level is at least <paramref name="FromLevel"/>
/// and below <paramref name="ToLevel"/> gain <paramref name="Step"/> levels, never beyond <paramref name="ToLevel"/>
/// (a course lifts a level by a step, not to the top).
/// </summary>
/// <param name="Competency">The competency.</param>
/// <param name="FromLevel">The lowest entry level.</param>
/// <param name="ToLevel">The level the course leads to.</param>
/// <param name="Step">Levels gained, 1 or more (default 1).</param>
public sealed record CompetencyStep(CompetencyCode Competency, ProficiencyLevel FromLevel, ProficiencyLevel ToLevel, int Step = 1)
{
    /// <summary>Returns the levels a participant at <paramref name="current"/> gains (0 when outside the course's range).</summary>
    /// <param name="current">The participant's level (0 when not assessed: treated as below level 1, so not eligible).</param>
    /// <returns>The gain.</returns>
    public int GainFor(int current) => current >= FromLevel.Value && current < ToLevel.Value ? Math.Min(Step, ToLevel.Value - current) : 0;
}

/// <summary>A prerequisite of a course: another course completed before it, or a minimum level of a competency.</summary>
/// <param name="Course">The course that must be completed first, if this is a course prerequisite.</param>
/// <param name="Competency">The competency, if this is a level prerequisite.</param>
/// <param name="MinimumLevel">The minimum level, with <paramref name="Competency"/>.</param>
public sealed record Prerequisite(CourseId? Course = null, CompetencyCode? Competency = null, ProficiencyLevel? MinimumLevel = null)
{
    /// <summary>Gets whether this prerequisite is another course.</summary>
    public bool IsCourse => Course is not null;
}

/// <summary>What completing a course takes and gives.</summary>
/// <param name="MinimumAttendanceShare">The share of the course's JP a participant must attend (0-1), or <see langword="null"/> for the rule set's default (90 %).</param>
/// <param name="PassingScore">The score (0-100) the course's final test requires, or <see langword="null"/> when there is no test.</param>
/// <param name="GrantsCertificate">Whether completion earns a certificate.</param>
/// <param name="CertificateValidityMonths">How long the certificate is valid, or <see langword="null"/> when it does not expire.</param>
public sealed record CourseCompletion(decimal? MinimumAttendanceShare = null, decimal? PassingScore = null, bool GrantsCertificate = false, int? CertificateValidityMonths = null)
{
    /// <summary>Gets the terms of a course without a test or certificate.</summary>
    public static CourseCompletion AttendanceOnly { get; } = new();
}

/// <summary>How one delivery mode of a course is offered, priced and counted.</summary>
/// <param name="Mode">The mode.</param>
/// <param name="CostPerRun">Fixed cost of one run (trainers, venue, materials), in rupiah.</param>
/// <param name="CostPerParticipant">Cost per participant (accommodation, consumption, licences), in rupiah.</param>
/// <param name="MinSeats">Fewest participants for a run to go ahead.</param>
/// <param name="MaxSeats">Most participants in a run.</param>
/// <param name="CentreCode">The training centre for centre-based modes (klasikal, seminar, blended), e.g. <c>BPSDM-LAMPUNG</c>.</param>
/// <param name="AllowsRegionalCohorts">Whether a run may be held in a regency instead (a regional cohort).</param>
/// <param name="RegionalRunSurcharge">Extra cost of a regional run (trainers travelling), in rupiah.</param>
/// <param name="Sessions">Number of sessions.</param>
/// <param name="DurationDays">Calendar days a run occupies (for self-paced e-learning, the window to finish it).</param>
/// <param name="Form">How its hours are credited as JP (the learning form of the 20 JP ledger).</param>
public sealed record DeliveryOffering(
    DeliveryMode Mode,
    decimal CostPerRun,
    decimal CostPerParticipant,
    int MinSeats,
    int MaxSeats,
    string? CentreCode,
    bool AllowsRegionalCohorts,
    decimal RegionalRunSurcharge,
    int Sessions,
    int DurationDays,
    LearningForm Form)
{
    /// <summary>Gets whether a run of this mode occupies the participants' calendar (all but self-paced e-learning).</summary>
    public bool BlocksCalendar => Mode != DeliveryMode.ELearning;

    /// <summary>Gets whether the mode is held at a training centre.</summary>
    public bool IsCentreBased => Mode is DeliveryMode.Klasikal or DeliveryMode.SeminarWorkshop or DeliveryMode.Blended;
}

/// <summary>
/// A course in the catalogue: what it develops, its JP, prerequisites, curriculum accreditation (PP 11/2017 art. 207(f))
/// and the delivery modes it is offered in. Courses are reference data shared by every caller.
/// </summary>
public sealed class Course : AggregateRoot<CourseId>
{
    private readonly List<CompetencyStep> _develops = [];
    private readonly List<Prerequisite> _prerequisites = [];
    private readonly List<DeliveryOffering> _offerings = [];

    private Course()
    {
        Code = Title = OrganiserName = string.Empty;
    }

    /// <summary>Gets the course code.</summary>
    public string Code { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the kind of organiser.</summary>
    public OrganiserKind Organiser { get; private set; }

    /// <summary>Gets the organiser's name.</summary>
    public string OrganiserName { get; private set; }

    /// <summary>Gets the course's JP.</summary>
    public decimal Jp { get; private set; }

    /// <summary>Gets the accreditation of the curriculum by the competency's supervising agency, if any (art. 207(f)).</summary>
    public string? Accreditation { get; private set; }

    /// <summary>Gets what completing it takes and gives (attendance, test, certificate).</summary>
    public CourseCompletion Completion { get; private set; } = CourseCompletion.AttendanceOnly;

    /// <summary>Gets whether the course is withdrawn from the catalogue (kept for plans that used it).</summary>
    public bool Withdrawn { get; private set; }

    /// <summary>Gets what it develops.</summary>
    public IReadOnlyList<CompetencyStep> Develops => _develops;

    /// <summary>Gets its prerequisites.</summary>
    public IReadOnlyList<Prerequisite> Prerequisites => _prerequisites;

    /// <summary>Gets the modes it is offered in.</summary>
    public IReadOnlyList<DeliveryOffering> Offerings => _offerings;

    /// <summary>Defines a course.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="code">The code.</param>
    /// <param name="title">The title.</param>
    /// <param name="organiser">The kind of organiser.</param>
    /// <param name="organiserName">The organiser's name.</param>
    /// <param name="jp">The JP, positive.</param>
    /// <param name="accreditation">The curriculum accreditation, if any.</param>
    /// <param name="develops">What it develops: at least one competency, each once.</param>
    /// <param name="prerequisites">Its prerequisites (not itself).</param>
    /// <param name="offerings">Its offerings: at least one, each mode once.</param>
    /// <param name="completion">What completing it takes and gives (default: attendance only).</param>
    /// <returns>The course, with a <see cref="CourseDefined"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public static Course Define(CourseId id, string code, string title, OrganiserKind organiser, string organiserName, decimal jp, string? accreditation, IEnumerable<CompetencyStep> develops, IEnumerable<Prerequisite> prerequisites, IEnumerable<DeliveryOffering> offerings, CourseCompletion? completion = null)
    {
        Guard.Against.Default(id.Value);
        var course = new Course { Id = id, Code = Guard.Against.NullOrWhiteSpace(code).Trim() };
        course.Apply(title, organiser, organiserName, jp, accreditation, develops, prerequisites, offerings, completion);
        course.Raise(new CourseDefined(id, course.Code));
        return course;
    }

    /// <summary>Replaces the course's details (plans already composed keep their own copies).</summary>
    /// <param name="title">The title.</param>
    /// <param name="organiser">The kind of organiser.</param>
    /// <param name="organiserName">The organiser's name.</param>
    /// <param name="jp">The JP.</param>
    /// <param name="accreditation">The accreditation.</param>
    /// <param name="develops">What it develops.</param>
    /// <param name="prerequisites">Its prerequisites.</param>
    /// <param name="offerings">Its offerings.</param>
    /// <param name="completion">What completing it takes and gives (default: attendance only).</param>
    /// <exception cref="DomainRuleException"><c>course_withdrawn</c>: the course is withdrawn (nothing changes).</exception>
    public void Update(string title, OrganiserKind organiser, string organiserName, decimal jp, string? accreditation, IEnumerable<CompetencyStep> develops, IEnumerable<Prerequisite> prerequisites, IEnumerable<DeliveryOffering> offerings, CourseCompletion? completion = null)
    {
        if (Withdrawn)
        {
            throw new DomainRuleException("course_withdrawn", Messages.Get("Programs_CourseWithdrawn", Code));
        }

        Apply(title, organiser, organiserName, jp, accreditation, develops, prerequisites, offerings, completion);
        Raise(new CourseUpdated(Id, Code));
    }

    /// <summary>Withdraws the course from the catalogue: it is no longer offered to new plans.</summary>
    /// <exception cref="DomainRuleException"><c>course_withdrawn</c>: already withdrawn (nothing changes).</exception>
    public void Withdraw()
    {
        if (Withdrawn)
        {
            throw new DomainRuleException("course_withdrawn", Messages.Get("Programs_CourseAlreadyWithdrawn", Code));
        }

        Withdrawn = true;
        Raise(new CourseWithdrawn(Id, Code));
    }

    private void Apply(string title, OrganiserKind organiser, string organiserName, decimal jp, string? accreditation, IEnumerable<CompetencyStep> develops, IEnumerable<Prerequisite> prerequisites, IEnumerable<DeliveryOffering> offerings, CourseCompletion? completion)
    {
        completion ??= CourseCompletion.AttendanceOnly;
        if (completion.MinimumAttendanceShare is < 0m or > 1m || completion.PassingScore is < 0m or > 100m || completion.CertificateValidityMonths is < 1
            || (completion.CertificateValidityMonths is not null && !completion.GrantsCertificate))
        {
            throw new ArgumentException("Attendance share 0-1, passing score 0-100, validity of at least a month and only with a certificate.", nameof(completion));
        }

        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.NullOrWhiteSpace(organiserName);
        Guard.Against.EnumOutOfRange(organiser);
        Guard.Against.NegativeOrZero(jp);
        var steps = Guard.Against.Null(develops).ToList();
        var requires = Guard.Against.Null(prerequisites).ToList();
        var offered = Guard.Against.Null(offerings).ToList();
        if (steps.Count == 0 || steps.GroupBy(s => s.Competency).Any(g => g.Count() > 1)
            || steps.Any(s => s.Step < 1 || s.FromLevel.Value == 0 || s.ToLevel <= s.FromLevel))
        {
            throw new ArgumentException("A course develops at least one competency, each once, from a level to a higher one by a positive step.", nameof(develops));
        }

        if (requires.Any(p => (p.Course is null) == (p.Competency is null) || (p.Competency is not null && p.MinimumLevel is null) || p.Course == Id))
        {
            throw new ArgumentException("A prerequisite is either another course or a competency with a minimum level.", nameof(prerequisites));
        }

        if (offered.Count == 0 || offered.GroupBy(o => o.Mode).Any(g => g.Count() > 1) || offered.Any(o => !IsValid(o)))
        {
            throw new ArgumentException("A course is offered in at least one mode, each once, with non-negative costs, 1 <= min seats <= max seats, a centre for centre-based modes, and positive sessions and days.", nameof(offerings));
        }

        Title = title.Trim();
        Organiser = organiser;
        OrganiserName = organiserName.Trim();
        Jp = jp;
        Accreditation = string.IsNullOrWhiteSpace(accreditation) ? null : accreditation.Trim();
        _develops.Clear();
        _develops.AddRange(steps);
        _prerequisites.Clear();
        _prerequisites.AddRange(requires);
        _offerings.Clear();
        _offerings.AddRange(offered);
        Completion = completion;
    }

    private static bool IsValid(DeliveryOffering o) =>
        Enum.IsDefined(o.Mode) && Enum.IsDefined(o.Form) && o.CostPerRun >= 0 && o.CostPerParticipant >= 0 && o.RegionalRunSurcharge >= 0
        && o.MinSeats >= 1 && o.MaxSeats >= o.MinSeats && o.Sessions >= 1 && o.DurationDays >= 1
        && (!o.IsCentreBased || !string.IsNullOrWhiteSpace(o.CentreCode));
}
