using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

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
[RequiresCapability(Capabilities.PlanCompose, Capabilities.PlanApprove)]
public sealed record ExplainTrainingPlan(TrainingPlanId PlanId) : IRequest<TrainingPlanExplanation>;

internal sealed class ExplainTrainingPlanValidator : AbstractValidator<ExplainTrainingPlan>
{
    public ExplainTrainingPlanValidator() => RuleFor(x => x.PlanId).Required();
}

internal sealed class ExplainTrainingPlanHandler(IReadRepository<TrainingPlan> plans, ICallerScopeAccessor scope) : IRequestHandler<ExplainTrainingPlan, TrainingPlanExplanation>
{
    public async Task<TrainingPlanExplanation> Handle(ExplainTrainingPlan request, CancellationToken cancellationToken)
    {
        var plan = await PlanChecks.ReadAsync(plans, scope.Current, request.PlanId, cancellationToken).ConfigureAwait(false);
        var t = plan.Totals;
        var money = Rounding.HalfAwayFromZero(t.Cost.Total, 0).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
        var open = plan.Unmet.Sum(u => u.Needs);
        var summary = Messages.Both(
            "Programs_PlanSummary",
            plan.Title,
            plan.Year,
            plan.Version,
            plan.Status,
            Messages.Count(t.Runs, "Programs_RunCount_One", "Programs_RunCount_Other"),
            Messages.Count(t.Participants, "Programs_ParticipantCount_One", "Programs_ParticipantCount_Other"),
            money,
            t.LevelsClosed,
            t.LevelsNeeded,
            t.NeedsClosed,
            t.Needs,
            t.CompliantBefore,
            t.CompliantAfter,
            t.Employees,
            Messages.Count(open, "Programs_OpenNeedCount_One", "Programs_OpenNeedCount_Other"));
        return new TrainingPlanExplanation(plan.Id, plan.Title, plan.Year, plan.Version, plan.Status, plan.ReturnReason, plan.Lines, plan.Totals, plan.Unmet, plan.Diagnostics, summary);
    }
}
