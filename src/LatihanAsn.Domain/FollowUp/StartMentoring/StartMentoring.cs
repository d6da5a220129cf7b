using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

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
[RequiresCapability(Capabilities.FollowUpManage)]
public sealed record StartMentoring(EmployeeId Mentor, EmployeeId Mentee, string Competency, int TargetLevel, int CadenceDays, DateOnly StartsOn) : IRequest<MentoringPlanId>;

internal sealed class StartMentoringValidator : AbstractValidator<StartMentoring>
{
    public StartMentoringValidator()
    {
        RuleFor(x => x.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
            .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
        RuleFor(x => x.TargetLevel).LevelInRange();
        RuleFor(x => x.CadenceDays).InclusiveBetween(1, 90).WithMessage(_ => Messages.Get("FollowUp_CadenceMust1To90Days"));
        RuleFor(x => x.Mentor).NotEqual(x => x.Mentee).WithMessage(_ => Messages.Get("FollowUp_NoOneMentorsThemself"));
    }
}

internal sealed class StartMentoringHandler(IRepository<MentoringPlan> plans, IReadRepository<Employee> employees, MentorPool pool, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<StartMentoring, MentoringPlanId>
{
    public async Task<MentoringPlanId> Handle(StartMentoring request, CancellationToken cancellationToken)
    {
        var mentee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.Mentee), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.Mentee.ToString());
        var (candidates, limit) = await pool.LoadAsync(scope.Current, time.Today(), [request.Mentor], cancellationToken).ConfigureAwait(false);
        var mentor = candidates.SingleOrDefault() ?? throw new NotFoundInScopeException("Mentor", request.Mentor.ToString());
        var competency = CompetencyCode.From(request.Competency);
        MentorPool.EnsureQualified(mentor, competency, request.TargetLevel, limit);
        var plan = MentoringPlan.Start(MentoringPlanId.New(), mentor.Mentor, mentee, competency, request.TargetLevel, request.CadenceDays, request.StartsOn);
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan.Id;
    }
}
