using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// Composes a yearly plan as a draft for an agency (the owner OPD, in the caller's scope): from the needs of the
/// population in scope (or a region or OPD within it; held and to-be-held positions), weighted by the needs register's
/// priority per region and competency (with the survey's signals when a survey is named), the active catalogue, the
/// regions' reach, the budget and the rule sets in force. For the current year, runs start tomorrow at the earliest.
/// Returns the plan and its composition.
/// </summary>
/// <param name="Title">The plan's title.</param>
/// <param name="Year">The plan year; this year or later.</param>
/// <param name="Budget">The budget, in rupiah.</param>
/// <param name="OwnerOpdCode">The OPD that owns the plan (for example the BPSDM).</param>
/// <param name="RegionCode">Only this region's employees, if given.</param>
/// <param name="OpdCode">Only this OPD's employees, if given.</param>
/// <param name="SurveyId">A needs survey whose signals weight the needs, if any.</param>
/// <param name="Method">The algorithm (default: by size).</param>
public sealed record ComposeTrainingPlan(string Title, int Year, decimal Budget, string OwnerOpdCode, string? RegionCode = null, string? OpdCode = null, SurveyId? SurveyId = null, CompositionMethod Method = CompositionMethod.Auto) : IRequest<ComposedPlan>;

/// <summary>Recomposes a draft or returned plan for its population, with a new budget if given.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Budget">The new budget, or <see langword="null"/> to keep it.</param>
/// <param name="Method">The algorithm.</param>
public sealed record RecomposeTrainingPlan(TrainingPlanId PlanId, decimal? Budget = null, CompositionMethod Method = CompositionMethod.Auto) : IRequest<ComposedPlan>;

/// <summary>A composed plan.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Composition">Its composition: runs with reasons, totals, unmet needs.</param>
public sealed record ComposedPlan(TrainingPlanId PlanId, CompositionResult Composition);

/// <summary>A plan with its explanation.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Title">Its title.</param>
/// <param name="Year">Its year.</param>
/// <param name="Version">Its version.</param>
/// <param name="Status">Its status.</param>
/// <param name="ReturnReason">Why it was last returned, if it was.</param>
/// <param name="Lines">Its lines with the art. 207 fields and why each is there.</param>
/// <param name="Totals">Its totals.</param>
/// <param name="Unmet">The needs it leaves open, by competency and reason.</param>
/// <param name="Diagnostics">Hard constraints that ruled runs out.</param>
/// <param name="Summary">The plan in a few sentences.</param>
public sealed record TrainingPlanExplanation(TrainingPlanId PlanId, string Title, int Year, int Version, PlanStatus Status, string? ReturnReason, IReadOnlyList<PlanLine> Lines, PlanTotals Totals, IReadOnlyList<UnmetSummary> Unmet, IReadOnlyList<LocalizedText> Diagnostics, LocalizedText Summary);

/// <summary>Explains a plan in the caller's scope: every line and why it is there, the totals and what stays open.</summary>
/// <param name="PlanId">The plan.</param>
public sealed record ExplainTrainingPlan(TrainingPlanId PlanId) : IRequest<TrainingPlanExplanation>;

/// <summary>Submits a draft or returned plan for approval.</summary>
/// <param name="PlanId">The plan.</param>
public sealed record SubmitTrainingPlan(TrainingPlanId PlanId) : IRequest<Unit>;

/// <summary>Approves a submitted plan; the version it revises, if any, is superseded. Raises <see cref="TrainingPlanApproved"/>.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="ApprovedBy">Who approves (name or NIP).</param>
public sealed record ApproveTrainingPlan(TrainingPlanId PlanId, string ApprovedBy) : IRequest<Unit>;

/// <summary>Returns a submitted plan with a reason.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Reason">Why.</param>
public sealed record ReturnTrainingPlan(TrainingPlanId PlanId, string Reason) : IRequest<Unit>;

/// <summary>Revises an approved plan as a new draft version with the same lines. Returns the new version's identifier.</summary>
/// <param name="PlanId">The approved plan.</param>
public sealed record ReviseTrainingPlan(TrainingPlanId PlanId) : IRequest<TrainingPlanId>;

