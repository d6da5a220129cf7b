using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Common offsets, in days from the course run's last day, for planned measurements.</summary>
public static class MeasurementTiming
{
    /// <summary>On the last day of the run (reaction questionnaire, post-test).</summary>
    public const int Immediately = 0;

    /// <summary>30 days after the run.</summary>
    public const int After30Days = 30;

    /// <summary>90 days after the run (the usual time for level 3).</summary>
    public const int After90Days = 90;

    /// <summary>The next yearly survey cycle (SKM is surveyed at least yearly): 365 days after the run.</summary>
    public const int NextSurveyCycle = 365;
}

/// <summary>
/// One measurement of an evaluation plan: what level, with which instrument, in which phase, when (an offset in days
/// from the run's last day; negative for baselines such as a pre-test on the first day) and against which target.
/// </summary>
/// <param name="Code">The measurement code, unique in the plan (compared without regard to case), for example <c>L3-SUP-90</c>.</param>
/// <param name="Level">The level it measures.</param>
/// <param name="Instrument">The instrument; it must suit the level (interviews and observation suit any level).</param>
/// <param name="Phase">Before (baseline) or after; reaction questionnaires, graded assessments and cost-benefit analyses are after.</param>
/// <param name="OffsetDays">Due day = the run's last day + this many days; -365 to 1095.</param>
/// <param name="WindowDays">Days after the due day during which it is still due rather than overdue; 0 to 365.</param>
/// <param name="Target">The target value, if any (for example a mean of 3.4 or a gain of 0.3).</param>
/// <param name="TargetNote">The target in words, if any.</param>
public sealed record PlannedMeasurement(
    string Code,
    KirkpatrickLevel Level,
    EvaluationInstrument Instrument,
    MeasurementPhase Phase,
    int OffsetDays,
    int WindowDays = 14,
    decimal? Target = null,
    string? TargetNote = null);

/// <summary>Where one planned measurement stands on a day.</summary>
/// <param name="Measurement">The planned measurement.</param>
/// <param name="DueOn">Its due day.</param>
/// <param name="LastDay">The last day of its window.</param>
/// <param name="Status">Its status on the day asked about.</param>
/// <param name="Records">How many records exist for it.</param>
public sealed record MeasurementState(PlannedMeasurement Measurement, DateOnly DueOn, DateOnly LastDay, MeasurementStatus Status, int Records);

/// <summary>An on-the-job behaviour indicator rated at level 3.</summary>
/// <param name="Code">The indicator code, unique in the plan.</param>
/// <param name="Description">What is observed, for example <c>menanggapi pengaduan dalam 1 x 24 jam</c>.</param>
/// <param name="Competency">The competency code it evidences, if any (for example <c>M.05</c>).</param>
public sealed record BehaviourIndicator(string Code, string Description, string? Competency = null);

/// <summary>The instruments' definitions of an evaluation plan, as far as its measurements need them.</summary>
/// <param name="Questionnaire">The reaction questionnaire (needed by reaction measurements).</param>
/// <param name="TestMaximum">The maximum score of the knowledge test (needed by test measurements).</param>
/// <param name="BehaviourScale">The behaviour rating scale (needed by supervisor, peer and self ratings).</param>
/// <param name="Indicators">The behaviour indicators (needed by those ratings).</param>
/// <param name="Kpis">The KPIs (needed by KPI and satisfaction-survey measurements).</param>
/// <param name="Grading">The grading scheme (needed by graded assessments).</param>
/// <param name="GradingSource">Where the grading scheme comes from (the rule-set key, or the plan's own).</param>
public sealed record EvaluationDesign(
    ReactionQuestionnaire? Questionnaire = null,
    decimal? TestMaximum = null,
    LikertScale? BehaviourScale = null,
    IReadOnlyList<BehaviourIndicator>? Indicators = null,
    IReadOnlyList<KpiDefinition>? Kpis = null,
    GradingScheme? Grading = null,
    string? GradingSource = null);

/// <summary>Whether a participant attended the run.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Attended"><see langword="true"/> when present.</param>
public sealed record AttendanceEntry(EmployeeId Participant, bool Attended);

/// <summary>One respondent's reaction answers, by item code.</summary>
/// <param name="Respondent">The respondent, a participant who attended.</param>
/// <param name="Answers">Answer per item code (Likert items on the questionnaire's scale, the recommend item 0-10).</param>
public sealed record ReactionAnswers(EmployeeId Respondent, IReadOnlyDictionary<string, int> Answers);

/// <summary>A recorded reaction response.</summary>
/// <param name="MeasurementCode">The planned measurement.</param>
/// <param name="Respondent">The respondent.</param>
/// <param name="Answers">Answer per item code (codes upper-cased).</param>
public sealed record ReactionResponse(string MeasurementCode, EmployeeId Respondent, IReadOnlyDictionary<string, int> Answers);

