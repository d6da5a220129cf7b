using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Where a mentoring plan stands.</summary>
public enum MentoringStatus
{
    /// <summary>Running: check-ins are due at its cadence.</summary>
    Active = 0,

    /// <summary>Ended with the mentor's assessment.</summary>
    Completed = 1,
}

/// <summary>A mentoring check-in.</summary>
/// <param name="On">Its day.</param>
/// <param name="Notes">What was discussed.</param>
/// <param name="Progress">The progress rating, 1 (none) to 5 (goal reached).</param>
public sealed record CheckIn(DateOnly On, string Notes, int Progress);

/// <summary>
/// A mentoring or coaching plan for one competency: a mentor whose confirmed level exceeds the mentee's target, a
/// cadence of check-ins with notes and a progress rating, and at the end the mentor's assessment of the mentee — a
/// pending assessment (source mentor) that, once confirmed, updates the mentee's profile and gaps.
/// </summary>
public sealed class MentoringPlan : AggregateRoot<MentoringPlanId>, IScoped
{
    private readonly List<CheckIn> _checkIns = [];

    private MentoringPlan()
    {
        RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the mentor.</summary>
    public EmployeeId MentorId { get; private set; }

    /// <summary>Gets the mentee.</summary>
    public EmployeeId MenteeId { get; private set; }

    /// <summary>Gets the competency.</summary>
    public CompetencyCode Competency { get; private set; }

    /// <summary>Gets the mentee's target level.</summary>
    public int TargetLevel { get; private set; }

    /// <summary>Gets the days between check-ins.</summary>
    public int CadenceDays { get; private set; }

    /// <summary>Gets the first day.</summary>
    public DateOnly StartedOn { get; private set; }

    /// <summary>Gets the status.</summary>
    public MentoringStatus Status { get; private set; }

    /// <summary>Gets the check-ins, oldest first.</summary>
    public IReadOnlyList<CheckIn> CheckIns => _checkIns;

    /// <summary>Gets the level the mentor assessed at the end, if ended.</summary>
    public int? AssessedLevel { get; private set; }

    /// <summary>Gets the last day, if ended.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>Gets the mentee's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the mentee's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the day the next check-in is due: the cadence after the last check-in (or the start); none once ended.</summary>
    public DateOnly? NextCheckInDue => Status == MentoringStatus.Active
        ? (_checkIns.Count == 0 ? StartedOn : _checkIns[^1].On).AddDays(CadenceDays)
        : null;

    /// <summary>Starts a plan.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="mentor">The mentor (not the mentee).</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="competency">The competency.</param>
    /// <param name="targetLevel">The mentee's target level, 1-5.</param>
    /// <param name="cadenceDays">Days between check-ins, 1-90.</param>
    /// <param name="startedOn">The first day.</param>
    /// <returns>The plan, with a <see cref="MentoringStarted"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed, or mentor and mentee are the same.</exception>
    public static MentoringPlan Start(MentoringPlanId id, EmployeeId mentor, Employee mentee, CompetencyCode competency, int targetLevel, int cadenceDays, DateOnly startedOn)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(mentee);
        Guard.Against.Default(competency);
        Guard.Against.OutOfRange(targetLevel, nameof(targetLevel), ProficiencyLevel.MinValue, ProficiencyLevel.MaxValue);
        Guard.Against.OutOfRange(cadenceDays, nameof(cadenceDays), 1, 90);
        if (mentor == mentee.Id)
        {
            throw new ArgumentException(Messages.Get("FollowUp_NoOneMentorsThemself"), nameof(mentor));
        }

        var plan = new MentoringPlan
        {
            Id = id,
            MentorId = mentor,
            MenteeId = mentee.Id,
            Competency = competency,
            TargetLevel = targetLevel,
            CadenceDays = cadenceDays,
            StartedOn = startedOn,
            Status = MentoringStatus.Active,
            RegionCode = mentee.RegionCode,
            OpdCode = mentee.OpdCode,
        };
        plan.Raise(new MentoringStarted(id, mentor, mentee.Id, competency));
        return plan;
    }

    /// <summary>Records a check-in.</summary>
    /// <param name="on">Its day: not before the start or the last check-in.</param>
    /// <param name="notes">What was discussed.</param>
    /// <param name="progress">Progress, 1-5.</param>
    /// <exception cref="DomainRuleException">The plan has ended (<c>mentoring_ended</c>), or the day is before the start or the last check-in (<c>check_in_out_of_order</c>).</exception>
    public void RecordCheckIn(DateOnly on, string notes, int progress)
    {
        EnsureActive();
        Guard.Against.NullOrWhiteSpace(notes);
        Guard.Against.OutOfRange(progress, nameof(progress), 1, 5);
        if (on < StartedOn || (_checkIns.Count > 0 && on < _checkIns[^1].On))
        {
            throw new DomainRuleException("check_in_out_of_order", Messages.Get("FollowUp_CheckInCannotBeforeStartOr"));
        }

        _checkIns.Add(new CheckIn(on, notes.Trim(), progress));
        Raise(new MentoringCheckInRecorded(Id, on, progress));
    }

    /// <summary>Ends the plan with the mentor's assessment of the mentee.</summary>
    /// <param name="on">The last day.</param>
    /// <param name="assessedLevel">The level the mentor assesses, 1-5.</param>
    /// <exception cref="DomainRuleException">The plan has ended (<c>mentoring_ended</c>), or the day is before the start or the last check-in (<c>mentoring_end_out_of_order</c>).</exception>
    public void Complete(DateOnly on, int assessedLevel)
    {
        EnsureActive();
        Guard.Against.OutOfRange(assessedLevel, nameof(assessedLevel), ProficiencyLevel.MinValue, ProficiencyLevel.MaxValue);
        if (on < StartedOn || (_checkIns.Count > 0 && on < _checkIns[^1].On))
        {
            throw new DomainRuleException("mentoring_end_out_of_order", Messages.Get("FollowUp_EndCannotBeforeStartOrLast"));
        }

        Status = MentoringStatus.Completed;
        AssessedLevel = assessedLevel;
        EndedOn = on;
        Raise(new MentoringCompleted(Id, MenteeId, assessedLevel));
    }

    private void EnsureActive()
    {
        if (Status != MentoringStatus.Active)
        {
            throw new DomainRuleException("mentoring_ended", Messages.Get("FollowUp_MentoringPlanHasEnded"));
        }
    }
}
