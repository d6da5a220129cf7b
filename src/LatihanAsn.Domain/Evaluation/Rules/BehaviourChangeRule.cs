using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>One rating of on-the-job behaviour on one indicator.</summary>
/// <param name="Rater">Who rated.</param>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Phase">Before (baseline) or after the training.</param>
/// <param name="Rating">The rating on the plan's behaviour scale.</param>
public sealed record BehaviourObservation(RaterKind Rater, string Indicator, MeasurementPhase Phase, int Rating);

/// <summary>The change of pooled ratings from before to after.</summary>
/// <param name="BeforeRatings">How many before ratings.</param>
/// <param name="BeforeMean">Their mean, unrounded.</param>
/// <param name="AfterRatings">How many after ratings.</param>
/// <param name="AfterMean">Their mean, unrounded.</param>
/// <param name="Change">After mean - before mean, unrounded (positive means better behaviour).</param>
/// <param name="AfterBand">The Likert band of the after mean.</param>
/// <param name="Undefined">Why the change is undefined (no before or no after ratings), if it is.</param>
public sealed record RatingChange(int BeforeRatings, decimal? BeforeMean, int AfterRatings, decimal? AfterMean, decimal? Change, LikertBand? AfterBand, UndefinedReason? Undefined)
{
    /// <summary>Gets whether the change could be computed.</summary>
    public bool IsDefined => Change.HasValue;
}

/// <summary>The change of one indicator, overall and per rater kind.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Overall">Every rater pooled.</param>
/// <param name="ByRater">Per rater kind that rated it.</param>
public sealed record IndicatorChange(string Indicator, RatingChange Overall, IReadOnlyDictionary<RaterKind, RatingChange> ByRater);

/// <summary>What participants passed on to colleagues after the training.</summary>
/// <param name="Participants">Participants who attended (the base of the share).</param>
/// <param name="ParticipantsWhoShared">Attendees who taught at least one colleague or shared at least one session.</param>
/// <param name="SharePercent">ParticipantsWhoShared / Participants x 100, unrounded; <see langword="null"/> without participants.</param>
/// <param name="ColleaguesTaught">Colleagues taught, summed.</param>
/// <param name="SessionsShared">Sharing sessions held, summed.</param>
/// <param name="ColleaguesPerParticipant">ColleaguesTaught / Participants, unrounded; <see langword="null"/> without participants.</param>
public sealed record TransferSummary(int Participants, int ParticipantsWhoShared, decimal? SharePercent, long ColleaguesTaught, long SessionsShared, decimal? ColleaguesPerParticipant);

/// <summary>A level 3 (behaviour) result.</summary>
/// <param name="Scale">The rating scale.</param>
/// <param name="Overall">Every rating pooled.</param>
/// <param name="ByRater">Per rater kind, every indicator pooled.</param>
/// <param name="Indicators">Per indicator, in the order given.</param>
/// <param name="Transfer">Transfer to colleagues.</param>
/// <param name="RuleSet">The Likert bands applied to the after means.</param>
public sealed record BehaviourResult(LikertScale Scale, RatingChange Overall, IReadOnlyDictionary<RaterKind, RatingChange> ByRater, IReadOnlyList<IndicatorChange> Indicators, TransferSummary Transfer, RuleSetInfo RuleSet);

/// <summary>
/// Level 3 (behaviour): the change of on-the-job ratings from before to after the training, per indicator, per rater
/// kind (supervisor, peer, self) and overall. Each change is the mean of the after ratings minus the mean of the before
/// ratings in that group, pooling raters and participants (sum / count, unrounded); the groups do not require the same
/// people in both phases. A group with no before or no after ratings has an undefined change that says which is
/// missing. Transfer to colleagues is summed as recorded. Pure and thread-safe.
/// </summary>
public static class BehaviourChangeRule
{
    /// <summary>Computes the change of a set of ratings.</summary>
    /// <param name="scale">The rating scale.</param>
    /// <param name="ratings">The ratings.</param>
    /// <param name="bands">The Likert bands (default <see cref="LikertBandRuleSet.Default"/>).</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside the scale (the message names its position).</exception>
    public static RatingChange Change(LikertScale scale, IEnumerable<BehaviourObservation> ratings, LikertBandRuleSet? bands = null)
    {
        Guard.Against.Null(ratings);
        bands ??= LikertBandRuleSet.Default;
        long sumBefore = 0, sumAfter = 0;
        int before = 0, after = 0, i = 0;
        foreach (var rating in ratings)
        {
            Check(scale, rating, i++);
            if (rating.Phase == MeasurementPhase.Before)
            {
                sumBefore += rating.Rating;
                before++;
            }
            else
            {
                sumAfter += rating.Rating;
                after++;
            }
        }

        decimal? beforeMean = before == 0 ? null : (decimal)sumBefore / before;
        decimal? afterMean = after == 0 ? null : (decimal)sumAfter / after;
        var band = afterMean is { } a ? bands.Classify(a, scale) : null;
        if (before == 0 || after == 0)
        {
            return new RatingChange(before, beforeMean, after, afterMean, null, band, before == 0 ? UndefinedReason.NoBaseline : UndefinedReason.NoFollowUp);
        }

        return new RatingChange(before, beforeMean, after, afterMean, afterMean - beforeMean, band, null);
    }

