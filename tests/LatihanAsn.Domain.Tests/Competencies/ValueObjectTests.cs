using System.Globalization;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Tests.Competencies;

public sealed class ProficiencyLevelTests
{
    [Theory]
    [InlineData(1, "Paham (dalam pengembangan)", "Awareness (developing)")]
    [InlineData(2, "Dasar", "Basic")]
    [InlineData(3, "Menengah", "Intermediate")]
    [InlineData(4, "Mumpuni", "Advanced")]
    [InlineData(5, "Ahli", "Expert")]
    public void From_accepts_levels_1_to_5_with_their_names(int value, string indonesian, string english)
    {
        var level = ProficiencyLevel.From(value);

        level.Value.ShouldBe(value);
        level.Name.Indonesian.ShouldBe(indonesian);
        level.Name.English.ShouldBe(english);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void From_refuses_values_outside_1_to_5(int value)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ProficiencyLevel.From(value));
        ProficiencyLevel.TryFrom(value, out var level).ShouldBeFalse();
        level.ShouldBe(default);
    }

    [Fact]
    public void Levels_are_ordered_by_value()
    {
        (ProficiencyLevel.Dasar < ProficiencyLevel.Menengah).ShouldBeTrue();
        (ProficiencyLevel.Ahli >= ProficiencyLevel.Ahli).ShouldBeTrue();
        ProficiencyLevel.Paham.CompareTo(ProficiencyLevel.Mumpuni).ShouldBeLessThan(0);
    }
}

public sealed class CompetencyCodeTests
{
    [Theory]
    [InlineData("M.01", "M.01")]
    [InlineData(" m.01 ", "M.01")]
    [InlineData("SK.01", "SK.01")]
    [InlineData("TEK-PKB_7", "TEK-PKB_7")]
    public void From_trims_and_upper_cases(string input, string expected) =>
        CompetencyCode.From(input).Value.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("M 01")]
    [InlineData("M/01")]
    [InlineData("KOMPETENSI-DENGAN-KODE-YANG-SANGAT-PANJANG")]
    public void From_refuses_invalid_text(string input)
    {
        Should.Throw<ArgumentException>(() => CompetencyCode.From(input));
        CompetencyCode.TryFrom(input, out _).ShouldBeFalse();
    }

    [Fact]
    public void Codes_differing_only_in_case_are_equal() =>
        CompetencyCode.From("m.05").ShouldBe(CompetencyCode.From("M.05"));
}

public sealed class NipTests
{
    [Fact]
    public void The_regulation_example_is_valid_and_decoded()
    {
        var nip = Nip.Parse("19660801 198803 1 001");

        nip.Value.ShouldBe("196608011988031001");
        nip.BirthDate.ShouldBe(new DateOnly(1966, 8, 1));
        nip.AppointmentYear.ShouldBe(1988);
        nip.AppointmentMonth.ShouldBe(3);
        nip.Sex.ShouldBe(Sex.Male);
        nip.Sequence.ShouldBe(1);
        nip.ToGroupedString().ShouldBe("19660801 198803 1 001");
    }

    [Theory]
    [InlineData("199008012015032005", Sex.Female)]
    [InlineData("200002292022011999", Sex.Male)]
    public void Valid_numbers_parse(string text, Sex sex) => Nip.Parse(text).Sex.ShouldBe(sex);

    [Theory]
    [InlineData("", "kosong")]
    [InlineData("19660801198803100", "18 digit")]
    [InlineData("1966080119880310011", "18 digit")]
    [InlineData("19660801A98803100 1", "18 digit")]
    [InlineData("196602311988031001", "tanggal lahir")]
    [InlineData("190002291988031001", "tanggal lahir")]
    [InlineData("189912311988031001", "tanggal lahir")]
    [InlineData("196608011988131001", "bulan pengangkatan")]
    [InlineData("196608011988001001", "bulan pengangkatan")]
    [InlineData("196608011966071001", "tidak sesudah tanggal lahir")]
    [InlineData("196608011988033001", "jenis kelamin")]
    [InlineData("196608011988030001", "jenis kelamin")]
    [InlineData("196608011988031000", "000")]
    public void Invalid_numbers_are_refused_with_the_reason(string text, string reason)
    {
        using var culture = new CultureScope("id-ID");

        Nip.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain(reason);
        Should.Throw<FormatException>(() => Nip.Parse(text)).Message.ShouldContain(reason);
    }

    [Fact]
    public void The_reason_is_in_English_under_an_English_culture()
    {
        using var culture = new CultureScope("en-GB");

        Nip.TryParse("196602311988031001", out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("birth date");
    }
}

/// <summary>Sets the current culture and UI culture for the duration of a test.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