/// <summary>Builds a <see cref="CompositionProblem"/> from the stores: needs, profiles, ledgers, catalogue, reach and rule sets.</summary>
internal sealed class CompositionInputs(
    NeedsLoader needs,
    SurveyAccess surveys,
    IReadRepository<SurveyResponse> responses,
    IReadRepository<LearningHoursLedger> ledgers,
    IReadRepository<Course> courses,
    IReadRepository<RegionReach> regions,
    RuleSetRegistry rules,
    LatihanAsnOptions options,
    TimeProvider time)
{
    public async Task<CompositionProblem> LoadAsync(CallerScope scope, int year, decimal budget, string? regionCode, string? opdCode, SurveyId? surveyId, CancellationToken cancellationToken)
    {
        var asOf = time.Today();
        var rows = await needs.LoadAsync(scope, asOf, regionCode, opdCode, null, false, cancellationToken).ConfigureAwait(false);
        var members = rows.Select(r => new NeedsMember(r.Snapshot.Employee.Id, r.Snapshot.Employee.RegionCode, r.Snapshot.Employee.OpdCode, r.Snapshot.Position.Kind, r.Needs)).ToArray();
        var surveyed = new List<SurveyMember>();
        var scale = RatingScale.OneToFive;
        if (surveyId is { } id && await surveys.FindAsync(id, cancellationToken).ConfigureAwait(false) is { } survey)
        {
            scale = survey.Scale;
            surveyed.AddRange((await responses.ListAsync(new SurveyResponsesSpec(scope, survey.Id), cancellationToken).ConfigureAwait(false))
                .Select(r => new SurveyMember(r.Respondent.ToString(), r.RegionCode, r.OpdCode, r.PositionKind, r.ToRatingPairs().ToArray(), r.ToProposals().ToArray())));
        }

        var register = NeedsRegisterRule.Build(members, surveyed, scale, PopulationDimension.Region, asOf, rules.InForce<PriorityWeightsRuleSet>(asOf), options.MinimumGroupSize);
        var priority = register.Entries.ToDictionary(e => (e.Group, e.Competency), e => e.Priority.Score);
        var conversion = rules.InForce<JpConversionRuleSet>(new DateOnly(year, 12, 31));
        var earned = (await ledgers.ListAsync(new LedgersSpec(scope, year, null, regionCode, opdCode), cancellationToken).ConfigureAwait(false))
            .ToDictionary(l => l.EmployeeId, l => l.Standing(conversion).Jp);
        var employees = rows.Select(r => new CompositionEmployee(
            r.Snapshot.Employee.Id,
            r.Snapshot.Employee.RegionCode,
            r.Snapshot.Employee.OpdCode,
            r.Snapshot.Profile.Entries.ToDictionary(e => e.Competency, e => e.Level.Value),
            earned.GetValueOrDefault(r.Snapshot.Employee.Id),
            [])).ToArray();
        var compositionNeeds = rows.SelectMany(r => r.Needs
            .Where(n => n.IsTrainingNeed)
            .Select(n =>
            {
                var current = (n.Held?.Actual ?? n.ToBeHeld!.Actual)!.Value.Value;
                return new CompositionNeed(r.Snapshot.Employee.Id, n.Competency, current, current + n.Shortfall!.Value, priority.GetValueOrDefault((r.Snapshot.Employee.RegionCode, n.Competency)));
            })).ToArray();
        var catalogue = await courses.ListAsync(new CoursesSpec(activeOnly: true), cancellationToken).ConfigureAwait(false);
        var reach = await regions.ListAsync(new RegionReachSpec(), cancellationToken).ConfigureAwait(false);
        var day = new DateOnly(year, 1, 1);
        return new CompositionProblem(
            year, budget, employees, compositionNeeds, catalogue, reach, rules.InForce<TrainingCalendarRuleSet>(day), rules.InForce<DeliveryPolicyRuleSet>(day), conversion.RequiredJpPerYear,
            year == asOf.Year ? asOf.AddDays(1) : null);
    }
}

internal sealed class ComposeTrainingPlanValidator : AbstractValidator<ComposeTrainingPlan>
{
    public ComposeTrainingPlanValidator(IReadRepository<Opd> opds, SurveyAccess surveys, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Year).Must(y => y >= time.Today().Year && y <= time.Today().Year + 5)
            .WithText("Tahun rencana harus tahun ini atau sampai lima tahun ke depan.", "The plan year must be this year or up to five years ahead.");
        RuleFor(x => x.Budget).InclusiveBetween(0m, 1_000_000_000_000_000m)
            .WithText("Anggaran harus antara 0 dan 10^18 rupiah.", "The budget must be between 0 and 10^18 rupiah.");
        RuleFor(x => x.Method).KnownValue();
        RuleFor(x => x.OwnerOpdCode).Required()
            .MustAsync((code, ct) => opds.AnyAsync(new OpdByCodeSpec(scope.Current, code!.Trim()), ct))
            .WithText("OPD pemilik '{PropertyValue}' tidak ditemukan dalam cakupan Anda.", "Owner OPD '{PropertyValue}' was not found within your scope.");
        RuleFor(x => x.SurveyId!.Value).MustAsync(async (id, ct) => await surveys.FindAsync(id, ct).ConfigureAwait(false) is not null)
            .When(x => x.SurveyId.HasValue).OverridePropertyName(nameof(ComposeTrainingPlan.SurveyId))
            .WithText("Survei tidak ditemukan dalam cakupan Anda.", "The survey was not found within your scope.");
    }
}

