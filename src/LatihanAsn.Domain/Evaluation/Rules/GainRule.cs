using System.Buffers;
using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A participant's pre-test and post-test scores.</summary>
/// <param name="Pre">The pre-test score, 0 to the maximum.</param>
/// <param name="Post">The post-test score, 0 to the maximum.</param>
public sealed record PrePostScore(decimal Pre, decimal Post);

/// <summary>The paired effect size of post - pre differences.</summary>
/// <param name="Pairs">How many pairs.</param>
/// <param name="MeanDifference">Mean of post - pre; <see langword="null"/> without pairs.</param>
/// <param name="SdDifference">Sample standard deviation (n - 1) of the differences; <see langword="null"/> for fewer than 2 pairs.</param>
/// <param name="CohensDz">Cohen's d_z = mean / sd; <see langword="null"/> when undefined.</param>
/// <param name="T">The paired t statistic, d_z x sqrt(n); <see langword="null"/> when undefined.</param>
/// <param name="Undefined">Why d_z is undefined (too few pairs, or zero spread), if it is.</param>
public sealed record PairedEffectSize(int Pairs, decimal? MeanDifference, decimal? SdDifference, decimal? CohensDz, decimal? T, UndefinedReason? Undefined);

/// <summary>A level 2 learning-gain result.</summary>
/// <param name="Pairs">Participants with both scores.</param>
/// <param name="Included">Pairs counted in the gains (pre below the maximum).</param>
/// <param name="ExcludedAtMaximum">Pairs left out of the gains because the pre-test is at the maximum (their gain is undefined).</param>
/// <param name="Maximum">The test's maximum score.</param>
/// <param name="MeanPre">Mean pre-test of the included pairs.</param>
/// <param name="MeanPost">Mean post-test of the included pairs.</param>
/// <param name="ClassGain">(mean post - mean pre) / (max - mean pre) over the included pairs, unrounded.</param>
/// <param name="ClassBand">The band of the class gain.</param>
/// <param name="MeanIndividualGain">The mean of the individual gains (post - pre) / (max - pre) of the included pairs, unrounded.</param>
/// <param name="MeanIndividualBand">The band of the mean individual gain.</param>
/// <param name="EffectSize">Cohen's d_z and t over every pair (including those at the maximum: their difference is defined).</param>
/// <param name="Undefined">Why the gains are undefined (no pairs, or every pre at the maximum), if they are.</param>
/// <param name="RuleSet">The gain bands applied.</param>
public sealed record GainResult(
    int Pairs,
    int Included,
    int ExcludedAtMaximum,
    decimal Maximum,
    decimal? MeanPre,
    decimal? MeanPost,
    decimal? ClassGain,
    GainBand? ClassBand,
    decimal? MeanIndividualGain,
    GainBand? MeanIndividualBand,
    PairedEffectSize EffectSize,
    UndefinedReason? Undefined,
    RuleSetInfo RuleSet);

/// <summary>
/// Level 2 (learning): Hake's normalised gain (Hake 1998) and the paired effect size.
/// <list type="bullet">
/// <item>Individual gain g = (post - pre) / (max - pre); range from -pre / (max - pre) up to 1 (negative when the
/// post-test is lower). A participant whose pre-test is at the maximum has no defined gain: excluded from both gains
/// and counted in <see cref="GainResult.ExcludedAtMaximum"/>.</item>
/// <item>Class gain = (mean post - mean pre) / (max - mean pre) and the mean of individual gains, both over the included
/// participants; they differ in general, so both are reported.</item>
/// <item>Paired Cohen's d_z = mean(post - pre) / sd(post - pre), sample sd (n - 1), over every pair; t = d_z x sqrt(n).
/// Fewer than 2 pairs or sd = 0 gives an undefined d_z that says why.</item>
/// </list>
/// Everything is unrounded decimal. Sums are exact (integers in the span overload, decimals otherwise); the standard
/// deviation uses n x sum(d^2) - (sum d)^2 (exact) and one decimal square root (Newton's method, correct to about 27
/// significant digits). Pure and thread-safe.
/// </summary>
public static class GainRule
{
    private static LocalizedText TooLarge => Messages.Both("Evaluation_LearningGainAndEffectSizeScores");

    /// <summary>Computes one participant's normalised gain.</summary>
    /// <param name="pre">The pre-test score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="post">The post-test score, 0 to <paramref name="maximum"/>.</param>
    /// <param name="maximum">The maximum score, above 0.</param>
    /// <returns>(post - pre) / (max - pre), or <see langword="null"/> when pre is at the maximum.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0 to the maximum, or a maximum of 0 or less.</exception>
    public static decimal? Individual(decimal pre, decimal post, decimal maximum)
    {
        Guard.Against.NegativeOrZero(maximum);
        CheckScore(pre, maximum, nameof(pre), 0);
        CheckScore(post, maximum, nameof(post), 0);
        return pre == maximum ? null : (post - pre) / (maximum - pre);
    }

