using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>The three groups of competencies of PermenPAN-RB 38/2017.</summary>
public enum CompetencyGroup
{
    /// <summary>Kompetensi teknis: technical competencies, defined by each agency.</summary>
    Teknis = 0,

    /// <summary>Kompetensi manajerial: the eight managerial competencies.</summary>
    Manajerial = 1,

    /// <summary>Kompetensi sosial kultural: Perekat Bangsa.</summary>
    SosialKultural = 2,
}

/// <summary>What one proficiency level of a competency means: a description and its behaviour indicators.</summary>
/// <param name="Level">The level.</param>
/// <param name="Description">The level's description (Indonesian).</param>
/// <param name="Indicators">The behaviour indicators (Indonesian), possibly empty.</param>
public sealed record LevelDescriptor(ProficiencyLevel Level, string Description, IReadOnlyList<string> Indicators);

/// <summary>A competency as defined in a framework.</summary>
/// <param name="Code">The code, unique within the framework.</param>
/// <param name="Name">The name (Indonesian), for example <c>Integritas</c>.</param>
/// <param name="Group">The group.</param>
/// <param name="Definition">The definition (Indonesian).</param>
/// <param name="Levels">One descriptor for each of the five levels, in level order.</param>
public sealed record CompetencyDefinition(
    CompetencyCode Code,
    string Name,
    CompetencyGroup Group,
    string Definition,
    IReadOnlyList<LevelDescriptor> Levels)
{
    /// <summary>Returns the descriptor of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The descriptor.</returns>
    public LevelDescriptor Describe(ProficiencyLevel level) => Levels.First(l => l.Level == level);
}

/// <summary>
/// A version of a competency framework (a competency dictionary): the competencies, their groups and what each
/// level means. A version is never edited; a change is a new version (<see cref="NextVersion"/>), and the previous
/// one ends the day before the new one starts.
/// </summary>
/// <remarks>The national default is PermenPAN-RB 38/2017 (8 managerial competencies and Perekat Bangsa), shipped in
/// <c>Reference.Permenpanrb38Of2017</c>. Agencies add their technical competencies as their own frameworks.</remarks>
public sealed class CompetencyFramework : AggregateRoot<FrameworkId>
{
    private readonly List<CompetencyDefinition> _competencies = [];

    private CompetencyFramework()
    {
        Code = Name = Source = string.Empty;
    }

    /// <summary>Gets the framework's code, shared by all its versions.</summary>
    public string Code { get; private set; }

    /// <summary>Gets the framework's name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the version number, from 1.</summary>
    public int Version { get; private set; }

    /// <summary>Gets the regulation or decision that defines this version.</summary>
    public string Source { get; private set; }

    /// <summary>Gets the first day this version is in force.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>Gets the last day this version is in force, or <see langword="null"/> while it is the current one.</summary>
    public DateOnly? ValidTo { get; private set; }

    /// <summary>Gets the competencies, in definition order.</summary>
    public IReadOnlyList<CompetencyDefinition> Competencies => _competencies;

    /// <summary>Defines version 1 of a framework.</summary>
    /// <param name="id">The new version's identifier.</param>
    /// <param name="code">The framework code.</param>
    /// <param name="name">The framework name.</param>
    /// <param name="source">The defining regulation or decision.</param>
    /// <param name="validFrom">First day in force.</param>
    /// <param name="competencies">The competencies: unique codes, each with exactly one descriptor for every level 1-5.</param>
    /// <returns>The framework, with a <see cref="FrameworkDefined"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed (empty text, no competencies, duplicate codes, missing levels).</exception>
    public static CompetencyFramework Define(FrameworkId id, string code, string name, string source, DateOnly validFrom, IEnumerable<CompetencyDefinition> competencies)
    {
        var framework = Create(id, code, name, 1, source, validFrom, competencies);
        framework.Raise(new FrameworkDefined(framework.Id, framework.Code, framework.Version));
        return framework;
    }

    /// <summary>
    /// Creates the next version of this framework and ends this one the day before <paramref name="validFrom"/>.
    /// </summary>
    /// <param name="id">The new version's identifier.</param>
    /// <param name="source">The regulation or decision behind the new version.</param>
    /// <param name="validFrom">First day of the new version; after this version's first day.</param>
    /// <param name="competencies">The new version's competencies.</param>
    /// <returns>The new version, with a <see cref="FrameworkDefined"/> event pending; this version has a
    /// <see cref="FrameworkRetired"/> event pending.</returns>
    /// <exception cref="DomainRuleException"><c>framework_superseded</c>: this version has already been succeeded;
    /// <c>framework_version_not_later</c>: <paramref name="validFrom"/> is not after its first day. Nothing changes then.</exception>
    public CompetencyFramework NextVersion(FrameworkId id, string source, DateOnly validFrom, IEnumerable<CompetencyDefinition> competencies)
    {
        if (ValidTo is not null)
        {
            throw new DomainRuleException("framework_superseded", Messages.Get("Competencies_FrameworkVersionHasAlreadySucceeded", Code, Version));
        }

        if (validFrom <= ValidFrom)
        {
            throw new DomainRuleException("framework_version_not_later", Messages.Get("Competencies_NewVersionFrameworkMustStartAfter", Code, Text.Iso(ValidFrom)));
        }

        var next = Create(id, Code, Name, Version + 1, source, validFrom, competencies);
        ValidTo = validFrom.AddDays(-1);
        Raise(new FrameworkRetired(Id, Code, Version, ValidTo.Value));
        next.Raise(new FrameworkDefined(next.Id, next.Code, next.Version));
        return next;
    }

    /// <summary>Finds a competency by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The competency, or <see langword="null"/>.</returns>
    public CompetencyDefinition? Find(CompetencyCode code) => _competencies.Find(c => c.Code == code);

    /// <summary>Tells whether this version is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    private static CompetencyFramework Create(FrameworkId id, string code, string name, int version, string source, DateOnly validFrom, IEnumerable<CompetencyDefinition> competencies)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.NullOrWhiteSpace(source);
        var list = Guard.Against.Null(competencies).ToList();
        Guard.Against.Zero(list.Count, nameof(competencies));
        foreach (var competency in list)
        {
            CheckDefinition(competency);
        }

        var duplicate = list.GroupBy(c => c.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Competency code {duplicate.Key} appears more than once.", nameof(competencies));
        }

        var framework = new CompetencyFramework
        {
            Id = id,
            Code = code.Trim(),
            Name = name.Trim(),
            Version = version,
            Source = source.Trim(),
            ValidFrom = validFrom,
        };
        framework._competencies.AddRange(list);
        return framework;
    }

    private static void CheckDefinition(CompetencyDefinition competency)
    {
        Guard.Against.Null(competency);
        Guard.Against.Default(competency.Code);
        Guard.Against.NullOrWhiteSpace(competency.Name);
        Guard.Against.NullOrWhiteSpace(competency.Definition);
        Guard.Against.EnumOutOfRange(competency.Group);
        var levels = Guard.Against.Null(competency.Levels);
        var numbers = levels.Select(l => l.Level.Value).ToArray();
        if (!numbers.SequenceEqual([1, 2, 3, 4, 5]))
        {
            throw new ArgumentException($"Competency {competency.Code} must describe levels 1 to 5 once each, in order.", nameof(competency));
        }

        foreach (var level in levels)
        {
            Guard.Against.NullOrWhiteSpace(level.Description);
            Guard.Against.Null(level.Indicators);
        }
    }
}
