using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>A goal of a new action plan.</summary>
/// <param name="Description">The goal.</param>
/// <param name="Competency">The competency code it applies, if any.</param>
/// <param name="Kpi">The KPI it should move, if any.</param>
/// <param name="Target">The KPI's target, if any.</param>
public sealed record ActionGoalInput(string Description, string? Competency = null, string? Kpi = null, decimal? Target = null);

/// <summary>A milestone of a new action plan.</summary>
/// <param name="Title">What it is.</param>
/// <param name="DueOn">When it is due.</param>
public sealed record MilestoneInput(string Title, DateOnly DueOn);

/// <summary>Creates an action plan (rencana aksi) for an employee of the caller's scope. Returns its identifier.</summary>
/// <param name="Employee">The employee.</param>
/// <param name="Title">The title.</param>
/// <param name="RunId">The run it follows, if any.</param>
/// <param name="Supervisor">The supervisor who signs it off.</param>
/// <param name="Goals">Its goals.</param>
/// <param name="Milestones">Its milestones, in order.</param>
public sealed record CreateActionPlan(EmployeeId Employee, string Title, CourseRunId? RunId, string Supervisor, IReadOnlyList<ActionGoalInput> Goals, IReadOnlyList<MilestoneInput> Milestones) : IRequest<ActionPlanId>;

/// <summary>Completes a milestone of an action plan, with evidence.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="Milestone">The milestone's number.</param>
/// <param name="On">The day; not in the future.</param>
/// <param name="Evidence">The evidence.</param>
public sealed record CompleteMilestone(ActionPlanId PlanId, int Milestone, DateOnly On, string Evidence) : IRequest<Unit>;

/// <summary>Signs an action plan off (every milestone completed).</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="SignedOffBy">The supervisor.</param>
/// <param name="On">The day; not in the future.</param>
public sealed record SignOffActionPlan(ActionPlanId PlanId, string SignedOffBy, DateOnly On) : IRequest<Unit>;

/// <summary>What needs attention.</summary>
public enum DueKind
{
    /// <summary>A mentoring check-in is due (or overdue).</summary>
    MentoringCheckIn = 0,

    /// <summary>An action-plan milestone is due soon.</summary>
    MilestoneDue = 1,

    /// <summary>An action-plan milestone is overdue.</summary>
    MilestoneOverdue = 2,

    /// <summary>An evaluation measurement is due.</summary>
    EvaluationDue = 3,

    /// <summary>An evaluation measurement's window has passed with nothing recorded.</summary>
    EvaluationMissing = 4,

    /// <summary>A certificate expires soon.</summary>
    CertificateExpiring = 5,

    /// <summary>A certificate has expired and was not renewed.</summary>
    CertificateExpired = 6,

    /// <summary>A pending assessment waits for the supervisor's confirmation.</summary>
    AssessmentToConfirm = 7,

    /// <summary>An employee is below the JP entitlement late in the year.</summary>
    BelowJpEntitlement = 8,

    /// <summary>A scheduled run starts soon.</summary>
    RunStarting = 9,
}

/// <summary>One thing that needs attention.</summary>
/// <param name="Kind">What kind.</param>
/// <param name="DueOn">When it is (or was) due.</param>
/// <param name="Overdue">Whether it is past due.</param>
/// <param name="Employee">The employee concerned, if one.</param>
/// <param name="RegionCode">The region it belongs to.</param>
/// <param name="Description">It in words.</param>
/// <param name="Reference">The record it concerns (for example <c>run:...</c>, <c>mentoring:...</c>).</param>
public sealed record DueItem(DueKind Kind, DateOnly DueOn, bool Overdue, EmployeeId? Employee, string RegionCode, LocalizedText Description, string Reference);

/// <summary>Everything that needs attention in a scope on a day.</summary>
/// <param name="AsOf">The day.</param>
/// <param name="HorizonDays">How far ahead "soon" reaches.</param>
/// <param name="Items">The items, by due day, then kind, then reference.</param>
public sealed record DueReport(DateOnly AsOf, int HorizonDays, IReadOnlyList<DueItem> Items);

