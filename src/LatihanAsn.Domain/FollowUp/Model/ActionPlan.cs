using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Where an action plan stands.</summary>
public enum ActionPlanStatus
{
    /// <summary>Under way.</summary>
    Active = 0,

    /// <summary>Signed off by the supervisor.</summary>
    SignedOff = 1,
}

/// <summary>A goal of an action plan, tied to a competency and, where there is one, a KPI.</summary>
/// <param name="Description">The goal.</param>
/// <param name="Competency">The competency it applies.</param>
/// <param name="Kpi">The KPI it should move (for example <c>median complaint response time, hours</c>), if any.</param>
/// <param name="Target">The KPI's target, if any.</param>
public sealed record ActionGoal(string Description, CompetencyCode? Competency = null, string? Kpi = null, decimal? Target = null);

/// <summary>A milestone of an action plan.</summary>
/// <param name="Number">Its number, from 1.</param>
/// <param name="Title">What it is.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="CompletedOn">When it was completed, if it was.</param>
/// <param name="Evidence">Evidence of it (reports, documents, links), oldest first.</param>
public sealed record Milestone(int Number, string Title, DateOnly DueOn, DateOnly? CompletedOn, IReadOnlyList<string> Evidence)
{
    /// <summary>Tells whether the milestone is overdue on a day: not completed, and its due day has passed.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when overdue.</returns>
    public bool IsOverdueOn(DateOnly day) => CompletedOn is null && day > DueOn;
}

/// <summary>
/// An action plan (rencana aksi): the on-the-job project after a course — goals tied to competencies and KPIs,
/// milestones with due days and evidence, and the supervisor's sign-off once every milestone is completed. Overdue
/// milestones are found from the injected clock.
/// </summary>
public sealed class ActionPlan : AggregateRoot<ActionPlanId>, IScoped
{
    private readonly List<ActionGoal> _goals = [];
    private readonly List<Milestone> _milestones = [];

    private ActionPlan()
    {
        Title = Supervisor = RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the employee whose plan it is.</summary>
    public EmployeeId EmployeeId { get; private set; }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the run it follows, if any.</summary>
    public CourseRunId? RunId { get; private set; }

    /// <summary>Gets the supervisor who signs it off.</summary>
    public string Supervisor { get; private set; }

    /// <summary>Gets the status.</summary>
    public ActionPlanStatus Status { get; private set; }

    /// <summary>Gets the goals.</summary>
    public IReadOnlyList<ActionGoal> Goals => _goals;

    /// <summary>Gets the milestones, by number.</summary>
    public IReadOnlyList<Milestone> Milestones => _milestones;

    /// <summary>Gets who signed it off, once signed.</summary>
    public string? SignedOffBy { get; private set; }

    /// <summary>Gets the sign-off day, once signed.</summary>
    public DateOnly? SignedOffOn { get; private set; }

    /// <summary>Gets the employee's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the employee's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Creates a plan.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="employee">The employee.</param>
    /// <param name="title">The title.</param>
    /// <param name="runId">The run it follows, if any.</param>
    /// <param name="supervisor">The supervisor who signs it off.</param>
    /// <param name="goals">At least one goal.</param>
    /// <param name="milestones">At least one milestone: title and due day, in order.</param>
    /// <returns>The plan, with an <see cref="ActionPlanCreated"/> event pending.</returns>
    public static ActionPlan Create(ActionPlanId id, Employee employee, string title, CourseRunId? runId, string supervisor, IEnumerable<ActionGoal> goals, IEnumerable<(string Title, DateOnly DueOn)> milestones)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(employee);
        var goalList = Guard.Against.Null(goals).ToList();
        var milestoneList = Guard.Against.Null(milestones).ToList();
        if (goalList.Count == 0 || goalList.Any(g => string.IsNullOrWhiteSpace(g.Description)) || milestoneList.Count == 0 || milestoneList.Any(m => string.IsNullOrWhiteSpace(m.Title)))
        {
            throw new ArgumentException("An action plan needs goals and milestones, each described.");
        }

        var plan = new ActionPlan
        {
            Id = id,
            EmployeeId = employee.Id,
            Title = Guard.Against.NullOrWhiteSpace(title).Trim(),
            RunId = runId,
            Supervisor = Guard.Against.NullOrWhiteSpace(supervisor).Trim(),
            Status = ActionPlanStatus.Active,
            RegionCode = employee.RegionCode,
            OpdCode = employee.OpdCode,
        };
        plan._goals.AddRange(goalList);
        plan._milestones.AddRange(milestoneList.Select((m, i) => new Milestone(i + 1, m.Title.Trim(), m.DueOn, null, [])));
        plan.Raise(new ActionPlanCreated(id, employee.Id));
        return plan;
    }

