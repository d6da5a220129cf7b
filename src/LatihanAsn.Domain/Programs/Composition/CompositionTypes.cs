using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>An employee as composition sees them.</summary>
/// <param name="Id">The employee.</param>
/// <param name="RegionCode">Their region (where they travel from).</param>
/// <param name="OpdCode">Their OPD.</param>
/// <param name="Levels">Their current levels (for level prerequisites and course entry levels).</param>
/// <param name="EarnedJp">JP already earned this year (for the 20 JP secondary goal and the JP cap).</param>
/// <param name="CompletedCourses">Courses already completed (course prerequisites).</param>
public sealed record CompositionEmployee(EmployeeId Id, string RegionCode, string OpdCode, IReadOnlyDictionary<CompetencyCode, int> Levels, decimal EarnedJp, IReadOnlyCollection<CourseId> CompletedCourses);

/// <summary>One employee's need in one competency, weighted by its priority.</summary>
/// <param name="Employee">The employee.</param>
/// <param name="Competency">The competency.</param>
/// <param name="CurrentLevel">The current level.</param>
/// <param name="TargetLevel">The required level; above <paramref name="CurrentLevel"/>.</param>
/// <param name="Weight">The weight of one level closed (for instance the needs register's priority score).</param>
public sealed record CompositionNeed(EmployeeId Employee, CompetencyCode Competency, int CurrentLevel, int TargetLevel, decimal Weight)
{
    /// <summary>Gets the levels to close.</summary>
    public int Gap => TargetLevel - CurrentLevel;
}

/// <summary>Everything a composition needs: who, what they need, what is offered where, the budget and the rules.</summary>
/// <param name="Year">The plan year.</param>
/// <param name="Budget">The budget, in rupiah.</param>
/// <param name="Employees">The employees.</param>
/// <param name="Needs">Their needs.</param>
/// <param name="Courses">The catalogue (withdrawn courses are ignored).</param>
/// <param name="Regions">The regions' reach.</param>
/// <param name="Calendar">The training calendar.</param>
/// <param name="Policy">The composition rules.</param>
/// <param name="EntitlementJp">The yearly JP entitlement the secondary goal aims at (20 by PP 11/2017 art. 203(4)).</param>
/// <param name="NotBefore">The first day a run may start (for a plan of the current year: not in the past), if any.</param>
public sealed record CompositionProblem(
    int Year,
    decimal Budget,
    IReadOnlyList<CompositionEmployee> Employees,
    IReadOnlyList<CompositionNeed> Needs,
    IReadOnlyList<Course> Courses,
    IReadOnlyList<RegionReach> Regions,
    TrainingCalendarRuleSet Calendar,
    DeliveryPolicyRuleSet Policy,
    decimal EntitlementJp = 20m,
    DateOnly? NotBefore = null);

/// <summary>Which algorithm composes a plan.</summary>
public enum CompositionMethod
{
    /// <summary>Small instances (by <see cref="DeliveryPolicyRuleSet.ExactSearchMaxRuns"/>): both algorithms, the better plan (the exact one on a tie); large ones: the heuristic.</summary>
    Auto = 0,

    /// <summary>Branch and bound over cohorts cut in advance: optimal over those cohorts when it finishes within its node limit (it neither repairs nor forms cohorts).</summary>
    Exact = 1,

    /// <summary>Cohorts formed while optimising (a greedy over each group's best run and free seats), then local improvement (seats that gain nothing given back, runs taken out, shrunk or reassigned and the plan refilled); the better of that and the repairing greedy over cohorts cut in advance.</summary>
    Heuristic = 2,
}

/// <summary>What a run costs, by category.</summary>
/// <param name="Runs">Fixed costs per run (and regional surcharges).</param>
/// <param name="Participants">Costs per participant.</param>
/// <param name="Travel">Participants' travel to training centres.</param>
public sealed record CostBreakdown(decimal Runs, decimal Participants, decimal Travel)
{
    /// <summary>Gets the total.</summary>
    public decimal Total => Runs + Participants + Travel;

    /// <summary>Adds two breakdowns.</summary>
    /// <param name="a">The first.</param>
    /// <param name="b">The second.</param>
    /// <returns>The sum.</returns>
    public static CostBreakdown operator +(CostBreakdown a, CostBreakdown b) =>
        new(a.Runs + b.Runs, a.Participants + b.Participants, a.Travel + b.Travel);
}

