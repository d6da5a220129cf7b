using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A reaction questionnaire to define.</summary>
/// <param name="ScaleMinimum">The lowest answer of the Likert items, for example 1.</param>
/// <param name="ScaleMaximum">The highest answer, for example 4 or 5.</param>
/// <param name="Items">The Likert items, grouped by aspect; codes unique.</param>
/// <param name="RecommendItem">The 0-10 "would you recommend" item, if any (for the NPS).</param>
public sealed record QuestionnaireInput(int ScaleMinimum, int ScaleMaximum, IReadOnlyList<ReactionItem> Items, ReactionItem? RecommendItem = null);

/// <summary>The level 3 rating design to define.</summary>
/// <param name="ScaleMinimum">The lowest rating, for example 1.</param>
/// <param name="ScaleMaximum">The highest rating, for example 5.</param>
/// <param name="Indicators">The on-the-job behaviour indicators; codes unique.</param>
public sealed record BehaviourDesignInput(int ScaleMinimum, int ScaleMaximum, IReadOnlyList<BehaviourIndicator> Indicators);

/// <summary>
/// Creates the evaluation plan of a course run: its measurements (level, instrument, phase, offset from the run's last
/// day, window, target), its participants and the definitions the instruments need. The organiser OPD must be
/// registered and inside the caller's scope, every participant an employee inside it, and the run a course run inside it
/// (another region's run is <c>not_found</c>, as a run that does not exist) with no plan yet.
/// A graded assessment without <paramref name="Grading"/> uses the grading scheme in force on the run's last day.
/// Returns the plan's identifier.
/// </summary>
/// <param name="CourseRunId">The course run evaluated.</param>
/// <param name="Title">The run's title.</param>
/// <param name="Organiser">The organiser, for example <c>BPSDM Provinsi Lampung</c>.</param>
/// <param name="OpdCode">The organiser's OPD (it gives the plan's region).</param>
/// <param name="RunStart">The run's first day.</param>
/// <param name="RunEnd">The run's last day.</param>
/// <param name="Measurements">The planned measurements.</param>
/// <param name="Participants">The participants.</param>
/// <param name="Questionnaire">The reaction questionnaire (required by reaction measurements).</param>
/// <param name="TestMaximum">The knowledge test's maximum score (required by test measurements).</param>
/// <param name="Behaviour">The rating design (required by supervisor, peer and self measurements).</param>
/// <param name="Kpis">The KPIs (required by KPI and satisfaction-survey measurements).</param>
/// <param name="Grading">The plan's own grading components (weights summing to 1 or 100), if any.</param>
[RequiresCapability(Capabilities.EvaluationRecord)]
public sealed record CreateEvaluationPlan(
    CourseRunId CourseRunId,
    string Title,
    string Organiser,
    string OpdCode,
    DateOnly RunStart,
    DateOnly RunEnd,
    IReadOnlyList<PlannedMeasurement> Measurements,
    IReadOnlyList<EmployeeId> Participants,
    QuestionnaireInput? Questionnaire = null,
    decimal? TestMaximum = null,
    BehaviourDesignInput? Behaviour = null,
    IReadOnlyList<KpiDefinition>? Kpis = null,
    IReadOnlyList<GradingComponent>? Grading = null) : IRequest<EvaluationPlanId>;

internal sealed class CreateEvaluationPlanValidator : AbstractValidator<CreateEvaluationPlan>
{
    private static readonly EvaluationInstrument[] RatingInstruments =
        [EvaluationInstrument.SupervisorObservation, EvaluationInstrument.PeerObservation, EvaluationInstrument.SelfAssessment];

