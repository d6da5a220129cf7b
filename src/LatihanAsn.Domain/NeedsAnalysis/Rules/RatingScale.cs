using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// A declared rating scale of whole numbers from <see cref="Min"/> to <see cref="Max"/>: 1-5 by default, 1-7 for the
/// Hennessy-Hicks questionnaire.
/// </summary>
public readonly record struct RatingScale
{
    /// <summary>Initialises a scale.</summary>
    /// <param name="min">The lowest rating, 1 or more.</param>
    /// <param name="max">The highest rating, above <paramref name="min"/> and at most 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are out of order or out of range.</exception>
    public RatingScale(int min, int max)
    {
        if (min < 1 || max <= min || max > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(max), Messages.Get("NeedsAnalysis_ScaleInvalidLowerBoundAtLeast", min, max));
        }

        Min = min;
        Max = max;
    }

    /// <summary>Gets the 1-5 scale.</summary>
    public static RatingScale OneToFive => new(1, 5);

    /// <summary>Gets the 1-7 scale of the Hennessy-Hicks questionnaire.</summary>
    public static RatingScale OneToSeven => new(1, 7);

    /// <summary>Gets the lowest rating.</summary>
    public int Min { get; }

    /// <summary>Gets the highest rating.</summary>
    public int Max { get; }

    /// <summary>Tells whether a rating is on the scale.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns><see langword="true"/> when <see cref="Min"/> &lt;= rating &lt;= <see cref="Max"/>.</returns>
    public bool Contains(int rating) => rating >= Min && rating <= Max;

    /// <summary>Throws unless a rating is on the scale.</summary>
    /// <param name="rating">The rating.</param>
    /// <param name="where">Where it was found, for the message (for example <c>respondent 12, item M.03</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">The rating is off the scale.</exception>
    public void Check(int rating, string where)
    {
        if (!Contains(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, Messages.Get("NeedsAnalysis_RatingOutsideScale", rating, Min, Max, where));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Min}-{Max}";
}

/// <summary>
/// One respondent's two ratings of one item: importance (or the required level) and current competence (or
/// performance). A <see langword="null"/> rating is a missing answer.
/// </summary>
/// <param name="Respondent">Who answered.</param>
/// <param name="Item">The item (usually a competency code).</param>
/// <param name="Importance">Importance or required level, or <see langword="null"/> when not answered.</param>
/// <param name="Competence">Current competence or performance, or <see langword="null"/> when not answered.</param>
public sealed record RatingPair(string Respondent, string Item, int? Importance, int? Competence);

/// <summary>
/// The exact sums of one item over its pairwise-complete respondents (both ratings given): the partial result every
/// prioritisation rule starts from. Sums of different groups or machines add exactly (<see cref="Add"/>).
/// </summary>
/// <param name="Item">The item.</param>
/// <param name="N">How many respondents gave both ratings.</param>
/// <param name="SumImportance">Sum of their importance ratings.</param>
/// <param name="SumCompetence">Sum of their competence ratings.</param>
public sealed record ItemSums(string Item, long N, long SumImportance, long SumCompetence)
{
    /// <summary>Adds the sums of the same item from another group.</summary>
    /// <param name="other">The other sums.</param>
    /// <returns>The combined sums.</returns>
    /// <exception cref="ArgumentException">A different item.</exception>
    /// <exception cref="DomainRuleException">A sum beyond <see cref="long.MaxValue"/>.</exception>
    public ItemSums Add(ItemSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(other.Item, Item, StringComparison.Ordinal))
        {
            throw new ArgumentException("Sums of different items cannot be added.", nameof(other));
        }

        return Overflow.Guard(
            () => new ItemSums(Item, N + other.N, SumImportance + other.SumImportance, SumCompetence + other.SumCompetence),
            Messages.Both("NeedsAnalysis_AnswerSumsItem", Item));
    }

    /// <summary>
    /// Sums ratings per item, keeping only pairwise-complete answers and checking every given rating against the scale.
    /// Items are returned in ordinal order of their codes; an item whose every answer is incomplete has N = 0.
    /// </summary>
    /// <param name="answers">The answers.</param>
    /// <param name="scale">The declared scale.</param>
    /// <returns>One entry per item seen.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A rating is off the scale (the message names respondent and item).</exception>
    public static IReadOnlyList<ItemSums> From(IEnumerable<RatingPair> answers, RatingScale scale)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var sums = new SortedDictionary<string, (long N, long R, long C)>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (answer.Importance is { } r)
            {
                scale.Check(r, $"{answer.Respondent}, {answer.Item}");
            }

            if (answer.Competence is { } c)
            {
                scale.Check(c, $"{answer.Respondent}, {answer.Item}");
            }

            sums.TryGetValue(answer.Item, out var s);
            sums[answer.Item] = answer.Importance is { } ri && answer.Competence is { } ci
                ? (s.N + 1, s.R + ri, s.C + ci)
                : s;
        }

        return sums.Select(p => new ItemSums(p.Key, p.Value.N, p.Value.R, p.Value.C)).ToArray();
    }

    internal Fraction MeanImportance => new(SumImportance, N);

    internal Fraction MeanCompetence => new(SumCompetence, N);

    internal Fraction MeanDiscrepancy => new((System.Numerics.BigInteger)SumImportance - SumCompetence, N);
}
