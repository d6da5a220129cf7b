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
public sealed record ExplainTrainingPlan(TrainingPlanId PlanId) : IRequest<TrainingPlanExplanation>;

internal sealed class ExplainTrainingPlanValidator : AbstractValidator<ExplainTrainingPlan>
{
    public ExplainTrainingPlanValidator() => RuleFor(x => x.PlanId).Required();
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
