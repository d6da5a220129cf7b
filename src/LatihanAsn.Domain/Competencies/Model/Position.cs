using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Kinds of position (jabatan) in the Indonesian civil service.</summary>
public enum PositionKind
{
    /// <summary>Jabatan Pimpinan Tinggi Madya (senior executive).</summary>
    JptMadya = 0,

    /// <summary>Jabatan Pimpinan Tinggi Pratama (executive, for example head of a provincial agency).</summary>
    JptPratama = 1,

    /// <summary>Jabatan Administrator.</summary>
    Administrator = 2,

    /// <summary>Jabatan Pengawas (supervisor).</summary>
    Pengawas = 3,

    /// <summary>Jabatan Pelaksana (staff).</summary>
    Pelaksana = 4,

    /// <summary>Jabatan Fungsional (functional position), with a <see cref="FunctionalGrade"/>.</summary>
    Fungsional = 5,
}

/// <summary>The level (jenjang) of a functional position.</summary>
public enum FunctionalGrade
{
    /// <summary>Keterampilan: Pemula.</summary>
    Pemula = 0,

    /// <summary>Keterampilan: Terampil.</summary>
    Terampil = 1,

    /// <summary>Keterampilan: Mahir.</summary>
    Mahir = 2,

    /// <summary>Keterampilan: Penyelia.</summary>
    Penyelia = 3,

    /// <summary>Keahlian: Ahli Pertama.</summary>
    AhliPertama = 4,

    /// <summary>Keahlian: Ahli Muda.</summary>
    AhliMuda = 5,

    /// <summary>Keahlian: Ahli Madya.</summary>
    AhliMadya = 6,

    /// <summary>Keahlian: Ahli Utama.</summary>
    AhliUtama = 7,
}

/// <summary>The identity and requirements parts of an SKJ besides its competency levels. Every part is optional.</summary>
/// <param name="Summary">Summary of the position (ikhtisar jabatan).</param>
/// <param name="PerformanceMeasures">Performance measures (indikator kinerja jabatan).</param>
/// <param name="RankRequirement">Required rank (pangkat/golongan).</param>
/// <param name="EducationRequirement">Required education.</param>
/// <param name="TrainingRequirements">Required training.</param>
/// <param name="ExperienceRequirement">Required experience.</param>
public sealed record PositionProfile(
    string? Summary = null,
    IReadOnlyList<string>? PerformanceMeasures = null,
    string? RankRequirement = null,
    string? EducationRequirement = null,
    IReadOnlyList<string>? TrainingRequirements = null,
    string? ExperienceRequirement = null);

/// <summary>
/// The level a position requires in one competency: a minimum and, optionally, a maximum (a range).
/// </summary>
/// <param name="Competency">The competency.</param>
/// <param name="Minimum">The required level (the lower end of the range).</param>
/// <param name="Maximum">The upper end of the range, or <see langword="null"/> for a single required level.</param>
public sealed record StandardRequirement(CompetencyCode Competency, ProficiencyLevel Minimum, ProficiencyLevel? Maximum = null)
{
    /// <summary>Gets the level the gap and JPM are computed against: <see cref="Minimum"/>.</summary>
    public ProficiencyLevel Required => Minimum;
}

/// <summary>
/// A position's competency standard (SKJ) for a period: the required level, or range, per competency.
/// </summary>
/// <param name="ValidFrom">First day in force.</param>
/// <param name="ValidTo">Last day in force, or <see langword="null"/> while current.</param>
/// <param name="Requirements">The requirements, one per competency.</param>
public sealed record CompetencyStandard(DateOnly ValidFrom, DateOnly? ValidTo, IReadOnlyList<StandardRequirement> Requirements)
{
    /// <summary>Tells whether the standard is in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when in force.</returns>
    public bool IsInForceOn(DateOnly date) => date >= ValidFrom && (ValidTo is null || date <= ValidTo);

    /// <summary>Finds the requirement for a competency.</summary>
    /// <param name="competency">The competency.</param>
    /// <returns>The requirement, or <see langword="null"/> when the standard does not require it.</returns>
    public StandardRequirement? For(CompetencyCode competency) => Requirements.FirstOrDefault(r => r.Competency == competency);
}

/// <summary>
/// A position (jabatan) in an OPD, with its competency standards over time. Defining a new standard ends the
/// previous one the day before; standards are never edited.
/// </summary>
public sealed class Position : AggregateRoot<PositionId>, IScoped
{
    private readonly List<CompetencyStandard> _standards = [];

    private Position()
    {
        Code = Name = OpdCode = RegionCode = string.Empty;
        Profile = new PositionProfile();
    }

    /// <summary>Gets the position code.</summary>
    public string Code { get; private set; }

    /// <summary>Gets the position name, for example <c>Analis Pengaduan Masyarakat</c>.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the kind of position.</summary>
    public PositionKind Kind { get; private set; }

    /// <summary>Gets the functional grade; set only for <see cref="PositionKind.Fungsional"/>.</summary>
    public FunctionalGrade? Grade { get; private set; }

    /// <summary>Gets the OPD the position belongs to.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the region the position is located in.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the identity and requirements parts of the SKJ.</summary>
    public PositionProfile Profile { get; private set; }

