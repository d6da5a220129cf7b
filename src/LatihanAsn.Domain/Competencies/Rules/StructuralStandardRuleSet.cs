using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// The default managerial and socio-cultural level required by each structural kind of position, used to build a
/// position's standard when the agency has not set levels per competency. Functional positions have no default: their
/// standard sets a level per competency.
/// </summary>
public sealed class StructuralStandardRuleSet : IRuleSet
{
    private readonly Dictionary<PositionKind, ProficiencyLevel> _levels;

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="levels">A level for each structural kind (every kind except <see cref="PositionKind.Fungsional"/>).</param>
    /// <exception cref="ArgumentException">A structural kind is missing, or <see cref="PositionKind.Fungsional"/> is given.</exception>
    public StructuralStandardRuleSet(RuleSetInfo info, IReadOnlyDictionary<PositionKind, ProficiencyLevel> levels)
    {
        Info = Guard.Against.Null(info);
        Guard.Against.Null(levels);
        var structural = Enum.GetValues<PositionKind>().Where(k => k != PositionKind.Fungsional).ToArray();
        if (levels.ContainsKey(PositionKind.Fungsional) || structural.Any(k => !levels.ContainsKey(k) || levels[k].Value == 0))
        {
            throw new ArgumentException("A level is needed for every structural kind, and none for functional positions.", nameof(levels));
        }

        _levels = levels.ToDictionary(p => p.Key, p => p.Value);
    }

    /// <summary>
    /// Gets the default (PermenPAN-RB 38/2017): JPT Madya 5, JPT Pratama 4, Administrator 3, Pengawas 2, Pelaksana 1.
    /// </summary>
    public static StructuralStandardRuleSet Permenpanrb38Of2017 { get; } = new(
        new RuleSetInfo("structural-standard/permenpanrb-38-2017", "1", "PermenPAN-RB Nomor 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN", new DateOnly(2017, 7, 19)),
        new Dictionary<PositionKind, ProficiencyLevel>
        {
            [PositionKind.JptMadya] = ProficiencyLevel.Ahli,
            [PositionKind.JptPratama] = ProficiencyLevel.Mumpuni,
            [PositionKind.Administrator] = ProficiencyLevel.Menengah,
            [PositionKind.Pengawas] = ProficiencyLevel.Dasar,
            [PositionKind.Pelaksana] = ProficiencyLevel.Paham,
        });

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Returns the default level of a structural kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The level.</returns>
    /// <exception cref="DomainRuleException"><paramref name="kind"/> is <see cref="PositionKind.Fungsional"/>.</exception>
    public ProficiencyLevel LevelFor(PositionKind kind) =>
        _levels.TryGetValue(kind, out var level)
            ? level
            : throw new DomainRuleException("functional_position_has_no_default_level", Messages.Get("Competencies_FunctionalPositionsHaveNoDefaultLevel"));

    /// <summary>
    /// Builds the requirements of a structural position: every managerial and socio-cultural competency of the
    /// framework at the kind's level.
    /// </summary>
    /// <param name="kind">The kind of position.</param>
    /// <param name="framework">The framework in force.</param>
    /// <returns>The requirements, in the framework's order.</returns>
    /// <exception cref="DomainRuleException"><paramref name="kind"/> is <see cref="PositionKind.Fungsional"/>.</exception>
    public IReadOnlyList<StandardRequirement> RequirementsFor(PositionKind kind, CompetencyFramework framework)
    {
        Guard.Against.Null(framework);
        var level = LevelFor(kind);
        return framework.Competencies
            .Where(c => c.Group is CompetencyGroup.Manajerial or CompetencyGroup.SosialKultural)
            .Select(c => new StandardRequirement(c.Code, level))
            .ToArray();
    }
}
