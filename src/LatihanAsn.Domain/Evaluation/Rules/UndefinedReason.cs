using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// Why a score could not be computed. Evaluation rules return an explicit undefined result with one of these
/// reasons instead of a wrong number or an exception, because each is an expected outcome of real data.
/// </summary>
public enum UndefinedReason
{
    /// <summary>There are no answers or observations to compute from.</summary>
    NoAnswers = 0,

    /// <summary>Every participant's pre-test is at the maximum: there is nothing left to gain, so the normalised gain is undefined.</summary>
    AllAtMaximum = 1,

    /// <summary>Fewer than two pairs: a sample standard deviation needs at least two.</summary>
    TooFewPairs = 2,

    /// <summary>Every difference is the same, so the standard deviation is zero and the effect size has no finite value.</summary>
    ZeroVariance = 3,

    /// <summary>The costs are zero: a benefit-cost ratio and ROI divide by the costs.</summary>
    ZeroCosts = 4,

    /// <summary>There is no before (baseline) observation.</summary>
    NoBaseline = 5,

    /// <summary>There is no after (follow-up) observation.</summary>
    NoFollowUp = 6,

    /// <summary>The baseline is zero, so a relative change divides by zero.</summary>
    ZeroBaseline = 7,

    /// <summary>The 1-4 x 25 conversion is defined only for a 1-4 scale.</summary>
    ScaleNotSupported = 8,

    /// <summary>A weighted component has no score.</summary>
    MissingComponent = 9,

    /// <summary>An SKM element has no answer, so its NRR and the index are undefined.</summary>
    ElementWithoutAnswers = 10,
}

/// <summary>Explains an <see cref="UndefinedReason"/> in Indonesian and English.</summary>
public static class UndefinedReasons
{
    /// <summary>Returns the explanation of a reason.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The explanation in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An unknown reason.</exception>
    public static LocalizedText Describe(UndefinedReason reason) => reason switch
    {
        UndefinedReason.NoAnswers => Messages.Both("Evaluation_UndefinedNoAnswers"),
        UndefinedReason.AllAtMaximum => Messages.Both("Evaluation_UndefinedAllAtMaximum"),
        UndefinedReason.TooFewPairs => Messages.Both("Evaluation_UndefinedTooFewPairs"),
        UndefinedReason.ZeroVariance => Messages.Both("Evaluation_UndefinedZeroVariance"),
        UndefinedReason.ZeroCosts => Messages.Both("Evaluation_UndefinedZeroCosts"),
        UndefinedReason.NoBaseline => Messages.Both("Evaluation_UndefinedNoBaseline"),
        UndefinedReason.NoFollowUp => Messages.Both("Evaluation_UndefinedNoFollowUp"),
        UndefinedReason.ZeroBaseline => Messages.Both("Evaluation_UndefinedZeroBaseline"),
        UndefinedReason.ScaleNotSupported => Messages.Both("Evaluation_UndefinedScaleNotSupported"),
        UndefinedReason.MissingComponent => Messages.Both("Evaluation_UndefinedMissingComponent"),
        UndefinedReason.ElementWithoutAnswers => Messages.Both("Evaluation_UndefinedElementWithoutAnswers"),
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason."),
    };
}
