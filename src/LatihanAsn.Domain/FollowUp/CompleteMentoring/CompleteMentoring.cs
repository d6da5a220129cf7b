using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>
/// Ends a mentoring plan with the mentor's assessment, recorded as a pending assessment (source mentor) of the mentee:
/// evidence for the closed loop, confirmed or rejected by the supervisor. Returns the assessment's identifier.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="On">The last day; not in the future.</param>
/// <param name="AssessedLevel">The level the mentor assesses, 1-5.</param>
/// <param name="Notes">The mentor's notes (the evidence).</param>
[RequiresCapability(Capabilities.FollowUpManage)]
public sealed record CompleteMentoring(MentoringPlanId PlanId, DateOnly On, int AssessedLevel, string Notes) : IRequest<AssessmentId>;

internal sealed class CompleteMentoringValidator : AbstractValidator<CompleteMentoring>
{
    public CompleteMentoringValidator(TimeProvider time)
    {
        RuleFor(x => x.On).Must(d => d <= time.Today()).WithMessage(_ => Messages.Get("FollowUp_DayMustNotInFuture"));
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
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), plan.MenteeId.ToString());
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
