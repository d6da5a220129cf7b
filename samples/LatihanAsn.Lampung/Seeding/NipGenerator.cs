using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Lampung.Seeding;

/// <summary>
/// Generates valid, unique NIPs (Perka BKN 22/2007): a birth date that fits the position (age at <see cref="DemoPlan.AsOf"/>),
/// the month of first appointment (CPNS at 21-32, in the months recent intakes used; PPPK from the 2022-2025 intakes),
/// the sex digit, and a sequence counted per birth date, appointment and sex.
/// </summary>
internal sealed class NipGenerator(Random random)
{
    private static readonly int[] CpnsMonths = [1, 2, 3, 4, 12];
    private readonly Dictionary<string, int> _lastSequence = new(StringComparer.Ordinal);

    public string Next(Sex sex, PositionPlan position, bool pppk)
    {
        var asOf = DemoPlan.AsOf;
        var (youngest, oldest) = AgeRange(position);
        var birth = asOf.AddYears(-random.Next(youngest, oldest + 1)).AddDays(-random.Next(365));
        var (year, month) = pppk
            ? (random.Next(2022, asOf.Year + 1), random.Next(1, 13))
            : (Math.Min(birth.Year + random.Next(21, 33), asOf.Year - 1), CpnsMonths[random.Next(CpnsMonths.Length)]);
        var prefix = $"{birth:yyyyMMdd}{year:0000}{month:00}{(int)sex}";
        var sequence = _lastSequence.TryGetValue(prefix, out var last) ? last + 1 : 1 + random.Next(5);
        _lastSequence[prefix] = sequence;
        return $"{prefix}{sequence:000}";
    }

    private static (int Youngest, int Oldest) AgeRange(PositionPlan position) => (position.Kind, position.Grade) switch
    {
        (PositionKind.JptMadya, _) => (50, 58),
        (PositionKind.JptPratama, _) => (45, 58),
        (PositionKind.Administrator, _) => (40, 56),
        (PositionKind.Pengawas, _) => (33, 55),
        (PositionKind.Pelaksana, _) => (22, 57),
        (_, FunctionalGrade.Pemula or FunctionalGrade.Terampil) => (23, 52),
        (_, FunctionalGrade.Mahir or FunctionalGrade.Penyelia) => (30, 56),
        (_, FunctionalGrade.AhliPertama) => (24, 45),
        (_, FunctionalGrade.AhliMuda) => (32, 55),
        _ => (42, 58),
    };
}
