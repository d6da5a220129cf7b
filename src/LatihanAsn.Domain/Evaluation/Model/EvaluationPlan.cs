using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// The evaluation of one course run: the plan (which levels are measured, with which instruments, when and against
/// which targets), the participants and who attended, and the raw data recorded against each planned measurement.
/// Scores are never stored: the rules compute them from this data on demand.
/// </summary>
/// <remarks>
/// Invariants: every record names a planned measurement whose instrument fits the data; only participants are rated
/// or scored; only participants who attended answer the reaction questionnaire, sit after-phase tests, are rated after
/// the training, receive component scores or report transfer; a respondent answers a questionnaire once. The plan
/// carries the organiser's region and OPD, so the caller's scope filters it.
/// </remarks>
public sealed class EvaluationPlan : AggregateRoot<EvaluationPlanId>, IScoped
{
    private readonly List<PlannedMeasurement> _measurements = [];
    private readonly List<EmployeeId> _participants = [];
    private readonly Dictionary<EmployeeId, bool> _attendance = [];
    private readonly List<ReactionResponse> _reactions = [];
    private readonly List<TestScore> _testScores = [];
    private readonly List<ComponentScore> _componentScores = [];
    private readonly List<BehaviourRating> _behaviourRatings = [];
    private readonly List<KnowledgeTransfer> _transfers = [];
    private readonly List<KpiEntry> _kpiEntries = [];
    private readonly List<QualitativeRecord> _qualitative = [];
    private readonly List<CostBenefitRecord> _costBenefits = [];

    private EvaluationPlan()
    {
        Title = Organiser = RegionCode = OpdCode = string.Empty;
        Design = new EvaluationDesign();
    }

    /// <summary>Gets the course run evaluated.</summary>
    public CourseRunId CourseRunId { get; private set; }

    /// <summary>Gets the run's title (kept here until the catalogue holds runs).</summary>
    public string Title { get; private set; }

    /// <summary>Gets the organiser, for example <c>BPSDM Provinsi Lampung</c>.</summary>
    public string Organiser { get; private set; }

    /// <summary>Gets the organiser's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the organiser's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the run's first day.</summary>
    public DateOnly RunStart { get; private set; }

    /// <summary>Gets the run's last day, from which measurement offsets count.</summary>
    public DateOnly RunEnd { get; private set; }

    /// <summary>Gets the instruments' definitions.</summary>
    public EvaluationDesign Design { get; private set; }

    /// <summary>Gets the planned measurements (codes upper-cased).</summary>
    public IReadOnlyList<PlannedMeasurement> Measurements => _measurements;

    /// <summary>Gets the participants, in the order given.</summary>
    public IReadOnlyList<EmployeeId> Participants => _participants;

    /// <summary>Gets the recorded attendance; a participant not in it has not been recorded yet.</summary>
    public IReadOnlyDictionary<EmployeeId, bool> Attendance => _attendance;

    /// <summary>Gets how many participants are recorded as present.</summary>
    public int AttendedCount => _attendance.Count(a => a.Value);

    /// <summary>Gets the reaction responses.</summary>
    public IReadOnlyList<ReactionResponse> ReactionResponses => _reactions;

    /// <summary>Gets the test scores.</summary>
    public IReadOnlyList<TestScore> TestScores => _testScores;

    /// <summary>Gets the component scores.</summary>
    public IReadOnlyList<ComponentScore> ComponentScores => _componentScores;

    /// <summary>Gets the behaviour ratings.</summary>
    public IReadOnlyList<BehaviourRating> BehaviourRatings => _behaviourRatings;

    /// <summary>Gets the transfer reports.</summary>
    public IReadOnlyList<KnowledgeTransfer> Transfers => _transfers;

    /// <summary>Gets the KPI observations.</summary>
    public IReadOnlyList<KpiEntry> KpiEntries => _kpiEntries;

    /// <summary>Gets the interview and observation records.</summary>
    public IReadOnlyList<QualitativeRecord> QualitativeRecords => _qualitative;

    /// <summary>Gets the cost and benefit records.</summary>
    public IReadOnlyList<CostBenefitRecord> CostBenefitRecords => _costBenefits;

