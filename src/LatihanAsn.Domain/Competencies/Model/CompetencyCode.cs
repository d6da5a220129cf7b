using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// The code of a competency within a framework, for example <c>M.01</c> (Integritas) or <c>SK.01</c> (Perekat Bangsa).
/// </summary>
/// <remarks>
/// 1 to 32 characters of letters, digits, '.', '-' and '_'; trimmed and upper-cased on creation, so
/// <c>m.01</c> and <c>M.01</c> are the same code. Compared ordinally. The default value has a <see langword="null"/>
/// <see cref="Value"/> and is never valid.
/// </remarks>
public readonly record struct CompetencyCode : IComparable<CompetencyCode>
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 32;

    private CompetencyCode(string value) => Value = value;

    /// <summary>Gets the normalised code text.</summary>
    public string Value { get; }

    /// <summary>Creates a code.</summary>
    /// <param name="value">The code text.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException">The text is empty, too long or has other characters.</exception>
    public static CompetencyCode From(string value) =>
        TryFrom(value, out var code)
            ? code
            : throw new ArgumentException(Messages.Get("Competencies_InvalidCompetencyCodeUse1Letters", value, MaxLength), nameof(value));

    /// <summary>Creates a code, or tells that the text is not one.</summary>
    /// <param name="value">The code text.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryFrom(string? value, out CompetencyCode code)
    {
        code = default;
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in trimmed)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        code = new CompetencyCode(trimmed.ToUpperInvariant());
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CompetencyCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code text.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value ?? string.Empty;
}