/// <summary>One course run of a composed plan.</summary>
/// <param name="CourseId">The course.</param>
/// <param name="CourseCode">Its code.</param>
/// <param name="CourseTitle">Its title.</param>
/// <param name="Mode">The delivery mode.</param>
/// <param name="Place">Where: a centre code, a region code for a regional cohort or coaching, or <c>ONLINE</c>.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="Participants">The participants.</param>
/// <param name="Cost">What it costs.</param>
/// <param name="Jp">The JP it gives each participant.</param>
/// <param name="Competencies">The competencies it develops for these participants.</param>
/// <param name="LevelsClosed">Levels of need it closes (not counting levels other runs of the plan already close).</param>
/// <param name="Value">Its contribution to the objective.</param>
/// <param name="Why">Why it is there: which needs, how much it closes, why this mode and place.</param>
public sealed record PlannedRun(
    CourseId CourseId,
    string CourseCode,
    string CourseTitle,
    DeliveryMode Mode,
    string Place,
    DateOnly Start,
    DateOnly End,
    IReadOnlyList<EmployeeId> Participants,
    CostBreakdown Cost,
    decimal Jp,
    IReadOnlyList<CompetencyCode> Competencies,
    int LevelsClosed,
    decimal Value,
    LocalizedText Why);

/// <summary>Why a need stays unmet.</summary>
public enum UnmetReason
{
    /// <summary>A run could take it, but the budget went to needs with more value per rupiah.</summary>
    Budget = 0,

    /// <summary>No course develops the competency at the employee's level.</summary>
    NoCourse = 1,

    /// <summary>Courses exist, but none reaches the employee's region (travel, connectivity).</summary>
    NoReachableMode = 2,

    /// <summary>Too few eligible participants for a run's minimum seats (or too few once the members who cannot join the run are left out).</summary>
    Seats = 3,

    /// <summary>The employee lacks a prerequisite (a level, or a course not completed or not planned before).</summary>
    Prerequisite = 4,

    /// <summary>Every run that could take it clashes with the employee's own other runs.</summary>
    Schedule = 5,

    /// <summary>The employee's own JP cap for the year would be passed by every run that could take it.</summary>
    JpCap = 6,
}

/// <summary>A need the plan leaves (partly) open, and why.</summary>
/// <param name="Employee">The employee.</param>
/// <param name="Competency">The competency.</param>
/// <param name="RemainingLevels">Levels still open.</param>
/// <param name="Reason">Why.</param>
public sealed record UnmetNeed(EmployeeId Employee, CompetencyCode Competency, int RemainingLevels, UnmetReason Reason);

/// <summary>The planned JP of one employee.</summary>
/// <param name="Employee">The employee.</param>
/// <param name="EarnedJp">JP already earned this year.</param>
/// <param name="PlannedJp">JP the plan adds.</param>
public sealed record EmployeeJp(EmployeeId Employee, decimal EarnedJp, decimal PlannedJp)
{
    /// <summary>Gets the JP after the plan.</summary>
    public decimal TotalJp => EarnedJp + PlannedJp;
}

/// <summary>The totals of a plan.</summary>
/// <param name="Cost">Cost by category.</param>
/// <param name="Runs">Number of runs.</param>
/// <param name="Participants">Distinct participants.</param>
/// <param name="Needs">Needs in the problem.</param>
/// <param name="NeedsClosed">Needs fully closed.</param>
/// <param name="LevelsNeeded">Levels of need in the problem.</param>
/// <param name="LevelsClosed">Levels of need closed.</param>
/// <param name="WeightedNeedClosed">The weighted levels closed (the primary objective).</param>
/// <param name="Employees">Employees in the problem.</param>
/// <param name="CompliantBefore">Employees at or above 20 JP before the plan.</param>
/// <param name="CompliantAfter">Employees at or above 20 JP after the plan.</param>
/// <param name="JpByMode">Planned JP (summed over participants) per delivery mode.</param>
public sealed record PlanTotals(
    CostBreakdown Cost,
    int Runs,
    int Participants,
    int Needs,
    int NeedsClosed,
    int LevelsNeeded,
    int LevelsClosed,
    decimal WeightedNeedClosed,
    int Employees,
    int CompliantBefore,
    int CompliantAfter,
    IReadOnlyDictionary<DeliveryMode, decimal> JpByMode);

