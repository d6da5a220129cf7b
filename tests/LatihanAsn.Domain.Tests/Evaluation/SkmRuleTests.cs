using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.Tests.Competencies;
using static LatihanAsn.Domain.Tests.Evaluation.Numbers;

namespace LatihanAsn.Domain.Tests.Evaluation;

public sealed class SkmGradeTests
{
    // PermenPAN-RB 14/2017: A 88.31-100.00; B 76.61-88.30; C 65.00-76.60; D 25.00-64.99, on the value rounded to 2 decimals.
    [Theory]
    [InlineData("100", "A")]
    [InlineData("88.31", "A")]
    [InlineData("88.305", "A")]   // rounds half away from zero to 88.31
    [InlineData("88.3049", "B")]
    [InlineData("88.30", "B")]
    [InlineData("76.61", "B")]
    [InlineData("76.605", "B")]
    [InlineData("76.60", "C")]
    [InlineData("76.6049", "C")]
    [InlineData("65.00", "C")]
    [InlineData("64.995", "C")]   // rounds to 65.00
    [InlineData("64.99", "D")]
    [InlineData("64.9949", "D")]
    [InlineData("25", "D")]
    [InlineData("24.975", "D")]   // below the table: only the truncated weight reaches it; still D
    public void Grades_read_the_converted_value_rounded_to_two_decimals(string converted, string letter) =>
        SkmRuleSet.Permenpanrb14Of2017.Grade(D(converted)).Letter.ShouldBe(letter);

    [Fact]
    public void The_default_names_nine_elements_U1_to_U9()
    {
        var elements = SkmRuleSet.Permenpanrb14Of2017.Elements;

        elements.Select(e => e.Code).ShouldBe(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
        elements.Single(e => e.Code == "U3").Name.ShouldBe("Waktu penyelesaian");
        elements.Single(e => e.Code == "U8").Name.ShouldBe("Penanganan pengaduan, saran dan masukan");
        SkmRuleSet.Permenpanrb14Of2017.Grades.Select(g => g.Performance.Indonesian).ShouldBe(["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"]);
    }
}

public sealed class SkmRuleTests
{
    private static readonly IReadOnlyList<SkmElement> Nine = SkmRuleSet.Permenpanrb14Of2017.Elements;

    /// <summary>n respondents answering all nine elements: every answer <paramref name="fill"/>, except the first <paramref name="lowered"/> cells (row-major) one lower.</summary>
    private static byte[] Matrix(int respondents, byte fill, int lowered)
    {
        var answers = new byte[respondents * 9];
        Array.Fill(answers, fill);
        for (var i = 0; i < lowered; i++)
        {
            answers[i]--;
        }

        return answers;
    }

    private static SkmResponse[] Responses(byte[] matrix) => matrix.Chunk(9)
        .Select(row => new SkmResponse(row.Select((a, j) => (a, j)).Where(x => x.a != 0).ToDictionary(x => $"U{x.j + 1}", x => (int)x.a)))
        .ToArray();

    [Fact]
    public void A_perfect_survey_gives_exactly_4_and_100_with_exact_weights()
    {
        var result = SkmRule.Compute(Responses(Matrix(10, 4, 0)), SkmWeights.Equal);

        result.Index.ShouldBe(4m);
        result.Converted.ShouldBe(100m);
        result.ConvertedRounded.ShouldBe(100.00m);
        result.Grade!.Letter.ShouldBe("A");
        result.Respondents.ShouldBe(10);
        result.Elements.ShouldAllBe(e => e.Nrr == 4m && e.Answers == 10 && e.Sum == 40);
    }

    [Fact]
    public void A_perfect_survey_gives_99_9_with_the_truncated_0_111_weight()
    {
        // 9 x 4 x 0.111 = 3.996; x 25 = 99.9.
        var result = SkmRule.Compute(Responses(Matrix(10, 4, 0)), SkmWeights.Truncated());

        result.Elements.ShouldAllBe(e => e.Weight == 0.111m && e.WeightedNrr == 0.444m);
        result.Index.ShouldBe(3.996m);
        result.Converted.ShouldBe(99.9m);
        result.Grade!.Letter.ShouldBe("A");
    }

