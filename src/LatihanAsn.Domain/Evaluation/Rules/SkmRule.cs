using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>One respondent's answers to an SKM survey, by element code (1 worst to 4 best); an element may be left unanswered.</summary>
/// <param name="Answers">Answer per element code.</param>
public sealed record SkmResponse(IReadOnlyDictionary<string, int> Answers);

/// <summary>The result of one SKM element.</summary>
/// <param name="Element">The element.</param>
/// <param name="Answers">How many respondents answered it.</param>
/// <param name="Sum">The sum of its answers (exact).</param>
/// <param name="Nrr">The mean (nilai rata-rata), sum / answers, unrounded; <see langword="null"/> with no answers.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="WeightedNrr">NRR x weight, unrounded; <see langword="null"/> with no answers.</param>
public sealed record SkmElementResult(SkmElement Element, int Answers, long Sum, decimal? Nrr, decimal Weight, decimal? WeightedNrr);

/// <summary>An SKM index with every step of its computation.</summary>
/// <param name="Respondents">How many responses were counted.</param>
/// <param name="Elements">Per element: answers, sum, NRR, weight, weighted NRR, in the survey's element order.</param>
/// <param name="Weights">The weighting applied.</param>
/// <param name="Index">The index (1-4; 0.999-3.996 with truncated weights), unrounded; <see langword="null"/> when undefined.</param>
/// <param name="Converted">The converted index, index x 25, unrounded.</param>
/// <param name="ConvertedRounded">The converted index rounded to 2 decimals half away from zero (the graded value).</param>
/// <param name="Grade">The grade of <paramref name="ConvertedRounded"/>.</param>
/// <param name="Undefined">Why the index is undefined, if it is.</param>
/// <param name="ElementsWithoutAnswers">The codes of elements nobody answered (why it is undefined).</param>
/// <param name="RuleSet">The SKM rule set applied.</param>
public sealed record SkmResult(
    int Respondents,
    IReadOnlyList<SkmElementResult> Elements,
    SkmWeights Weights,
    decimal? Index,
    decimal? Converted,
    decimal? ConvertedRounded,
    SkmGrade? Grade,
    UndefinedReason? Undefined,
    IReadOnlyList<string> ElementsWithoutAnswers,
    RuleSetInfo RuleSet)
{
    /// <summary>Gets whether the index could be computed.</summary>
    public bool IsDefined => Index.HasValue;
}

/// <summary>
/// The public satisfaction index (Indeks Kepuasan Masyarakat, PermenPAN-RB 14/2017): per element, NRR = sum of answers /
/// number of answers to that element (a respondent may skip an element); index = sum of NRR x weight; converted
/// index = index x 25 (range 25-100 with equal or custom weights); the grade is read on the converted index rounded to
/// 2 decimals half away from zero. Everything else is unrounded. With equal weights the index is computed as the sum of
/// NRR divided once by the number of elements (when every element has the same number of answers, as total sum /
/// (answers x elements)), so a perfect survey gives exactly 4 and 100; with the truncated 0.111 weight it gives 3.996
/// and 99.9. No responses, or an element nobody answered, gives an undefined index that says why. Pure and thread-safe.
/// </summary>
public static class SkmRule
{
    /// <summary>Responses summed in ints before the sums move to longs: answers are at most 4, so int sums cannot overflow.</summary>
    private const int ChunkRows = int.MaxValue / 4;

    /// <summary>Computes the index of responses to the nine PermenPAN-RB 14/2017 elements, keyed by element code.</summary>
    /// <param name="responses">The responses; each with at least one answer.</param>
    /// <param name="weights">The weights, for example <see cref="SkmWeights.Equal"/>.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A response is empty or names an unknown element; custom weights do not match the elements.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside 1-4 (the message names the response and element).</exception>
    public static SkmResult Compute(IEnumerable<SkmResponse> responses, SkmWeights weights) =>
        Compute(responses, weights, SkmRuleSet.Permenpanrb14Of2017, SkmRuleSet.Permenpanrb14Of2017.Elements);

    /// <summary>Computes the index from responses keyed by element code.</summary>
    /// <param name="responses">The responses; each with at least one answer.</param>
    /// <param name="weights">The weights.</param>
    /// <param name="rules">The rule set (its grades are used).</param>
    /// <param name="elements">The survey's elements (for example <see cref="SkmRuleSet.Elements"/>).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A response is empty or names an unknown element; custom weights do not match the elements.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside 1-4 (the message names the response and element).</exception>
    public static SkmResult Compute(IEnumerable<SkmResponse> responses, SkmWeights weights, SkmRuleSet rules, IReadOnlyList<SkmElement> elements)
    {
        Guard.Against.Null(responses);
        Guard.Against.Null(weights);
        Guard.Against.Null(rules);
        var index = IndexOf(elements);
        var sums = new long[elements.Count];
        var counts = new long[elements.Count];
        var respondents = 0;
        foreach (var response in responses)
        {
            if (response?.Answers is null || response.Answers.Count == 0)
            {
                throw new ArgumentException(Messages.Get("Evaluation_ResponseHasNoAnswers", respondents), nameof(responses));
            }

            foreach (var (code, answer) in response.Answers)
            {
                if (code is null || !index.TryGetValue(Codes.Normalise(code), out var j))
                {
                    throw new ArgumentException(Messages.Get("Evaluation_ResponseAnswersUnknownElement", respondents, code), nameof(responses));
                }

                CheckAnswer(answer, respondents, elements[j].Code);
                sums[j] += answer;
                counts[j]++;
            }

            respondents++;
        }

        return Finish(sums, counts, respondents, elements, weights, rules);
    }