    /// <summary>Tells whether an instrument suits a level (interviews and direct observation suit every level).</summary>
    /// <param name="level">The level.</param>
    /// <param name="instrument">The instrument.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Suits(KirkpatrickLevel level, EvaluationInstrument instrument) => instrument switch
    {
        EvaluationInstrument.Interview or EvaluationInstrument.DirectObservation => true,
        EvaluationInstrument.ReactionQuestionnaire => level == KirkpatrickLevel.Reaction,
        EvaluationInstrument.KnowledgeTest or EvaluationInstrument.GradedAssessment => level == KirkpatrickLevel.Learning,
        EvaluationInstrument.SupervisorObservation or EvaluationInstrument.PeerObservation or EvaluationInstrument.SelfAssessment => level == KirkpatrickLevel.Behaviour,
        EvaluationInstrument.KpiMeasurement or EvaluationInstrument.SatisfactionSurvey => level == KirkpatrickLevel.Results,
        EvaluationInstrument.CostBenefitAnalysis => level == KirkpatrickLevel.Roi,
        _ => false,
    };

    /// <summary>Tells whether an instrument is only ever used after the training.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns><see langword="true"/> for reaction questionnaires, graded assessments and cost-benefit analyses.</returns>
    public static bool IsAfterOnly(EvaluationInstrument instrument) =>
        instrument is EvaluationInstrument.ReactionQuestionnaire or EvaluationInstrument.GradedAssessment or EvaluationInstrument.CostBenefitAnalysis;

    /// <summary>Returns the rater kind of a behaviour instrument.</summary>
    /// <param name="instrument">A supervisor, peer or self instrument.</param>
    /// <returns>The rater kind, or <see langword="null"/> for other instruments.</returns>
    public static RaterKind? RaterOf(EvaluationInstrument instrument) => instrument switch
    {
        EvaluationInstrument.SupervisorObservation => RaterKind.Supervisor,
        EvaluationInstrument.PeerObservation => RaterKind.Peer,
        EvaluationInstrument.SelfAssessment => RaterKind.Self,
        _ => null,
    };

    /// <summary>Creates the evaluation plan of a course run.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="courseRunId">The course run.</param>
    /// <param name="title">The run's title.</param>
    /// <param name="organiser">The organiser.</param>
    /// <param name="regionCode">The organiser's region.</param>
    /// <param name="opdCode">The organiser's OPD.</param>
    /// <param name="runStart">The run's first day.</param>
    /// <param name="runEnd">The run's last day, not before the first.</param>
    /// <param name="measurements">The planned measurements (see <see cref="PlannedMeasurement"/> for the rules).</param>
    /// <param name="participants">The participants: at least one, each once.</param>
    /// <param name="design">The definitions the measurements need.</param>
    /// <returns>The plan, with an <see cref="EvaluationPlanCreated"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed (the message says which).</exception>
    public static EvaluationPlan Create(
        EvaluationPlanId id,
        CourseRunId courseRunId,
        string title,
        string organiser,
        string regionCode,
        string opdCode,
        DateOnly runStart,
        DateOnly runEnd,
        IEnumerable<PlannedMeasurement> measurements,
        IEnumerable<EmployeeId> participants,
        EvaluationDesign design)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Default(courseRunId.Value);
        Guard.Against.Null(design);
        if (runEnd < runStart)
        {
            throw new ArgumentException("The run cannot end before it starts.", nameof(runEnd));
        }

        var planned = Guard.Against.Null(measurements).Select(CheckMeasurement).ToList();
        if (planned.Count == 0 || planned.Select(m => m.Code).Distinct(StringComparer.Ordinal).Count() != planned.Count)
        {
            throw new ArgumentException("A plan needs at least one measurement, with unique codes.", nameof(measurements));
        }

        var people = Guard.Against.Null(participants).ToList();
        if (people.Count == 0 || people.Distinct().Count() != people.Count || people.Any(p => p.Value == Guid.Empty))
        {
            throw new ArgumentException("A plan needs at least one participant, each once.", nameof(participants));
        }

