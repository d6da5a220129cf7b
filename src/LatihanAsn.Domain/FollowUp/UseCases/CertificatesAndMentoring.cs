using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>Which certificates to list.</summary>
public enum CertificateFilter
{
    /// <summary>Every certificate.</summary>
    All = 0,

    /// <summary>Valid ones, including those expiring soon.</summary>
    Valid = 1,

    /// <summary>Valid ones expiring within the given days.</summary>
    Expiring = 2,

    /// <summary>Expired ones that were not renewed.</summary>
    Expired = 3,
}

/// <summary>A certificate with its standing on a day.</summary>
/// <param name="CertificateId">The certificate.</param>
/// <param name="Employee">The holder.</param>
/// <param name="CourseCode">The course.</param>
/// <param name="CourseTitle">Its title.</param>
/// <param name="IssuedOn">The issue day.</param>
/// <param name="ValidUntil">Its last valid day, if it expires.</param>
/// <param name="Standing">Its standing.</param>
/// <param name="DaysLeft">Days until it expires (negative when expired), if it expires.</param>
public sealed record CertificateView(CertificateId CertificateId, EmployeeId Employee, string CourseCode, string CourseTitle, DateOnly IssuedOn, DateOnly? ValidUntil, CertificateStanding Standing, int? DaysLeft);

/// <summary>Lists certificates in the caller's scope: valid, expiring within some days, or expired (not renewed).</summary>
/// <param name="Filter">Which.</param>
/// <param name="AsOf">The day (default: today).</param>
/// <param name="WithinDays">For <see cref="CertificateFilter.Expiring"/>: the horizon (default: the rule set's, 60 days).</param>
/// <param name="Employee">Only this employee's, if given.</param>
public sealed record GetCertificates(CertificateFilter Filter = CertificateFilter.All, DateOnly? AsOf = null, int? WithinDays = null, EmployeeId? Employee = null) : IRequest<IReadOnlyList<CertificateView>>;

/// <summary>Someone to find a mentor for.</summary>
/// <param name="Mentee">The mentee, in the caller's scope.</param>
/// <param name="Competency">The competency code.</param>
/// <param name="TargetLevel">The level they aim at, 1-5.</param>
public sealed record MentorRequestInput(EmployeeId Mentee, string Competency, int TargetLevel);

/// <summary>
/// Proposes mentors for mentees, in the order given (<see cref="MentorMatchingRule"/>): among employees of the caller's
/// scope whose confirmed level exceeds the target, preferring the same OPD, then region, within the load limit.
/// </summary>
/// <param name="Requests">Who needs a mentor.</param>
public sealed record FindMentors(IReadOnlyList<MentorRequestInput> Requests) : IRequest<IReadOnlyList<MentorMatch>>;

/// <summary>
/// Starts a mentoring plan: the mentor's confirmed level must exceed the target, the mentor must not be the mentee and
/// must be within the load limit. Returns the plan's identifier.
/// </summary>
/// <param name="Mentor">The mentor, in the caller's scope.</param>
/// <param name="Mentee">The mentee, in the caller's scope.</param>
/// <param name="Competency">The competency code.</param>
/// <param name="TargetLevel">The mentee's target, 1-5.</param>
/// <param name="CadenceDays">Days between check-ins, 1-90.</param>
/// <param name="StartsOn">The first day.</param>
public sealed record StartMentoring(EmployeeId Mentor, EmployeeId Mentee, string Competency, int TargetLevel, int CadenceDays, DateOnly StartsOn) : IRequest<MentoringPlanId>;

/// <summary>Records a mentoring check-in.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="On">Its day; not in the future.</param>
/// <param name="Notes">What was discussed.</param>
/// <param name="Progress">Progress, 1-5.</param>
public sealed record RecordMentoringCheckIn(MentoringPlanId PlanId, DateOnly On, string Notes, int Progress) : IRequest<Unit>;

