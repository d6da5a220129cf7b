using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A performance appraisal result against its target (PP 11/2017 art. 206: the performance gap).</summary>
/// <param name="Year">The appraisal year.</param>
/// <param name="Result">The appraisal result.</param>
/// <param name="Target">The position's performance target, on the same scale.</param>
public sealed record PerformanceGap(int Year, decimal Result, decimal Target)
{
    /// <summary>Gets target minus result: positive when performance is below target.</summary>
    public decimal Gap => Target - Result;

    /// <summary>Gets whether performance is below target.</summary>
    public bool IsBelowTarget => Gap > 0m;
}

/// <summary>One competency of an employee's needs: the gap against the position held and against the one to be held.</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Held">The gap against the position held, if its standard requires the competency.</param>
/// <param name="ToBeHeld">The gap against the position to be held, if named and its standard requires the competency.</param>
public sealed record CompetencyNeed(CompetencyCode Competency, CompetencyGap? Held, CompetencyGap? ToBeHeld)
{
    /// <summary>Gets the larger positive gap of the two, 0 when met, <see langword="null"/> when not assessed.</summary>
    public int? Shortfall
    {
        get
        {
            // Read for every need of a province by the register and the composer: no allocation.
            var held = Held?.Gap;
            var toBeHeld = ToBeHeld?.Gap;
            if (held is null && toBeHeld is null)
            {
                return null;
            }

            return Math.Max(0, Math.Max(held ?? int.MinValue, toBeHeld ?? int.MinValue));
        }
    }

    /// <summary>Gets whether the competency is a training need (a positive gap against either position).</summary>
    public bool IsTrainingNeed => Shortfall > 0;
}

/// <summary>The overall finding of an individual needs analysis.</summary>
public enum IndividualNeedVerdict
{
    /// <summary>Every required competency is met and performance is on target.</summary>
    NoNeed = 0,

    /// <summary>At least one competency is below a requirement: a training need.</summary>
    TrainingNeed = 1,

    /// <summary>Performance is below target while every competency is met: not a training need (art. 206).</summary>
    PerformanceGapOnly = 2,

    /// <summary>No gap found among the assessed competencies, but some required ones are not assessed.</summary>
    Incomplete = 3,
}

/// <summary>An employee's individual needs (PP 11/2017 art. 206).</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="AsOf">The day.</param>
/// <param name="Needs">One entry per competency required by either position, by code.</param>
/// <param name="Performance">The latest performance appraisal, if any.</param>
/// <param name="Verdict">The overall finding.</param>
/// <param name="Explanation">The finding in words.</param>
public sealed record IndividualNeeds(EmployeeId EmployeeId, DateOnly AsOf, IReadOnlyList<CompetencyNeed> Needs, PerformanceGap? Performance, IndividualNeedVerdict Verdict, LocalizedText Explanation);

/// <summary>
/// Individual needs: the competency gap against the position held and, where one is named (promotion, talent pool),
/// the position to be held, with the performance gap beside it. A performance gap with no competency gap is not a
/// training need (art. 206): the verdict says so, so that it is not sent to training. Pure and thread-safe.
/// </summary>
public static class IndividualNeedsRule
{
    /// <summary>Evaluates an employee's needs.</summary>
    /// <param name="employeeId">The employee.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="held">Gaps against the position held.</param>
    /// <param name="toBeHeld">Gaps against the position to be held, if any.</param>
    /// <param name="performance">The latest appraisal, if any.</param>
    /// <returns>The needs.</returns>
    public static IndividualNeeds Evaluate(EmployeeId employeeId, DateOnly asOf, IReadOnlyList<CompetencyGap> held, IReadOnlyList<CompetencyGap>? toBeHeld, PerformanceGap? performance)
    {
        Guard.Against.Null(held);
        var heldBy = held.ToDictionary(g => g.Competency);
        var nextBy = (toBeHeld ?? []).ToDictionary(g => g.Competency);
        var needs = heldBy.Keys.Union(nextBy.Keys).Order()
            .Select(c => new CompetencyNeed(c, heldBy.GetValueOrDefault(c), nextBy.GetValueOrDefault(c)))
            .ToArray();
        var training = needs.Where(n => n.IsTrainingNeed).ToArray();
        var unassessed = needs.Where(n => n.Shortfall is null || (n.Held?.Actual is null && n.Held is not null) || (n.ToBeHeld?.Actual is null && n.ToBeHeld is not null)).ToArray();
        IndividualNeedVerdict verdict;
        LocalizedText explanation;
        if (training.Length > 0)
        {
            var list = string.Join(", ", training.Select(n => $"{n.Competency} (-{n.Shortfall})"));
            verdict = IndividualNeedVerdict.TrainingNeed;
            explanation = Messages.Both("NeedsAnalysis_TrainingNeeds", list);
        }
        else if (performance?.IsBelowTarget == true)
        {
            verdict = IndividualNeedVerdict.PerformanceGapOnly;
            explanation = Messages.Both("NeedsAnalysis_PerformanceBelowTargetWhileEveryCompetency");
        }
        else if (unassessed.Length > 0)
        {
            var list = string.Join(", ", unassessed.Select(n => n.Competency.ToString()));
            verdict = IndividualNeedVerdict.Incomplete;
            explanation = Messages.Both("NeedsAnalysis_NotAssessedYet", list);
        }
        else
        {
            verdict = IndividualNeedVerdict.NoNeed;
            explanation = Messages.Both("NeedsAnalysis_EveryCompetencyMetAndPerformanceOn");
        }

        return new IndividualNeeds(employeeId, asOf, needs, performance, verdict, explanation);
    }
}
