using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>A weighted component of a final score.</summary>
/// <param name="Code">The component code, unique in the scheme, for example <c>ACADEMIC</c>.</param>
/// <param name="Name">The component's name.</param>
/// <param name="Weight">Its weight as a fraction (0.2 for 20 %).</param>
public sealed record GradingComponent(string Code, string Name, decimal Weight);

/// <summary>
/// The weighted components of a participant's final score. Weights are given either as fractions summing to exactly 1
/// or as percentages summing to exactly 100 (kept as fractions); anything else is rejected. Immutable.
/// </summary>
public sealed class GradingScheme
{
    private readonly GradingComponent[] _components;

    private GradingScheme(GradingComponent[] components) => _components = components;

    /// <summary>Gets the components, with weights as fractions summing to 1.</summary>
    public IReadOnlyList<GradingComponent> Components => _components;

    /// <summary>Creates a scheme.</summary>
    /// <param name="components">The components: codes unique, weights above 0, summing to exactly 1 or exactly 100.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">A guard failed, or the weights sum to neither 1 nor 100.</exception>
    public static GradingScheme Create(IEnumerable<GradingComponent> components)
    {
        Guard.Against.Null(components);
        var list = components.ToArray();
        if (!TryCheck(list, out var error))
        {
            throw new ArgumentException(error, nameof(components));
        }

        var sum = list.Sum(c => c.Weight);
        var scale = sum == 100m ? 100m : 1m;
        return new GradingScheme(list.Select(c => new GradingComponent(Codes.Normalise(c.Code), c.Name.Trim(), c.Weight / scale)).ToArray());
    }

    /// <summary>Tells whether components make a valid scheme, and why not.</summary>
    /// <param name="components">The components.</param>
    /// <param name="error">The reason, in the caller's language, when invalid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryCheck(IReadOnlyList<GradingComponent>? components, out string? error)
    {
        error = null;
        if (components is null || components.Count == 0)
        {
            error = Messages.Get("Evaluation_GradingSchemeNeedsAtLeastOne");
        }
        else if (components.Any(c => c is null || !Codes.IsValid(c.Code) || string.IsNullOrWhiteSpace(c.Name) || c.Weight <= 0m))
        {
            error = Messages.Get("Evaluation_EveryComponentNeedsCodeNameAnd");
        }
        else if (components.Select(c => Codes.Normalise(c.Code)).Distinct(StringComparer.Ordinal).Count() != components.Count)
        {
            error = Messages.Get("Evaluation_ComponentCodesMustUnique");
        }
        else if (WeightSum(components) is var sum && sum != 1m && sum != 100m)
        {
            error = Messages.Get("Evaluation_WeightsMustSumToExactly1", sum is null ? Messages.Get("Evaluation_SumBeyondDecimal") : sum);
        }

        return error is null;
    }

    /// <summary>The sum of the weights, or <see langword="null"/> when it is beyond <see cref="decimal"/> (so neither 1 nor 100).</summary>
    private static decimal? WeightSum(IReadOnlyList<GradingComponent> components)
    {
        try
        {
            return components.Sum(c => c.Weight);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

/// <summary>The grading scheme a course uses when its plan declares none.</summary>
public sealed class GradingSchemeRuleSet : IRuleSet
{
    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="scheme">The scheme.</param>
    public GradingSchemeRuleSet(RuleSetInfo info, GradingScheme scheme)
    {
        Info = Guard.Against.Null(info);
        Scheme = Guard.Against.Null(scheme);
    }

    /// <summary>
    /// Gets the default: LAN basic training (Latsar CPNS): academic evaluation 20 % (verified), attitude and behaviour
    /// 20 % and actualisation project 60 % (recalled, unverified).
    /// </summary>
    public static GradingSchemeRuleSet LanBasicTraining { get; } = new(
        new RuleSetInfo("grading/lan-latsar", "1", "Pelatihan Dasar CPNS (LAN): evaluasi akademik 20 % (terverifikasi), sikap perilaku 20 % dan aktualisasi 60 % (belum diverifikasi)", new DateOnly(2018, 1, 1), null, SourceCertainty.Unverified),
        GradingScheme.Create(
        [
            new GradingComponent("ACADEMIC", "Evaluasi akademik", 20m),
            new GradingComponent("ATTITUDE", "Sikap dan perilaku", 20m),
            new GradingComponent("PROJECT", "Aktualisasi", 60m),
        ]));

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the scheme.</summary>
    public GradingScheme Scheme { get; }
}

/// <summary>A participant's final score.</summary>
/// <param name="Score">Sum of weight x component score, unrounded, 0-100; <see langword="null"/> when a component is missing.</param>
/// <param name="Band">The qualification band of the unrounded score.</param>
/// <param name="MissingComponents">The codes of components without a score.</param>
/// <param name="Undefined">Why the score is undefined, if it is.</param>
/// <param name="RuleSet">The qualification bands applied.</param>
public sealed record FinalScore(decimal? Score, QualificationBand? Band, IReadOnlyList<string> MissingComponents, UndefinedReason? Undefined, RuleSetInfo RuleSet);

/// <summary>
/// A participant's final score: the sum over the scheme's components of weight x score (0-100 each), unrounded, and its
/// qualification band (<see cref="QualificationBandRuleSet"/>, exclusive lower bounds on the unrounded score). A missing
/// component gives an undefined score that names it. Pure and thread-safe.
/// </summary>
public static class FinalScoreRule
{
    /// <summary>Computes a final score.</summary>
    /// <param name="scheme">The grading scheme.</param>
    /// <param name="scores">Score per component code (any case), 0-100 each; codes outside the scheme are refused.</param>
    /// <param name="bands">The qualification bands (default <see cref="QualificationBandRuleSet.Lan"/>).</param>
    /// <returns>The final score.</returns>
    /// <exception cref="ArgumentException">A score names no component of the scheme.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A component score outside 0-100 (the message names it).</exception>
    public static FinalScore Compute(GradingScheme scheme, IReadOnlyDictionary<string, decimal> scores, QualificationBandRuleSet? bands = null)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(scores);
        bands ??= QualificationBandRuleSet.Lan;
        var byCode = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, score) in scores)
        {
            var key = Codes.Normalise(code);
            if (!scheme.Components.Any(c => c.Code == key))
            {
                throw new ArgumentException(Messages.Get("Evaluation_ComponentNotInScheme", code), nameof(scores));
            }

            if (score is < 0m or > 100m)
            {
                throw new ArgumentOutOfRangeException(nameof(scores), score, Messages.Get("Evaluation_ScoreComponentMust0To100", key, score));
            }

            byCode[key] = score;
        }

        var missing = scheme.Components.Where(c => !byCode.ContainsKey(c.Code)).Select(c => c.Code).ToArray();
        if (missing.Length > 0)
        {
            return new FinalScore(null, null, missing, UndefinedReason.MissingComponent, bands.Info);
        }

        var total = scheme.Components.Sum(c => c.Weight * byCode[c.Code]);
        return new FinalScore(total, bands.Classify(total), [], null, bands.Info);
    }
}