/// <summary>
/// Ends a mentoring plan with the mentor's assessment, recorded as a pending assessment (source mentor) of the mentee:
/// evidence for the closed loop, confirmed or rejected by the supervisor. Returns the assessment's identifier.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="On">The last day; not in the future.</param>
/// <param name="AssessedLevel">The level the mentor assesses, 1-5.</param>
/// <param name="Notes">The mentor's notes (the evidence).</param>
public sealed record CompleteMentoring(MentoringPlanId PlanId, DateOnly On, int AssessedLevel, string Notes) : IRequest<AssessmentId>;

internal sealed class GetCertificatesValidator : AbstractValidator<GetCertificates>
{
    public GetCertificatesValidator()
    {
        RuleFor(x => x.Filter).KnownValue();
        RuleFor(x => x.WithinDays).InclusiveBetween(0, 3650).When(x => x.WithinDays.HasValue)
            .WithText("Jangka hari harus 0 sampai 3.650.", "The horizon must be 0 to 3,650 days.");
    }
}

internal sealed class GetCertificatesHandler(IReadRepository<Certificate> certificates, ICallerScopeAccessor scope, RuleSetRegistry rules, TimeProvider time)
    : IRequestHandler<GetCertificates, IReadOnlyList<CertificateView>>
{
    public async Task<IReadOnlyList<CertificateView>> Handle(GetCertificates request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? time.Today();
        var horizon = request.WithinDays ?? rules.InForce<FollowUpRuleSet>(asOf).CertificateHorizonDays;
        IReadOnlyList<CertificateView> views = (await certificates.ListAsync(new CertificatesSpec(scope.Current, request.Employee), cancellationToken).ConfigureAwait(false))
            .Select(c => new CertificateView(c.Id, c.EmployeeId, c.CourseCode, c.CourseTitle, c.IssuedOn, c.ValidUntil, c.StandingOn(asOf, horizon), c.ValidUntil is { } until ? until.DayNumber - asOf.DayNumber : null))
            .Where(v => request.Filter switch
            {
                CertificateFilter.Valid => v.Standing is CertificateStanding.Valid or CertificateStanding.Expiring,
                CertificateFilter.Expiring => v.Standing == CertificateStanding.Expiring,
                CertificateFilter.Expired => v.Standing == CertificateStanding.Expired,
                _ => true,
            })
            .ToArray();
        return views;
    }
}

/// <summary>Loads mentor candidates: employees of the scope with their confirmed levels and their load.</summary>
internal sealed class MentorPool(ProfileLoader profiles, IReadRepository<MentoringPlan> mentoring, RuleSetRegistry rules)
{
    public async Task<(IReadOnlyList<MentorCandidate> Candidates, int LoadLimit)> LoadAsync(CallerScope scope, DateOnly asOf, IReadOnlyCollection<EmployeeId>? only, CancellationToken cancellationToken)
    {
        var snapshots = await profiles.LoadAsync(scope, asOf, null, null, only, cancellationToken).ConfigureAwait(false);
        var ids = snapshots.Select(s => s.Employee.Id).ToArray();
        var load = (await mentoring.ListAsync(new ActiveMentoringOfMentorsSpec(ids), cancellationToken).ConfigureAwait(false))
            .GroupBy(p => p.MentorId).ToDictionary(g => g.Key, g => g.Count());
        var candidates = snapshots
            .Select(s => new MentorCandidate(s.Employee.Id, s.Employee.Nip, s.Profile.Entries.ToDictionary(e => e.Competency, e => e.Level.Value), s.Employee.RegionCode, s.Employee.OpdCode, load.GetValueOrDefault(s.Employee.Id)))
            .ToArray();
        return (candidates, rules.InForce<FollowUpRuleSet>(asOf).MentorLoadLimit);
    }
}