    public CreateEvaluationPlanValidator(IReadRepository<EvaluationPlan> plans, IReadRepository<Opd> opds, IReadRepository<Employee> employees, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.CourseRunId.Value).NotEmpty().WithName(nameof(CreateEvaluationPlan.CourseRunId))
            .WithMessage(_ => Messages.Get("Common_Required"));
        RuleFor(x => x.CourseRunId)
            // Only for a run the caller can see: of another region's run nothing is told (the handler answers not_found).
            .MustAsync(async (run, ct) =>
                !await runs.AnyAsync(new CourseRunByIdSpec(scope.Current, run), ct).ConfigureAwait(false)
                || !await plans.AnyAsync(new EvaluationPlanForRunSpec(run), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Evaluation_CourseRunAlreadyHasEvaluationPlan"));
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Organiser).Required().MaxChars(300);
        RuleFor(x => x.OpdCode).Required()
            .MustAsync(async (code, ct) => await opds.AnyAsync(new OpdByCodeSpec(scope.Current, code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Competencies_OPDNotFoundScope"));
        RuleFor(x => x.RunEnd).GreaterThanOrEqualTo(x => x.RunStart)
            .WithMessage(_ => Messages.Get("Evaluation_LastDayMustNotBeforeFirst"));

        RuleFor(x => x.Measurements).Required()
            .Must(m => m is null || m.Where(x => x is not null && Codes.IsValid(x.Code)).Select(x => Codes.Normalise(x.Code)).Distinct(StringComparer.Ordinal).Count() == m.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EveryMeasurementNeedsUniqueCode"));
        RuleForEach(x => x.Measurements).ChildRules(m =>
        {
            m.RuleFor(x => x.Code).Code();
            m.RuleFor(x => x.Level).KnownValue();
            m.RuleFor(x => x.Instrument).KnownValue();
            m.RuleFor(x => x.Phase).KnownValue();
            m.RuleFor(x => x.OffsetDays).InclusiveBetween(-365, 1095)
                .WithMessage(_ => Messages.Get("Evaluation_Must365To1095Days"));
            m.RuleFor(x => x.WindowDays).InclusiveBetween(0, 365)
                .WithMessage(_ => Messages.Get("Evaluation_Must0To365Days"));
            m.RuleFor(x => x.TargetNote).MaxChars(500);
            m.RuleFor(x => x).Must(x => EvaluationPlan.Suits(x.Level, x.Instrument)).WithName(nameof(PlannedMeasurement.Instrument))
                .WithMessage(x => Messages.Get("Evaluation_DoesNotMeasure", x.Instrument, x.Level));
            m.RuleFor(x => x.Phase).Equal(MeasurementPhase.After).When(x => EvaluationPlan.IsAfterOnly(x.Instrument))
                .WithMessage(x => Messages.Get("Evaluation_MeasuredAfterTraining", x.Instrument));
        });

        RuleFor(x => x.Participants).Required()
            .Must(p => p is null || p.Distinct().Count() == p.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EachParticipantMayAppearOnlyOnce"));
        RuleFor(x => x.Participants).CustomAsync(async (participants, context, ct) =>
        {
            if (participants is null || participants.Count == 0)
            {
                return;
            }

            var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: participants.Distinct().ToArray()), ct).ConfigureAwait(false))
                .Select(e => e.Id).ToHashSet();
            for (var i = 0; i < participants.Count; i++)
            {
                if (!found.Contains(participants[i]))
                {
                    context.AddFailure($"Participants[{i}]", Messages.Get("Competencies_EmployeeNotFoundScope"));
                }
            }
        });

        RuleFor(x => x.Questionnaire).NotNull().When(x => Uses(x, EvaluationInstrument.ReactionQuestionnaire))
            .WithMessage(_ => Messages.Get("Evaluation_ReactionMeasurementNeedsQuestionnaire"));
        RuleFor(x => x.Questionnaire!).ChildRules(q =>
        {
            q.RuleFor(x => x).Must(x => x.ScaleMinimum >= 0 && x.ScaleMaximum > x.ScaleMinimum && x.ScaleMaximum <= 100).WithName("Scale")
                .WithMessage(_ => Messages.Get("Evaluation_ScaleNeeds0MinimumMaximum100"));
            q.RuleFor(x => x.Items).Required()
                .Must((x, items) => items is null || items.Where(i => i is not null).Select(i => i.Code).Append(x.RecommendItem?.Code).OfType<string>()
                    .Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == items.Count + (x.RecommendItem is null ? 0 : 1))
                .WithMessage(_ => Messages.Get("Evaluation_ItemCodesMustUnique"));
            q.RuleForEach(x => x.Items).SetValidator(new ReactionItemValidator());
            q.RuleFor(x => x.RecommendItem!).SetValidator(new ReactionItemValidator()).When(x => x.RecommendItem is not null);
        }).When(x => x.Questionnaire is not null);

        RuleFor(x => x.TestMaximum).NotNull().GreaterThan(0m).When(x => Uses(x, EvaluationInstrument.KnowledgeTest))
            .WithMessage(_ => Messages.Get("Evaluation_TestMeasurementNeedsMaximumScoreAbove"));
        RuleFor(x => x.TestMaximum).GreaterThan(0m).When(x => x.TestMaximum.HasValue)
            .WithMessage(_ => Messages.Get("Evaluation_TestMaximumMustAbove0"));

        RuleFor(x => x.Behaviour).NotNull().When(x => Uses(x, RatingInstruments))
            .WithMessage(_ => Messages.Get("Evaluation_BehaviourRatingsNeedScaleAndIndicators"));
        RuleFor(x => x.Behaviour!).ChildRules(b =>
        {
            b.RuleFor(x => x).Must(x => x.ScaleMinimum >= 0 && x.ScaleMaximum > x.ScaleMinimum && x.ScaleMaximum <= 100).WithName("Scale")
                .WithMessage(_ => Messages.Get("Evaluation_ScaleNeeds0MinimumMaximum100"));
            b.RuleFor(x => x.Indicators).Required()
                .Must(i => i is null || i.Where(x => x is not null && Codes.IsValid(x.Code)).Select(x => Codes.Normalise(x.Code)).Distinct(StringComparer.Ordinal).Count() == i.Count)
                .WithMessage(_ => Messages.Get("Evaluation_EveryIndicatorNeedsUniqueCode"));
            b.RuleForEach(x => x.Indicators).ChildRules(i =>
            {
                i.RuleFor(x => x.Code).Code();
                i.RuleFor(x => x.Description).Required().MaxChars(500);
                i.RuleFor(x => x.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
                    .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            });
        }).When(x => x.Behaviour is not null);

        RuleFor(x => x.Kpis).NotEmpty().When(x => Uses(x, EvaluationInstrument.KpiMeasurement, EvaluationInstrument.SatisfactionSurvey))
            .WithMessage(_ => Messages.Get("Evaluation_KPIMeasurementNeedsAtLeastOne"));
        RuleFor(x => x.Kpis)
            .Must(k => k is null || k.Where(x => x is not null && Codes.IsValid(x.Code)).Select(x => Codes.Normalise(x.Code)).Distinct(StringComparer.Ordinal).Count() == k.Count)
            .WithMessage(_ => Messages.Get("Evaluation_EveryKPINeedsUniqueCode"));
        RuleForEach(x => x.Kpis).ChildRules(k =>
        {
            k.RuleFor(x => x.Code).Code();
            k.RuleFor(x => x.Name).Required().MaxChars(300);
            k.RuleFor(x => x.Unit).Required().MaxChars(50);
            k.RuleFor(x => x.Direction).KnownValue();
        });

        RuleFor(x => x.Grading).Custom((grading, context) =>
        {
            if (grading is not null && !GradingScheme.TryCheck(grading, out var error))
            {
                context.AddFailure(nameof(CreateEvaluationPlan.Grading), error!);
            }
        });
    }

    private static bool Uses(CreateEvaluationPlan request, params EvaluationInstrument[] instruments) =>
        request.Measurements?.Any(m => m is not null && instruments.Contains(m.Instrument)) == true;

    private sealed class ReactionItemValidator : AbstractValidator<ReactionItem>
    {
        public ReactionItemValidator()
        {
            RuleFor(x => x.Code).Code();
            RuleFor(x => x.Aspect).KnownValue();
            RuleFor(x => x.Text).Required().MaxChars(500);
        }
    }
}

internal sealed class CreateEvaluationPlanHandler(
    IRepository<EvaluationPlan> plans,
    IReadRepository<Opd> opds,
    IReadRepository<CourseRun> runs,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    DomainEventPublisher events)
    : IRequestHandler<CreateEvaluationPlan, EvaluationPlanId>
{
    public async Task<EvaluationPlanId> Handle(CreateEvaluationPlan request, CancellationToken cancellationToken)
    {
        // The run is loaded in the caller's scope: another region's run is not found, as a run that does not exist.
        await RunChecks.LoadAsync(runs, scope.Current, request.CourseRunId, cancellationToken).ConfigureAwait(false);
        var opd = await opds.FirstOrDefaultAsync(new OpdByCodeSpec(scope.Current, request.OpdCode.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("OPD", request.OpdCode);
        var questionnaire = request.Questionnaire is { } q
            ? new ReactionQuestionnaire(LikertScale.From(q.ScaleMinimum, q.ScaleMaximum), q.Items, q.RecommendItem)
            : null;
        GradingScheme? grading = null;
        string? gradingSource = null;
        if (request.Grading is { } components)
        {
            grading = GradingScheme.Create(components);
            gradingSource = Messages.Get("Evaluation_PlansOwnScheme");
        }
        else if (request.Measurements.Any(m => m.Instrument == EvaluationInstrument.GradedAssessment))
        {
            var ruleSet = rules.InForce<GradingSchemeRuleSet>(request.RunEnd);
            grading = ruleSet.Scheme;
            gradingSource = ruleSet.Info.Key;
        }

        var design = new EvaluationDesign(
            questionnaire,
            request.TestMaximum,
            request.Behaviour is { } b ? LikertScale.From(b.ScaleMinimum, b.ScaleMaximum) : null,
            request.Behaviour?.Indicators,
            request.Kpis,
            grading,
            gradingSource);
        var plan = EvaluationPlan.Create(
            EvaluationPlanId.New(),
            request.CourseRunId,
            request.Title,
            request.Organiser,
            opd.RegionCode,
            opd.OpdCode,
            request.RunStart,
            request.RunEnd,
            request.Measurements,
            request.Participants,
            design);
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan.Id;
    }
}