    /// <summary>
    /// Computes the index from a row-major answer matrix: one row per response, one byte per element in the order of
    /// <paramref name="elements"/>, 0 for "not answered" and 1-4 for an answer. Sums are exact integers; decimals are
    /// used only at the end. Allocates only the result.
    /// </summary>
    /// <param name="answers">The matrix; its length a multiple of the number of elements; every row with at least one answer.</param>
    /// <param name="elements">The survey's elements, in column order (for example <see cref="SkmRuleSet.Elements"/>).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="rules">The rule set.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The length is not a multiple of the number of elements, or a row is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer above 4 (the message names the response and element).</exception>
    public static SkmResult Compute(ReadOnlySpan<byte> answers, IReadOnlyList<SkmElement> elements, SkmWeights weights, SkmRuleSet rules)
    {
        Guard.Against.Null(elements);
        Guard.Against.Null(weights);
        Guard.Against.Null(rules);
        var k = elements.Count;
        Guard.Against.NegativeOrZero(k, nameof(elements));
        if (answers.Length % k != 0)
        {
            throw new ArgumentException(Messages.Get("Evaluation_AnswerMatrixLengthNotMultipleNumber", answers.Length, k), nameof(answers));
        }

        var rows = answers.Length / k;

        // Answers above 4 are found first with a vectorised search, so the summing loop has no branch on the value.
        var bad = answers.IndexOfAnyInRange((byte)5, byte.MaxValue);
        if (bad >= 0)
        {
            CheckAnswer(answers[bad], bad / k, elements[bad % k].Code);
        }

        // Per element: sum of answers and count of answers (a 0 adds nothing to either), in ints over chunks of at most
        // int.MaxValue / 4 responses, since an answer is at most 4, then added to longs: nothing can overflow.
        Span<int> sums = k <= 64 ? stackalloc int[k] : new int[k];
        Span<int> counts = k <= 64 ? stackalloc int[k] : new int[k];
        Span<long> longSums = k <= 64 ? stackalloc long[k] : new long[k];
        Span<long> longCounts = k <= 64 ? stackalloc long[k] : new long[k];
        longSums.Clear();
        longCounts.Clear();
        for (var from = 0; from < rows;)
        {
            var to = (int)Math.Min(rows, (long)from + ChunkRows);
            sums.Clear();
            counts.Clear();

            // Unchecked: the hot loop cannot overflow (see above); (answer | -answer) >>> 31 is 1 for an answer and 0
            // for a blank, a sign-bit trick on values 0-4.
            unchecked
            {
                for (var r = from; r < to; r++)
                {
                    var row = answers.Slice(r * k, k);
                    var any = 0;
                    for (var j = 0; j < row.Length; j++)
                    {
                        int answer = row[j];
                        sums[j] += answer;
                        counts[j] += (answer | -answer) >>> 31;
                        any |= answer;
                    }

                    if (any == 0)
                    {
                        throw new ArgumentException(Messages.Get("Evaluation_ResponseHasNoAnswers", r), nameof(answers));
                    }
                }
            }

            for (var j = 0; j < k; j++)
            {
                longSums[j] += sums[j];
                longCounts[j] += counts[j];
            }

            from = to;
        }

        return Finish(longSums, longCounts, rows, elements, weights, rules);
    }

    private static SkmResult Finish(ReadOnlySpan<long> sums, ReadOnlySpan<long> counts, int respondents, IReadOnlyList<SkmElement> elements, SkmWeights weights, SkmRuleSet rules)
    {
        weights.CheckCovers(elements);
        var k = elements.Count;
        var results = new SkmElementResult[k];
        var missing = new List<string>();
        var sameCount = true;
        long totalSum = 0;
        for (var j = 0; j < k; j++)
        {
            var weight = weights.WeightOf(elements[j].Code, k);
            decimal? nrr = counts[j] == 0 ? null : (decimal)sums[j] / counts[j];
            decimal? weighted = nrr is { } value ? (weights.Kind == SkmWeighting.Equal ? value / k : value * weight) : null;
            results[j] = new SkmElementResult(elements[j], (int)counts[j], sums[j], nrr, weight, weighted);
            if (counts[j] == 0)
            {
                missing.Add(elements[j].Code);
            }

            sameCount &= counts[j] == counts[0];
            totalSum += sums[j];
        }

        if (respondents == 0 || missing.Count > 0)
        {
            var reason = respondents == 0 ? UndefinedReason.NoAnswers : UndefinedReason.ElementWithoutAnswers;
            return new SkmResult(respondents, results, weights, null, null, null, null, reason, missing, rules.Info);
        }

        decimal index;
        if (weights.Kind == SkmWeighting.Equal)
        {
            // One division: exact whenever the exact value is a terminating decimal (a perfect survey gives 4, not 3.99..).
            index = sameCount ? (decimal)totalSum / (counts[0] * k) : results.Sum(r => r.Nrr!.Value) / k;
        }
        else
        {
            index = results.Sum(r => r.WeightedNrr!.Value);
        }

        var converted = index * SkmRuleSet.ConversionFactor;
        return new SkmResult(respondents, results, weights, index, converted, Rounding.HalfAwayFromZero(converted, 2), rules.Grade(converted), null, [], rules.Info);
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<SkmElement> elements)
    {
        Guard.Against.Null(elements);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < elements.Count; j++)
        {
            if (!index.TryAdd(Codes.Normalise(elements[j].Code), j))
            {
                throw new ArgumentException($"Element code {elements[j].Code} is repeated.", nameof(elements));
            }
        }

        if (index.Count == 0)
        {
            throw new ArgumentException("An SKM survey needs at least one element.", nameof(elements));
        }

        return index;
    }

    private static void CheckAnswer(int answer, int response, string element)
    {
        if (answer is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException("answers", answer, Messages.Get("Evaluation_AnswerResponseToElementMust1", response, element, answer));
        }
    }
}
