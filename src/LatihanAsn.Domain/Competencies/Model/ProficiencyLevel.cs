using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// A proficiency level of the national competency standard, 1 to 5 (PermenPAN-RB 38/2017): 1 Paham, 2 Dasar,
/// 3 Menengah, 4 Mumpuni, 5 Ahli.
/// </summary>
/// <remarks>
/// Created only through <see cref="From"/> or <see cref="TryFrom"/>, which refuse values outside 1-5. The default value
/// (<c>default(ProficiencyLevel)</c>, <see cref="Value"/> 0) means "no level" and is never a valid assessment.
/// Ordered and compared by <see cref="Value"/>.
/// </remarks>
public readonly record struct ProficiencyLevel : IComparable<ProficiencyLevel>
{
    /// <summary>The lowest level, 1.</summary>
    public const int MinValue = 1;

    /// <summary>The highest level, 5.</summary>
    public const int MaxValue = 5;

    private static readonly LocalizedText[] Names =
    [
        Messages.Both("Competencies_Level1Awareness"),
        Messages.Both("Competencies_Level2Basic"),
        Messages.Both("Competencies_Level3Intermediate"),
        Messages.Both("Competencies_Level4Advanced"),
        Messages.Both("Competencies_Level5Expert"),
    ];

    private ProficiencyLevel(int value) => Value = value;

    /// <summary>Gets level 1, Paham.</summary>
    public static ProficiencyLevel Paham => new(1);

    /// <summary>Gets level 2, Dasar.</summary>
    public static ProficiencyLevel Dasar => new(2);

    /// <summary>Gets level 3, Menengah.</summary>
    public static ProficiencyLevel Menengah => new(3);

    /// <summary>Gets level 4, Mumpuni.</summary>
    public static ProficiencyLevel Mumpuni => new(4);

    /// <summary>Gets level 5, Ahli.</summary>
    public static ProficiencyLevel Ahli => new(5);

    /// <summary>Gets the level number, 1-5 (0 only for the default value).</summary>
    public int Value { get; }

    /// <summary>Gets the level's name in Indonesian and English.</summary>
    /// <exception cref="InvalidOperationException">The value is the default (no level).</exception>
    public LocalizedText Name => Value is >= MinValue and <= MaxValue
        ? Names[Value - 1]
        : throw new InvalidOperationException("default(ProficiencyLevel) has no name.");

    /// <summary>Creates a level from its number.</summary>
    /// <param name="value">1 to 5.</param>
    /// <returns>The level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 1-5.</exception>
    public static ProficiencyLevel From(int value) =>
        TryFrom(value, out var level)
            ? level
            : throw new ArgumentOutOfRangeException(nameof(value), value, Messages.Get("Competencies_ProficiencyLevelMustFrom1To"));

    /// <summary>Creates a level from its number, or tells that the number is not a level.</summary>
    /// <param name="value">The number.</param>
    /// <param name="level">The level when the number is 1 to 5.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is 1 to 5.</returns>
    public static bool TryFrom(int value, out ProficiencyLevel level)
    {
        level = value is >= MinValue and <= MaxValue ? new ProficiencyLevel(value) : default;
        return value is >= MinValue and <= MaxValue;
    }

    /// <inheritdoc />
    public int CompareTo(ProficiencyLevel other) => Value.CompareTo(other.Value);

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower.</returns>
    public static bool operator <(ProficiencyLevel left, ProficiencyLevel right) => left.Value < right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher.</returns>
    public static bool operator >(ProficiencyLevel left, ProficiencyLevel right) => left.Value > right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(ProficiencyLevel left, ProficiencyLevel right) => left.Value <= right.Value;

    /// <summary>Compares two levels.</summary>
    /// <param name="left">The first level.</param>
    /// <param name="right">The second level.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(ProficiencyLevel left, ProficiencyLevel right) => left.Value >= right.Value;

    /// <summary>Returns the level number.</summary>
    /// <returns>The number as invariant text.</returns>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
