using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Where an assessment comes from.</summary>
public enum AssessmentSource
{
    /// <summary>An assessment centre (the most authoritative source).</summary>
    AssessmentCentre = 0,

    /// <summary>A test, for example at the end of a course.</summary>
    Test = 1,

    /// <summary>The direct supervisor (atasan langsung).</summary>
    Supervisor = 2,

    /// <summary>A 360-degree assessment.</summary>
    ThreeSixty = 3,

    /// <summary>The employee's own assessment.</summary>
    Self = 4,

    /// <summary>A mentor or coach, at the end of a mentoring plan.</summary>
    Mentor = 5,
}

/// <summary>Where an assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>Recorded, waiting for confirmation (for example test evidence waiting for the supervisor).</summary>
    Pending = 0,

    /// <summary>Valid: counts in the profile.</summary>
    Confirmed = 1,

    /// <summary>Rejected on confirmation; never counts.</summary>
    Rejected = 2,

    /// <summary>Replaced by a newer assessment; kept for history, never counts.</summary>
    Superseded = 3,
}

/// <summary>A level found for one competency.</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Level">The level found.</param>
public sealed record AssessedLevel(CompetencyCode Competency, ProficiencyLevel Level);

/// <summary>A piece of evidence behind an assessment (a report, a test result, an observation).</summary>
/// <param name="RecordedAt">When it was added.</param>
/// <param name="Description">What it is.</param>
/// <param name="Reference">Where to find it (a document number or link), if any.</param>
public sealed record EvidenceItem(DateTimeOffset RecordedAt, string Description, string? Reference = null);

/// <summary>
/// A competency assessment of one employee. It is never edited: its levels are fixed when recorded, evidence is only
/// appended, and a correction is a new assessment that supersedes this one.
/// </summary>
/// <remarks>It carries the employee's region and OPD so that the caller's scope filters it in the store; when the
/// employee moves, the transfer moves their assessments with them.</remarks>
public sealed class CompetencyAssessment : AggregateRoot<AssessmentId>, IScoped
{
    private readonly List<AssessedLevel> _levels = [];
    private readonly List<EvidenceItem> _evidence = [];

    private CompetencyAssessment()
    {
        Assessor = RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the assessed employee.</summary>
    public EmployeeId EmployeeId { get; private set; }

    /// <summary>Gets the employee's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the employee's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the source.</summary>
    public AssessmentSource Source { get; private set; }

    /// <summary>Gets the day of the assessment.</summary>
    public DateOnly AssessedOn { get; private set; }

    /// <summary>Gets who assessed (a person or an institution).</summary>
    public string Assessor { get; private set; }

    /// <summary>Gets when the assessment was recorded (breaks ties between assessments of the same day and source).</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Gets the status.</summary>
    public AssessmentStatus Status { get; private set; }

    /// <summary>Gets the assessment that superseded this one, if any.</summary>
    public AssessmentId? SupersededBy { get; private set; }

    /// <summary>Gets who confirmed or rejected a pending assessment, and why it was rejected, if so.</summary>
    public string? DecisionNote { get; private set; }

    /// <summary>Gets the levels found, one per competency.</summary>
    public IReadOnlyList<AssessedLevel> Levels => _levels;

    /// <summary>Gets the evidence, oldest first (append-only).</summary>
    public IReadOnlyList<EvidenceItem> Evidence => _evidence;

    /// <summary>Records an assessment.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="employee">The assessed employee (its identifier, region and OPD are kept).</param>
    /// <param name="source">The source.</param>
    /// <param name="assessedOn">The day of the assessment.</param>
    /// <param name="assessor">Who assessed.</param>
    /// <param name="levels">The levels found: at least one, one per competency.</param>
    /// <param name="recordedAt">When it is recorded.</param>
    /// <param name="pending"><see langword="true"/> to record it as waiting for confirmation.</param>
    /// <param name="evidence">Initial evidence, if any.</param>
    /// <returns>The assessment, with an <see cref="AssessmentRecorded"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed (no levels, duplicate competency, default level).</exception>
    public static CompetencyAssessment Record(
        AssessmentId id,
        Employee employee,
        AssessmentSource source,
        DateOnly assessedOn,
        string assessor,
        IEnumerable<AssessedLevel> levels,
        DateTimeOffset recordedAt,
        bool pending = false,
        IEnumerable<EvidenceItem>? evidence = null)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(employee);
        Guard.Against.EnumOutOfRange(source);
        var list = Guard.Against.Null(levels).ToList();
        Guard.Against.Zero(list.Count, nameof(levels));
        foreach (var level in list)
        {
            Guard.Against.Default(level.Competency);
            Guard.Against.Default(level.Level);
        }

        if (list.GroupBy(l => l.Competency).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("A competency is assessed more than once.", nameof(levels));
        }

        var assessment = new CompetencyAssessment
        {
            Id = id,
            EmployeeId = employee.Id,
            RegionCode = employee.RegionCode,
            OpdCode = employee.OpdCode,
            Source = source,
            AssessedOn = assessedOn,
            Assessor = Guard.Against.NullOrWhiteSpace(assessor).Trim(),
            RecordedAt = recordedAt,
            Status = pending ? AssessmentStatus.Pending : AssessmentStatus.Confirmed,
        };
        assessment._levels.AddRange(list);
        foreach (var item in evidence ?? [])
        {
            assessment._evidence.Add(CheckEvidence(item));
        }

        assessment.Raise(new AssessmentRecorded(id, employee.Id, source, assessment.Status));
        return assessment;
    }