    [Fact]
    public void Two_decimals_truncate_to_0_11()
    {
        var result = SkmRule.Compute(Responses(Matrix(3, 4, 0)), SkmWeights.Truncated(2));

        result.Index.ShouldBe(3.96m);
        result.Converted.ShouldBe(99m);
    }

    [Fact]
    public void The_lowest_truncated_score_is_below_the_table_and_still_D()
    {
        // Every answer 1: 9 x 1 x 0.111 = 0.999; x 25 = 24.975 -> 24.98.
        var result = SkmRule.Compute(Responses(Matrix(4, 1, 0)), SkmWeights.Truncated());

        result.ConvertedRounded.ShouldBe(24.98m);
        result.Grade!.Letter.ShouldBe("D");
    }

    // 5000 respondents x 9 elements = 45,000 answers; total sum S; index = S / 45,000; converted = index x 25.
    [Theory]
    [InlineData(4, 21051, 158949, "88.31", "A")] // 88.305 exactly: half away from zero gives A, banker's rounding would give B
    [InlineData(4, 21052, 158948, "88.30", "B")] // 88.30444..
    [InlineData(4, 42111, 137889, "76.61", "B")] // 76.605 exactly
    [InlineData(4, 42112, 137888, "76.60", "C")] // 76.60444..
    [InlineData(3, 18009, 116991, "65.00", "C")] // 64.995 exactly
    [InlineData(3, 18010, 116990, "64.99", "D")] // 64.99444..
    public void Grade_edges_are_decided_half_away_from_zero_on_exact_sums(byte fill, int lowered, int total, string rounded, string letter)
    {
        var matrix = Matrix(5000, fill, lowered);

        var result = SkmRule.Compute(matrix, Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017);

        result.Elements.Sum(e => e.Sum).ShouldBe(total);
        result.Index.ShouldBe(total / 45000m);
        result.Converted.ShouldBe(total / 45000m * 25m);
        result.ConvertedRounded.ShouldBe(D(rounded));
        result.Grade!.Letter.ShouldBe(letter);
    }

    [Theory]
    [InlineData(158949, "88.305")]
    [InlineData(137889, "76.605")]
    [InlineData(116991, "64.995")]
    public void The_midpoints_are_exact_not_approximately_so(int total, string converted) =>
        SkmRule.Compute(Matrix(5000, (byte)(total > 135000 ? 4 : 3), (total > 135000 ? 180000 : 135000) - total), Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017)
            .Converted.ShouldBe(D(converted));

    [Fact]
    public void NRR_divides_by_the_answers_to_each_element_not_by_respondents()
    {
        // U1 answered by 2 (4, 2) -> NRR 3; U2 by 3 (4, 4, 1) -> 3; every other element by 1 with 3.
        var responses = new[]
        {
            new SkmResponse(new Dictionary<string, int> { ["U1"] = 4, ["U2"] = 4, ["U3"] = 3, ["U4"] = 3, ["U5"] = 3, ["U6"] = 3, ["U7"] = 3, ["U8"] = 3, ["U9"] = 3 }),
            new SkmResponse(new Dictionary<string, int> { ["u1"] = 2, ["u2"] = 4 }),
            new SkmResponse(new Dictionary<string, int> { ["U2"] = 1 }),
        };

        var result = SkmRule.Compute(responses, SkmWeights.Equal);

        result.Elements[0].Answers.ShouldBe(2);
        result.Elements[0].Nrr.ShouldBe(3m);
        result.Elements[1].Answers.ShouldBe(3);
        result.Elements[1].Nrr.ShouldBe(3m);
        result.Index.ShouldBe(3m);
        result.Converted.ShouldBe(75m);
        result.Grade!.Letter.ShouldBe("C");
    }

    [Fact]
    public void The_span_overload_agrees_with_the_dictionary_overload()
    {
        var random = new Random(14);
        var matrix = new byte[997 * 9];
        for (var i = 0; i < matrix.Length; i++)
        {
            matrix[i] = (byte)random.Next(i % 9 == 0 ? 1 : 0, 5); // U1 always answered, others sometimes skipped
        }

        foreach (var weights in new[] { SkmWeights.Equal, SkmWeights.Truncated() })
        {
            var fromSpan = SkmRule.Compute(matrix, Nine, weights, SkmRuleSet.Permenpanrb14Of2017);
            var fromObjects = SkmRule.Compute(Responses(matrix), weights);

            fromSpan.Index.ShouldBe(fromObjects.Index);
            fromSpan.Elements.Select(e => (e.Answers, e.Sum, e.Nrr)).ShouldBe(fromObjects.Elements.Select(e => (e.Answers, e.Sum, e.Nrr)));
            fromSpan.Grade.ShouldBe(fromObjects.Grade);
        }
    }

