using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Records reaction (level 1) responses against a reaction-questionnaire measurement. Only participants recorded as
/// present may answer, once per measurement; answers must lie on the questionnaire's scale (0-10 for the recommend item).
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The reaction measurement.</param>
/// <param name="Responses">The responses.</param>
public sealed record RecordReactionResponses(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ReactionAnswers> Responses) : IRequest<Unit>;

/// <summary>
/// Records knowledge-test scores (level 2): a pre-test or a post-test according to the measurement's phase. Scores lie
/// between 0 and the plan's test maximum; post-test participants must have attended; one score per participant.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The knowledge-test measurement.</param>
/// <param name="Scores">The scores.</param>
public sealed record RecordTestScores(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ParticipantScore> Scores) : IRequest<Unit>;

/// <summary>Records component scores (0-100) of the plan's grading scheme for participants who attended.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The graded-assessment measurement.</param>
/// <param name="Scores">The scores.</param>
public sealed record RecordComponentScores(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<ComponentScoreEntry> Scores) : IRequest<Unit>;

/// <summary>
/// Records one rater's on-the-job behaviour ratings (level 3) on one day, against a supervisor, peer or self
/// measurement (which gives the rater kind and the phase). After the training, only participants who attended are rated.
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The rating measurement.</param>
/// <param name="Rater">Who rated (a name or NIP).</param>
/// <param name="ObservedOn">The day of the ratings, not in the future.</param>
/// <param name="Ratings">The ratings: one per participant and indicator.</param>
public sealed record RecordBehaviourRatings(EvaluationPlanId PlanId, string MeasurementCode, string Rater, DateOnly ObservedOn, IReadOnlyList<BehaviourRatingEntry> Ratings) : IRequest<Unit>;

/// <summary>Records what a participant who attended passed on to colleagues (level 3 transfer).</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="Participant">The participant.</param>
/// <param name="ReportedOn">The day reported, not in the future.</param>
/// <param name="ColleaguesTaught">Colleagues taught, 0 or more.</param>
/// <param name="SessionsShared">Sharing sessions held, 0 or more.</param>
/// <param name="Note">A note, if any.</param>
public sealed record RecordKnowledgeTransfer(EvaluationPlanId PlanId, EmployeeId Participant, DateOnly ReportedOn, int ColleaguesTaught, int SessionsShared, string? Note = null) : IRequest<Unit>;

/// <summary>One KPI value to record: a number, or the converted index of an SKM survey in the caller's scope.</summary>
/// <param name="Kpi">The KPI code of the plan.</param>
/// <param name="Group">The trained group or a comparison group.</param>
/// <param name="ObservedOn">The day (or period end) observed; not in the future.</param>
/// <param name="Value">The value, when given directly.</param>
/// <param name="FromSkmSurvey">The SKM survey whose unrounded converted index (25-100) is the value, when not given directly.</param>
public sealed record KpiValueInput(string Kpi, ComparisonGroup Group, DateOnly ObservedOn, decimal? Value = null, SkmSurveyId? FromSkmSurvey = null);

/// <summary>
/// Records KPI observations (level 4) against a KPI or satisfaction-survey measurement; their phase is the
/// measurement's. Each value is given directly or taken from an SKM survey (exactly one of the two).
/// </summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The KPI measurement.</param>
/// <param name="Observations">The observations.</param>
public sealed record RecordKpiObservations(EvaluationPlanId PlanId, string MeasurementCode, IReadOnlyList<KpiValueInput> Observations) : IRequest<Unit>;

/// <summary>Records an interview or a direct observation with its coded findings, against an interview or observation measurement.</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The interview or observation measurement.</param>
/// <param name="On">The day, not in the future.</param>
/// <param name="RecordedBy">Who interviewed or observed.</param>
/// <param name="With">With whom (for example the participant, the supervisor, service users).</param>
/// <param name="Findings">The coded findings; at least one.</param>
/// <param name="Participant">The participant it is about, if one.</param>
/// <param name="Competency">The competency it is about, if any.</param>
public sealed record RecordQualitativeEvidence(
    EvaluationPlanId PlanId,
    string MeasurementCode,
    DateOnly On,
    string RecordedBy,
    string With,
    IReadOnlyList<CodedFinding> Findings,
    EmployeeId? Participant = null,
    string? Competency = null) : IRequest<Unit>;

