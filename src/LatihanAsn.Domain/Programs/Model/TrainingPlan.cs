using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.Programs;

/// <summary>Where a plan stands in its approval workflow.</summary>
public enum PlanStatus
{
    /// <summary>Being prepared: may be recomposed.</summary>
    Draft = 0,

    /// <summary>Waiting for approval: not changed.</summary>
    Submitted = 1,

    /// <summary>Approved: never edited again, only revised as a new version.</summary>
    Approved = 2,

    /// <summary>Returned with a reason: may be recomposed and submitted again.</summary>
    Returned = 3,

    /// <summary>An approved version replaced by its approved revision.</summary>
    Superseded = 4,
}

/// <summary>
/// One line of a yearly plan: one course run, with the seven fields of PP 11/2017 art. 207: (a) the competencies to
/// develop, (b) the target employees, (c) the kind and route of development, (d) the organiser, (e) the schedule,
/// (f) the fit with the curriculum standard, and (g) the budget.
/// </summary>
/// <param name="Number">The line number, from 1.</param>
/// <param name="CourseId">The course.</param>
/// <param name="CourseCode">Its code.</param>
/// <param name="CourseTitle">Its title.</param>
/// <param name="Competencies">(a) The competencies it develops for its participants.</param>
/// <param name="TargetEmployees">(b) The participants.</param>
/// <param name="Mode">(c) The delivery mode.</param>
/// <param name="Route">(c) The route: klasikal or nonklasikal.</param>
/// <param name="Form">(c) The learning form its JP are credited as.</param>
/// <param name="Organiser">(d) The organiser.</param>
/// <param name="Start">(e) First day.</param>
/// <param name="End">(e) Last day.</param>
/// <param name="Place">(e) Where.</param>
/// <param name="CurriculumFit">(f) The curriculum's accreditation, or <see langword="null"/> when none is recorded.</param>
/// <param name="Cost">(g) The budget of the line, by category.</param>
/// <param name="Jp">The JP it gives each participant.</param>
/// <param name="LevelsClosed">Levels of need it closes.</param>
/// <param name="Why">Why it is in the plan.</param>
public sealed record PlanLine(
    int Number,
    CourseId CourseId,
    string CourseCode,
    string CourseTitle,
    IReadOnlyList<CompetencyCode> Competencies,
    IReadOnlyList<EmployeeId> TargetEmployees,
    DeliveryMode Mode,
    LearningRoute Route,
    LearningForm Form,
    string Organiser,
    DateOnly Start,
    DateOnly End,
    string Place,
    string? CurriculumFit,
    CostBreakdown Cost,
    decimal Jp,
    int LevelsClosed,
    LocalizedText Why)
{
    /// <summary>Gets (g) the line's budget.</summary>
    public decimal Budget => Cost.Total;
}

/// <summary>How many needs a plan leaves open for a competency, and why.</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Reason">Why.</param>
/// <param name="Needs">How many employees' needs.</param>
/// <param name="Levels">How many levels in all.</param>
public sealed record UnmetSummary(CompetencyCode Competency, UnmetReason Reason, int Needs, int Levels);

/// <summary>
/// The yearly competency-development plan of an agency (PP 11/2017 art. 205-207): its lines with the art. 207 fields,
/// the composition's totals and what it leaves open, and its approval workflow: draft → submitted → approved, or
/// returned with a reason and submitted again. An approved plan is never edited: it is revised as a new version, which
/// supersedes it when approved.
/// </summary>
public sealed class TrainingPlan : AggregateRoot<TrainingPlanId>, IScoped
{
    private readonly List<PlanLine> _lines = [];
    private readonly List<UnmetSummary> _unmet = [];
    private readonly List<LocalizedText> _diagnostics = [];