/// <summary>A composed plan.</summary>
/// <param name="Runs">The runs, by start date then course code.</param>
/// <param name="Totals">The totals.</param>
/// <param name="Unmet">The needs left open, and why.</param>
/// <param name="EmployeeJp">Each participant's JP before and after the plan.</param>
/// <param name="Objective">The objective value: weighted levels closed plus the entitlement bonus.</param>
/// <param name="Method">The algorithm that ran.</param>
/// <param name="ProvenOptimal">Whether the plan is proven optimal for the problem as given: its objective equals the
/// proven <see cref="UpperBound"/>. (It used to mean optimal over the generated cohorts only; see the changelog.)</param>
/// <param name="CandidateRuns">How many candidate runs were considered: those generated and, with the heuristic, those it derived by dropping members a run could not take.</param>
/// <param name="Diagnostics">Hard constraints that ruled candidate runs out, in words, then the plan's bound and gap (<see cref="Quality"/>).</param>
/// <param name="RuleSets">The rule sets used.</param>
public sealed record CompositionResult(
    IReadOnlyList<PlannedRun> Runs,
    PlanTotals Totals,
    IReadOnlyList<UnmetNeed> Unmet,
    IReadOnlyList<EmployeeJp> EmployeeJp,
    decimal Objective,
    CompositionMethod Method,
    bool ProvenOptimal,
    int CandidateRuns,
    IReadOnlyList<LocalizedText> Diagnostics,
    IReadOnlyList<RuleSetInfo> RuleSets)
{
    /// <summary>
    /// Gets an upper bound on the objective of every plan of the problem (budget, seats, JP cap, once per course,
    /// calendar, prerequisites), proven by <see cref="BoundSource"/>: no plan reaches more.
    /// </summary>
    public decimal UpperBound { get; init; }

    /// <summary>Gets what proved <see cref="UpperBound"/>.</summary>
    public CompositionBoundSource BoundSource { get; init; }

    /// <summary>
    /// Gets the relative gap between the plan and its bound, (bound - objective) / bound, from 0 (proven optimal) to 1;
    /// 0 when the bound is 0.
    /// </summary>
    public decimal Gap => UpperBound <= 0m ? 0m : Math.Max(0m, (UpperBound - Objective) / UpperBound);

    /// <summary>Gets the bound and gap in words, in both languages (also the last of <see cref="Diagnostics"/>).</summary>
    public LocalizedText? Quality { get; init; }

    /// <summary>
    /// Returns the result with a bound that something else proved (for instance a solver's), when it is tighter than the
    /// one the result carries: the bound, its source, <see cref="ProvenOptimal"/> and the words of
    /// <see cref="Quality"/> follow it.
    /// </summary>
    /// <param name="bound">The proven upper bound; not below <see cref="Objective"/>.</param>
    /// <param name="source">What proved it.</param>
    /// <returns>The result with the tighter of the two bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is below the plan's objective.</exception>
    public CompositionResult WithUpperBound(decimal bound, CompositionBoundSource source)
    {
        Guard.Against.OutOfRange(bound, nameof(bound), Objective, decimal.MaxValue);
        Guard.Against.EnumOutOfRange(source);
        if (Quality is not null && UpperBound <= bound)
        {
            return this;
        }

        var quality = CompositionQuality.Describe(Objective, bound, source);
        var diagnostics = Diagnostics.Where(d => Quality is null || d != Quality).Append(quality).ToArray();
        return this with
        {
            UpperBound = bound,
            BoundSource = source,
            ProvenOptimal = Objective >= bound,
            Quality = quality,
            Diagnostics = diagnostics,
        };
    }
}

/// <summary>What proved a plan's upper bound.</summary>
public enum CompositionBoundSource
{
    /// <summary>The library's own relaxation (seats decoupled from runs, the budget priced by a Lagrange multiplier).</summary>
    Relaxation = 0,

    /// <summary>An integer-programming solver's bound (for instance the exact composer's).</summary>
    Solver = 1,
}