/// <summary>Records fully loaded costs, monetised benefits (with isolation and confidence, 0-1) and intangibles (level 5).</summary>
/// <param name="PlanId">The plan, in the caller's scope.</param>
/// <param name="MeasurementCode">The cost-benefit measurement.</param>
/// <param name="Costs">The cost items, if any.</param>
/// <param name="Benefits">The monetised benefits, if any.</param>
/// <param name="Intangibles">The intangible benefits, if any; at least one of the three lists is not empty.</param>
public sealed record RecordCostsAndBenefits(
    EvaluationPlanId PlanId,
    string MeasurementCode,
    IReadOnlyList<CostItem>? Costs = null,
    IReadOnlyList<MonetisedBenefit>? Benefits = null,
    IReadOnlyList<string>? Intangibles = null) : IRequest<Unit>;

internal sealed class RecordReactionResponsesValidator : AbstractValidator<RecordReactionResponses>
{
    public RecordReactionResponsesValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Responses).Required()
            .Must(r => r is null || r.Where(x => x is not null).Select(x => x.Respondent).Distinct().Count() == r.Count)
            .WithText("Setiap responden hanya boleh menjawab sekali.", "Each respondent may answer only once.");
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.ReactionQuestionnaire);
            if (measurement is null || request.Responses is null)
            {
                return;
            }

            for (var i = 0; i < request.Responses.Count; i++)
            {
                var response = request.Responses[i];
                var path = $"Responses[{i}]";
                if (response?.Answers is not { Count: > 0 })
                {
                    context.AddFailure(path, Text.Pick("Respons tidak berisi jawaban.", "The response has no answers."));
                    continue;
                }

                if (PlanAccess.Participant(plan, response.Respondent, true, context, $"{path}.Respondent")
                    && plan.ReactionResponses.Any(r => r.MeasurementCode == measurement.Code && r.Respondent == response.Respondent))
                {
                    context.AddFailure($"{path}.Respondent", Text.Pick("Peserta ini sudah menjawab.", "This participant has already answered."));
                }

                foreach (var (code, answer) in response.Answers)
                {
                    if (plan.Design.Questionnaire!.Problem(code, answer, path) is (_, { } message))
                    {
                        context.AddFailure($"{path}.Answers", message);
                    }
                }
            }
        });
    }
}

internal sealed class RecordTestScoresValidator : AbstractValidator<RecordTestScores>
{
    public RecordTestScoresValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Scores).Required()
            .Must(s => s is null || s.Where(x => x is not null).Select(x => x.Participant).Distinct().Count() == s.Count)
            .WithText("Setiap peserta hanya boleh muncul sekali.", "Each participant may appear only once.");
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.KnowledgeTest);
            if (measurement is null || request.Scores is null)
            {
                return;
            }

            var maximum = plan.Design.TestMaximum!.Value;
            for (var i = 0; i < request.Scores.Count; i++)
            {
                var score = request.Scores[i];
                if (score is null)
                {
                    continue;
                }

                if (PlanAccess.Participant(plan, score.Participant, measurement.Phase == MeasurementPhase.After, context, $"Scores[{i}].Participant")
                    && plan.TestScores.Any(s => s.MeasurementCode == measurement.Code && s.Participant == score.Participant))
                {
                    context.AddFailure($"Scores[{i}].Participant", Text.Pick("Peserta ini sudah mempunyai nilai untuk pengukuran ini.", "This participant already has a score for this measurement."));
                }

                if (score.Score < 0m || score.Score > maximum)
                {
                    context.AddFailure($"Scores[{i}].Score", Text.Pick($"Nilai harus 0 sampai {maximum}, bukan {score.Score}.", $"The score must be 0 to {maximum}, not {score.Score}."));
                }
            }
        });
    }
}