internal sealed class FindMentorsValidator : AbstractValidator<FindMentors>
{
    public FindMentorsValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Requests).Required();
        RuleForEach(x => x.Requests).ChildRules(r =>
        {
            r.RuleFor(x => x.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
            r.RuleFor(x => x.TargetLevel).LevelInRange();
        });
        RuleFor(x => x.Requests).CustomAsync(async (requests, context, ct) =>
        {
            if (requests is null || requests.Count == 0)
            {
                return;
            }

            var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: requests.Select(r => r.Mentee).Distinct().ToArray()), ct).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
            for (var i = 0; i < requests.Count; i++)
            {
                if (!found.Contains(requests[i].Mentee))
                {
                    context.AddFailure($"Requests[{i}].Mentee", Text.Pick("Pegawai tidak ditemukan dalam cakupan Anda.", "The employee was not found within your scope."));
                }
            }
        });
    }
}

internal sealed class FindMentorsHandler(MentorPool pool, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time)
    : IRequestHandler<FindMentors, IReadOnlyList<MentorMatch>>
{
    public async Task<IReadOnlyList<MentorMatch>> Handle(FindMentors request, CancellationToken cancellationToken)
    {
        var (candidates, limit) = await pool.LoadAsync(scope.Current, time.Today(), null, cancellationToken).ConfigureAwait(false);
        var mentees = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: request.Requests.Select(r => r.Mentee).Distinct().ToArray()), cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Id);
        var requests = request.Requests.Select(r => new MenteeRequest(r.Mentee, CompetencyCode.From(r.Competency), r.TargetLevel, mentees[r.Mentee].RegionCode, mentees[r.Mentee].OpdCode));
        return MentorMatchingRule.Match(requests, candidates, limit);
    }
}

internal sealed class StartMentoringValidator : AbstractValidator<StartMentoring>
{
    public StartMentoringValidator(MentorPool pool, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
            .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
        RuleFor(x => x.TargetLevel).LevelInRange();
        RuleFor(x => x.CadenceDays).InclusiveBetween(1, 90).WithText("Irama pertemuan harus 1 sampai 90 hari.", "The cadence must be 1 to 90 days.");
        RuleFor(x => x.Mentor).NotEqual(x => x.Mentee).WithText("Pegawai tidak dapat membimbing dirinya sendiri.", "No one mentors themself.");
        RuleFor(x => x.Mentee).MustAsync((id, ct) => employees.AnyAsync(new EmployeeByIdSpec(scope.Current, id), ct))
            .WithText("Mentee tidak ditemukan dalam cakupan Anda.", "The mentee was not found within your scope.");
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            if (request.Mentor == request.Mentee || !CompetencyCode.TryFrom(request.Competency, out var code))
            {
                return;
            }

            var (candidates, limit) = await pool.LoadAsync(scope.Current, time.Today(), [request.Mentor], ct).ConfigureAwait(false);
            var mentor = candidates.SingleOrDefault();
            if (mentor is null)
            {
                context.AddFailure(nameof(request.Mentor), Text.Pick("Mentor tidak ditemukan dalam cakupan Anda.", "The mentor was not found within your scope."));
            }
            else if (!mentor.ConfirmedLevels.TryGetValue(code, out var level) || level <= request.TargetLevel)
            {
                context.AddFailure(nameof(request.Mentor), Text.Pick(
                    $"Tingkat {code} mentor yang terkonfirmasi harus di atas target {request.TargetLevel}.",
                    $"The mentor's confirmed {code} level must be above the target {request.TargetLevel}."));
            }
            else if (mentor.ActiveMentees >= limit)
            {
                context.AddFailure(nameof(request.Mentor), Text.Pick($"Mentor sudah membimbing {mentor.ActiveMentees} orang (batas {limit}).", $"The mentor already guides {mentor.ActiveMentees} (limit {limit})."));
            }
        });
    }
}

