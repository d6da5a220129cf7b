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
public sealed record StartMentoring(EmployeeId Mentor, EmployeeId Mentee, string Competency, int TargetLevel, int CadenceDays, DateOnly StartsOn) : IRequest<MentoringPlanId>;

internal sealed class StartMentoringValidator : AbstractValidator<StartMentoring>
{
    public StartMentoringValidator(MentorPool pool, IReadRepository<Employee> employees, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
            .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
        RuleFor(x => x.TargetLevel).LevelInRange();
        RuleFor(x => x.CadenceDays).InclusiveBetween(1, 90).WithMessage(_ => Messages.Get("FollowUp_CadenceMust1To90Days"));
        RuleFor(x => x.Mentor).NotEqual(x => x.Mentee).WithMessage(_ => Messages.Get("FollowUp_NoOneMentorsThemself"));
        RuleFor(x => x.Mentee).MustAsync((id, ct) => employees.AnyAsync(new EmployeeByIdSpec(scope.Current, id), ct))
            .WithMessage(_ => Messages.Get("FollowUp_MenteeNotFoundScope"));
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
                context.AddFailure(nameof(request.Mentor), Messages.Get("FollowUp_MentorNotFoundScope"));
            }
            else if (!mentor.ConfirmedLevels.TryGetValue(code, out var level) || level <= request.TargetLevel)
            {
                context.AddFailure(nameof(request.Mentor), Messages.Get("FollowUp_MentorsConfirmedLevelMustAboveTarget", code, request.TargetLevel));
            }
            else if (mentor.ActiveMentees >= limit)
            {
                context.AddFailure(nameof(request.Mentor), Messages.Get("FollowUp_MentorAlreadyGuidesLimit", mentor.ActiveMentees, limit));
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
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.Mentee.ToString());
        var plan = MentoringPlan.Start(MentoringPlanId.New(), request.Mentor, mentee, CompetencyCode.From(request.Competency), request.TargetLevel, request.CadenceDays, request.StartsOn);
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan.Id;
    }
}
