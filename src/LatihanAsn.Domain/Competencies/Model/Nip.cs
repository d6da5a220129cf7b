using System.Globalization;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Sex as encoded in the 15th digit of a NIP.</summary>
public enum Sex
{
    /// <summary>Digit 1.</summary>
    Male = 1,

    /// <summary>Digit 2.</summary>
    Female = 2,
}

/// <summary>
/// The 18-digit civil-servant number (NIP), Perka BKN 22/2007: birth date (yyyyMMdd), first appointment as CPNS/PNS
/// (yyyyMM), sex (1 male, 2 female) and a 3-digit sequence. The regulation's own example is
/// <c>19660801 198803 1 001</c>.
/// </summary>
/// <remarks>
/// <see cref="Parse"/> accepts the digits with or without spaces and refuses a number whose birth date is not a real
/// date, whose appointment month is not a real month or not after the birth date, whose sex digit is not 1 or 2, or
/// whose sequence is 000. Years before 1900 are refused. Equality and order are on the 18 digits (ordinal).
/// </remarks>
public readonly record struct Nip : IComparable<Nip>, IComparable
{
    private Nip(string value) => Value = value;

    /// <summary>Gets the 18 digits, without spaces.</summary>
    public string Value { get; }

    /// <summary>Gets the birth date (digits 1-8).</summary>
    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Gets the year of first appointment (digits 9-12).</summary>
    public int AppointmentYear => int.Parse(Value.AsSpan(8, 4), CultureInfo.InvariantCulture);

    /// <summary>Gets the month of first appointment (digits 13-14).</summary>
    public int AppointmentMonth => int.Parse(Value.AsSpan(12, 2), CultureInfo.InvariantCulture);

    /// <summary>Gets the sex (digit 15).</summary>
    public Sex Sex => (Sex)(Value[14] - '0');

    /// <summary>Gets the sequence number (digits 16-18).</summary>
    public int Sequence => int.Parse(Value.AsSpan(15, 3), CultureInfo.InvariantCulture);

    /// <summary>Parses a NIP.</summary>
    /// <param name="text">The number, spaces allowed.</param>
    /// <returns>The NIP.</returns>
    /// <exception cref="FormatException">The text is not a valid NIP; the message says why.</exception>
    public static Nip Parse(string text) =>
        TryParse(text, out var nip, out var error) ? nip : throw new FormatException(error);

    /// <summary>Parses a NIP, or says why the text is not one.</summary>
    /// <param name="text">The number, spaces allowed.</param>
    /// <param name="nip">The NIP when valid.</param>
    /// <param name="error">Why it is invalid (in the caller's language), or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool TryParse(string? text, out Nip nip, out string? error)
    {
        nip = default;
        error = Check(text, out var digits);
        if (error is not null)
        {
            return false;
        }

        nip = new Nip(digits!);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Nip other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    /// <remarks>Needed where order keys are boxed, as in a specification's <c>OrderBy</c> evaluated in memory.</remarks>
    public int CompareTo(object? obj) => obj is Nip other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a Nip.", nameof(obj));

    /// <summary>Returns the NIP grouped as the regulation writes it: <c>19660801 198803 1 001</c>.</summary>
    /// <returns>The grouped digits.</returns>
    public string ToGroupedString() => Value is null ? string.Empty : $"{Value[..8]} {Value[8..14]} {Value[14]} {Value[15..]}";

    /// <summary>Returns the 18 digits.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value ?? string.Empty;

    private static string? Check(string? text, out string? digits)
    {
        digits = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Messages.Get("Competencies_NIPEmpty");
        }

        var compact = text.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (compact.Length != 18 || !compact.All(char.IsAsciiDigit))
        {
            return Messages.Get("Competencies_NIPMustHave18Digits", text);
        }

        if (!DateOnly.TryParseExact(compact.AsSpan(0, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return Messages.Get("Competencies_NIPBirthDateNotRealDate", text, compact[..8]);
        }

        var year = int.Parse(compact.AsSpan(8, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(compact.AsSpan(12, 2), CultureInfo.InvariantCulture);
        if (year < 1900 || month is < 1 or > 12)
        {
            return Messages.Get("Competencies_NIPAppointmentMonthNotRealMonth", text, compact[8..14]);
        }

        if (new DateOnly(year, month, DateTime.DaysInMonth(year, month)) <= birth)
        {
            return Messages.Get("Competencies_NIPAppointmentNotAfterBirthDate", text, compact[8..14]);
        }

        if (compact[14] is not ('1' or '2'))
        {
            return Messages.Get("Competencies_NIPSexDigitMust1Or", text, compact[14]);
        }

        if (compact.AsSpan(15, 3).SequenceEqual("000"))
        {
            return Messages.Get("Competencies_NIPSequence000DoesNotExist", text);
        }

        digits = compact;
        return null;
    }
}