    /// <summary>Computes the gains and the effect size of pre/post pairs, banded by <see cref="GainBandRuleSet.Default"/>.</summary>
    /// <param name="scores">The pairs.</param>
    /// <param name="maximum">The test's maximum score, above 0.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0 to the maximum (the message names the pair).</exception>
    public static GainResult Compute(IEnumerable<PrePostScore> scores, decimal maximum) => Compute(scores, maximum, GainBandRuleSet.Default);

    /// <summary>Computes the gains and the effect size of pre/post pairs.</summary>
    /// <param name="scores">The pairs.</param>
    /// <param name="maximum">The test's maximum score, above 0.</param>
    /// <param name="bands">The gain bands.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0 to the maximum (the message names the pair).</exception>
    /// <exception cref="DomainRuleException">Scores so large that a sum or square is beyond <see cref="decimal"/>.</exception>
    public static GainResult Compute(IEnumerable<PrePostScore> scores, decimal maximum, GainBandRuleSet bands)
    {
        Guard.Against.Null(bands);
        Guard.Against.Null(scores);
        Guard.Against.NegativeOrZero(maximum);
        return Overflow.Guard(() => Sums(scores, maximum, bands), TooLarge);
    }

    private static GainResult Sums(IEnumerable<PrePostScore> scores, decimal maximum, GainBandRuleSet bands)
    {
        var n = 0;
        var included = 0;
        decimal sumPre = 0m, sumPost = 0m, sumGain = 0m, sumDiff = 0m, sumDiffSquared = 0m;
        foreach (var pair in scores)
        {
            Guard.Against.Null(pair, nameof(scores));
            CheckScore(pair.Pre, maximum, "pre", n);
            CheckScore(pair.Post, maximum, "post", n);
            var diff = pair.Post - pair.Pre;
            sumDiff += diff;
            sumDiffSquared += diff * diff;
            if (pair.Pre < maximum)
            {
                included++;
                sumPre += pair.Pre;
                sumPost += pair.Post;
                sumGain += diff / (maximum - pair.Pre);
            }

            n++;
        }

        return Finish(n, included, maximum, sumPre, sumPost, sumGain, sumDiff, sumDiffSquared, bands);
    }