    /// <summary>Gets the competency standards, oldest first.</summary>
    public IReadOnlyList<CompetencyStandard> Standards => _standards;

    /// <summary>Defines a position.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="code">The position code.</param>
    /// <param name="name">The position name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="grade">The functional grade: required for <see cref="PositionKind.Fungsional"/>, refused otherwise.</param>
    /// <param name="opdCode">The OPD.</param>
    /// <param name="regionCode">The region.</param>
    /// <param name="profile">The SKJ identity and requirements, if known.</param>
    /// <returns>The position, with a <see cref="PositionDefined"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public static Position Define(PositionId id, string code, string name, PositionKind kind, FunctionalGrade? grade, string opdCode, string regionCode, PositionProfile? profile = null)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.EnumOutOfRange(kind);
        if ((kind == PositionKind.Fungsional) != grade.HasValue)
        {
            throw new ArgumentException("A functional grade is required for functional positions and refused for the others.", nameof(grade));
        }

        var position = new Position
        {
            Id = id,
            Code = Guard.Against.NullOrWhiteSpace(code).Trim(),
            Name = Guard.Against.NullOrWhiteSpace(name).Trim(),
            Kind = kind,
            Grade = grade,
            OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim(),
            RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim(),
            Profile = profile ?? new PositionProfile(),
        };
        position.Raise(new PositionDefined(position.Id, position.Code, position.Kind));
        return position;
    }

    /// <summary>
    /// Defines the standard in force from <paramref name="validFrom"/>, ending the current one the day before.
    /// </summary>
    /// <param name="validFrom">First day; after the first day of the latest standard.</param>
    /// <param name="validTo">Last day, or <see langword="null"/>.</param>
    /// <param name="requirements">One requirement per competency, ranges with maximum not below minimum.</param>
    /// <returns>The new standard.</returns>
    /// <exception cref="ArgumentException">No requirements, a duplicate competency, or an inverted range.</exception>
    /// <exception cref="DomainRuleException"><c>standard_not_later</c>: <paramref name="validFrom"/> is not after the latest
    /// standard's first day (nothing changes).</exception>
    public CompetencyStandard DefineStandard(DateOnly validFrom, DateOnly? validTo, IEnumerable<StandardRequirement> requirements)
    {
        var list = Guard.Against.Null(requirements).ToList();
        Guard.Against.Zero(list.Count, nameof(requirements));
        foreach (var requirement in list)
        {
            Guard.Against.Default(requirement.Competency);
            Guard.Against.Default(requirement.Minimum);
            if (requirement.Maximum is { } max && (max.Value == 0 || max < requirement.Minimum))
            {
                throw new ArgumentException($"The range of {requirement.Competency} has a maximum below its minimum.", nameof(requirements));
            }
        }

        if (list.GroupBy(r => r.Competency).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("A competency appears more than once in the standard.", nameof(requirements));
        }

        if (validTo is { } end && end < validFrom)
        {
            throw new ArgumentException("validTo is before validFrom.", nameof(validTo));
        }

        if (_standards.Count > 0)
        {
            var latest = _standards[^1];
            if (validFrom <= latest.ValidFrom)
            {
                throw new DomainRuleException("standard_not_later", Messages.Get("Competencies_NewStandardPositionMustStartAfter", Code, Text.Iso(latest.ValidFrom)));
            }

            if (latest.ValidTo is null || latest.ValidTo >= validFrom)
            {
                _standards[^1] = latest with { ValidTo = validFrom.AddDays(-1) };
            }
        }

        var standard = new CompetencyStandard(validFrom, validTo, list);
        _standards.Add(standard);
        Raise(new StandardDefined(Id, validFrom, list.Count));
        return standard;
    }

    /// <summary>
    /// Defines the structural default standard in force from <paramref name="validFrom"/>: every managerial and
    /// socio-cultural competency of <paramref name="framework"/> at the level the rule set gives this position's kind.
    /// </summary>
    /// <param name="validFrom">First day; after the first day of the latest standard.</param>
    /// <param name="validTo">Last day, or <see langword="null"/>.</param>
    /// <param name="rules">The structural standard rule set in force on <paramref name="validFrom"/>.</param>
    /// <param name="framework">The default framework in force on <paramref name="validFrom"/>.</param>
    /// <returns>The new standard.</returns>
    /// <exception cref="DomainRuleException"><c>functional_standard_needs_requirements</c>: the position is functional, so it
    /// has no structural default; <c>standard_not_later</c>: as <see cref="DefineStandard"/>. Nothing changes then.</exception>
    public CompetencyStandard DefineStructuralStandard(DateOnly validFrom, DateOnly? validTo, StructuralStandardRuleSet rules, CompetencyFramework framework)
    {
        Guard.Against.Null(rules);
        Guard.Against.Null(framework);
        if (Kind == PositionKind.Fungsional)
        {
            throw new DomainRuleException("functional_standard_needs_requirements", Messages.Get("Competencies_FunctionalPositionHasNoStructuralDefault", Code));
        }

        return DefineStandard(validFrom, validTo, rules.RequirementsFor(Kind, framework));
    }

    /// <summary>Returns the standard in force on a day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The standard, or <see langword="null"/> when none is in force.</returns>
    public CompetencyStandard? StandardOn(DateOnly date) => _standards.LastOrDefault(s => s.IsInForceOn(date));
}