/// <summary>
/// What needs attention in the caller's scope (or a region within it) this week: mentoring check-ins due, milestones due
/// or overdue, evaluation measurements due or missing, certificates expiring or expired, assessments to confirm,
/// employees below 20 JP late in the year, and runs starting soon.
/// </summary>
/// <param name="AsOf">The day (default: today by the injected clock).</param>
/// <param name="HorizonDays">How far ahead counts (default 7).</param>
/// <param name="RegionCode">Only this region, if given.</param>
public sealed record GetWhatIsDue(DateOnly? AsOf = null, int HorizonDays = 7, string? RegionCode = null) : IRequest<DueReport>;

internal sealed class CreateActionPlanValidator : AbstractValidator<CreateActionPlan>
{
    public CreateActionPlanValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Employee).MustAsync((id, ct) => employees.AnyAsync(new EmployeeByIdSpec(scope.Current, id), ct))
            .WithText("Pegawai tidak ditemukan dalam cakupan Anda.", "The employee was not found within your scope.");
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Supervisor).Required().MaxChars(200);
        RuleFor(x => x.Goals).Required();
        RuleForEach(x => x.Goals).ChildRules(g =>
        {
            g.RuleFor(x => x.Description).Required().MaxChars(1000);
            g.RuleFor(x => x.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
            g.RuleFor(x => x.Kpi).MaxChars(300);
        });
        RuleFor(x => x.Milestones).Required();
        RuleForEach(x => x.Milestones).ChildRules(m => m.RuleFor(x => x.Title).Required().MaxChars(300));
    }
}

internal sealed class CreateActionPlanHandler(IRepository<ActionPlan> plans, IReadRepository<Employee> employees, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<CreateActionPlan, ActionPlanId>
{
    public async Task<ActionPlanId> Handle(CreateActionPlan request, CancellationToken cancellationToken)
    {
        var employee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.Employee), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Pegawai", "Employee"), request.Employee.ToString());
        var plan = ActionPlan.Create(
            ActionPlanId.New(), employee, request.Title, request.RunId, request.Supervisor,
            request.Goals.Select(g => new ActionGoal(g.Description.Trim(), g.Competency is null ? null : CompetencyCode.From(g.Competency), g.Kpi?.Trim(), g.Target)),
            request.Milestones.Select(m => (m.Title, m.DueOn)));
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan.Id;
    }
}

internal sealed class CompleteMilestoneValidator : AbstractValidator<CompleteMilestone>
{
    public CompleteMilestoneValidator(IReadRepository<ActionPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.PlanId).MustAsync((id, ct) => plans.AnyAsync(new ActionPlanByIdSpec(scope.Current, id), ct))
            .WithText("Rencana aksi tidak ditemukan dalam cakupan Anda.", "The action plan was not found within your scope.");
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithText("Tanggal tidak boleh di masa depan.", "The day must not be in the future.");
        RuleFor(x => x.Evidence).Required().MaxChars(2000);
    }
}

internal sealed class CompleteMilestoneHandler(IRepository<ActionPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<CompleteMilestone, Unit>
{
    public Task<Unit> Handle(CompleteMilestone request, CancellationToken cancellationToken) =>
        FollowUpChange.ApplyAsync(plans, new ActionPlanByIdSpec(scope.Current, request.PlanId), Text.Pick("Rencana aksi", "Action plan"), request.PlanId.ToString(), plan => plan.CompleteMilestone(request.Milestone, request.On, request.Evidence), events, cancellationToken);
}

internal sealed class SignOffActionPlanValidator : AbstractValidator<SignOffActionPlan>
{
    public SignOffActionPlanValidator(IReadRepository<ActionPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.PlanId).MustAsync((id, ct) => plans.AnyAsync(new ActionPlanByIdSpec(scope.Current, id), ct))
            .WithText("Rencana aksi tidak ditemukan dalam cakupan Anda.", "The action plan was not found within your scope.");
        RuleFor(x => x.SignedOffBy).Required().MaxChars(200);
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithText("Tanggal tidak boleh di masa depan.", "The day must not be in the future.");
    }
}

