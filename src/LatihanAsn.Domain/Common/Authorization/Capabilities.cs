namespace LatihanAsn.Domain.Common;

/// <summary>
/// The named permissions of the library (in the spirit of Moodle's capabilities and Odoo's access rights). Every
/// request declares the capabilities it needs with <see cref="RequiresCapabilityAttribute"/>; a caller holds a set of
/// them (<see cref="Caller.Capabilities"/>), usually from one or more <see cref="RolePreset"/>s. The names are stable:
/// a host may store them.
/// </summary>
/// <remarks>
/// Where a request accepts a broad and a narrow capability (for example <see cref="SurveyManage"/> or
/// <see cref="SurveyRespond"/>), the broad one acts for anyone in the caller's scope and the narrow one only for the
/// caller themself, the people they supervise or their own mentees, as its description says.
/// </remarks>
public static class Capabilities
{
    /// <summary>Define, update and withdraw courses of the shared catalogue.</summary>
    public const string CatalogueManage = "catalogue.manage";

    /// <summary>Define and version competency frameworks (shared by the whole province).</summary>
    public const string FrameworkManage = "framework.manage";

    /// <summary>Change the rule sets (held by the host's configuration; for a host's own screens over <see cref="LatihanAsnOptions.RuleSets"/>).</summary>
    public const string RulesManage = "rules.manage";

    /// <summary>Set a region's reach (connectivity, travel hours and costs); a region caller only for its own region.</summary>
    public const string ReachManage = "reach.manage";

    /// <summary>Register OPDs, define positions and their competency standards.</summary>
    public const string OrganisationManage = "organisation.manage";

    /// <summary>Register, import and transfer employees and name the positions they are to hold.</summary>
    public const string EmployeeManage = "employee.manage";

    /// <summary>Record and import assessments and add evidence to them.</summary>
    public const string AssessmentRecord = "assessment.record";

    /// <summary>Confirm or reject any pending assessment in the caller's scope.</summary>
    public const string AssessmentConfirm = "assessment.confirm";

    /// <summary>Open, close and score needs surveys, import responses and submit them for anyone in scope.</summary>
    public const string SurveyManage = "survey.manage";

    /// <summary>Submit and change one's own survey response and proposals (self-service; the caller's <see cref="Caller.Nip"/>).</summary>
    public const string SurveyRespond = "survey.respond";

    /// <summary>Record and import learning hours and performance appraisals.</summary>
    public const string RecordsManage = "records.manage";

    /// <summary>Read population results, profiles, needs and compliance of the people in scope.</summary>
    public const string PopulationRead = "population.read";

    /// <summary>Compose, recompose, revise, explain and submit a training plan.</summary>
    public const string PlanCompose = "plan.compose";

    /// <summary>Approve or return a submitted training plan.</summary>
    public const string PlanApprove = "plan.approve";

    /// <summary>Schedule, staff, run, complete and cancel course runs, and answer invitations for anyone in scope.</summary>
    public const string RunManage = "run.manage";

    /// <summary>Answer one's own invitation to a course run (self-service).</summary>
    public const string RunRespond = "run.respond";

    /// <summary>Start and complete mentoring, create action plans and act on them for anyone in scope, see what is due.</summary>
    public const string FollowUpManage = "followup.manage";

    /// <summary>Record check-ins of mentoring plans in which the caller is the mentor.</summary>
    public const string MentoringCheckIn = "mentoring.checkin";

    /// <summary>Record evidence and complete milestones of one's own action plan (self-service).</summary>
    public const string ActionPlanOwn = "actionplan.own";

    /// <summary>Confirm assessments and sign off action plans of the people the caller supervises (<see cref="Caller.Supervises"/>).</summary>
    public const string SupervisionSignOff = "supervision.signoff";

    /// <summary>Create evaluation plans and SKM surveys and record evaluation data (attendance, scores, ratings, KPIs, costs).</summary>
    public const string EvaluationRecord = "evaluation.record";

    /// <summary>Compute evaluation results and read effectiveness reports.</summary>
    public const string EvaluationRead = "evaluation.read";

    /// <summary>Gets every capability the library defines, in the order of this class.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CatalogueManage, FrameworkManage, RulesManage, ReachManage, OrganisationManage, EmployeeManage,
        AssessmentRecord, AssessmentConfirm, SurveyManage, SurveyRespond, RecordsManage, PopulationRead,
        PlanCompose, PlanApprove, RunManage, RunRespond, FollowUpManage, MentoringCheckIn, ActionPlanOwn,
        SupervisionSignOff, EvaluationRecord, EvaluationRead,
    ];
}

/// <summary>
/// Declares the capabilities a request needs: the caller must hold at least one of them (the first one it holds, in
/// the order given, is the one used and audited). Every request of the library carries it; the authorization step of
/// the pipeline reads it before validation and handling.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class RequiresCapabilityAttribute : Attribute
{
    /// <summary>Initialises the attribute.</summary>
    /// <param name="capability">The capability needed (see <see cref="Capabilities"/>).</param>
    /// <param name="alternatives">Other capabilities that also allow the request, usually narrower (self-service).</param>
    public RequiresCapabilityAttribute(string capability, params string[] alternatives)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(capability);
        ArgumentNullException.ThrowIfNull(alternatives);
        Capability = capability;
        Alternatives = alternatives;
        AnyOf = [capability, .. alternatives];
    }

    /// <summary>Gets the capability needed.</summary>
    public string Capability { get; }

    /// <summary>Gets the other capabilities that also allow the request.</summary>
    public IReadOnlyList<string> Alternatives { get; }

    /// <summary>Gets <see cref="Capability"/> followed by <see cref="Alternatives"/>: the caller needs one of them.</summary>
    public IReadOnlyList<string> AnyOf { get; }
}