        var plan = new EvaluationPlan
        {
            Id = id,
            CourseRunId = courseRunId,
            Title = Guard.Against.NullOrWhiteSpace(title).Trim(),
            Organiser = Guard.Against.NullOrWhiteSpace(organiser).Trim(),
            RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim(),
            OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim(),
            RunStart = runStart,
            RunEnd = runEnd,
            Design = CheckDesign(design, planned),
        };
        plan._measurements.AddRange(planned);
        plan._participants.AddRange(people);
        plan.Raise(new EvaluationPlanCreated(id, courseRunId, plan.RegionCode, plan.OpdCode, people.Count, planned.Count));
        return plan;
    }

    /// <summary>Returns a planned measurement by code.</summary>
    /// <param name="code">The code (any case).</param>
    /// <returns>The measurement, or <see langword="null"/>.</returns>
    public PlannedMeasurement? FindMeasurement(string? code) =>
        string.IsNullOrWhiteSpace(code) ? null : _measurements.FirstOrDefault(m => m.Code == Codes.Normalise(code));

    /// <summary>Tells whether someone is a participant.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns><see langword="true"/> for a participant.</returns>
    public bool IsParticipant(EmployeeId employee) => _participants.Contains(employee);

    /// <summary>Tells whether a participant is recorded as present.</summary>
    /// <param name="employee">The employee.</param>
    /// <returns><see langword="true"/> when recorded as present.</returns>
    public bool HasAttended(EmployeeId employee) => _attendance.TryGetValue(employee, out var present) && present;

    /// <summary>Returns how many records exist for a planned measurement.</summary>
    /// <param name="code">The measurement code (any case).</param>
    /// <returns>The count.</returns>
    public int RecordsOf(string code)
    {
        var key = Codes.Normalise(Guard.Against.Null(code));
        return _reactions.Count(r => r.MeasurementCode == key)
            + _testScores.Count(r => r.MeasurementCode == key)
            + _componentScores.Count(r => r.MeasurementCode == key)
            + _behaviourRatings.Count(r => r.MeasurementCode == key)
            + _kpiEntries.Count(r => r.MeasurementCode == key)
            + _qualitative.Count(r => r.MeasurementCode == key)
            + _costBenefits.Count(r => r.MeasurementCode == key);
    }

    /// <summary>
    /// Returns where every planned measurement stands on a day: recorded (any record exists), upcoming (before its due
    /// day), due (from its due day through the last day of its window) or overdue (after its window: missing).
    /// </summary>
    /// <param name="day">The day.</param>
    /// <returns>One state per planned measurement, in plan order.</returns>
    public IReadOnlyList<MeasurementState> StatusOn(DateOnly day) => _measurements
        .Select(m =>
        {
            var due = RunEnd.AddDays(m.OffsetDays);
            var last = due.AddDays(m.WindowDays);
            var records = RecordsOf(m.Code);
            var status = records > 0 ? MeasurementStatus.Recorded
                : day < due ? MeasurementStatus.Upcoming
                : day <= last ? MeasurementStatus.Due
                : MeasurementStatus.Overdue;
            return new MeasurementState(m, due, last, status, records);
        })
        .ToArray();

    /// <summary>Records (or corrects) who attended. Every entry must name a participant, each once.</summary>
    /// <param name="entries">The entries.</param>
    /// <exception cref="ArgumentException">No entries, or a participant repeated.</exception>
    /// <exception cref="DomainRuleException">Someone who is not a participant (<c>not_a_participant</c>).</exception>
    public void RecordAttendance(IEnumerable<AttendanceEntry> entries)
    {
        var list = Guard.Against.Null(entries).ToArray();
        if (list.Length == 0 || list.Any(e => e is null) || list.Select(e => e.Participant).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("Attendance needs at least one entry, each participant once.", nameof(entries));
        }

        foreach (var entry in list)
        {
            EnsureParticipant(entry.Participant);
        }

        foreach (var entry in list)
        {
            _attendance[entry.Participant] = entry.Attended;
        }

        Raise(new AttendanceRecorded(Id, AttendedCount, _attendance.Count(a => !a.Value)));
    }

    /// <summary>Records reaction responses. Only participants who attended may answer, once per measurement.</summary>
    /// <param name="measurementCode">A reaction-questionnaire measurement.</param>
    /// <param name="responses">The responses, each with at least one answer.</param>
    /// <exception cref="ArgumentException">No responses, an empty response, or an item answered twice.</exception>
    /// <exception cref="DomainRuleException">
    /// The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>), a respondent is not a participant (<c>not_a_participant</c>), did not attend
    /// (<c>participant_not_present</c>) or answered already (<c>already_recorded</c>), an item is not in the questionnaire
    /// (<c>item_not_in_questionnaire</c>) or an answer is outside its scale (<c>answer_outside_scale</c>).
    /// </exception>
    public void RecordReactionResponses(string measurementCode, IEnumerable<ReactionAnswers> responses)
    {
        var measurement = Measurement(measurementCode, EvaluationInstrument.ReactionQuestionnaire);
        var questionnaire = Design.Questionnaire!;
        var list = NonEmpty(responses, nameof(responses));
        var added = new List<ReactionResponse>();
        for (var i = 0; i < list.Length; i++)
        {
            var response = list[i];
            var where = Messages.Get("Evaluation_Response", i);
            if (response.Answers is null || response.Answers.Count == 0)
            {
                throw new ArgumentException(Messages.Get("Evaluation_HasNoAnswers", where), nameof(responses));
            }

            EnsureAttended(response.Respondent);
            if (_reactions.Any(r => r.MeasurementCode == measurement.Code && r.Respondent == response.Respondent) || added.Any(r => r.Respondent == response.Respondent))
            {
                throw new DomainRuleException("already_recorded", Messages.Get("Evaluation_ParticipantHasAlreadyAnswered", response.Respondent, measurement.Code));
            }

            var answers = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, answer) in response.Answers)
            {
                switch (questionnaire.Problem(code, answer, where))
                {
                    case (false, { } unknown):
                        throw new DomainRuleException("item_not_in_questionnaire", unknown);
                    case (true, { } outside):
                        throw new DomainRuleException("answer_outside_scale", outside);
                }

                if (!answers.TryAdd(Codes.Normalise(code), answer))
                {
                    throw new ArgumentException(Messages.Get("Evaluation_ItemAnsweredTwice", where, code), nameof(responses));
                }
            }

            added.Add(new ReactionResponse(measurement.Code, response.Respondent, answers));
        }

        _reactions.AddRange(added);
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, added.Count));
    }

    /// <summary>Records test scores (a pre-test or a post-test, by the measurement's phase), once per participant and measurement.</summary>
    /// <param name="measurementCode">A knowledge-test measurement.</param>
    /// <param name="scores">The scores, 0 to the test maximum.</param>
    /// <exception cref="ArgumentException">No scores.</exception>
    /// <exception cref="DomainRuleException">
    /// The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>), someone is not a participant (<c>not_a_participant</c>) or did not attend, for a post-test
    /// (<c>participant_not_present</c>), a score is outside 0 to the maximum (<c>score_outside_range</c>), or someone
    /// already has a score (<c>already_recorded</c>).
    /// </exception>
    public void RecordTestScores(string measurementCode, IEnumerable<ParticipantScore> scores)
    {
        var measurement = Measurement(measurementCode, EvaluationInstrument.KnowledgeTest);
        var maximum = Design.TestMaximum!.Value;
        var list = NonEmpty(scores, nameof(scores));
        for (var i = 0; i < list.Length; i++)
        {
            EnsureAllowed(list[i].Participant, measurement.Phase);
            if (list[i].Score < 0m || list[i].Score > maximum)
            {
                throw new DomainRuleException("score_outside_range", Messages.Get("Evaluation_ScoreMust0ToNot2", i, maximum, list[i].Score));
            }

            if (_testScores.Any(s => s.MeasurementCode == measurement.Code && s.Participant == list[i].Participant) || list.Take(i).Any(s => s.Participant == list[i].Participant))
            {
                throw Duplicate(list[i].Participant, measurement.Code);
            }
        }

        _testScores.AddRange(list.Select(s => new TestScore(measurement.Code, s.Participant, measurement.Phase, s.Score)));
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, list.Length));
    }

    /// <summary>Records component scores of the plan's grading scheme, once per participant, component and measurement.</summary>
    /// <param name="measurementCode">A graded-assessment measurement.</param>
    /// <param name="scores">The scores, 0-100.</param>
    /// <exception cref="ArgumentException">No scores.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0-100.</exception>
    /// <exception cref="DomainRuleException">
    /// The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>), someone is not a participant (<c>not_a_participant</c>) or did not attend
    /// (<c>participant_not_present</c>), a component is not in the grading scheme (<c>component_not_in_scheme</c>), or
    /// someone already has that score (<c>already_recorded</c>).
    /// </exception>
    public void RecordComponentScores(string measurementCode, IEnumerable<ComponentScoreEntry> scores)
    {
        var measurement = Measurement(measurementCode, EvaluationInstrument.GradedAssessment);
        var scheme = Design.Grading!;
        var list = NonEmpty(scores, nameof(scores));
        var added = new List<ComponentScore>();
        for (var i = 0; i < list.Length; i++)
        {
            var entry = list[i];
            EnsureAttended(entry.Participant);
            var component = Codes.Normalise(Guard.Against.NullOrWhiteSpace(entry.Component, nameof(scores)));
            if (scheme.Components.All(c => c.Code != component))
            {
                throw new DomainRuleException("component_not_in_scheme", Messages.Get("Evaluation_ComponentNotInGradingScheme", entry.Component));
            }

            CheckRange(entry.Score, 0m, 100m, Text.Invariant($"scores[{i}]"));
            if (_componentScores.Concat(added).Any(s => s.MeasurementCode == measurement.Code && s.Participant == entry.Participant && s.Component == component))
            {
                throw Duplicate(entry.Participant, $"{measurement.Code}/{component}");
            }

            added.Add(new ComponentScore(measurement.Code, entry.Participant, component, entry.Score));
        }

        _componentScores.AddRange(added);
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, added.Count));
    }

    /// <summary>Records behaviour ratings by one rater on one day.</summary>
    /// <param name="measurementCode">A supervisor, peer or self measurement (giving the rater kind and the phase).</param>
    /// <param name="raterName">Who rated.</param>
    /// <param name="observedOn">The day of the ratings.</param>
    /// <param name="ratings">The ratings, on the behaviour scale; one per participant and indicator.</param>
    /// <exception cref="ArgumentException">No ratings.</exception>
    /// <exception cref="DomainRuleException">
    /// The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>), someone is not a participant (<c>not_a_participant</c>) or did not attend, after the training
    /// (<c>participant_not_present</c>), an indicator is not in the plan (<c>indicator_not_in_plan</c>), a rating is
    /// outside the scale (<c>rating_outside_scale</c>), or that rater already rated that indicator (<c>already_recorded</c>).
    /// </exception>
    public void RecordBehaviourRatings(string measurementCode, string raterName, DateOnly observedOn, IEnumerable<BehaviourRatingEntry> ratings)
    {
        var measurement = Measurement(measurementCode, EvaluationInstrument.SupervisorObservation, EvaluationInstrument.PeerObservation, EvaluationInstrument.SelfAssessment);
        var rater = Guard.Against.NullOrWhiteSpace(raterName).Trim();
        var scale = Design.BehaviourScale!.Value;
        var indicators = Design.Indicators!;
        var list = NonEmpty(ratings, nameof(ratings));
        var added = new List<BehaviourRating>();
        for (var i = 0; i < list.Length; i++)
        {
            var entry = list[i];
            EnsureAllowed(entry.Participant, measurement.Phase);
            var indicator = Codes.Normalise(Guard.Against.NullOrWhiteSpace(entry.Indicator, nameof(ratings)));
            if (indicators.All(x => x.Code != indicator))
            {
                throw new DomainRuleException("indicator_not_in_plan", Messages.Get("Evaluation_IndicatorNotInPlan", entry.Indicator));
            }

            if (!scale.Contains(entry.Rating))
            {
                throw new DomainRuleException("rating_outside_scale", Messages.Get("Evaluation_RatingMustNot", i, indicator, scale, entry.Rating));
            }

            if (_behaviourRatings.Concat(added).Any(r => r.MeasurementCode == measurement.Code && r.Participant == entry.Participant && r.Indicator == indicator && r.RaterName == rater))
            {
                throw Duplicate(entry.Participant, $"{measurement.Code}/{indicator}/{rater}");
            }

            added.Add(new BehaviourRating(measurement.Code, entry.Participant, RaterOf(measurement.Instrument)!.Value, rater, observedOn, indicator, measurement.Phase, entry.Rating));
        }

        _behaviourRatings.AddRange(added);
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, added.Count));
    }

    /// <summary>Records what a participant who attended passed on to colleagues.</summary>
    /// <param name="transfer">The report; counts 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    /// <exception cref="DomainRuleException">The participant is not one (<c>not_a_participant</c>) or did not attend (<c>participant_not_present</c>).</exception>
    public void RecordTransfer(KnowledgeTransfer transfer)
    {
        Guard.Against.Null(transfer);
        Guard.Against.Negative(transfer.ColleaguesTaught, nameof(transfer));
        Guard.Against.Negative(transfer.SessionsShared, nameof(transfer));
        EnsureAttended(transfer.Participant);
        _transfers.Add(transfer with { Note = transfer.Note?.Trim() });
        Raise(new KnowledgeTransferRecorded(Id, transfer.Participant, transfer.ColleaguesTaught, transfer.SessionsShared));
    }

    /// <summary>Records KPI observations. Their phase must be the measurement's; a KPI, group and day is observed once per measurement.</summary>
    /// <param name="measurementCode">A KPI or satisfaction-survey measurement.</param>
    /// <param name="observations">The observations, of the plan's KPIs.</param>
    /// <exception cref="ArgumentException">No observations, or a phase other than the measurement's.</exception>
    /// <exception cref="DomainRuleException">The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>), a KPI is not in the plan (<c>kpi_not_in_plan</c>), or an observation repeats (<c>already_recorded</c>).</exception>
    public void RecordKpiObservations(string measurementCode, IEnumerable<KpiObservation> observations)
    {
        var measurement = Measurement(measurementCode, EvaluationInstrument.KpiMeasurement, EvaluationInstrument.SatisfactionSurvey);
        var list = NonEmpty(observations, nameof(observations));
        var added = new List<KpiEntry>();
        foreach (var observation in list)
        {
            var kpi = Codes.Normalise(Guard.Against.NullOrWhiteSpace(observation.Kpi, nameof(observations)));
            Guard.Against.EnumOutOfRange(observation.Group, nameof(observations));
            if (Design.Kpis!.All(k => k.Code != kpi))
            {
                throw new DomainRuleException("kpi_not_in_plan", Messages.Get("Evaluation_KPINotInPlan", observation.Kpi));
            }

            if (observation.Phase != measurement.Phase)
            {
                throw new ArgumentException($"Observations of {measurement.Code} are in the {measurement.Phase} phase.", nameof(observations));
            }

            var normalised = observation with { Kpi = kpi, Source = observation.Source?.Trim() };
            if (_kpiEntries.Concat(added).Any(e => e.MeasurementCode == measurement.Code && e.Observation.Kpi == kpi && e.Observation.Group == normalised.Group && e.Observation.ObservedOn == normalised.ObservedOn))
            {
                throw new DomainRuleException("already_recorded", Messages.Get("Evaluation_OnAlreadyRecordedFor", kpi, normalised.Group, Text.Iso(normalised.ObservedOn), measurement.Code));
            }

            added.Add(new KpiEntry(measurement.Code, normalised));
        }

        _kpiEntries.AddRange(added);
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, added.Count));
    }

    /// <summary>Records an interview or observation with its coded findings.</summary>
    /// <param name="record">The record; its method must match the measurement's instrument; at least one finding.</param>
    /// <exception cref="ArgumentException">A guard failed (no findings, an empty theme, a method that does not match).</exception>
    /// <exception cref="DomainRuleException">The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>), or the participant named is not one (<c>not_a_participant</c>).</exception>
    public void RecordQualitative(QualitativeRecord record)
    {
        Guard.Against.Null(record);
        var measurement = Measurement(record.MeasurementCode, EvaluationInstrument.Interview, EvaluationInstrument.DirectObservation);
        var method = measurement.Instrument == EvaluationInstrument.Interview ? EvidenceMethod.Interview : EvidenceMethod.Observation;
        if (record.Method != method)
        {
            throw new ArgumentException($"Measurement {measurement.Code} records {method} evidence.", nameof(record));
        }

        Guard.Against.NullOrWhiteSpace(record.RecordedBy, nameof(record));
        Guard.Against.NullOrWhiteSpace(record.With, nameof(record));
        var findings = Guard.Against.Null(record.Findings, nameof(record)).ToArray();
        if (findings.Length == 0 || findings.Any(f => f is null || string.IsNullOrWhiteSpace(f.Theme) || !Enum.IsDefined(f.Level) || !Enum.IsDefined(f.Direction)))
        {
            throw new ArgumentException("A record needs at least one finding, each with a theme, a level and a direction.", nameof(record));
        }

        if (record.Participant is { } participant)
        {
            EnsureParticipant(participant);
        }

        _qualitative.Add(record with
        {
            MeasurementCode = measurement.Code,
            RecordedBy = record.RecordedBy.Trim(),
            With = record.With.Trim(),
            Competency = string.IsNullOrWhiteSpace(record.Competency) ? null : record.Competency.Trim().ToUpperInvariant(),
            Findings = findings.Select(f => f with { Theme = f.Theme.Trim(), Note = f.Note?.Trim() }).ToArray(),
        });
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, 1));
    }

    /// <summary>Records costs, monetised benefits and intangibles.</summary>
    /// <param name="record">The record; at least one cost, benefit or intangible.</param>
    /// <exception cref="ArgumentException">An empty record or description.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount, or a factor outside 0-1.</exception>
    /// <exception cref="DomainRuleException">The measurement is not in the plan (<c>measurement_not_in_plan</c>) or does not fit (<c>measurement_instrument_mismatch</c>).</exception>
    public void RecordCostsAndBenefits(CostBenefitRecord record)
    {
        Guard.Against.Null(record);
        var measurement = Measurement(record.MeasurementCode, EvaluationInstrument.CostBenefitAnalysis);
        var costs = Guard.Against.Null(record.Costs, nameof(record)).ToArray();
        var benefits = Guard.Against.Null(record.Benefits, nameof(record)).ToArray();
        var intangibles = Guard.Against.Null(record.Intangibles, nameof(record)).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).ToArray();
        if (costs.Length + benefits.Length + intangibles.Length == 0)
        {
            throw new ArgumentException("Record at least one cost, benefit or intangible.", nameof(record));
        }

        for (var i = 0; i < costs.Length; i++)
        {
            Guard.Against.Null(costs[i], nameof(record));
            Guard.Against.NullOrWhiteSpace(costs[i].Description, nameof(record));
            Guard.Against.EnumOutOfRange(costs[i].Category, nameof(record));
            CheckRange(costs[i].Amount, 0m, decimal.MaxValue, Text.Invariant($"costs[{i}]"));
        }

        for (var i = 0; i < benefits.Length; i++)
        {
            RoiRule.Check(benefits[i], i);
            Guard.Against.NullOrWhiteSpace(benefits[i].Description, nameof(record));
        }

        _costBenefits.Add(record with
        {
            MeasurementCode = measurement.Code,
            Costs = costs.Select(c => c with { Description = c.Description.Trim() }).ToArray(),
            Benefits = benefits.Select(b => b with { Description = b.Description.Trim(), Basis = b.Basis?.Trim() }).ToArray(),
            Intangibles = intangibles,
        });
        Raise(new MeasurementRecorded(Id, measurement.Code, measurement.Instrument, 1));
    }

    private static PlannedMeasurement CheckMeasurement(PlannedMeasurement measurement)
    {
        Guard.Against.Null(measurement);
        if (!Codes.IsValid(measurement.Code))
        {
            throw new ArgumentException($"Measurement code '{measurement.Code}' is invalid (1-40 letters, digits, '.', '-', '_').", nameof(measurement));
        }

        Guard.Against.EnumOutOfRange(measurement.Level);
        Guard.Against.EnumOutOfRange(measurement.Instrument);
        Guard.Against.EnumOutOfRange(measurement.Phase);
        Guard.Against.OutOfRange(measurement.OffsetDays, nameof(measurement.OffsetDays), -365, 1095);
        Guard.Against.OutOfRange(measurement.WindowDays, nameof(measurement.WindowDays), 0, 365);
        if (!Suits(measurement.Level, measurement.Instrument))
        {
            throw new ArgumentException($"{measurement.Instrument} does not measure {measurement.Level}.", nameof(measurement));
        }

        if (IsAfterOnly(measurement.Instrument) && measurement.Phase != MeasurementPhase.After)
        {
            throw new ArgumentException($"{measurement.Instrument} is measured after the training.", nameof(measurement));
        }

        return measurement with { Code = Codes.Normalise(measurement.Code), TargetNote = measurement.TargetNote?.Trim() };
    }

    private static EvaluationDesign CheckDesign(EvaluationDesign design, IReadOnlyList<PlannedMeasurement> measurements)
    {
        bool Uses(params EvaluationInstrument[] instruments) => measurements.Any(m => instruments.Contains(m.Instrument));

        if (Uses(EvaluationInstrument.ReactionQuestionnaire) && design.Questionnaire is null)
        {
            throw new ArgumentException("A reaction measurement needs a questionnaire.", nameof(design));
        }

        if (Uses(EvaluationInstrument.KnowledgeTest) && design.TestMaximum is not > 0m)
        {
            throw new ArgumentException("A test measurement needs a test maximum above 0.", nameof(design));
        }

        var indicators = (design.Indicators ?? []).Select(i =>
        {
            Guard.Against.Null(i, nameof(design));
            if (!Codes.IsValid(i.Code) || string.IsNullOrWhiteSpace(i.Description))
            {
                throw new ArgumentException($"Indicator '{i.Code}' needs a valid code and a description.", nameof(design));
            }

            return i with { Code = Codes.Normalise(i.Code), Description = i.Description.Trim(), Competency = string.IsNullOrWhiteSpace(i.Competency) ? null : i.Competency.Trim().ToUpperInvariant() };
        }).ToArray();
        if (indicators.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count() != indicators.Length)
        {
            throw new ArgumentException("Indicator codes must be unique.", nameof(design));
        }

        if (design.BehaviourScale is { } scale && scale.Maximum <= scale.Minimum)
        {
            throw new ArgumentException("default(LikertScale) is not a scale.", nameof(design));
        }

        if (Uses(EvaluationInstrument.SupervisorObservation, EvaluationInstrument.PeerObservation, EvaluationInstrument.SelfAssessment)
            && (design.BehaviourScale is null || indicators.Length == 0))
        {
            throw new ArgumentException("Behaviour ratings need a scale and at least one indicator.", nameof(design));
        }

        var kpis = (design.Kpis ?? []).Select(k =>
        {
            Guard.Against.Null(k, nameof(design));
            Guard.Against.EnumOutOfRange(k.Direction, nameof(design));
            if (!Codes.IsValid(k.Code) || string.IsNullOrWhiteSpace(k.Name) || string.IsNullOrWhiteSpace(k.Unit))
            {
                throw new ArgumentException($"KPI '{k.Code}' needs a valid code, a name and a unit.", nameof(design));
            }

            return k with { Code = Codes.Normalise(k.Code), Name = k.Name.Trim(), Unit = k.Unit.Trim() };
        }).ToArray();
        if (kpis.Select(k => k.Code).Distinct(StringComparer.Ordinal).Count() != kpis.Length)
        {
            throw new ArgumentException("KPI codes must be unique.", nameof(design));
        }

        if (Uses(EvaluationInstrument.KpiMeasurement, EvaluationInstrument.SatisfactionSurvey) && kpis.Length == 0)
        {
            throw new ArgumentException("KPI measurements need at least one KPI.", nameof(design));
        }

        if (Uses(EvaluationInstrument.GradedAssessment) && design.Grading is null)
        {
            throw new ArgumentException("A graded assessment needs a grading scheme.", nameof(design));
        }

        return design with { Indicators = indicators, Kpis = kpis, GradingSource = design.GradingSource?.Trim() };
    }

    private static T[] NonEmpty<T>(IEnumerable<T> items, string name)
        where T : class
    {
        var list = Guard.Against.Null(items, name).ToArray();
        if (list.Length == 0 || list.Any(x => x is null))
        {
            throw new ArgumentException(Messages.Get("Evaluation_NothingToRecord"), name);
        }

        return list;
    }

    private static void CheckRange(decimal value, decimal minimum, decimal maximum, string where)
    {
        if (value < minimum || value > maximum)
        {
            throw new ArgumentOutOfRangeException(where, value, Messages.Get("Evaluation_ValueOutside", where, value, minimum, maximum));
        }
    }

    private static DomainRuleException Duplicate(EmployeeId participant, string what) => new("already_recorded", Messages.Get("Evaluation_ParticipantAlreadyHasDataFor", participant, what));

    private PlannedMeasurement Measurement(string code, params EvaluationInstrument[] instruments)
    {
        var measurement = FindMeasurement(code) ?? throw new DomainRuleException("measurement_not_in_plan", Messages.Get("Evaluation_MeasurementNotInPlan", code));
        if (!instruments.Contains(measurement.Instrument))
        {
            throw new DomainRuleException("measurement_instrument_mismatch", Messages.Get("Evaluation_MeasurementUsesNot", measurement.Code, measurement.Instrument, string.Join("/", instruments)));
        }

        return measurement;
    }

    private void EnsureParticipant(EmployeeId employee)
    {
        if (!IsParticipant(employee))
        {
            throw new DomainRuleException("not_a_participant", Messages.Get("Evaluation_NotParticipant", employee, Title));
        }
    }

    private void EnsureAttended(EmployeeId employee)
    {
        EnsureParticipant(employee);
        if (!HasAttended(employee))
        {
            throw new DomainRuleException("participant_not_present", Messages.Get("Evaluation_ParticipantNotRecordedAsHavingAttended", employee, Title));
        }
    }

    private void EnsureAllowed(EmployeeId employee, MeasurementPhase phase)
    {
        if (phase == MeasurementPhase.After)
        {
            EnsureAttended(employee);
        }
        else
        {
            EnsureParticipant(employee);
        }
    }
}