internal sealed class ComposeTrainingPlanHandler(
    CompositionInputs inputs,
    ICompositionPolicy policy,
    IRepository<TrainingPlan> plans,
    IReadRepository<Opd> opds,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<ComposeTrainingPlan, ComposedPlan>
{
    public async Task<ComposedPlan> Handle(ComposeTrainingPlan request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        if (request.RegionCode is { } region && !caller.CoversRegion(region))
        {
            throw new ScopeViolationException(caller, Text.Pick($"wilayah {region}", $"region {region}"));
        }

        if (request.OpdCode is { } opdCode && !await opds.AnyAsync(new OpdByCodeSpec(caller, opdCode), cancellationToken).ConfigureAwait(false))
        {
            throw new ScopeViolationException(caller, $"OPD {opdCode}");
        }

        var owner = await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, request.OwnerOpdCode.Trim()), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("OPD", request.OwnerOpdCode);
        var problem = await inputs.LoadAsync(caller, request.Year, request.Budget, request.RegionCode, request.OpdCode, request.SurveyId, cancellationToken).ConfigureAwait(false);
        var composition = policy.Compose(problem, request.Method, cancellationToken);
        var plan = TrainingPlan.Compose(
            TrainingPlanId.New(), request.Title, request.Year, owner.RegionCode, owner.OpdCode, (request.RegionCode, request.OpdCode, request.SurveyId),
            request.Budget, composition, problem.Courses.ToArray(), time.GetUtcNow());
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return new ComposedPlan(plan.Id, composition);
    }
}

/// <summary>Checks that a plan exists in the caller's scope and is in one of the expected states.</summary>
internal static class PlanChecks
{
    public static void InStatus<T>(AbstractValidator<T> validator, Func<T, TrainingPlanId> id, IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope, params PlanStatus[] expected)
    {
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "PlanId").CustomAsync(async (planId, context, ct) =>
        {
            var plan = await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, planId), ct).ConfigureAwait(false);
            if (plan is null)
            {
                context.AddFailure(Text.Pick("Rencana tidak ditemukan dalam cakupan Anda.", "The plan was not found within your scope."));
            }
            else if (!expected.Contains(plan.Status))
            {
                var allowed = string.Join("/", expected);
                context.AddFailure(Text.Pick(
                    $"Rencana berstatus {plan.Status}; langkah ini memerlukan {allowed}.",
                    $"The plan is {plan.Status}; this step needs {allowed}."));
            }
        });
    }

    public static async Task<TrainingPlan> LoadAsync(IReadRepositoryBase<TrainingPlan> plans, CallerScope scope, TrainingPlanId id, CancellationToken cancellationToken) =>
        await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope, id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Rencana", "Plan"), id.ToString());
}

internal sealed class RecomposeTrainingPlanValidator : AbstractValidator<RecomposeTrainingPlan>
{
    public RecomposeTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope)
    {
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Draft, PlanStatus.Returned);
        RuleFor(x => x.Budget).InclusiveBetween(0m, 1_000_000_000_000_000m).When(x => x.Budget.HasValue)
            .WithText("Anggaran harus antara 0 dan 10^18 rupiah.", "The budget must be between 0 and 10^18 rupiah.");
        RuleFor(x => x.Method).KnownValue();
    }
}

internal sealed class RecomposeTrainingPlanHandler(CompositionInputs inputs, ICompositionPolicy policy, IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<RecomposeTrainingPlan, ComposedPlan>
{
    public async Task<ComposedPlan> Handle(RecomposeTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var budget = request.Budget ?? plan.BudgetCeiling;
        var problem = await inputs.LoadAsync(scope.Current, plan.Year, budget, plan.PopulationRegionCode, plan.PopulationOpdCode, plan.SurveyId, cancellationToken).ConfigureAwait(false);
        var composition = policy.Compose(problem, request.Method, cancellationToken);
        plan.Recompose(budget, composition, problem.Courses.ToArray(), time.GetUtcNow());
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return new ComposedPlan(plan.Id, composition);
    }
}

internal sealed class ExplainTrainingPlanValidator : AbstractValidator<ExplainTrainingPlan>
{
    public ExplainTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope) =>
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, Enum.GetValues<PlanStatus>());
}

