using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>How the elements of an SKM index are weighted.</summary>
public enum SkmWeighting
{
    /// <summary>Each element weighs exactly 1 / number of elements; the index is computed as the sum of NRR divided once by the count.</summary>
    Equal = 0,

    /// <summary>Each element weighs 1 / number of elements truncated to a number of decimals (0.111 for 9 elements), as some units print it.</summary>
    Truncated = 1,

    /// <summary>The unit's own weights per element, summing to exactly 1.</summary>
    Custom = 2,
}

/// <summary>
/// The weights of an SKM index. PermenPAN-RB 14/2017 weighs every element equally (1 / 9 for nine elements, written
/// 0,111); <see cref="Equal"/> applies that exactly. Some units multiply by the truncated 0.111 (a perfect survey then
/// gives 99.9): <see cref="Truncated"/> reproduces their published reports. A unit that re-weights or adds elements
/// uses <see cref="Custom"/>. Immutable.
/// </summary>
public sealed class SkmWeights
{
    private readonly Dictionary<string, decimal>? _custom;

    private SkmWeights(SkmWeighting kind, int decimals, Dictionary<string, decimal>? custom)
    {
        Kind = kind;
        Decimals = decimals;
        _custom = custom;
    }

    /// <summary>Gets exact equal weights (the default).</summary>
    public static SkmWeights Equal { get; } = new(SkmWeighting.Equal, 0, null);

    /// <summary>Gets the kind of weighting.</summary>
    public SkmWeighting Kind { get; }

    /// <summary>Gets the number of decimals kept by <see cref="SkmWeighting.Truncated"/> weights (otherwise 0).</summary>
    public int Decimals { get; }

    /// <summary>Gets the custom weights by element code (empty unless <see cref="SkmWeighting.Custom"/>).</summary>
    public IReadOnlyDictionary<string, decimal> CustomWeights => _custom ?? new Dictionary<string, decimal>();

    /// <summary>Creates truncated equal weights: 1 / number of elements, cut (not rounded) after <paramref name="decimals"/> decimals.</summary>
    /// <param name="decimals">Decimals kept, 1 to 6; 3 gives the usual 0.111 for nine elements, 2 gives 0.11.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 1-6.</exception>
    public static SkmWeights Truncated(int decimals = 3)
    {
        Guard.Against.OutOfRange(decimals, nameof(decimals), 1, 6);
        return new SkmWeights(SkmWeighting.Truncated, decimals, null);
    }

    /// <summary>Creates a unit's own weights.</summary>
    /// <param name="weights">Weight per element code; every weight above 0, the sum exactly 1.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentException">A weight is not positive, a code repeats, or the sum is not exactly 1.</exception>
    public static SkmWeights Custom(IReadOnlyDictionary<string, decimal> weights)
    {
        Guard.Against.Null(weights);
        if (Problem(weights, null) is { } problem)
        {
            throw new ArgumentException(problem, nameof(weights));
        }

        return new SkmWeights(SkmWeighting.Custom, 0, weights.ToDictionary(w => Codes.Normalise(w.Key), w => w.Value, StringComparer.Ordinal));
    }

    /// <summary>What is wrong with custom weights (and, when given, with their fit to the elements), or <see langword="null"/>.</summary>
    internal static string? Problem(IReadOnlyDictionary<string, decimal> weights, IReadOnlyList<SkmElement>? elements)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (code, weight) in weights)
        {
            if (!Codes.IsValid(code) || weight <= 0m || !codes.Add(Codes.Normalise(code)))
            {
                return Messages.Get("Evaluation_WeightElementInvalidCodesMustUnique", code);
            }
        }

        var sum = weights.Values.Sum();
        if (codes.Count == 0 || sum != 1m)
        {
            return Messages.Get("Evaluation_ElementWeightsMustSumToExactly", sum);
        }

        if (elements is not null && !codes.SetEquals(elements.Select(e => Codes.Normalise(e.Code))))
        {
            return Messages.Get("Evaluation_CustomWeightsMustNameExactlySurveys");
        }

        return null;
    }

    /// <summary>Returns the weight of one element among <paramref name="elementCount"/>.</summary>
    /// <param name="code">The element code.</param>
    /// <param name="elementCount">How many elements the survey has.</param>
    /// <returns>The weight; for <see cref="SkmWeighting.Equal"/>, 1 / count to decimal precision (the index itself divides once).</returns>
    /// <exception cref="ArgumentException">Custom weights do not name the element.</exception>
    public decimal WeightOf(string code, int elementCount)
    {
        Guard.Against.NegativeOrZero(elementCount);
        return Kind switch
        {
            SkmWeighting.Equal => 1m / elementCount,
            SkmWeighting.Truncated => Math.Truncate(1m / elementCount * Pow10(Decimals)) / Pow10(Decimals),
            _ => _custom!.TryGetValue(Codes.Normalise(code), out var weight)
                ? weight
                : throw new ArgumentException(Messages.Get("Evaluation_NoWeightForElement", code), nameof(code)),
        };
    }

    /// <summary>Checks that custom weights name exactly the given elements.</summary>
    /// <param name="elements">The survey's elements.</param>
    /// <exception cref="ArgumentException">An element has no weight, or a weight names no element.</exception>
    public void CheckCovers(IReadOnlyList<SkmElement> elements)
    {
        Guard.Against.Null(elements);
        if (Kind != SkmWeighting.Custom)
        {
            return;
        }

        if (Problem(_custom!, elements) is { } problem)
        {
            throw new ArgumentException(problem, nameof(elements));
        }
    }

    /// <summary>Describes the weighting, for example <c>truncated(3)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        SkmWeighting.Equal => "equal",
        SkmWeighting.Truncated => Text.Invariant($"truncated({Decimals})"),
        _ => "custom",
    };

    private static decimal Pow10(int decimals)
    {
        var result = 1m;
        for (var i = 0; i < decimals; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
