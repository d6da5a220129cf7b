using Ardalis.GuardClauses;

namespace LatihanAsn.Domain.Common;

/// <summary>How sure the library is of a rule set's content (the status marks of the domain reference).</summary>
public enum SourceCertainty
{
    /// <summary>Read in a copy of the source regulation or paper.</summary>
    Verified = 0,

    /// <summary>Known only from a secondary source or common practice.</summary>
    Secondary = 1,

    /// <summary>Recalled and not verified: a default to replace once checked.</summary>
    Unverified = 2,
}

/// <summary>
/// The identity of a versioned rule set: which table or threshold set it is, which version, the regulation it
/// implements and when it is in force. Every scoring result names the rule set that produced it.
/// </summary>
public sealed record RuleSetInfo
{
    /// <summary>Initialises the identity.</summary>
    /// <param name="id">Stable identifier, for example <c>jpm-bands/brin-3-2023</c>.</param>
    /// <param name="version">Version of this identifier's content, for example <c>1</c>.</param>
    /// <param name="source">The regulation or paper (name, number, year, article).</param>
    /// <param name="validFrom">First day in force.</param>
    /// <param name="validTo">Last day in force, or <see langword="null"/> while in force.</param>
    /// <param name="certainty">How sure the library is of the content.</param>
    /// <exception cref="ArgumentException">An empty text, or <paramref name="validTo"/> before <paramref name="validFrom"/>.</exception>
    public RuleSetInfo(string id, string version, string source, DateOnly validFrom, DateOnly? validTo = null, SourceCertainty certainty = SourceCertainty.Verified)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Version = Guard.Against.NullOrWhiteSpace(version);
        Source = Guard.Against.NullOrWhiteSpace(source);
        if (validTo is { } end && end < validFrom)
        {
            throw new ArgumentException("validTo is before validFrom.", nameof(validTo));
        }

        ValidFrom = validFrom;
        ValidTo = validTo;
        Certainty = certainty;
    }

    /// <summary>Gets the stable identifier.</summary>
    public string Id { get; }

    /// <summary>Gets the version.</summary>
    public string Version { get; }

    /// <summary>Gets the regulation or paper it implements.</summary>
    public string Source { get; }

    /// <summary>Gets the first day in force.</summary>
    public DateOnly ValidFrom { get; }

    /// <summary>Gets the last day in force, or <see langword="null"/> while in force.</summary>
    public DateOnly? ValidTo { get; }

    /// <summary>Gets how sure the library is of the content.</summary>
    public SourceCertainty Certainty { get; }

    /// <summary>Gets <c>id@version</c>, the text results print to name their rule set.</summary>
    public string Key => $"{Id}@{Version}";

    /// <summary>Tells whether the rule set is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> lies within the validity dates.</returns>
    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>Returns <see cref="Key"/>.</summary>
    /// <returns>The key.</returns>
    public override string ToString() => Key;
}

/// <summary>A versioned, replaceable table of thresholds or weights that a rule applies.</summary>
public interface IRuleSet
{
    /// <summary>Gets the rule set's identity, source and validity.</summary>
    RuleSetInfo Info { get; }
}

/// <summary>
/// The rule sets a host configures in <c>AddLatihanAsn(options =&gt; options.RuleSets...)</c>. It starts with the
/// library's defaults; a host adds newer versions (chosen by date) or replaces a kind altogether.
/// </summary>
public sealed class RuleSetCatalog
{
    private readonly List<IRuleSet> _ruleSets = [];

    /// <summary>Gets the rule sets in the order they were added.</summary>
    public IReadOnlyList<IRuleSet> RuleSets => _ruleSets;

    /// <summary>
    /// Adds a rule set beside the others of its kind. If one with the same type and key exists, it is replaced.
    /// </summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>This catalog.</returns>
    public RuleSetCatalog Add(IRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _ruleSets.RemoveAll(r => r.GetType() == ruleSet.GetType() && r.Info.Key == ruleSet.Info.Key);
        _ruleSets.Add(ruleSet);
        return this;
    }

    /// <summary>Removes every rule set of the kind <typeparamref name="T"/> and adds <paramref name="ruleSet"/> as the only one.</summary>
    /// <typeparam name="T">The kind of rule set.</typeparam>
    /// <param name="ruleSet">The replacement.</param>
    /// <returns>This catalog.</returns>
    public RuleSetCatalog Replace<T>(T ruleSet)
        where T : class, IRuleSet
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        _ruleSets.RemoveAll(r => r is T);
        _ruleSets.Add(ruleSet);
        return this;
    }
}

/// <summary>
/// The rule sets in use, registered as a singleton by <c>AddLatihanAsn</c>. Rules receive their rule set from here,
/// so a host changes a threshold table without touching code. Thread-safe: it does not change after construction.
/// </summary>
public sealed class RuleSetRegistry
{
    private readonly IReadOnlyList<IRuleSet> _ruleSets;

    /// <summary>Initialises the registry.</summary>
    /// <param name="ruleSets">The rule sets, in registration order.</param>
    public RuleSetRegistry(IEnumerable<IRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        _ruleSets = ruleSets.ToArray();
    }

    /// <summary>Gets every registered rule set.</summary>
    public IReadOnlyList<IRuleSet> All => _ruleSets;

    /// <summary>
    /// Returns the rule set of kind <typeparamref name="T"/> in force on a day: among those in force, the one with the
    /// latest <see cref="RuleSetInfo.ValidFrom"/>; on a tie, the one registered last.
    /// </summary>
    /// <typeparam name="T">The kind of rule set.</typeparam>
    /// <param name="date">The day.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="InvalidOperationException">No rule set of that kind is in force on that day.</exception>
    public T InForce<T>(DateOnly date)
        where T : class, IRuleSet
    {
        T? best = null;
        foreach (var ruleSet in _ruleSets)
        {
            if (ruleSet is T candidate && candidate.Info.IsInForceOn(date) && (best is null || candidate.Info.ValidFrom >= best.Info.ValidFrom))
            {
                best = candidate;
            }
        }

        return best ?? throw new InvalidOperationException(Messages.Get("Common_NoRuleSetInForceOn", typeof(T).Name, Text.Iso(date)));
    }

    /// <summary>Returns the rule set of kind <typeparamref name="T"/> with an exact id and version, if registered.</summary>
    /// <typeparam name="T">The kind of rule set.</typeparam>
    /// <param name="id">The identifier.</param>
    /// <param name="version">The version.</param>
    /// <returns>The rule set, or <see langword="null"/>.</returns>
    public T? Find<T>(string id, string version)
        where T : class, IRuleSet =>
        _ruleSets.OfType<T>().LastOrDefault(r => r.Info.Id == id && r.Info.Version == version);

    /// <summary>Returns every registered rule set of kind <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The kind of rule set.</typeparam>
    /// <returns>The rule sets in registration order.</returns>
    public IReadOnlyList<T> OfKind<T>()
        where T : class, IRuleSet => _ruleSets.OfType<T>().ToArray();
}