internal sealed class ExplainTrainingPlanHandler(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope) : IRequestHandler<ExplainTrainingPlan, TrainingPlanExplanation>
{
    public async Task<TrainingPlanExplanation> Handle(ExplainTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var t = plan.Totals;
        var money = Rounding.HalfAwayFromZero(t.Cost.Total, 0).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        var open = plan.Unmet.Sum(u => u.Needs);
        var summary = new LocalizedText(
            $"{plan.Title} {plan.Year} versi {plan.Version} ({plan.Status}): {t.Runs} run untuk {t.Participants} peserta, Rp {money}; menutup {t.LevelsClosed} dari {t.LevelsNeeded} tingkat kebutuhan ({t.NeedsClosed} dari {t.Needs} kebutuhan tuntas); pegawai dengan 20 JP: {t.CompliantBefore} menjadi {t.CompliantAfter} dari {t.Employees}; {open} kebutuhan masih terbuka.",
            $"{plan.Title} {plan.Year} version {plan.Version} ({plan.Status}): {Text.Count(t.Runs, "run", "runs")} for {Text.Count(t.Participants, "participant", "participants")}, Rp {money}; closes {t.LevelsClosed} of {t.LevelsNeeded} levels of need ({t.NeedsClosed} of {t.Needs} needs fully); employees at 20 JP: {t.CompliantBefore} to {t.CompliantAfter} of {t.Employees}; {(open == 1 ? "1 need stays" : Text.Invariant($"{open} needs stay"))} open.");
        return new TrainingPlanExplanation(plan.Id, plan.Title, plan.Year, plan.Version, plan.Status, plan.ReturnReason, plan.Lines, plan.Totals, plan.Unmet, plan.Diagnostics, summary);
    }
}

internal sealed class SubmitTrainingPlanValidator : AbstractValidator<SubmitTrainingPlan>
{
    public SubmitTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope)
    {
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Draft, PlanStatus.Returned);
        RuleFor(x => x.PlanId).MustAsync(async (id, ct) => (await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, id), ct).ConfigureAwait(false))?.Lines.Count != 0)
            .WithText("Rencana tanpa baris tidak dapat diajukan.", "A plan without lines cannot be submitted.");
    }
}

internal sealed class SubmitTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<SubmitTrainingPlan, Unit>
{
    public async Task<Unit> Handle(SubmitTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        plan.Submit();
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class ApproveTrainingPlanValidator : AbstractValidator<ApproveTrainingPlan>
{
    public ApproveTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope)
    {
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Submitted);
        RuleFor(x => x.ApprovedBy).Required().MaxChars(200);
    }
}

internal sealed class ApproveTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<ApproveTrainingPlan, Unit>
{
    public async Task<Unit> Handle(ApproveTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        TrainingPlan? previous = null;
        if (plan.Revises is { } revised)
        {
            previous = await plans.FirstOrDefaultAsync(new TrainingPlanByIdSpec(scope.Current, revised), cancellationToken).ConfigureAwait(false);
            previous?.Supersede();
        }

        plan.Approve(request.ApprovedBy);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        if (previous is not null)
        {
            await plans.UpdateAsync(previous, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class ReturnTrainingPlanValidator : AbstractValidator<ReturnTrainingPlan>
{
    public ReturnTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope)
    {
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Submitted);
        RuleFor(x => x.Reason).Required().MaxChars(2000);
    }
}

internal sealed class ReturnTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<ReturnTrainingPlan, Unit>
{
    public async Task<Unit> Handle(ReturnTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        plan.Return(request.Reason);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class ReviseTrainingPlanValidator : AbstractValidator<ReviseTrainingPlan>
{
    public ReviseTrainingPlanValidator(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope) =>
        PlanChecks.InStatus(this, x => x.PlanId, plans, scope, PlanStatus.Approved);
}

internal sealed class ReviseTrainingPlanHandler(IRepository<TrainingPlan> plans, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events) : IRequestHandler<ReviseTrainingPlan, TrainingPlanId>
{
    public async Task<TrainingPlanId> Handle(ReviseTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.LoadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var revision = plan.Revise(TrainingPlanId.New(), time.GetUtcNow());
        await plans.AddAsync(revision, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return revision.Id;
    }
}