    /// <summary>Computes the level 3 result.</summary>
    /// <param name="scale">The rating scale.</param>
    /// <param name="indicators">The indicator codes, in report order; ratings of other indicators are refused.</param>
    /// <param name="ratings">The ratings.</param>
    /// <param name="transfer">The transfer summary (see <see cref="Transfer"/>).</param>
    /// <param name="bands">The Likert bands (default <see cref="LikertBandRuleSet.Default"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A rating of an unknown indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A rating outside the scale.</exception>
    public static BehaviourResult Compute(LikertScale scale, IReadOnlyList<string> indicators, IReadOnlyList<BehaviourObservation> ratings, TransferSummary transfer, LikertBandRuleSet? bands = null)
    {
        Guard.Against.Null(indicators);
        Guard.Against.Null(ratings);
        Guard.Against.Null(transfer);
        bands ??= LikertBandRuleSet.Default;
        var codes = indicators.Select(Codes.Normalise).ToArray();
        for (var i = 0; i < ratings.Count; i++)
        {
            Check(scale, ratings[i], i);
            if (!codes.Contains(Codes.Normalise(ratings[i].Indicator)))
            {
                throw new ArgumentException(Messages.Get("Evaluation_RatingIndicatorUnknown", i, ratings[i].Indicator), nameof(ratings));
            }
        }

        IReadOnlyDictionary<RaterKind, RatingChange> ByRater(IEnumerable<BehaviourObservation> subset) => subset
            .GroupBy(r => r.Rater)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Change(scale, g, bands));

        var perIndicator = codes
            .Select(code =>
            {
                var subset = ratings.Where(r => Codes.Normalise(r.Indicator) == code).ToArray();
                return new IndicatorChange(code, Change(scale, subset, bands), ByRater(subset));
            })
            .ToArray();
        return new BehaviourResult(scale, Change(scale, ratings, bands), ByRater(ratings), perIndicator, transfer, bands.Info);
    }

    /// <summary>Summarises transfer to colleagues.</summary>
    /// <param name="participants">How many participants attended, 0 or more.</param>
    /// <param name="reports">The transfer reports (a participant may report several times).</param>
    /// <returns>The summary; shares are undefined (<see langword="null"/>) without participants.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public static TransferSummary Transfer(int participants, IEnumerable<KnowledgeTransfer> reports)
    {
        Guard.Against.Negative(participants);
        Guard.Against.Null(reports);
        long colleagues = 0, sessions = 0;
        var sharers = new HashSet<Competencies.EmployeeId>();
        foreach (var report in reports)
        {
            Guard.Against.Null(report, nameof(reports));
            Guard.Against.Negative(report.ColleaguesTaught, nameof(reports));
            Guard.Against.Negative(report.SessionsShared, nameof(reports));
            colleagues += report.ColleaguesTaught;
            sessions += report.SessionsShared;
            if (report.ColleaguesTaught > 0 || report.SessionsShared > 0)
            {
                sharers.Add(report.Participant);
            }
        }

        return participants == 0
            ? new TransferSummary(0, sharers.Count, null, colleagues, sessions, null)
            : new TransferSummary(participants, sharers.Count, 100m * sharers.Count / participants, colleagues, sessions, (decimal)colleagues / participants);
    }

    private static void Check(LikertScale scale, BehaviourObservation rating, int index)
    {
        Guard.Against.Null(rating);
        if (!scale.Contains(rating.Rating))
        {
            throw new ArgumentOutOfRangeException("ratings", rating.Rating, Messages.Get("Evaluation_RatingMustNot3", index, scale, rating.Rating));
        }
    }
}