    /// <summary>Appends evidence. Evidence is never removed or changed.</summary>
    /// <param name="item">The evidence.</param>
    /// <exception cref="ArgumentException">An empty description.</exception>
    public void AddEvidence(EvidenceItem item)
    {
        _evidence.Add(CheckEvidence(item));
        Raise(new AssessmentEvidenceAdded(Id, item));
    }

    /// <summary>Marks this assessment as replaced by a newer assessment of the same employee.</summary>
    /// <param name="newer">The assessment that replaces it.</param>
    /// <exception cref="DomainRuleException">
    /// <c>assessment_supersedes_itself</c>: <paramref name="newer"/> is this assessment;
    /// <c>superseding_assessment_of_another_employee</c>: <paramref name="newer"/> assesses another employee;
    /// <c>assessment_not_current</c>: this assessment is already superseded or rejected.
    /// Nothing changes then.
    /// </exception>
    public void Supersede(CompetencyAssessment newer)
    {
        Guard.Against.Null(newer);
        if (newer.Id == Id)
        {
            throw new DomainRuleException("assessment_supersedes_itself", Messages.Get("Competencies_AssessmentCannotSupersedeItself", Id));
        }

        if (newer.EmployeeId != EmployeeId)
        {
            throw new DomainRuleException("superseding_assessment_of_another_employee", Messages.Get("Competencies_AssessmentCanOnlySupersededByAssessment", Id));
        }

        if (Status is AssessmentStatus.Superseded or AssessmentStatus.Rejected)
        {
            throw new DomainRuleException("assessment_not_current", Messages.Get("Competencies_AssessmentAndCannotSuperseded", Id, Status));
        }

        Status = AssessmentStatus.Superseded;
        SupersededBy = newer.Id;
        Raise(new AssessmentSuperseded(Id, newer.Id));
    }

    /// <summary>Confirms a pending assessment, so that it counts in the profile.</summary>
    /// <param name="confirmedBy">Who confirms (for example the supervisor's NIP or name).</param>
    /// <exception cref="DomainRuleException"><c>assessment_not_pending</c>: the assessment is not pending (nothing changes).</exception>
    public void Confirm(string confirmedBy)
    {
        Guard.Against.NullOrWhiteSpace(confirmedBy);
        EnsurePending();
        Status = AssessmentStatus.Confirmed;
        DecisionNote = confirmedBy.Trim();
        Raise(new AssessmentConfirmed(Id, EmployeeId, DecisionNote));
    }

    /// <summary>Rejects a pending assessment.</summary>
    /// <param name="rejectedBy">Who rejects.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="DomainRuleException"><c>assessment_not_pending</c>: the assessment is not pending (nothing changes).</exception>
    public void Reject(string rejectedBy, string reason)
    {
        Guard.Against.NullOrWhiteSpace(rejectedBy);
        Guard.Against.NullOrWhiteSpace(reason);
        EnsurePending();
        Status = AssessmentStatus.Rejected;
        DecisionNote = $"{rejectedBy.Trim()}: {reason.Trim()}";
        Raise(new AssessmentRejected(Id, EmployeeId, rejectedBy.Trim(), reason.Trim()));
    }

    /// <summary>Moves the assessment with its employee to another region and OPD (called by the transfer use case).</summary>
    /// <param name="employee">The employee, already transferred.</param>
    /// <exception cref="ArgumentException">The employee is not this assessment's.</exception>
    public void FollowTransfer(Employee employee)
    {
        Guard.Against.Null(employee);
        if (employee.Id != EmployeeId)
        {
            throw new ArgumentException("The employee is not the assessed one.", nameof(employee));
        }

        RegionCode = employee.RegionCode;
        OpdCode = employee.OpdCode;
    }

    private static EvidenceItem CheckEvidence(EvidenceItem item)
    {
        Guard.Against.Null(item);
        Guard.Against.NullOrWhiteSpace(item.Description);
        return item;
    }

    private void EnsurePending()
    {
        if (Status != AssessmentStatus.Pending)
        {
            throw new DomainRuleException("assessment_not_pending", Messages.Get("Competencies_AssessmentNotPending", Id, Status));
        }
    }
}