internal sealed class RecordComponentScoresValidator : AbstractValidator<RecordComponentScores>
{
    public RecordComponentScoresValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Scores).Required()
            .Must(s => s is null || s.Where(x => x is not null).Select(x => (x.Participant, x.Component?.Trim().ToUpperInvariant())).Distinct().Count() == s.Count)
            .WithText("Setiap peserta dan komponen hanya boleh muncul sekali.", "Each participant and component may appear only once.");
        RuleForEach(x => x.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.Component).Required();
            s.RuleFor(x => x.Score).InclusiveBetween(0m, 100m).WithText("'{PropertyName}' harus 0 sampai 100.", "'{PropertyName}' must be 0 to 100.");
        });
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.GradedAssessment);
            if (measurement is null || request.Scores is null)
            {
                return;
            }

            for (var i = 0; i < request.Scores.Count; i++)
            {
                var score = request.Scores[i];
                if (score is null || string.IsNullOrWhiteSpace(score.Component))
                {
                    continue;
                }

                var component = Codes.Normalise(score.Component);
                if (plan.Design.Grading!.Components.All(c => c.Code != component))
                {
                    context.AddFailure($"Scores[{i}].Component", Text.Pick($"Komponen '{score.Component}' tidak ada dalam skema penilaian.", $"Component '{score.Component}' is not in the grading scheme."));
                }

                if (PlanAccess.Participant(plan, score.Participant, true, context, $"Scores[{i}].Participant")
                    && plan.ComponentScores.Any(s => s.MeasurementCode == measurement.Code && s.Participant == score.Participant && s.Component == component))
                {
                    context.AddFailure($"Scores[{i}].Participant", Text.Pick("Nilai komponen ini sudah dicatat.", "This component score is already recorded."));
                }
            }
        });
    }
}

internal sealed class RecordBehaviourRatingsValidator : AbstractValidator<RecordBehaviourRatings>
{
    public RecordBehaviourRatingsValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Rater).Required().MaxChars(200);
        RuleFor(x => x.ObservedOn).NotInFuture(time);
        RuleFor(x => x.Ratings).Required()
            .Must(r => r is null || r.Where(x => x is not null).Select(x => (x.Participant, x.Indicator?.Trim().ToUpperInvariant())).Distinct().Count() == r.Count)
            .WithText("Setiap peserta dan indikator hanya boleh dinilai sekali.", "Each participant and indicator may be rated only once.");
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(
                plan, request.MeasurementCode, context, nameof(request.MeasurementCode),
                EvaluationInstrument.SupervisorObservation, EvaluationInstrument.PeerObservation, EvaluationInstrument.SelfAssessment);
            if (measurement is null || request.Ratings is null)
            {
                return;
            }

            var scale = plan.Design.BehaviourScale!.Value;
            var rater = request.Rater?.Trim();
            for (var i = 0; i < request.Ratings.Count; i++)
            {
                var rating = request.Ratings[i];
                if (rating is null)
                {
                    continue;
                }

                var indicator = string.IsNullOrWhiteSpace(rating.Indicator) ? string.Empty : Codes.Normalise(rating.Indicator);
                if (plan.Design.Indicators!.All(x => x.Code != indicator))
                {
                    context.AddFailure($"Ratings[{i}].Indicator", Text.Pick($"Indikator '{rating.Indicator}' tidak ada dalam rencana.", $"Indicator '{rating.Indicator}' is not in the plan."));
                }

                if (!scale.Contains(rating.Rating))
                {
                    context.AddFailure($"Ratings[{i}].Rating", Text.Pick($"Penilaian harus {scale}, bukan {rating.Rating}.", $"The rating must be {scale}, not {rating.Rating}."));
                }

                if (PlanAccess.Participant(plan, rating.Participant, measurement.Phase == MeasurementPhase.After, context, $"Ratings[{i}].Participant")
                    && plan.BehaviourRatings.Any(r => r.MeasurementCode == measurement.Code && r.Participant == rating.Participant && r.Indicator == indicator && r.RaterName == rater))
                {
                    context.AddFailure($"Ratings[{i}].Participant", Text.Pick("Penilai ini sudah menilai indikator ini.", "This rater has already rated this indicator."));
                }
            }
        });
    }
}

