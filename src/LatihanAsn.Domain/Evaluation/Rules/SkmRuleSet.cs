using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>An element (unsur) of the public satisfaction survey, kept by code and name, never by position.</summary>
/// <param name="Code">The code, for example <c>U3</c>.</param>
/// <param name="Name">The name, for example <c>Waktu penyelesaian</c>.</param>
public sealed record SkmElement(string Code, string Name);

/// <summary>A grade of the converted SKM index (mutu pelayanan).</summary>
/// <param name="Letter">The grade letter, for example <c>A</c>.</param>
/// <param name="Performance">The performance word (kinerja unit pelayanan), for example <c>Sangat Baik</c> / <c>Very good</c>.</param>
/// <param name="Minimum">The lowest converted value, rounded to 2 decimals, in the grade (inclusive).</param>
/// <param name="PrintedMaximum">The upper end as the regulation prints it (for display; classification uses only the minimums).</param>
public sealed record SkmGrade(string Letter, LocalizedText Performance, decimal Minimum, decimal PrintedMaximum);

/// <summary>
/// The public satisfaction survey rules (Survei Kepuasan Masyarakat): the named elements, each answered 1-4, and the
/// grades of the converted index. Weights are chosen per survey (<see cref="SkmWeights"/>).
/// </summary>
public sealed class SkmRuleSet : IRuleSet
{
    /// <summary>The factor from the index (1-4) to the converted index (25-100).</summary>
    public const decimal ConversionFactor = 25m;

    /// <summary>The answer scale of every element: 1 (worst) to 4 (best).</summary>
    public static readonly LikertScale Scale = LikertScale.OneToFour;

    private readonly SkmElement[] _elements;
    private readonly SkmGrade[] _grades;

    /// <summary>Initialises the rule set.</summary>
    /// <param name="info">Identity, source and validity.</param>
    /// <param name="elements">The elements: at least one, codes unique regardless of case.</param>
    /// <param name="grades">The grades: at least one, distinct minimums; the lowest grade also covers any value below its minimum.</param>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public SkmRuleSet(RuleSetInfo info, IEnumerable<SkmElement> elements, IEnumerable<SkmGrade> grades)
    {
        Info = Guard.Against.Null(info);
        _elements = Guard.Against.Null(elements).ToArray();
        if (_elements.Length == 0 || _elements.Any(e => e is null || !Codes.IsValid(e.Code) || string.IsNullOrWhiteSpace(e.Name)))
        {
            throw new ArgumentException("SKM elements need a valid code and a name.", nameof(elements));
        }

        _elements = _elements.Select(e => new SkmElement(Codes.Normalise(e.Code), e.Name.Trim())).ToArray();
        if (_elements.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count() != _elements.Length)
        {
            throw new ArgumentException("SKM element codes must be unique.", nameof(elements));
        }

        _grades = Guard.Against.Null(grades).OrderByDescending(g => g.Minimum).ToArray();
        if (_grades.Length == 0 || _grades.Select(g => g.Minimum).Distinct().Count() != _grades.Length)
        {
            throw new ArgumentException("SKM grades need distinct minimums.", nameof(grades));
        }
    }

    /// <summary>
    /// Gets the default: PermenPAN-RB Nomor 14 Tahun 2017 (verified). Nine elements U1 Persyaratan; U2 Sistem,
    /// mekanisme, dan prosedur; U3 Waktu penyelesaian; U4 Biaya/tarif; U5 Produk spesifikasi jenis pelayanan;
    /// U6 Kompetensi pelaksana; U7 Perilaku pelaksana; U8 Penanganan pengaduan, saran dan masukan; U9 Sarana dan
    /// prasarana. Grades on the converted value rounded to 2 decimals: A Sangat Baik 88.31-100.00; B Baik
    /// 76.61-88.30; C Kurang Baik 65.00-76.60; D Tidak Baik 25.00-64.99 (D also covers anything below 25.00, which
    /// only the truncated weights can produce).
    /// </summary>
    public static SkmRuleSet Permenpanrb14Of2017 { get; } = new(
        new RuleSetInfo("skm/permenpanrb-14-2017", "1", "Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat", new DateOnly(2017, 1, 1)),
        [
            new SkmElement("U1", "Persyaratan"),
            new SkmElement("U2", "Sistem, mekanisme, dan prosedur"),
            new SkmElement("U3", "Waktu penyelesaian"),
            new SkmElement("U4", "Biaya/tarif"),
            new SkmElement("U5", "Produk spesifikasi jenis pelayanan"),
            new SkmElement("U6", "Kompetensi pelaksana"),
            new SkmElement("U7", "Perilaku pelaksana"),
            new SkmElement("U8", "Penanganan pengaduan, saran dan masukan"),
            new SkmElement("U9", "Sarana dan prasarana"),
        ],
        [
            new SkmGrade("A", Messages.Both("Evaluation_VeryGood"), 88.31m, 100.00m),
            new SkmGrade("B", Messages.Both("Evaluation_Good"), 76.61m, 88.30m),
            new SkmGrade("C", Messages.Both("Evaluation_Poor2"), 65.00m, 76.60m),
            new SkmGrade("D", Messages.Both("Evaluation_VeryPoor2"), 25.00m, 64.99m),
        ]);

    /// <inheritdoc />
    public RuleSetInfo Info { get; }

    /// <summary>Gets the elements, in the regulation's order.</summary>
    public IReadOnlyList<SkmElement> Elements => _elements;

    /// <summary>Gets the grades, best first.</summary>
    public IReadOnlyList<SkmGrade> Grades => _grades;

    /// <summary>
    /// Grades a converted value (index x 25): the value is rounded to 2 decimals half away from zero, as the regulation
    /// grades on two decimals, then the best grade whose minimum is at or below it is chosen (the lowest grade for
    /// anything below every minimum).
    /// </summary>
    /// <param name="converted">The unrounded converted value.</param>
    /// <returns>The grade.</returns>
    public SkmGrade Grade(decimal converted)
    {
        var rounded = Rounding.HalfAwayFromZero(converted, 2);
        foreach (var grade in _grades)
        {
            if (rounded >= grade.Minimum)
            {
                return grade;
            }
        }

        return _grades[^1];
    }
}