    private TrainingPlan()
    {
        Title = RegionCode = OpdCode = string.Empty;
        Totals = null!;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the plan year.</summary>
    public int Year { get; private set; }

    /// <summary>Gets the version, from 1.</summary>
    public int Version { get; private set; }

    /// <summary>Gets the version this one revises, if any.</summary>
    public TrainingPlanId? Revises { get; private set; }

    /// <summary>Gets the owning agency's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the owning agency's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the region the plan's population was limited to, if any.</summary>
    public string? PopulationRegionCode { get; private set; }

    /// <summary>Gets the OPD the plan's population was limited to, if any.</summary>
    public string? PopulationOpdCode { get; private set; }

    /// <summary>Gets the needs survey whose signals weighted the needs, if any.</summary>
    public SurveyId? SurveyId { get; private set; }

    /// <summary>Gets the budget ceiling the plan was composed under, in rupiah.</summary>
    public decimal BudgetCeiling { get; private set; }

    /// <summary>Gets the status.</summary>
    public PlanStatus Status { get; private set; }

    /// <summary>Gets the lines.</summary>
    public IReadOnlyList<PlanLine> Lines => _lines;

    /// <summary>Gets the composition's totals.</summary>
    public PlanTotals Totals { get; private set; }

    /// <summary>Gets the needs left open, by competency and reason.</summary>
    public IReadOnlyList<UnmetSummary> Unmet => _unmet;

    /// <summary>Gets the hard constraints that ruled candidate runs out, in words.</summary>
    public IReadOnlyList<LocalizedText> Diagnostics => _diagnostics;

    /// <summary>Gets the composition's objective value.</summary>
    public decimal Objective { get; private set; }

    /// <summary>Gets the algorithm that composed it.</summary>
    public CompositionMethod Method { get; private set; }

    /// <summary>Gets whether it was proven optimal for its problem: its objective equals the upper bound proven for it (see <see cref="CompositionResult.UpperBound"/>).</summary>
    public bool ProvenOptimal { get; private set; }

    /// <summary>Gets when it was (last) composed.</summary>
    public DateTimeOffset ComposedAt { get; private set; }

    /// <summary>Gets who approved it, if approved.</summary>
    public string? ApprovedBy { get; private set; }

    /// <summary>Gets why it was last returned, if it was.</summary>
    public string? ReturnReason { get; private set; }

    /// <summary>Creates version 1 of a plan from a composition.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="title">The title.</param>
    /// <param name="year">The year.</param>
    /// <param name="regionCode">The owning agency's region.</param>
    /// <param name="opdCode">The owning agency's OPD.</param>
    /// <param name="population">The region and OPD the population was limited to, and the survey used, if any.</param>
    /// <param name="budgetCeiling">The budget it was composed under.</param>
    /// <param name="composition">The composition.</param>
    /// <param name="courses">The courses its runs use (for organiser, route and accreditation).</param>
    /// <param name="composedAt">When.</param>
    /// <returns>The draft plan, with a <see cref="TrainingPlanComposed"/> event pending.</returns>
    /// <exception cref="DomainRuleException">A composition whose costs or levels of need sum beyond range.</exception>
    public static TrainingPlan Compose(TrainingPlanId id, string title, int year, string regionCode, string opdCode, (string? RegionCode, string? OpdCode, SurveyId? SurveyId) population, decimal budgetCeiling, CompositionResult composition, IReadOnlyCollection<Course> courses, DateTimeOffset composedAt)
    {
        Guard.Against.Default(id.Value);
        var plan = new TrainingPlan
        {
            Id = id,
            Title = Guard.Against.NullOrWhiteSpace(title).Trim(),
            Year = Guard.Against.OutOfRange(year, nameof(year), 2000, 9999),
            Version = 1,
            RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim(),
            OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim(),
            PopulationRegionCode = population.RegionCode,
            PopulationOpdCode = population.OpdCode,
            SurveyId = population.SurveyId,
            Status = PlanStatus.Draft,
        };
        plan.Apply(budgetCeiling, composition, courses, composedAt);
        return plan;
    }

    /// <summary>Replaces a draft's (or returned plan's) composition.</summary>
    /// <param name="budgetCeiling">The budget it was composed under.</param>
    /// <param name="composition">The new composition.</param>
    /// <param name="courses">The courses its runs use.</param>
    /// <param name="composedAt">When.</param>
    /// <exception cref="DomainRuleException"><c>plan_not_draft</c>: the plan is submitted, approved or superseded or the composition's costs or levels of need sum beyond range (nothing changes).</exception>
    public void Recompose(decimal budgetCeiling, CompositionResult composition, IReadOnlyCollection<Course> courses, DateTimeOffset composedAt)
    {
        EnsureEditable();
        Apply(budgetCeiling, composition, courses, composedAt);
    }

    /// <summary>Submits the plan for approval.</summary>
    /// <exception cref="DomainRuleException"><c>plan_not_draft</c>: the plan is not a draft or returned;
    /// <c>plan_has_no_lines</c>: it has no lines. Nothing changes then.</exception>
    public void Submit()
    {
        EnsureEditable();
        if (_lines.Count == 0)
        {
            throw new DomainRuleException("plan_has_no_lines", Messages.Get("Programs_PlanWithoutLinesCannotSubmitted"));
        }

        Status = PlanStatus.Submitted;
        Raise(new TrainingPlanSubmitted(Id));
    }

    /// <summary>
    /// Approves a submitted plan. A revision supersedes, in the same change, the approved version it revises, which must
    /// be given: the two are saved together.
    /// </summary>
    /// <param name="approvedBy">Who approves.</param>
    /// <param name="revisedVersion">The version this plan revises (<see cref="Revises"/>); <see langword="null"/> for a first version.</param>
    /// <exception cref="ArgumentException">A revision without the version it revises, or with another plan.</exception>
    /// <exception cref="DomainRuleException"><c>plan_not_submitted</c>: the plan is not submitted;
    /// <c>revised_plan_not_approved</c>: the version it revises is no longer the approved one (it was superseded by another
    /// revision). Neither plan changes then.</exception>
    public void Approve(string approvedBy, TrainingPlan? revisedVersion = null)
    {
        Guard.Against.NullOrWhiteSpace(approvedBy);
        if (Revises != revisedVersion?.Id)
        {
            throw new ArgumentException("A revision is approved with the version it revises, and only a revision is.", nameof(revisedVersion));
        }

        EnsureStatus(PlanStatus.Submitted, "plan_not_submitted", Messages.Get("Programs_Approved"));
        if (revisedVersion is not null && revisedVersion.Status != PlanStatus.Approved)
        {
            throw new DomainRuleException("revised_plan_not_approved", Messages.Get("Programs_RevisedVersionRevisionCannotApproved", revisedVersion.Version, revisedVersion.Status));
        }

        Status = PlanStatus.Approved;
        ApprovedBy = approvedBy.Trim();
        Raise(new TrainingPlanApproved(Id, Year, Version, ApprovedBy, Totals.Cost.Total));
        if (revisedVersion is not null)
        {
            revisedVersion.Status = PlanStatus.Superseded;
        }
    }

    /// <summary>Returns a submitted plan with a reason.</summary>
    /// <param name="reason">Why.</param>
    /// <exception cref="DomainRuleException"><c>plan_not_submitted</c>: the plan is not submitted (nothing changes).</exception>
    public void Return(string reason)
    {
        Guard.Against.NullOrWhiteSpace(reason);
        EnsureStatus(PlanStatus.Submitted, "plan_not_submitted", Messages.Get("Programs_Returned"));
        Status = PlanStatus.Returned;
        ReturnReason = reason.Trim();
        Raise(new TrainingPlanReturned(Id, ReturnReason));
    }

    /// <summary>Starts the next version of an approved plan, as a draft with the same lines.</summary>
    /// <param name="id">The new version's identifier.</param>
    /// <param name="at">When.</param>
    /// <returns>The new draft version.</returns>
    /// <exception cref="DomainRuleException"><c>plan_not_approved</c>: the plan is not approved (nothing changes).</exception>
    public TrainingPlan Revise(TrainingPlanId id, DateTimeOffset at)
    {
        Guard.Against.Default(id.Value);
        EnsureStatus(PlanStatus.Approved, "plan_not_approved", Messages.Get("Programs_Revised"));
        var revision = new TrainingPlan
        {
            Id = id,
            Title = Title,
            Year = Year,
            Version = Version + 1,
            Revises = Id,
            RegionCode = RegionCode,
            OpdCode = OpdCode,
            PopulationRegionCode = PopulationRegionCode,
            PopulationOpdCode = PopulationOpdCode,
            SurveyId = SurveyId,
            Status = PlanStatus.Draft,
            BudgetCeiling = BudgetCeiling,
            Totals = Totals,
            Objective = Objective,
            Method = Method,
            ProvenOptimal = ProvenOptimal,
            ComposedAt = at,
        };
        revision._lines.AddRange(_lines);
        revision._unmet.AddRange(_unmet);
        revision._diagnostics.AddRange(_diagnostics);
        Raise(new TrainingPlanRevised(Id, id, revision.Version));
        return revision;
    }

    private void Apply(decimal budgetCeiling, CompositionResult composition, IReadOnlyCollection<Course> courses, DateTimeOffset composedAt)
    {
        Guard.Against.Negative(budgetCeiling);
        Guard.Against.Null(composition);
        var byId = Guard.Against.Null(courses).ToDictionary(c => c.Id);
        var lines = composition.Runs.Select((run, i) =>
        {
            var course = byId.TryGetValue(run.CourseId, out var c) ? c : throw new ArgumentException($"Course {run.CourseCode} is missing.", nameof(courses));
            var offering = course.Offerings.First(o => o.Mode == run.Mode);
            return new PlanLine(
                i + 1,
                run.CourseId,
                run.CourseCode,
                run.CourseTitle,
                run.Competencies,
                run.Participants,
                run.Mode,
                JpConversionRuleSet.RouteOf(offering.Form),
                offering.Form,
                course.OrganiserName,
                run.Start,
                run.End,
                run.Place,
                course.Accreditation,
                run.Cost,
                run.Jp,
                run.LevelsClosed,
                run.Why);
        }).ToList();

        // Every sum the plan reports (each line's budget, the total cost, the levels left open) is computed before
        // anything changes, so a composition whose sums are beyond range is refused and the plan stays as it was.
        List<UnmetSummary> unmet;
        try
        {
            _ = composition.Totals.Cost.Total;
            lines.ForEach(line => _ = line.Budget);
            unmet = composition.Unmet
                .GroupBy(u => (u.Competency, u.Reason))
                .OrderBy(g => g.Key.Competency).ThenBy(g => g.Key.Reason)
                .Select(g => new UnmetSummary(g.Key.Competency, g.Key.Reason, g.Count(), g.Sum(u => u.RemainingLevels)))
                .ToList();
        }
        catch (OverflowException)
        {
            throw Overflow.TooLarge(Messages.Both("Programs_PlansCostsOrLevelsNeed"));
        }

        BudgetCeiling = budgetCeiling;
        _lines.Clear();
        _lines.AddRange(lines);
        _unmet.Clear();
        _unmet.AddRange(unmet);
        _diagnostics.Clear();
        _diagnostics.AddRange(composition.Diagnostics);
        Totals = composition.Totals;
        Objective = composition.Objective;
        Method = composition.Method;
        ProvenOptimal = composition.ProvenOptimal;
        ComposedAt = composedAt;
        ReturnReason = Status == PlanStatus.Returned ? ReturnReason : null;
        Raise(new TrainingPlanComposed(Id, Year, Version, _lines.Count));
    }

    private void EnsureEditable()
    {
        if (Status is not (PlanStatus.Draft or PlanStatus.Returned))
        {
            throw new DomainRuleException("plan_not_draft", Messages.Get("Programs_PlanVersionCannotChangedReviseAs", Title, Version, Status));
        }
    }

    private void EnsureStatus(PlanStatus expected, string rule, string action)
    {
        if (Status != expected)
        {
            throw new DomainRuleException(rule, Messages.Get("Programs_PlanVersionAndCannot", Title, Version, Status, action));
        }
    }
}
