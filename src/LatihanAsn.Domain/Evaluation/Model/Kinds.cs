namespace LatihanAsn.Domain.Evaluation;

/// <summary>The levels of training evaluation: Kirkpatrick's four, and Phillips' return on investment as the fifth.</summary>
public enum KirkpatrickLevel
{
    /// <summary>Level 1, reaction: what participants thought of the training.</summary>
    Reaction = 1,

    /// <summary>Level 2, learning: knowledge and skill gained.</summary>
    Learning = 2,

    /// <summary>Level 3, behaviour: what changed on the job (typically observed after 30 to 90 days).</summary>
    Behaviour = 3,

    /// <summary>Level 4, results: what changed for the organisation and the public (KPIs, the SKM index).</summary>
    Results = 4,

    /// <summary>Level 5, return on investment (Phillips): monetised benefits against fully loaded costs.</summary>
    Roi = 5,
}

/// <summary>The instrument a planned measurement uses. Each instrument belongs to one level, except interviews and observation.</summary>
public enum EvaluationInstrument
{
    /// <summary>A Likert reaction questionnaire (level 1), optionally with a 0-10 recommend item (NPS).</summary>
    ReactionQuestionnaire = 0,

    /// <summary>A knowledge or skill test (level 2): a pre-test in the before phase, a post-test in the after phase.</summary>
    KnowledgeTest = 1,

    /// <summary>A graded assessment with weighted components (level 2), for example academic, attitude and project scores.</summary>
    GradedAssessment = 2,

    /// <summary>On-the-job behaviour rated by the direct supervisor (level 3).</summary>
    SupervisorObservation = 3,

    /// <summary>On-the-job behaviour rated by peers (level 3).</summary>
    PeerObservation = 4,

    /// <summary>On-the-job behaviour rated by the participant (level 3).</summary>
    SelfAssessment = 5,

    /// <summary>A key performance indicator series of the unit (level 4).</summary>
    KpiMeasurement = 6,

    /// <summary>A public satisfaction survey (SKM) of the unit (level 4), recorded as a KPI series.</summary>
    SatisfactionSurvey = 7,

    /// <summary>Monetised benefits and fully loaded costs (level 5).</summary>
    CostBenefitAnalysis = 8,

    /// <summary>Interviews with coded findings (any level).</summary>
    Interview = 9,

    /// <summary>Direct observation with coded findings (any level).</summary>
    DirectObservation = 10,
}

/// <summary>Whether a measurement is a baseline (before the training's effect) or a follow-up.</summary>
public enum MeasurementPhase
{
    /// <summary>Before: a pre-test, a baseline rating or KPI value.</summary>
    Before = 0,

    /// <summary>After: a post-test, a follow-up rating or KPI value.</summary>
    After = 1,
}

/// <summary>Where a planned measurement stands on a day.</summary>
public enum MeasurementStatus
{
    /// <summary>Its window has not started yet, and nothing is recorded.</summary>
    Upcoming = 0,

    /// <summary>Within its window (from the due day through the last day), nothing recorded yet.</summary>
    Due = 1,

    /// <summary>Its window has passed and nothing is recorded: the measurement is missing.</summary>
    Overdue = 2,

    /// <summary>At least one record exists for it.</summary>
    Recorded = 3,
}

/// <summary>Who rates on-the-job behaviour.</summary>
public enum RaterKind
{
    /// <summary>The direct supervisor (atasan langsung).</summary>
    Supervisor = 0,

    /// <summary>A peer (rekan kerja).</summary>
    Peer = 1,

    /// <summary>The participant.</summary>
    Self = 2,
}

/// <summary>Which group a KPI observation belongs to.</summary>
public enum ComparisonGroup
{
    /// <summary>The trained unit or people.</summary>
    Trained = 0,

    /// <summary>A comparison unit that was not trained (for difference-in-differences).</summary>
    Comparison = 1,
}

/// <summary>Which way a KPI improves.</summary>
public enum KpiDirection
{
    /// <summary>Lower is better, for example the median complaint response time in hours.</summary>
    LowerIsBetter = 0,

    /// <summary>Higher is better, for example complaints resolved within target, or the SKM index.</summary>
    HigherIsBetter = 1,
}

/// <summary>Whether a change is for the better, given the direction of the measure.</summary>
public enum ChangeOutcome
{
    /// <summary>The measure moved the wrong way.</summary>
    Worsened = -1,

    /// <summary>The measure did not move.</summary>
    Unchanged = 0,

    /// <summary>The measure moved the right way.</summary>
    Improved = 1,
}

/// <summary>The cost categories of a fully loaded training cost (Phillips).</summary>
public enum CostCategory
{
    /// <summary>Needs analysis, design and development of the course and its material.</summary>
    Development = 0,

    /// <summary>Delivery: facilitators, material, the organiser's staff.</summary>
    Delivery = 1,

    /// <summary>Participants' time away from work (salary and benefits for the hours spent).</summary>
    ParticipantTime = 2,

    /// <summary>Travel, lodging and allowances.</summary>
    Travel = 3,

    /// <summary>Rooms, equipment and platforms.</summary>
    Facilities = 4,

    /// <summary>The evaluation itself.</summary>
    Evaluation = 5,
}

/// <summary>How qualitative evidence was gathered.</summary>
public enum EvidenceMethod
{
    /// <summary>An interview.</summary>
    Interview = 0,

    /// <summary>Direct observation.</summary>
    Observation = 1,
}

/// <summary>The direction of a coded qualitative finding.</summary>
public enum FindingDirection
{
    /// <summary>The finding speaks against an effect (or of a change for the worse).</summary>
    Negative = -1,

    /// <summary>Neither for nor against.</summary>
    Neutral = 0,

    /// <summary>The finding speaks for an effect (or of a change for the better).</summary>
    Positive = 1,
}

/// <summary>The aspect of a training a reaction item asks about.</summary>
public enum ReactionAspect
{
    /// <summary>Content: material, relevance, usefulness.</summary>
    Content = 0,

    /// <summary>Facilitator (widyaiswara, instructor): mastery, delivery.</summary>
    Facilitator = 1,

    /// <summary>Organisation: administration, schedule, service of the organiser.</summary>
    Organisation = 2,

    /// <summary>Facilities: rooms, equipment, the learning platform.</summary>
    Facilities = 3,

    /// <summary>Anything else.</summary>
    Other = 4,
}