internal sealed class StartMentoringHandler(IRepository<MentoringPlan> plans, IReadRepository<Employee> employees, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<StartMentoring, MentoringPlanId>
{
    public async Task<MentoringPlanId> Handle(StartMentoring request, CancellationToken cancellationToken)
    {
        var mentee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.Mentee), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Pegawai", "Employee"), request.Mentee.ToString());
        var plan = MentoringPlan.Start(MentoringPlanId.New(), request.Mentor, mentee, CompetencyCode.From(request.Competency), request.TargetLevel, request.CadenceDays, request.StartsOn);
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan.Id;
    }
}

internal sealed class RecordMentoringCheckInValidator : AbstractValidator<RecordMentoringCheckIn>
{
    public RecordMentoringCheckInValidator(IReadRepository<MentoringPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.PlanId).MustAsync((id, ct) => plans.AnyAsync(new MentoringPlanByIdSpec(scope.Current, id), ct))
            .WithText("Rencana mentoring tidak ditemukan dalam cakupan Anda.", "The mentoring plan was not found within your scope.");
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithText("Tanggal tidak boleh di masa depan.", "The day must not be in the future.");
        RuleFor(x => x.Notes).Required().MaxChars(4000);
        RuleFor(x => x.Progress).InclusiveBetween(1, 5).WithText("Kemajuan harus 1 sampai 5.", "Progress must be 1 to 5.");
    }
}

internal sealed class RecordMentoringCheckInHandler(IRepository<MentoringPlan> plans, ICallerScopeAccessor scope, DomainEventPublisher events) : IRequestHandler<RecordMentoringCheckIn, Unit>
{
    public Task<Unit> Handle(RecordMentoringCheckIn request, CancellationToken cancellationToken) =>
        FollowUpChange.ApplyAsync(plans, new MentoringPlanByIdSpec(scope.Current, request.PlanId), "Mentoring", request.PlanId.ToString(), plan => plan.RecordCheckIn(request.On, request.Notes, request.Progress), events, cancellationToken);
}

internal sealed class CompleteMentoringValidator : AbstractValidator<CompleteMentoring>
{
    public CompleteMentoringValidator(IReadRepository<MentoringPlan> plans, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.PlanId).MustAsync((id, ct) => plans.AnyAsync(new MentoringPlanByIdSpec(scope.Current, id), ct))
            .WithText("Rencana mentoring tidak ditemukan dalam cakupan Anda.", "The mentoring plan was not found within your scope.");
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithText("Tanggal tidak boleh di masa depan.", "The day must not be in the future.");
        RuleFor(x => x.AssessedLevel).LevelInRange();
        RuleFor(x => x.Notes).Required().MaxChars(4000);
    }
}

internal sealed class CompleteMentoringHandler(IRepository<MentoringPlan> plans, IRepository<CompetencyAssessment> assessments, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<CompleteMentoring, AssessmentId>
{
    public async Task<AssessmentId> Handle(CompleteMentoring request, CancellationToken cancellationToken)
    {
        var plan = await plans.FirstOrDefaultAsync(new MentoringPlanByIdSpec(scope.Current, request.PlanId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException("Mentoring", request.PlanId.ToString());
        var mentee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, plan.MenteeId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Pegawai", "Employee"), plan.MenteeId.ToString());
        plan.Complete(request.On, request.AssessedLevel);
        var now = time.GetUtcNow();
        var assessment = CompetencyAssessment.Record(
            AssessmentId.New(), mentee, AssessmentSource.Mentor, request.On, $"Mentor {plan.MentorId}",
            [new AssessedLevel(plan.Competency, ProficiencyLevel.From(request.AssessedLevel))], now, pending: true,
            [new EvidenceItem(now, request.Notes.Trim(), $"mentoring:{plan.Id}")]);
        await plans.UpdateAsync(plan, cancellationToken).ConfigureAwait(false);
        await assessments.AddAsync(assessment, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([plan, assessment], cancellationToken).ConfigureAwait(false);
        return assessment.Id;
    }
}
