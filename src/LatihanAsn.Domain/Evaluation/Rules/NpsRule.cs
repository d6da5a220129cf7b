using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>The category of a 0-10 "would you recommend" answer.</summary>
public enum NpsCategory
{
    /// <summary>A detractor (0-6 by default).</summary>
    Detractor = 0,

    /// <summary>A passive (7-8 by default).</summary>
    Passive = 1,

    /// <summary>A promoter (9-10 by default).</summary>
    Promoter = 2,
}

/// <summary>The cut-offs of the Net Promoter Score on the 0-10 recommend scale.</summary>
public sealed class NpsRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="promoterFrom">The lowest promoter answer.</param>
    /// <param name="detractorTo">The highest detractor answer; below <paramref name="promoterFrom"/>.</param>
    /// <exception cref="ArgumentException">The cut-offs are out of order or outside 0-10.</exception>
    public NpsRuleSet(RuleSetInfo info, int promoterFrom, int detractorTo)
    {
        Info = Guard.Against.Null(info);
        if (detractorTo < 0 || promoterFrom > 10 || detractorTo >= promoterFrom)
        {
            throw new ArgumentException("NPS cut-offs need 0 <= detractorTo < promoterFrom <= 10.", nameof(promoterFrom));
        }

        PromoterFrom = promoterFrom;
        DetractorTo = detractorTo;
    }

    /// <summary>Gets the default (Reichheld 2003, verified): promoters 9-10, passives 7-8, detractors 0-6.</summary>
    public static NpsRuleSet Default { get; } = new(
        new RuleSetInfo("nps/reichheld-2003", "1", "Reichheld, F. F. (2003). The One Number You Need to Grow. Harvard Business Review 81(12)", new DateOnly(2000, 1, 1)),
        9,
        6);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the lowest promoter answer.</summary>
    public int PromoterFrom { get; }

    /// <summary>Gets the highest detractor answer.</summary>
    public int DetractorTo { get; }

    /// <summary>Classifies an answer.</summary>
    /// <param name="answer">The answer, 0-10.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The answer is outside 0-10.</exception>
    public NpsCategory Classify(int answer)
    {
        Guard.Against.OutOfRange(answer, nameof(answer), 0, 10);
        return answer >= PromoterFrom ? NpsCategory.Promoter : answer <= DetractorTo ? NpsCategory.Detractor : NpsCategory.Passive;
    }
}

/// <summary>A Net Promoter Score.</summary>
/// <param name="Answers">How many answers were counted.</param>
/// <param name="Promoters">Promoters.</param>
/// <param name="Passives">Passives.</param>
/// <param name="Detractors">Detractors.</param>
/// <param name="Score">100 x (promoters - detractors) / answers, unrounded, -100 to 100; <see langword="null"/> without answers.</param>
/// <param name="Undefined">Why the score is undefined, if it is.</param>
/// <param name="RuleSet">The rule set applied.</param>
public sealed record NpsResult(int Answers, int Promoters, int Passives, int Detractors, decimal? Score, UndefinedReason? Undefined, RuleSetInfo RuleSet);

/// <summary>
/// The Net Promoter Score of 0-10 recommend answers: 100 x (promoters - detractors) / all answers, unrounded, from -100
/// to 100. No answers gives an undefined score. Pure and thread-safe.
/// </summary>
public static class NpsRule
{
    /// <summary>Computes the score. Allocates only the result.</summary>
    /// <param name="answers">The answers, 0-10 each.</param>
    /// <param name="rules">The cut-offs.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside 0-10 (the message names its position).</exception>
    public static NpsResult Compute(ReadOnlySpan<int> answers, NpsRuleSet rules)
    {
        Guard.Against.Null(rules);
        int promoters = 0, passives = 0, detractors = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            var answer = answers[i];
            if (answer is < 0 or > 10)
            {
                throw new ArgumentOutOfRangeException(nameof(answers), answer, Messages.Get("Evaluation_RecommendAnswerAtPositionMust0", i, answer));
            }

            switch (rules.Classify(answer))
            {
                case NpsCategory.Promoter:
                    promoters++;
                    break;
                case NpsCategory.Detractor:
                    detractors++;
                    break;
                default:
                    passives++;
                    break;
            }
        }

        return answers.Length == 0
            ? new NpsResult(0, 0, 0, 0, null, UndefinedReason.NoAnswers, rules.Info)
            : new NpsResult(answers.Length, promoters, passives, detractors, 100m * (promoters - detractors) / answers.Length, null, rules.Info);
    }

    /// <summary>Computes the score with the default cut-offs (<see cref="NpsRuleSet.Default"/>).</summary>
    /// <param name="answers">The answers, 0-10 each.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside 0-10 (the message names its position).</exception>
    public static NpsResult Compute(IEnumerable<int> answers)
    {
        Guard.Against.Null(answers);
        return Compute(answers.ToArray().AsSpan(), NpsRuleSet.Default);
    }
}
