using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
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

/// <summary>
/// Creates an action plan (rencana aksi) for an employee of the caller's scope. Returns its identifier.
/// A run it names must be a course run in the caller's scope (otherwise <c>not_found</c>).
/// </summary>
/// <param name="Employee">The employee.</param>
/// <param name="Title">The title.</param>
/// <param name="RunId">The run it follows, if any.</param>
/// <param name="Supervisor">The supervisor who signs it off.</param>
/// <param name="Goals">Its goals.</param>
/// <param name="Milestones">Its milestones, in order.</param>
[RequiresCapability(Capabilities.FollowUpManage)]
public sealed record CreateActionPlan(EmployeeId Employee, string Title, CourseRunId? RunId, string Supervisor, IReadOnlyList<ActionGoalInput> Goals, IReadOnlyList<MilestoneInput> Milestones) : IRequest<ActionPlanId>;

internal sealed class CreateActionPlanValidator : AbstractValidator<CreateActionPlan>
{
    public CreateActionPlanValidator()
    {
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Supervisor).Required().MaxChars(200);
        RuleFor(x => x.Goals).Required();
        RuleForEach(x => x.Goals).ChildRules(g =>
        {
            g.RuleFor(x => x.Description).Required().MaxChars(1000);
            g.RuleFor(x => x.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            g.RuleFor(x => x.Kpi).MaxChars(300);
        });
        RuleFor(x => x.Milestones).Required();
        RuleForEach(x => x.Milestones).ChildRules(m => m.RuleFor(x => x.Title).Required().MaxChars(300));
    }
}

internal sealed class CreateActionPlanHandler(IRepository<ActionPlan> plans, IReadRepository<Employee> employees, IReadRepository<CourseRun> runs, ICallerScopeAccessor scope, DomainEventPublisher events)
    : IRequestHandler<CreateActionPlan, ActionPlanId>
{
    public async Task<ActionPlanId> Handle(CreateActionPlan request, CancellationToken cancellationToken)
    {
        var employee = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.Employee), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), request.Employee.ToString());
        if (request.RunId is { } run)
        {
            // Another region's run is not found, as a run that does not exist.
            await RunChecks.LoadAsync(runs, scope.Current, run, cancellationToken).ConfigureAwait(false);
        }

        var plan = ActionPlan.Create(
            ActionPlanId.New(), employee, request.Title, request.RunId, request.Supervisor,
            request.Goals.Select(g => new ActionGoal(g.Description.Trim(), g.Competency is null ? null : CompetencyCode.From(g.Competency), g.Kpi?.Trim(), g.Target)),
            request.Milestones.Select(m => (m.Title, m.DueOn)));
        await plans.AddAsync(plan, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan.Id;
    }
}
