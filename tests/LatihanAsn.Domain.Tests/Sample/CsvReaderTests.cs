using LatihanAsn.Lampung.Csv;

namespace LatihanAsn.Domain.Tests.Sample;

public sealed class CsvReaderTests
{
    private static List<CsvRow> Rows(string content, params string[] header)
    {
        using var csv = CsvReader.Read(new StringReader(content), "data.csv", header);
        return csv.Rows().ToList();
    }

    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var rows = Rows("name,note\r\n\"Dinas \"\"Kominfo\"\", Metro\",\"baris satu\nbaris dua\"\r\nBKD,biasa\r\n", "name", "note");

        rows.Count.ShouldBe(2);
        rows[0]["name"].Value.ShouldBe("Dinas \"Kominfo\", Metro");
        rows[0]["note"].Value.ShouldBe("baris satu\nbaris dua");
        (rows[1].Line, rows[1]["note"].Line, rows[1]["note"].Column).ShouldBe((4, 4, 5));
    }

    [Fact]
    public void The_header_may_list_the_columns_in_any_order_and_case()
    {
        var row = Rows("Actual, COMPETENCY ,required\n4,M.01,3\n", "competency", "required", "actual").ShouldHaveSingleItem();

        (row["competency"].Value, row["required"].Value, row["actual"].Value).ShouldBe(("M.01", "3", "4"));
        (row["competency"].Line, row["competency"].Column).ShouldBe((2, 3));
    }

    [Fact]
    public void Blank_cells_are_missing_blank_lines_are_skipped_and_unquoted_values_are_trimmed()
    {
        var rows = Rows("a,b,c\n\n  x  , ,\"\"\n   \n", "a", "b", "c");

        var row = rows.ShouldHaveSingleItem();
        row.Line.ShouldBe(3);
        row["a"].Value.ShouldBe("x");
        row["b"].IsMissing.ShouldBeTrue();
        row["c"].IsMissing.ShouldBeTrue();
        Should.Throw<CsvException>(() => row["b"].Integer(1, 5)).Message.ShouldBe("data.csv:3:8: " + LatihanAsn.Lampung.Text.Pick("'b' kosong.", "'b' is blank."));
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("-3", -3)]
    [InlineData("0.125", 0.125)]
    public void Numbers_use_the_invariant_decimal_point(string text, decimal expected)
    {
        Rows($"x\n{text}\n", "x").Single()["x"].Number().ShouldBe(expected);
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("1,000")]
    [InlineData("lima")]
    public void Other_number_formats_are_refused_at_their_cell(string text)
    {
        var error = Should.Throw<CsvException>(() => Rows($"x,y\n\"{text}\",1\n", "x", "y").Single()["x"].Number());

        (error.File, error.Line, error.Column).ShouldBe(("data.csv", 2, 1));
    }

    [Fact]
    public void Rows_are_read_lazily_so_an_error_comes_when_its_row_is_reached()
    {
        using var csv = CsvReader.Read(new StringReader("x\n1\n2\n\"3\n"), "data.csv", "x");
        using var rows = csv.Rows().GetEnumerator();

        rows.MoveNext().ShouldBeTrue();
        rows.MoveNext().ShouldBeTrue();
        Should.Throw<CsvException>(() => rows.MoveNext()).Line.ShouldBe(4);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "competency,required,actual\nM.01,3,3\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            using var csv = CsvReader.Open(path, "competency", "required", "actual");
            csv.Rows().Single()["competency"].Value.ShouldBe("M.01");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