internal sealed class RecordKnowledgeTransferValidator : AbstractValidator<RecordKnowledgeTransfer>
{
    public RecordKnowledgeTransferValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.ReportedOn).NotInFuture(time);
        RuleFor(x => x.ColleaguesTaught).GreaterThanOrEqualTo(0).WithText("'{PropertyName}' tidak boleh negatif.", "'{PropertyName}' must not be negative.");
        RuleFor(x => x.SessionsShared).GreaterThanOrEqualTo(0).WithText("'{PropertyName}' tidak boleh negatif.", "'{PropertyName}' must not be negative.");
        RuleFor(x => x.Note).MaxChars(2000);
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
            PlanAccess.Participant(plan, request.Participant, true, context, nameof(request.Participant)));
    }
}

internal sealed class RecordKpiObservationsValidator : AbstractValidator<RecordKpiObservations>
{
    public RecordKpiObservationsValidator(IReadRepository<EvaluationPlan> plans, IReadRepository<SkmSurvey> surveys, ICallerScopeAccessor scope, RuleSetRegistry rules, TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.Observations).Required();
        RuleForEach(x => x.Observations).ChildRules(o =>
        {
            o.RuleFor(x => x.Kpi).Required();
            o.RuleFor(x => x.Group).KnownValue();
            o.RuleFor(x => x.ObservedOn).NotInFuture(time);
            o.RuleFor(x => x).Must(x => x.Value.HasValue ^ x.FromSkmSurvey.HasValue).WithName(nameof(KpiValueInput.Value))
                .WithText("Isi tepat satu: nilai atau survei SKM.", "Give exactly one of a value or an SKM survey.");
        });
        RuleFor(x => x.Observations).CustomAsync(async (observations, context, ct) =>
        {
            for (var i = 0; i < (observations?.Count ?? 0); i++)
            {
                if (observations![i]?.FromSkmSurvey is not { } id)
                {
                    continue;
                }

                var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, id), ct).ConfigureAwait(false);
                if (survey is null)
                {
                    context.AddFailure($"Observations[{i}].FromSkmSurvey", Text.Pick("Survei SKM tidak ditemukan dalam cakupan Anda.", "The SKM survey was not found within your scope."));
                }
                else if (SkmIndexHandler.Compute(survey, rules) is { IsDefined: false } skm)
                {
                    var why = UndefinedReasons.Describe(skm.Undefined!.Value);
                    context.AddFailure($"Observations[{i}].FromSkmSurvey", Text.Pick(
                        $"Indeks SKM survei ini tidak terdefinisi: {why.Indonesian}",
                        $"The SKM index of this survey is undefined: {why.English}"));
                }
            }
        });
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            var measurement = PlanAccess.Measurement(
                plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.KpiMeasurement, EvaluationInstrument.SatisfactionSurvey);
            if (measurement is null || request.Observations is null)
            {
                return;
            }

            var seen = new HashSet<(string, ComparisonGroup, DateOnly)>();
            for (var i = 0; i < request.Observations.Count; i++)
            {
                var o = request.Observations[i];
                if (o is null || string.IsNullOrWhiteSpace(o.Kpi))
                {
                    continue;
                }

                var kpi = Codes.Normalise(o.Kpi);
                if (plan.Design.Kpis!.All(k => k.Code != kpi))
                {
                    context.AddFailure($"Observations[{i}].Kpi", Text.Pick($"KPI '{o.Kpi}' tidak ada dalam rencana.", $"KPI '{o.Kpi}' is not in the plan."));
                }
                else if (!seen.Add((kpi, o.Group, o.ObservedOn))
                    || plan.KpiEntries.Any(e => e.MeasurementCode == measurement.Code && e.Observation.Kpi == kpi && e.Observation.Group == o.Group && e.Observation.ObservedOn == o.ObservedOn))
                {
                    context.AddFailure($"Observations[{i}]", Text.Pick("Observasi KPI, kelompok dan tanggal ini sudah dicatat.", "This KPI, group and day is already recorded."));
                }
            }
        });
    }
}

