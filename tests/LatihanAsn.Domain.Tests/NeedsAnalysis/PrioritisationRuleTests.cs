using FsCheck.Xunit;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Tests.Competencies;

namespace LatihanAsn.Domain.Tests.NeedsAnalysis;

internal static class Ratings
{
    /// <summary>Answers from "R/C" cells per respondent; "-" is a missing rating, e.g. "5/3", "4/-".</summary>
    public static IEnumerable<RatingPair> Of(string item, params string[] cells) =>
        cells.Select((cell, i) =>
        {
            var parts = cell.Split('/');
            int? Parse(string s) => s == "-" ? null : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            return new RatingPair($"r{i}", item, Parse(parts[0]), Parse(parts[1]));
        });
}

public sealed class BorichRuleTests
{
    [Fact]
    public void MWDS_is_mean_importance_times_mean_discrepancy_over_pairwise_complete_respondents()
    {
        // Hand computation: complete pairs (5,3) (4,4) (5,2): ΣR = 14, ΣC = 9, N = 3.
        // Σ(R-C) x mean(R) / N = 5 x (14/3) / 3 = 70/9; mean(R) x (mean(R) - mean(C)) = 14/3 x 5/3 = 70/9.
        var answers = Ratings.Of("M.03", "5/3", "4/4", "5/2", "5/-", "-/1");

        var item = BorichRule.Compute(answers, RatingScale.OneToFive).Single();

        item.N.ShouldBe(3);
        item.MeanImportance!.Value.ShouldBe(14m / 3m, 0.0000000000000000000000001m);
        item.MeanCompetence.ShouldBe(3m);
        item.Mwds!.Value.ShouldBe(70m / 9m, 0.0000000000000000000000001m);
        item.Rank.ShouldBe(1);
    }

    [Fact]
    public void Undefined_items_are_listed_last_without_a_rank_and_negatives_rank_below_positives()
    {
        var answers = Ratings.Of("A", "2/4", "3/4")          // negative: no need
            .Concat(Ratings.Of("B", "5/1", "4/2"))            // positive
            .Concat(Ratings.Of("C", "5/-", "-/2"))            // N = 0
            .Concat(Ratings.Of("D", "3/3", "4/4"));           // zero

        var items = BorichRule.Compute(answers, RatingScale.OneToFive);

        items.Select(i => (i.Item, i.Rank)).ShouldBe([("B", (int?)1), ("D", 2), ("A", 3), ("C", null)]);
        items[3].Mwds.ShouldBeNull();
        items[3].N.ShouldBe(0);
        items[2].Mwds.ShouldBe(-15m / 4m); // ΣR 5, ΣC 8, N 2: (5-8) x 5 / 4
    }

    [Fact]
    public void Equal_values_share_a_rank_and_the_next_rank_skips()
    {
        var answers = Ratings.Of("A", "5/3").Concat(Ratings.Of("B", "5/3")).Concat(Ratings.Of("C", "5/1")).Concat(Ratings.Of("D", "4/3"));

        var ranks = BorichRule.Compute(answers, RatingScale.OneToFive).Select(i => (i.Item, i.Rank));

        ranks.ShouldBe([("C", (int?)1), ("A", 2), ("B", 2), ("D", 4)]);
    }

    [Fact]
    public void Ties_are_decided_on_exact_values_not_on_rounded_ones()
    {
        // A: ΣR 14 ΣC 9 N 3 -> 70/9 = 7.777…; B: ΣR 7 ΣC 2 N 2 -> 35/4 = 8.75 vs 70/9: distinct; C: ΣR 28 ΣC 18 N 6 -> 280/36 = 70/9: tie with A.
        var answers = Ratings.Of("A", "5/3", "4/4", "5/2")
            .Concat(Ratings.Of("B", "4/1", "3/1"))
            .Concat(Ratings.Of("C", "5/3", "4/4", "5/2", "5/3", "4/4", "5/2"));

        BorichRule.Compute(answers, RatingScale.OneToFive).Select(i => (i.Item, i.Rank)).ShouldBe([("B", (int?)1), ("A", 2), ("C", 2)]);
    }

