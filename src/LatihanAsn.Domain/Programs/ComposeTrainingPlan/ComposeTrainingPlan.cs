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
[RequiresCapability(Capabilities.PlanCompose)]
public sealed record ComposeTrainingPlan(string Title, int Year, decimal Budget, string OwnerOpdCode, string? RegionCode = null, string? OpdCode = null, SurveyId? SurveyId = null, CompositionMethod Method = CompositionMethod.Auto) : IRequest<ComposedPlan>;

internal sealed class ComposeTrainingPlanValidator : AbstractValidator<ComposeTrainingPlan>
{
    public ComposeTrainingPlanValidator(TimeProvider time)
    {
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Year).Must(y => y >= time.Today().Year && y <= time.Today().Year + 5)
            .WithMessage(_ => Messages.Get("Programs_PlanYearMustYearOrUp"));
        RuleFor(x => x.Budget).InclusiveBetween(0m, 1_000_000_000_000_000m)
            .WithMessage(_ => Messages.Get("Programs_BudgetMustBetween0And10"));
        RuleFor(x => x.Method).KnownValue();
        RuleFor(x => x.OwnerOpdCode).Required().MaxChars(50);
        RuleFor(x => x.RegionCode).MaxChars(20);
        RuleFor(x => x.OpdCode).MaxChars(50);
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
        await ScopeGuard.EnsureWithinAsync(caller, request.RegionCode, request.OpdCode, opds, cancellationToken).ConfigureAwait(false);
        var owner = await Load.OpdAsync(opds, caller, request.OwnerOpdCode, cancellationToken).ConfigureAwait(false);
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