/// <summary>A participant's score.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Score">The score.</param>
public sealed record ParticipantScore(EmployeeId Participant, decimal Score);

/// <summary>A recorded test score.</summary>
/// <param name="MeasurementCode">The planned measurement.</param>
/// <param name="Participant">The participant.</param>
/// <param name="Phase">Pre-test (before) or post-test (after).</param>
/// <param name="Score">The score, 0 to the test maximum.</param>
public sealed record TestScore(string MeasurementCode, EmployeeId Participant, MeasurementPhase Phase, decimal Score);

/// <summary>A component score of a participant.</summary>
/// <param name="Participant">The participant.</param>
/// <param name="Component">The component code of the plan's grading scheme.</param>
/// <param name="Score">The score, 0-100.</param>
public sealed record ComponentScoreEntry(EmployeeId Participant, string Component, decimal Score);

/// <summary>A recorded component score.</summary>
/// <param name="MeasurementCode">The planned measurement.</param>
/// <param name="Participant">The participant.</param>
/// <param name="Component">The component code.</param>
/// <param name="Score">The score, 0-100.</param>
public sealed record ComponentScore(string MeasurementCode, EmployeeId Participant, string Component, decimal Score);

/// <summary>One behaviour rating to record.</summary>
/// <param name="Participant">The rated participant.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Rating">The rating on the plan's behaviour scale.</param>
public sealed record BehaviourRatingEntry(EmployeeId Participant, string Indicator, int Rating);

/// <summary>A recorded behaviour rating.</summary>
/// <param name="MeasurementCode">The planned measurement (its instrument gives the rater kind, its phase before or after).</param>
/// <param name="Participant">The rated participant.</param>
/// <param name="Rater">The kind of rater.</param>
/// <param name="RaterName">Who rated (a name or NIP).</param>
/// <param name="ObservedOn">The day of the rating.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Phase">Before or after.</param>
/// <param name="Rating">The rating.</param>
public sealed record BehaviourRating(string MeasurementCode, EmployeeId Participant, RaterKind Rater, string RaterName, DateOnly ObservedOn, string Indicator, MeasurementPhase Phase, int Rating)
{
    /// <summary>Returns the rating as the behaviour rule reads it.</summary>
    /// <returns>The observation.</returns>
    public BehaviourObservation ToObservation() => new(Rater, Indicator, Phase, Rating);
}

/// <summary>What a participant passed on to colleagues after the training.</summary>
/// <param name="Participant">The participant (who attended).</param>
/// <param name="ReportedOn">The day reported.</param>
/// <param name="ColleaguesTaught">Colleagues taught, 0 or more.</param>
/// <param name="SessionsShared">Sharing sessions held (for example a knowledge-sharing forum), 0 or more.</param>
/// <param name="Note">A note, if any.</param>
public sealed record KnowledgeTransfer(EmployeeId Participant, DateOnly ReportedOn, int ColleaguesTaught, int SessionsShared, string? Note = null);

/// <summary>A recorded KPI observation.</summary>
/// <param name="MeasurementCode">The planned measurement (its phase is the observation's).</param>
/// <param name="Observation">The observation.</param>
public sealed record KpiEntry(string MeasurementCode, KpiObservation Observation);

/// <summary>An interview or observation record with its coded findings.</summary>
/// <param name="MeasurementCode">The planned measurement (an interview or direct observation).</param>
/// <param name="Method">Interview or observation.</param>
/// <param name="On">The day.</param>
/// <param name="RecordedBy">Who interviewed or observed.</param>
/// <param name="With">With whom (for example the participant, the supervisor, service users).</param>
/// <param name="Participant">The participant it is about, if one.</param>
/// <param name="Competency">The competency it is about, if any.</param>
/// <param name="Findings">The coded findings; at least one.</param>
public sealed record QualitativeRecord(
    string MeasurementCode,
    EvidenceMethod Method,
    DateOnly On,
    string RecordedBy,
    string With,
    EmployeeId? Participant,
    string? Competency,
    IReadOnlyList<CodedFinding> Findings);

/// <summary>A recorded set of costs, monetised benefits and intangibles.</summary>
/// <param name="MeasurementCode">The planned measurement (a cost-benefit analysis).</param>
/// <param name="RecordedOn">The day recorded.</param>
/// <param name="Costs">The cost items.</param>
/// <param name="Benefits">The monetised benefits.</param>
/// <param name="Intangibles">Benefits not converted to money.</param>
public sealed record CostBenefitRecord(string MeasurementCode, DateOnly RecordedOn, IReadOnlyList<CostItem> Costs, IReadOnlyList<MonetisedBenefit> Benefits, IReadOnlyList<string> Intangibles);