    [Theory]
    [InlineData(1, 5, 20)]
    [InlineData(1, 7, 42)]
    [InlineData(0 + 1, 4, 12)]
    public void The_maximum_is_max_times_the_range(int min, int max, int expected) =>
        BorichRule.Maximum(new RatingScale(min, max)).ShouldBe(expected);

    [Theory]
    [InlineData("6/3")]
    [InlineData("0/3")]
    [InlineData("3/9")]
    public void A_rating_off_the_scale_is_refused_with_where(string cell)
    {
        using var culture = new CultureScope("en-US");
        var error = Should.Throw<ArgumentOutOfRangeException>(() => BorichRule.Compute(Ratings.Of("M.01", "3/3", cell), RatingScale.OneToFive));
        error.Message.ShouldContain("r1, M.01");
        error.Message.ShouldContain("outside the scale 1-5");
    }

    [Property]
    public bool MWDS_is_zero_when_importance_equals_competence_everywhere(byte[] levels) =>
        BorichRule.Compute(levels.Select((l, i) => new RatingPair($"r{i}", $"I{i % 3}", (l % 5) + 1, (l % 5) + 1)), RatingScale.OneToFive)
            .All(i => i.Mwds is null or 0m);

    [Property]
    public bool Ranks_are_a_competition_ranking_of_the_defined_items(byte[] importance, byte[] competence)
    {
        var n = Math.Min(importance.Length, competence.Length);
        var answers = Enumerable.Range(0, n).Select(i => new RatingPair($"r{i}", $"I{i % 7}", (importance[i] % 5) + 1, (competence[i] % 5) + 1));
        var ranked = BorichRule.Compute(answers, RatingScale.OneToFive).Where(i => i.Rank is not null).ToList();
        // every rank equals 1 + the number of items with a strictly higher MWDS, and the list is ordered by rank
        return ranked.All(i => i.Rank == 1 + ranked.Count(o => o.Mwds > i.Mwds))
            && ranked.Select(i => i.Rank).SequenceEqual(ranked.Select(i => i.Rank).Order());
    }
}

public sealed class LocusForFocusRuleTests
{
    [Fact]
    public void Lines_are_the_means_of_the_item_means_and_a_value_on_a_line_is_high()
    {
        // A: x 4.5, y 1.5; B: x 3.5, y 0.5; C: x 4.0, y 1.0 (exactly on both lines); D: x 3.5, y 2.0; E: x 4.5, y 0.0.
        // Lines: x̄ = (4.5 + 3.5 + 4 + 3.5 + 4.5) / 5 = 4.0; ȳ = (1.5 + 0.5 + 1 + 2 + 0) / 5 = 1.0.
        var answers = Ratings.Of("A", "5/3", "4/3")
            .Concat(Ratings.Of("B", "4/3", "3/3"))
            .Concat(Ratings.Of("C", "4/3", "4/3"))
            .Concat(Ratings.Of("D", "4/2", "3/1"))
            .Concat(Ratings.Of("E", "5/5", "4/4"))
            .Concat(Ratings.Of("F", "4/-"));

        var result = LocusForFocusRule.Compute(answers, RatingScale.OneToFive);

        result.ImportanceLine.ShouldBe(4.0m);
        result.DiscrepancyLine.ShouldBe(1.0m);
        result.Items.Select(i => (i.Item, i.Quadrant)).ShouldBe([
            ("A", (LocusQuadrant?)LocusQuadrant.HH),
            ("B", LocusQuadrant.LL),
            ("C", LocusQuadrant.HH),
            ("D", LocusQuadrant.LH),
            ("E", LocusQuadrant.HL),
            ("F", null)]);
    }

    [Fact]
    public void Lines_are_exact_for_repeating_means()
    {
        // Means 1/3, 2/3, 1 → line 2/3 exactly: the middle item is on it (high), whatever decimal rounding would do.
        var answers = Ratings.Of("A", "2/1", "1/1", "1/1").Concat(Ratings.Of("B", "2/1", "2/1", "1/1")).Concat(Ratings.Of("C", "2/1", "2/1", "2/1"));

        var result = LocusForFocusRule.Compute(answers, RatingScale.OneToFive);

        result.Items.Single(i => i.Item == "B").Quadrant.ShouldBe(LocusQuadrant.HH);
        result.Items.Single(i => i.Item == "A").Quadrant.ShouldBe(LocusQuadrant.LL);
    }