internal sealed class RecordQualitativeEvidenceValidator : AbstractValidator<RecordQualitativeEvidence>
{
    public RecordQualitativeEvidenceValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x.On).NotInFuture(time);
        RuleFor(x => x.RecordedBy).Required().MaxChars(200);
        RuleFor(x => x.With).Required().MaxChars(500);
        RuleFor(x => x.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
            .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
        RuleFor(x => x.Findings).Required();
        RuleForEach(x => x.Findings).ChildRules(f =>
        {
            f.RuleFor(x => x.Theme).Required().MaxChars(200);
            f.RuleFor(x => x.Level).KnownValue();
            f.RuleFor(x => x.Direction).KnownValue();
            f.RuleFor(x => x.Note).MaxChars(1000);
        });
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
        {
            PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.Interview, EvaluationInstrument.DirectObservation);
            if (request.Participant is { } participant)
            {
                PlanAccess.Participant(plan, participant, false, context, nameof(request.Participant));
            }
        });
    }
}

internal sealed class RecordCostsAndBenefitsValidator : AbstractValidator<RecordCostsAndBenefits>
{
    public RecordCostsAndBenefitsValidator(IReadRepository<EvaluationPlan> plans, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.MeasurementCode).Required();
        RuleFor(x => x).Must(x => (x.Costs?.Count ?? 0) + (x.Benefits?.Count ?? 0) + (x.Intangibles?.Count(s => !string.IsNullOrWhiteSpace(s)) ?? 0) > 0)
            .WithName("Costs").WithText("Catat sedikitnya satu biaya, manfaat, atau manfaat tak berwujud.", "Record at least one cost, benefit or intangible.");
        RuleForEach(x => x.Costs).ChildRules(c =>
        {
            c.RuleFor(x => x.Category).KnownValue();
            c.RuleFor(x => x.Description).Required().MaxChars(500);
            c.RuleFor(x => x.Amount).GreaterThanOrEqualTo(0m).WithText("'{PropertyName}' tidak boleh negatif.", "'{PropertyName}' must not be negative.");
        });
        RuleForEach(x => x.Benefits).ChildRules(b =>
        {
            b.RuleFor(x => x.Description).Required().MaxChars(500);
            b.RuleFor(x => x.Value).GreaterThanOrEqualTo(0m).WithText("'{PropertyName}' tidak boleh negatif.", "'{PropertyName}' must not be negative.");
            b.RuleFor(x => x.Isolation).InclusiveBetween(0m, 1m).WithText("'{PropertyName}' harus 0 sampai 1.", "'{PropertyName}' must be 0 to 1.");
            b.RuleFor(x => x.Confidence).InclusiveBetween(0m, 1m).WithText("'{PropertyName}' harus 0 sampai 1.", "'{PropertyName}' must be 0 to 1.");
            b.RuleFor(x => x.Basis).MaxChars(1000);
        });
        RuleForEach(x => x.Intangibles).MaxChars(500);
        this.WithPlan(x => x.PlanId, plans, scope, (request, plan, context) =>
            PlanAccess.Measurement(plan, request.MeasurementCode, context, nameof(request.MeasurementCode), EvaluationInstrument.CostBenefitAnalysis));
    }
}