    /// <summary>Appends evidence to a milestone.</summary>
    /// <param name="milestone">The milestone's number.</param>
    /// <param name="evidence">The evidence.</param>
    /// <exception cref="DomainRuleException">The plan is signed off (<c>action_plan_signed_off</c>), or no such milestone (<c>milestone_missing</c>).</exception>
    public void AddEvidence(int milestone, string evidence)
    {
        Guard.Against.NullOrWhiteSpace(evidence);
        var m = Editable(milestone);
        Replace(m with { Evidence = [.. m.Evidence, evidence.Trim()] });
    }

    /// <summary>Completes a milestone, with evidence.</summary>
    /// <param name="milestone">The milestone's number.</param>
    /// <param name="on">The day.</param>
    /// <param name="evidence">Evidence of it.</param>
    /// <exception cref="DomainRuleException">The plan is signed off (<c>action_plan_signed_off</c>), no such milestone (<c>milestone_missing</c>), or the milestone is already completed (<c>milestone_already_completed</c>).</exception>
    public void CompleteMilestone(int milestone, DateOnly on, string evidence)
    {
        Guard.Against.NullOrWhiteSpace(evidence);
        var m = Editable(milestone);
        if (m.CompletedOn is not null)
        {
            throw new DomainRuleException("milestone_already_completed", Messages.Get("FollowUp_MilestoneAlreadyCompleted", milestone));
        }

        Replace(m with { CompletedOn = on, Evidence = [.. m.Evidence, evidence.Trim()] });
        Raise(new MilestoneCompleted(Id, milestone, on));
    }

    /// <summary>Signs the plan off.</summary>
    /// <param name="by">The supervisor.</param>
    /// <param name="on">The day.</param>
    /// <exception cref="DomainRuleException">Already signed off (<c>action_plan_signed_off</c>), or a milestone is not completed (<c>milestones_open</c>).</exception>
    public void SignOff(string by, DateOnly on)
    {
        Guard.Against.NullOrWhiteSpace(by);
        if (Status != ActionPlanStatus.Active)
        {
            throw new DomainRuleException("action_plan_signed_off", Messages.Get("FollowUp_ActionPlanAlreadySignedOff"));
        }

        var open = _milestones.Where(m => m.CompletedOn is null).Select(m => m.Number).ToArray();
        if (open.Length > 0)
        {
            throw new DomainRuleException("milestones_open", Messages.Get("FollowUp_MilestonesNotCompleted", string.Join(", ", open)));
        }

        Status = ActionPlanStatus.SignedOff;
        SignedOffBy = by.Trim();
        SignedOffOn = on;
        Raise(new ActionPlanSignedOff(Id, SignedOffBy));
    }

    /// <summary>Returns the milestones overdue on a day.</summary>
    /// <param name="day">The day (from the injected clock).</param>
    /// <returns>The overdue milestones.</returns>
    public IReadOnlyList<Milestone> OverdueOn(DateOnly day) => Status == ActionPlanStatus.Active ? _milestones.Where(m => m.IsOverdueOn(day)).ToArray() : [];

    private Milestone Editable(int number)
    {
        if (Status != ActionPlanStatus.Active)
        {
            throw new DomainRuleException("action_plan_signed_off", Messages.Get("FollowUp_ActionPlanAlreadySignedOff"));
        }

        return _milestones.Find(m => m.Number == number)
            ?? throw new DomainRuleException("milestone_missing", Messages.Get("FollowUp_NoMilestone", number));
    }

    private void Replace(Milestone milestone) => _milestones[_milestones.FindIndex(m => m.Number == milestone.Number)] = milestone;
}