    [Fact]
    public void No_answered_item_gives_no_lines() =>
        LocusForFocusRule.Compute(Ratings.Of("A", "4/-"), RatingScale.OneToFive).ImportanceLine.ShouldBeNull();

    [Fact]
    public void The_combined_ranking_puts_items_in_both_lists_first()
    {
        // Lines: x̄ = (4.5 + 3.5 + 4 + 3.5 + 4.5) / 5 = 4; ȳ = (1.5 + 2.5 + 1 + 0.5 - 0.5) / 5 = 1.
        // HH: A and C (n = 2) -> Borich top 2 = B, A. A is in both (tier 1); B and C in one (tier 2, by MWDS); D, E in none.
        var answers = Ratings.Of("A", "5/3", "4/3")        // x 4.5 y 1.5    mwds 3 x 9 / 4 = 6.75 (HH)
            .Concat(Ratings.Of("B", "4/1", "3/1"))          // x 3.5 y 2.5    mwds 5 x 7 / 4 = 8.75 (LH)
            .Concat(Ratings.Of("C", "4/3", "4/3"))          // x 4   y 1      mwds 2 x 8 / 4 = 4    (HH, on both lines)
            .Concat(Ratings.Of("D", "4/3", "3/3"))          // x 3.5 y 0.5    mwds 1 x 7 / 4 = 1.75 (LL)
            .Concat(Ratings.Of("E", "5/5", "4/5"));         // x 4.5 y -0.5   mwds -1 x 9 / 4       (HL)
        var sums = ItemSums.From(answers, RatingScale.OneToFive);

        var combined = LocusForFocusRule.Combine(sums);

        combined.Select(c => (c.Item, c.Tier, c.Rank)).ShouldBe([
            ("A", (int?)1, (int?)1),
            ("B", 2, 2),
            ("C", 2, 3),
            ("D", 3, 4),
            ("E", 3, 5)]);
        combined.Single(c => c.Item == "B").InBorichTop.ShouldBeTrue();
        combined.Single(c => c.Item == "B").InHighHigh.ShouldBeFalse();
    }
}

public sealed class HennessyHicksAndProposalTests
{
    [Fact]
    public void Need_is_mean_importance_minus_performance_on_1_to_7()
    {
        var answers = Ratings.Of("Q1", "7/4", "6/5").Concat(Ratings.Of("Q2", "7/1", "5/5")).Concat(Ratings.Of("Q3", "4/4"));

        var items = HennessyHicksRule.Compute(answers, RatingScale.OneToSeven);

        items.Select(i => (i.Item, i.MeanNeed, i.Rank)).ShouldBe([("Q2", (decimal?)3m, (int?)1), ("Q1", 2m, 2), ("Q3", 0m, 3)]);
        Should.Throw<ArgumentOutOfRangeException>(() => HennessyHicksRule.Compute(Ratings.Of("Q1", "8/1"), RatingScale.OneToSeven));
    }

    [Fact]
    public void Proposals_are_ranked_by_respondents_then_units_with_topics_normalised()
    {
        var proposals = new[]
        {
            new Proposal("a", "OPD1", "TI untuk administrasi"),
            new Proposal("b", "OPD2", "  ti untuk   ADMINISTRASI "),
            new Proposal("b", "OPD2", "TI untuk administrasi"),        // same respondent again: counts once
            new Proposal("c", "OPD1", "Negosiasi", CompetencyCode.From("M.03")),
            new Proposal("d", "OPD1", "negosiasi", CompetencyCode.From("M.03")),
            new Proposal("e", "OPD3", "Manajemen konflik"),
            new Proposal("f", "OPD3", " "),
        };

        var ranked = ProposalRule.Rank(proposals);

        ranked.Select(p => (p.Topic, p.Frequency, p.Spread, p.Rank)).ShouldBe([
            ("TI untuk administrasi", 2, 2, 1),
            ("Negosiasi", 2, 1, 2),
            ("Manajemen konflik", 1, 1, 3)]);
        ranked[1].Competency.ShouldBe(CompetencyCode.From("M.03"));
    }
}

public sealed class RatingScaleTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(3, 3)]
    [InlineData(5, 1)]
    [InlineData(1, 101)]
    public void Impossible_scales_are_refused(int min, int max) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new RatingScale(min, max));
}
