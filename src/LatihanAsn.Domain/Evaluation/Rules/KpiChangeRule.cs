using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A key performance indicator of the trained unit, measured before and after the training.</summary>
/// <param name="Code">The KPI code, unique in the plan, for example <c>RESPONSE-HOURS</c>.</param>
/// <param name="Name">Its name, for example <c>Median waktu respons pengaduan</c>.</param>
/// <param name="Unit">Its unit, for example <c>jam</c> or <c>%</c>.</param>
/// <param name="Direction">Which way it improves.</param>
/// <param name="Target">The target value after the training, if any.</param>
public sealed record KpiDefinition(string Code, string Name, string Unit, KpiDirection Direction, decimal? Target = null);

/// <summary>One observed value of a KPI.</summary>
/// <param name="Kpi">The KPI code.</param>
/// <param name="Group">The trained group or a comparison group.</param>
/// <param name="Phase">Before or after the training.</param>
/// <param name="ObservedOn">The day (or period end) observed.</param>
/// <param name="Value">The value.</param>
/// <param name="Source">Where the value comes from, if noted (for example an SKM survey).</param>
public sealed record KpiObservation(string Kpi, ComparisonGroup Group, MeasurementPhase Phase, DateOnly ObservedOn, decimal Value, string? Source = null);

/// <summary>The before/after summary of one group's KPI series.</summary>
/// <param name="BeforeCount">How many before observations.</param>
/// <param name="BeforeMean">Their mean, unrounded.</param>
/// <param name="AfterCount">How many after observations.</param>
/// <param name="AfterMean">Their mean, unrounded.</param>
/// <param name="Change">After mean - before mean, unrounded.</param>
/// <param name="RelativeChangePercent">Change / |before mean| x 100, unrounded; <see langword="null"/> when the before mean is 0.</param>
/// <param name="Outcome">Whether the change is an improvement given the KPI's direction.</param>
/// <param name="Undefined">Why the change is undefined (no before or no after observation), if it is.</param>
/// <param name="RelativeUndefined">Why the relative change is undefined (as <paramref name="Undefined"/>, or a zero baseline), if it is.</param>
public sealed record KpiSeriesChange(int BeforeCount, decimal? BeforeMean, int AfterCount, decimal? AfterMean, decimal? Change, decimal? RelativeChangePercent, ChangeOutcome? Outcome, UndefinedReason? Undefined, UndefinedReason? RelativeUndefined);

/// <summary>The level 4 result of one KPI.</summary>
/// <param name="Kpi">The KPI.</param>
/// <param name="Trained">The trained group's change.</param>
/// <param name="Comparison">The comparison group's change, or <see langword="null"/> when no comparison observation exists.</param>
/// <param name="DifferenceInDifferences">Trained change - comparison change, unrounded; <see langword="null"/> unless both are defined.</param>
/// <param name="Outcome">The verdict of the KPI: the difference-in-differences judged by direction when it exists, otherwise the trained change's outcome.</param>
/// <param name="TargetMet">Whether the trained after mean reaches the target (at or below it when lower is better, at or above it otherwise); <see langword="null"/> without a target or after mean.</param>
public sealed record KpiChange(KpiDefinition Kpi, KpiSeriesChange Trained, KpiSeriesChange? Comparison, decimal? DifferenceInDifferences, ChangeOutcome? Outcome, bool? TargetMet);

/// <summary>
/// Level 4 (results): the change of a KPI series from before to after the training. Each phase is summarised by the
/// mean of its observations (a series of monthly medians gives the mean of the medians); change = after mean - before
/// mean; relative change = change / |before mean| x 100. The outcome reads the change by the KPI's direction: a fall
/// is an improvement when lower is better. With a comparison group, difference-in-differences = (trained after -
/// trained before) - (comparison after - comparison before), read by the same direction. All values unrounded; a
/// phase without observations gives an undefined change that says which is missing. Pure and thread-safe.
/// </summary>
public static class KpiChangeRule
{
    /// <summary>Reads a change by a direction.</summary>
    /// <param name="change">After - before.</param>
    /// <param name="direction">The KPI's direction.</param>
    /// <returns>Improved, unchanged or worsened.</returns>
    public static ChangeOutcome Outcome(decimal change, KpiDirection direction)
    {
        var sign = direction == KpiDirection.HigherIsBetter ? Math.Sign(change) : -Math.Sign(change);
        return (ChangeOutcome)sign;
    }

    /// <summary>Computes the change of one KPI.</summary>
    /// <param name="kpi">The KPI.</param>
    /// <param name="observations">Observations; those of other KPIs are ignored.</param>
    /// <returns>The change.</returns>
    /// <exception cref="DomainRuleException">Values so large that a mean or change is beyond <see cref="decimal"/>.</exception>
    public static KpiChange Compute(KpiDefinition kpi, IEnumerable<KpiObservation> observations)
    {
        Guard.Against.Null(kpi);
        Guard.Against.Null(observations);
        return Overflow.Guard(
            () => Change(kpi, observations),
            Messages.Both("Evaluation_ChangeKPIValuesTooLarge", kpi.Code));
    }

    private static KpiChange Change(KpiDefinition kpi, IEnumerable<KpiObservation> observations)
    {
        var code = Codes.Normalise(kpi.Code);
        var mine = observations.Where(o => o is not null && Codes.Normalise(o.Kpi) == code).ToArray();
        var trained = Series(mine.Where(o => o.Group == ComparisonGroup.Trained).ToArray(), kpi.Direction);
        var comparisonObservations = mine.Where(o => o.Group == ComparisonGroup.Comparison).ToArray();
        var comparison = comparisonObservations.Length == 0 ? null : Series(comparisonObservations, kpi.Direction);
        decimal? did = trained.Change is { } t && comparison?.Change is { } c ? t - c : null;
        var outcome = did is { } d ? Outcome(d, kpi.Direction) : trained.Outcome;
        bool? targetMet = kpi.Target is { } target && trained.AfterMean is { } after
            ? (kpi.Direction == KpiDirection.LowerIsBetter ? after <= target : after >= target)
            : null;
        return new KpiChange(kpi, trained, comparison, did, outcome, targetMet);
    }

    private static KpiSeriesChange Series(IReadOnlyList<KpiObservation> observations, KpiDirection direction)
    {
        var before = observations.Where(o => o.Phase == MeasurementPhase.Before).Select(o => o.Value).ToArray();
        var after = observations.Where(o => o.Phase == MeasurementPhase.After).Select(o => o.Value).ToArray();
        decimal? beforeMean = before.Length == 0 ? null : before.Sum() / before.Length;
        decimal? afterMean = after.Length == 0 ? null : after.Sum() / after.Length;
        if (beforeMean is not { } b || afterMean is not { } a)
        {
            var reason = before.Length == 0 ? UndefinedReason.NoBaseline : UndefinedReason.NoFollowUp;
            return new KpiSeriesChange(before.Length, beforeMean, after.Length, afterMean, null, null, null, reason, reason);
        }

        var change = a - b;
        decimal? relative = b == 0m ? null : change / Math.Abs(b) * 100m;
        return new KpiSeriesChange(before.Length, b, after.Length, a, change, relative, Outcome(change, direction), null, relative is null ? UndefinedReason.ZeroBaseline : null);
    }
}