internal sealed class SignOffActionPlanHandler(IRepository<ActionPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<SignOffActionPlan, Unit>
{
    public Task<Unit> Handle(SignOffActionPlan request, CancellationToken cancellationToken) =>
        FollowUpChange.ApplyAsync(plans, new ActionPlanByIdSpec(scope.Current, request.PlanId), Text.Pick("Rencana aksi", "Action plan"), request.PlanId.ToString(), plan => plan.SignOff(request.SignedOffBy, request.On), events, cancellationToken);
}

internal sealed class GetWhatIsDueValidator : AbstractValidator<GetWhatIsDue>
{
    public GetWhatIsDueValidator()
    {
        RuleFor(x => x.HorizonDays).InclusiveBetween(0, 366).WithText("Jangka hari harus 0 sampai 366.", "The horizon must be 0 to 366 days.");
        RuleFor(x => x.RegionCode).MaxChars(20);
    }
}

internal sealed class GetWhatIsDueHandler(
    IReadRepository<MentoringPlan> mentoring,
    IReadRepository<ActionPlan> actionPlans,
    IReadRepository<EvaluationPlan> evaluations,
    IReadRepository<Certificate> certificates,
    IReadRepository<CompetencyAssessment> assessments,
    IReadRepository<CourseRun> runs,
    IMediator mediator,
    ICallerScopeAccessor scope,
    RuleSetRegistry rules,
    TimeProvider time)
    : IRequestHandler<GetWhatIsDue, DueReport>
{
    public async Task<DueReport> Handle(GetWhatIsDue request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        if (request.RegionCode is { } region && !caller.CoversRegion(region))
        {
            throw new ScopeViolationException(caller, Text.Pick($"wilayah {region}", $"region {region}"));
        }

        var asOf = request.AsOf ?? time.Today();
        var until = asOf.AddDays(request.HorizonDays);
        var followUp = rules.InForce<FollowUpRuleSet>(asOf);
        var items = new List<DueItem>();
        static string Day(DateOnly d) => Text.Iso(d);

        foreach (var plan in await mentoring.ListAsync(new MentoringPlansSpec(caller, activeOnly: true), cancellationToken).ConfigureAwait(false))
        {
            if (plan.NextCheckInDue is { } due && due <= until)
            {
                items.Add(new DueItem(DueKind.MentoringCheckIn, due, due < asOf, plan.MenteeId, plan.RegionCode,
                    new LocalizedText($"Pertemuan mentoring {plan.Competency} jatuh tempo {Day(due)}.", $"Mentoring check-in on {plan.Competency} due {Day(due)}."), $"mentoring:{plan.Id}"));
            }
        }

        foreach (var plan in await actionPlans.ListAsync(new ActionPlansSpec(caller, activeOnly: true), cancellationToken).ConfigureAwait(false))
        {
            foreach (var milestone in plan.Milestones.Where(m => m.CompletedOn is null && m.DueOn <= until))
            {
                var overdue = milestone.IsOverdueOn(asOf);
                items.Add(new DueItem(overdue ? DueKind.MilestoneOverdue : DueKind.MilestoneDue, milestone.DueOn, overdue, plan.EmployeeId, plan.RegionCode,
                    new LocalizedText($"Rencana aksi \"{plan.Title}\", tahap {milestone.Number} \"{milestone.Title}\": jatuh tempo {Day(milestone.DueOn)}.", $"Action plan \"{plan.Title}\", milestone {milestone.Number} \"{milestone.Title}\": due {Day(milestone.DueOn)}."),
                    $"action-plan:{plan.Id}:{milestone.Number}"));
            }
        }

        foreach (var plan in await evaluations.ListAsync(new EvaluationPlansSpec(caller), cancellationToken).ConfigureAwait(false))
        {
            foreach (var state in plan.StatusOn(asOf).Where(s => s.Status is MeasurementStatus.Due or MeasurementStatus.Overdue || (s.Status == MeasurementStatus.Upcoming && s.DueOn <= until)))
            {
                var missing = state.Status == MeasurementStatus.Overdue;
                items.Add(new DueItem(missing ? DueKind.EvaluationMissing : DueKind.EvaluationDue, state.DueOn, missing, null, plan.RegionCode,
                    new LocalizedText($"Evaluasi {plan.Title}: {state.Measurement.Code} ({state.Measurement.Level}) jatuh tempo {Day(state.DueOn)} sampai {Day(state.LastDay)}.", $"Evaluation of {plan.Title}: {state.Measurement.Code} ({state.Measurement.Level}) due {Day(state.DueOn)} to {Day(state.LastDay)}."),
                    $"evaluation:{plan.Id}:{state.Measurement.Code}"));
            }
        }

        foreach (var certificate in await certificates.ListAsync(new CertificatesSpec(caller), cancellationToken).ConfigureAwait(false))
        {
            var standing = certificate.StandingOn(asOf, followUp.CertificateHorizonDays);
            if (standing is CertificateStanding.Expiring or CertificateStanding.Expired)
            {
                var expired = standing == CertificateStanding.Expired;
                items.Add(new DueItem(expired ? DueKind.CertificateExpired : DueKind.CertificateExpiring, certificate.ValidUntil!.Value, expired, certificate.EmployeeId, certificate.RegionCode,
                    new LocalizedText($"Sertifikat {certificate.CourseCode} berlaku sampai {Day(certificate.ValidUntil.Value)}: sertifikasi ulang.", $"Certificate {certificate.CourseCode} valid until {Day(certificate.ValidUntil.Value)}: recertify."),
                    $"certificate:{certificate.Id}"));
            }
        }

        foreach (var assessment in await assessments.ListAsync(new AssessmentsSpec(caller, status: AssessmentStatus.Pending), cancellationToken).ConfigureAwait(false))
        {
            items.Add(new DueItem(DueKind.AssessmentToConfirm, assessment.AssessedOn, false, assessment.EmployeeId, assessment.RegionCode,
                new LocalizedText($"Bukti kompetensi ({assessment.Source}) menunggu konfirmasi atasan.", $"Competency evidence ({assessment.Source}) waits for the supervisor's confirmation."),
                $"assessment:{assessment.Id}"));
        }

        foreach (var run in await runs.ListAsync(new CourseRunsSpec(caller, status: RunStatus.Scheduled), cancellationToken).ConfigureAwait(false))
        {
            if (run.Start >= asOf && run.Start <= until)
            {
                var confirmed = run.Enrolments.Count(e => e.Status == EnrolmentStatus.Confirmed);
                items.Add(new DueItem(DueKind.RunStarting, run.Start, false, null, run.RegionCode,
                    new LocalizedText($"Run {run.CourseCode} mulai {Day(run.Start)}: {confirmed} terkonfirmasi (minimal {run.MinSeats}).", $"Run {run.CourseCode} starts {Day(run.Start)}: {confirmed} confirmed (minimum {run.MinSeats})."),
                    $"run:{run.Id}"));
            }
        }

        if (asOf.Month >= followUp.EntitlementWarningMonth)
        {
            var compliance = await mediator.Send(new GetJpCompliance(asOf.Year, RegionCode: request.RegionCode), cancellationToken).ConfigureAwait(false);
            var yearEnd = new DateOnly(asOf.Year, 12, 31);
            foreach (var standing in compliance.Employees.Where(e => !e.Standing.Compliant))
            {
                items.Add(new DueItem(DueKind.BelowJpEntitlement, yearEnd, false, standing.Standing.EmployeeId, standing.RegionCode,
                    new LocalizedText($"{standing.Name}: {Jp(standing.Standing.Jp)} JP, kurang {Jp(standing.Standing.ShortfallJp)} JP sebelum akhir tahun.", $"{standing.Name}: {Jp(standing.Standing.Jp)} JP, {Jp(standing.Standing.ShortfallJp)} JP short before the year ends."),
                    $"jp:{standing.Nip}:{asOf.Year}"));
            }
        }

        var ordered = items
            .Where(i => request.RegionCode is null || i.RegionCode == request.RegionCode)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.Reference, StringComparer.Ordinal)
            .ToArray();
        return new DueReport(asOf, request.HorizonDays, ordered);
    }

    private static string Jp(decimal jp) => Rounding.HalfAwayFromZero(jp, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