    /// <summary>
    /// Computes the gains and the effect size of integer scores held in two spans (participant i is at index i of
    /// both). Sums are exact integers; the mean of individual gains is summed per distinct pre-test score, so only
    /// (maximum + 1) decimal divisions happen, at the end. Allocates the result and, for maximums above 256, one pooled buffer.
    /// </summary>
    /// <param name="pre">Pre-test scores, 0 to <paramref name="maximum"/>.</param>
    /// <param name="post">Post-test scores, same length.</param>
    /// <param name="maximum">The maximum score, 1 or more.</param>
    /// <param name="bands">The gain bands.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A score outside 0 to the maximum (the message names the participant).</exception>
    /// <exception cref="DomainRuleException">A maximum so large that the exact sum of squared differences would not fit a 64-bit integer.</exception>
    public static GainResult Compute(ReadOnlySpan<int> pre, ReadOnlySpan<int> post, int maximum, GainBandRuleSet bands)
    {
        Guard.Against.NegativeOrZero(maximum);
        Guard.Against.Null(bands);
        if (pre.Length != post.Length)
        {
            throw new ArgumentException("pre and post must have the same length.", nameof(post));
        }

        // The sums below are exact longs: every score is 0 to the maximum, so the sum of squared differences is at most
        // pairs x maximum^2. Beyond a long (a maximum in the billions), say so rather than wrap.
        if (maximum == int.MaxValue || (decimal)pre.Length * maximum * maximum > long.MaxValue)
        {
            throw Overflow.TooLarge(
                Messages.Both("Evaluation_SumSquaredScoreDifferencesParticipantsWith", pre.Length, maximum));
        }

        long[]? rented = null;
        var size = maximum + 1;
        Span<long> diffByPre = size <= 256 ? stackalloc long[size] : (rented = ArrayPool<long>.Shared.Rent(size)).AsSpan(0, size);
        diffByPre.Clear();
        try
        {
            long sumPre = 0, sumPost = 0, sumDiff = 0, sumDiffSquared = 0;
            var included = 0;

            // Unchecked: the hot loop cannot overflow (bounded above), and (uint) makes a negative score a large one so a
            // single comparison finds scores below 0 or above the maximum.
            unchecked
            {
                for (var i = 0; i < pre.Length; i++)
                {
                    int p = pre[i], q = post[i];
                    if ((uint)p > (uint)maximum || (uint)q > (uint)maximum)
                    {
                        CheckScore(p, maximum, "pre", i);
                        CheckScore(q, maximum, "post", i);
                    }

                    long d = q - p;
                    sumDiff += d;
                    sumDiffSquared += d * d;
                    if (p < maximum)
                    {
                        included++;
                        sumPre += p;
                        sumPost += q;
                        diffByPre[p] += d;
                    }
                }
            }

            var sumGain = 0m;
            for (var p = 0; p < maximum; p++)
            {
                if (diffByPre[p] != 0)
                {
                    sumGain += (decimal)diffByPre[p] / (maximum - p);
                }
            }

            return Finish(pre.Length, included, maximum, sumPre, sumPost, sumGain, sumDiff, sumDiffSquared, bands);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<long>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Computes the paired effect size from exact sums of the differences.</summary>
    /// <param name="pairs">How many pairs, 0 or more.</param>
    /// <param name="sumDifferences">Sum of post - pre.</param>
    /// <param name="sumSquaredDifferences">Sum of (post - pre) squared.</param>
    /// <returns>The effect size; undefined for fewer than 2 pairs or zero spread.</returns>
    /// <exception cref="DomainRuleException">Sums so large that the variance or t is beyond <see cref="decimal"/>.</exception>
    public static PairedEffectSize EffectSize(int pairs, decimal sumDifferences, decimal sumSquaredDifferences)
    {
        Guard.Against.Negative(pairs);
        return Overflow.Guard(() => Effect(pairs, sumDifferences, sumSquaredDifferences), TooLarge);
    }

    private static PairedEffectSize Effect(int pairs, decimal sumDifferences, decimal sumSquaredDifferences)
    {
        if (pairs == 0)
        {
            return new PairedEffectSize(0, null, null, null, null, UndefinedReason.TooFewPairs);
        }

        var mean = sumDifferences / pairs;
        if (pairs < 2)
        {
            return new PairedEffectSize(pairs, mean, null, null, null, UndefinedReason.TooFewPairs);
        }

        // q = n * sum(d^2) - (sum d)^2 = n * (n - 1) * variance: exact, never negative for exact sums.
        var q = (pairs * sumSquaredDifferences) - (sumDifferences * sumDifferences);
        if (q <= 0m)
        {
            return new PairedEffectSize(pairs, mean, 0m, null, null, UndefinedReason.ZeroVariance);
        }

        var sd = EvaluationMath.Sqrt(q / ((decimal)pairs * (pairs - 1)));

        // t^2 = (sum d)^2 (n - 1) / q and d_z = t / sqrt(n): one square root of an exact ratio each.
        var sign = Math.Sign(sumDifferences);
        var t = sign * EvaluationMath.Sqrt(sumDifferences * sumDifferences * (pairs - 1) / q);
        var dz = sign * EvaluationMath.Sqrt(sumDifferences * sumDifferences * (pairs - 1) / (q * pairs));
        return new PairedEffectSize(pairs, mean, sd, dz, t, null);
    }

    private static GainResult Finish(int pairs, int included, decimal maximum, decimal sumPre, decimal sumPost, decimal sumGain, decimal sumDiff, decimal sumDiffSquared, GainBandRuleSet bands) =>
        Overflow.Guard(() => Gains(pairs, included, maximum, sumPre, sumPost, sumGain, sumDiff, sumDiffSquared, bands), TooLarge);

    private static GainResult Gains(int pairs, int included, decimal maximum, decimal sumPre, decimal sumPost, decimal sumGain, decimal sumDiff, decimal sumDiffSquared, GainBandRuleSet bands)
    {
        var effect = Effect(pairs, sumDiff, sumDiffSquared);
        var excluded = pairs - included;
        if (included == 0)
        {
            var reason = pairs == 0 ? UndefinedReason.NoAnswers : UndefinedReason.AllAtMaximum;
            return new GainResult(pairs, 0, excluded, maximum, null, null, null, null, null, null, effect, reason, bands.Info);
        }

        var meanPre = sumPre / included;
        var meanPost = sumPost / included;

        // (mean post - mean pre) / (max - mean pre) = (sum post - sum pre) / (n max - sum pre): one division.
        var classGain = (sumPost - sumPre) / ((included * maximum) - sumPre);
        var meanGain = sumGain / included;
        return new GainResult(pairs, included, excluded, maximum, meanPre, meanPost, classGain, bands.Classify(classGain), meanGain, bands.Classify(meanGain), effect, null, bands.Info);
    }

    private static void CheckScore(decimal score, decimal maximum, string name, int index)
    {
        if (score < 0m || score > maximum)
        {
            throw new ArgumentOutOfRangeException(name, score, Messages.Get("Evaluation_ScoreParticipantMust0ToNot", name, index, maximum, score));
        }
    }
}