    [Fact]
    public void Custom_weights_must_sum_to_exactly_one_and_name_every_element()
    {
        var elements = new[] { new SkmElement("U1", "a"), new SkmElement("U2", "b") };
        var weights = SkmWeights.Custom(new Dictionary<string, decimal> { ["U1"] = 0.25m, ["u2"] = 0.75m });
        var responses = new[] { new SkmResponse(new Dictionary<string, int> { ["U1"] = 4, ["U2"] = 2 }) };

        var result = SkmRule.Compute(responses, weights, SkmRuleSet.Permenpanrb14Of2017, elements);

        // 4 x 0.25 + 2 x 0.75 = 2.5 -> 62.5 (D).
        result.Index.ShouldBe(2.5m);
        result.Grade!.Letter.ShouldBe("D");
        Should.Throw<ArgumentException>(() => SkmWeights.Custom(new Dictionary<string, decimal> { ["U1"] = 0.5m, ["U2"] = 0.4m }));
        Should.Throw<ArgumentException>(() => SkmWeights.Custom(new Dictionary<string, decimal> { ["U1"] = 1.1m, ["U2"] = -0.1m }));
        Should.Throw<ArgumentException>(() => SkmRule.Compute(responses, weights));
    }

    [Fact]
    public void No_responses_or_an_element_nobody_answered_is_undefined_and_says_which()
    {
        var none = SkmRule.Compute([], SkmWeights.Equal);
        var partial = SkmRule.Compute([new SkmResponse(new Dictionary<string, int> { ["U1"] = 4 })], SkmWeights.Equal);

        none.Index.ShouldBeNull();
        none.Undefined.ShouldBe(UndefinedReason.NoAnswers);
        partial.Index.ShouldBeNull();
        partial.Grade.ShouldBeNull();
        partial.Undefined.ShouldBe(UndefinedReason.ElementWithoutAnswers);
        partial.ElementsWithoutAnswers.ShouldBe(["U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"]);
        partial.Elements[0].Nrr.ShouldBe(4m);
    }

    [Fact]
    public void Impossible_answers_are_refused_naming_the_response_and_element()
    {
        using var culture = new CultureScope("en-US");
        var matrix = Matrix(3, 4, 0);
        matrix[(2 * 9) + 4] = 5;

        Should.Throw<ArgumentOutOfRangeException>(() => SkmRule.Compute(matrix, Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017))
            .Message.ShouldContain("response 2 to element U5");
        Should.Throw<ArgumentOutOfRangeException>(() => SkmRule.Compute([new SkmResponse(new Dictionary<string, int> { ["U1"] = 0 })], SkmWeights.Equal))
            .Message.ShouldContain("element U1");
        Should.Throw<ArgumentException>(() => SkmRule.Compute([new SkmResponse(new Dictionary<string, int> { ["U10"] = 3 })], SkmWeights.Equal))
            .Message.ShouldContain("U10");
        Should.Throw<ArgumentException>(() => SkmRule.Compute(new byte[10], Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017));
        Should.Throw<ArgumentException>(() => SkmRule.Compute(new byte[9], Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017))
            .Message.ShouldContain("Response 0 has no answers");
    }

    [Fact]
    public void Scoring_is_the_same_under_another_culture()
    {
        var matrix = Matrix(5000, 4, 21051);
        var invariant = SkmRule.Compute(matrix, Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017);

        using var culture = new CultureScope("de-DE");
        var german = SkmRule.Compute(matrix, Nine, SkmWeights.Equal, SkmRuleSet.Permenpanrb14Of2017);

        german.ConvertedRounded.ShouldBe(invariant.ConvertedRounded);
        german.Grade.ShouldBe(invariant.Grade);
    }
}