internal sealed class RecordMeasurementHandlers(
    IRepository<EvaluationPlan> plans,
    IReadRepository<SkmSurvey> surveys,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<RecordReactionResponses, Unit>,
      IRequestHandler<RecordTestScores, Unit>,
      IRequestHandler<RecordComponentScores, Unit>,
      IRequestHandler<RecordBehaviourRatings, Unit>,
      IRequestHandler<RecordKnowledgeTransfer, Unit>,
      IRequestHandler<RecordKpiObservations, Unit>,
      IRequestHandler<RecordQualitativeEvidence, Unit>,
      IRequestHandler<RecordCostsAndBenefits, Unit>
{
    public Task<Unit> Handle(RecordReactionResponses request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordReactionResponses(request.MeasurementCode, request.Responses), cancellationToken);

    public Task<Unit> Handle(RecordTestScores request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordTestScores(request.MeasurementCode, request.Scores), cancellationToken);

    public Task<Unit> Handle(RecordComponentScores request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordComponentScores(request.MeasurementCode, request.Scores), cancellationToken);

    public Task<Unit> Handle(RecordBehaviourRatings request, CancellationToken cancellationToken) =>
        Change(request.PlanId, plan => plan.RecordBehaviourRatings(request.MeasurementCode, request.Rater, request.ObservedOn, request.Ratings), cancellationToken);

    public Task<Unit> Handle(RecordKnowledgeTransfer request, CancellationToken cancellationToken) =>
        Change(
            request.PlanId,
            plan => plan.RecordTransfer(new KnowledgeTransfer(request.Participant, request.ReportedOn, request.ColleaguesTaught, request.SessionsShared, request.Note)),
            cancellationToken);

    public async Task<Unit> Handle(RecordKpiObservations request, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var phase = plan.FindMeasurement(request.MeasurementCode)?.Phase ?? MeasurementPhase.After;
        var observations = new List<KpiObservation>();
        foreach (var input in request.Observations)
        {
            var value = input.Value;
            string? source = null;
            if (input.FromSkmSurvey is { } id)
            {
                var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, id), cancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundInScopeException(Text.Pick("Survei SKM", "SKM survey"), id.ToString());
                var skm = SkmIndexHandler.Compute(survey, rules);
                value = skm.Converted ?? throw new DomainRuleException(Text.Pick(
                    $"Indeks SKM survei {id} tidak terdefinisi: {UndefinedReasons.Describe(skm.Undefined!.Value).Indonesian}",
                    $"The SKM index of survey {id} is undefined: {UndefinedReasons.Describe(skm.Undefined!.Value).English}"));
                source = $"SKM {id} ({skm.RuleSet.Key}, {skm.Weights})";
            }

            observations.Add(new KpiObservation(input.Kpi, input.Group, phase, input.ObservedOn, value!.Value, source));
        }

        plan.RecordKpiObservations(request.MeasurementCode, observations);
        await Save(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    public Task<Unit> Handle(RecordQualitativeEvidence request, CancellationToken cancellationToken) =>
        Change(
            request.PlanId,
            plan =>
            {
                var instrument = plan.FindMeasurement(request.MeasurementCode)?.Instrument;
                var method = instrument == EvaluationInstrument.DirectObservation ? EvidenceMethod.Observation : EvidenceMethod.Interview;
                plan.RecordQualitative(new QualitativeRecord(request.MeasurementCode, method, request.On, request.RecordedBy, request.With, request.Participant, request.Competency, request.Findings));
            },
            cancellationToken);

    public Task<Unit> Handle(RecordCostsAndBenefits request, CancellationToken cancellationToken) =>
        Change(
            request.PlanId,
            plan => plan.RecordCostsAndBenefits(new CostBenefitRecord(request.MeasurementCode, time.Today(), request.Costs ?? [], request.Benefits ?? [], request.Intangibles ?? [])),
            cancellationToken);

    private async Task<Unit> Change(EvaluationPlanId id, Action<EvaluationPlan> change, CancellationToken cancellationToken)
    {
        var plan = await plans.LoadAsync(scope.Current, id, cancellationToken).ConfigureAwait(false);
        change(plan);
        await Save(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }

    private async Task Save(EvaluationPlan plan, CancellationToken cancellationToken)
    {
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
    }
}
