using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.NeedsAnalysis;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

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
[RequiresCapability(Capabilities.FollowUpManage)]
public sealed record GetWhatIsDue(DateOnly? AsOf = null, int HorizonDays = 7, string? RegionCode = null) : IRequest<DueReport>;

internal sealed class GetWhatIsDueValidator : AbstractValidator<GetWhatIsDue>
{
    public GetWhatIsDueValidator()
    {
        RuleFor(x => x.HorizonDays).InclusiveBetween(0, 366).WithMessage(_ => Messages.Get("FollowUp_HorizonMust0To366Days"));
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
        ScopeGuard.EnsureRegion(caller, request.RegionCode);

        var asOf = request.AsOf ?? time.Today();
        var until = asOf.AddDays(request.HorizonDays);
        var followUp = rules.InForce<FollowUpRuleSet>(asOf);
        var items = new List<DueItem>();
        static string Day(DateOnly d) => Text.Iso(d);

        foreach (var plan in await mentoring.ListAsync(new MentoringPlansSpec(caller, activeOnly: true).ReadOnly(), cancellationToken).ConfigureAwait(false))
        {
            if (plan.NextCheckInDue is { } due && due <= until)
            {
                items.Add(new DueItem(DueKind.MentoringCheckIn, due, due < asOf, plan.MenteeId, plan.RegionCode,
                    Messages.Both("FollowUp_MentoringCheckInOnDue", plan.Competency, Day(due)), $"mentoring:{plan.Id}"));
            }
        }

        foreach (var plan in await actionPlans.ListAsync(new ActionPlansSpec(caller, activeOnly: true).ReadOnly(), cancellationToken).ConfigureAwait(false))
        {
            foreach (var milestone in plan.Milestones.Where(m => m.CompletedOn is null && m.DueOn <= until))
            {
                var overdue = milestone.IsOverdueOn(asOf);
                items.Add(new DueItem(overdue ? DueKind.MilestoneOverdue : DueKind.MilestoneDue, milestone.DueOn, overdue, plan.EmployeeId, plan.RegionCode,
                    Messages.Both("FollowUp_ActionPlanMilestoneDue", plan.Title, milestone.Number, milestone.Title, Day(milestone.DueOn)),
                    $"action-plan:{plan.Id}:{milestone.Number}"));
            }
        }

        foreach (var plan in await evaluations.ListAsync(new EvaluationPlansSpec(caller).ReadOnly(), cancellationToken).ConfigureAwait(false))
        {
            foreach (var state in plan.StatusOn(asOf).Where(s => s.Status is MeasurementStatus.Due or MeasurementStatus.Overdue || (s.Status == MeasurementStatus.Upcoming && s.DueOn <= until)))
            {
                var missing = state.Status == MeasurementStatus.Overdue;
                items.Add(new DueItem(missing ? DueKind.EvaluationMissing : DueKind.EvaluationDue, state.DueOn, missing, null, plan.RegionCode,
                    Messages.Both("FollowUp_EvaluationDueTo", plan.Title, state.Measurement.Code, state.Measurement.Level, Day(state.DueOn), Day(state.LastDay)),
                    $"evaluation:{plan.Id}:{state.Measurement.Code}"));
            }
        }

        foreach (var certificate in await certificates.ListAsync(new CertificatesSpec(caller).ReadOnly(), cancellationToken).ConfigureAwait(false))
        {
            var standing = certificate.StandingOn(asOf, followUp.CertificateHorizonDays);
            if (standing is CertificateStanding.Expiring or CertificateStanding.Expired)
            {
                var expired = standing == CertificateStanding.Expired;
                items.Add(new DueItem(expired ? DueKind.CertificateExpired : DueKind.CertificateExpiring, certificate.ValidUntil!.Value, expired, certificate.EmployeeId, certificate.RegionCode,
                    Messages.Both("FollowUp_CertificateValidUntilRecertify", certificate.CourseCode, Day(certificate.ValidUntil.Value)),
                    $"certificate:{certificate.Id}"));
            }
        }

        foreach (var assessment in await assessments.ListAsync(new AssessmentsSpec(caller, status: AssessmentStatus.Pending).ReadOnly(), cancellationToken).ConfigureAwait(false))
        {
            items.Add(new DueItem(DueKind.AssessmentToConfirm, assessment.AssessedOn, false, assessment.EmployeeId, assessment.RegionCode,
                Messages.Both("FollowUp_CompetencyEvidenceWaitsForSupervisorsConfirmation", assessment.Source),
                $"assessment:{assessment.Id}"));
        }

        foreach (var run in await runs.ListAsync(new CourseRunsSpec(caller, status: RunStatus.Scheduled).ReadOnly(), cancellationToken).ConfigureAwait(false))
        {
            if (run.Start >= asOf && run.Start <= until)
            {
                var confirmed = run.Enrolments.Count(e => e.Status == EnrolmentStatus.Confirmed);
                items.Add(new DueItem(DueKind.RunStarting, run.Start, false, null, run.RegionCode,
                    Messages.Both("FollowUp_RunStartsConfirmedMinimum", run.CourseCode, Day(run.Start), confirmed, run.MinSeats),
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
                    Messages.Both("FollowUp_JPJPShortBeforeYearEnds", standing.Name, Jp(standing.Standing.Jp), Jp(standing.Standing.ShortfallJp)),
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
