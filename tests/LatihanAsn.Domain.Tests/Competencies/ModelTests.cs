using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Domain.Tests.Competencies;

internal static class Make
{
    public static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Employee Employee(string region = "1872", string opd = "OPD-A") =>
        LatihanAsn.Domain.Competencies.Employee.Register(EmployeeId.New(), Nip.Parse("199008012015031001"), "Rina", EmploymentType.Pns, PositionId.New(), opd, region);

    public static CompetencyAssessment Assessment(Employee employee, AssessmentSource source, string day, int level, string code = "M.01", bool pending = false, DateTimeOffset? recordedAt = null) =>
        CompetencyAssessment.Record(
            AssessmentId.New(), employee, source, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), "Asesor",
            [new AssessedLevel(CompetencyCode.From(code), ProficiencyLevel.From(level))], recordedAt ?? At, pending);
}

public sealed class ProfileRuleTests
{
    private static readonly DateOnly AsOf = new(2026, 6, 30);
    private static readonly CompetencyCode M01 = CompetencyCode.From("M.01");

    [Theory]
    // a later assessment wins whatever its source (except self, which does not count by default)
    [InlineData(AssessmentSource.AssessmentCentre, "2025-01-10", 2, AssessmentSource.Supervisor, "2026-02-01", 3, 3)]
    [InlineData(AssessmentSource.Supervisor, "2026-02-01", 3, AssessmentSource.AssessmentCentre, "2025-01-10", 2, 3)]
    // the same day: the more authoritative source wins
    [InlineData(AssessmentSource.Supervisor, "2026-02-01", 3, AssessmentSource.AssessmentCentre, "2026-02-01", 2, 2)]
    [InlineData(AssessmentSource.Test, "2026-02-01", 4, AssessmentSource.ThreeSixty, "2026-02-01", 2, 4)]
    // self assessment does not count
    [InlineData(AssessmentSource.AssessmentCentre, "2025-01-10", 2, AssessmentSource.Self, "2026-05-01", 5, 2)]
    public void The_latest_valid_assessment_wins_then_source_precedence(
        AssessmentSource firstSource, string firstDay, int firstLevel, AssessmentSource secondSource, string secondDay, int secondLevel, int expected)
    {
        var employee = Make.Employee();
        var assessments = new[]
        {
            Make.Assessment(employee, firstSource, firstDay, firstLevel),
            Make.Assessment(employee, secondSource, secondDay, secondLevel),
        };

        var profile = ProfileRule.Current(employee.Id, assessments, AsOf, ProfilePolicyRuleSet.Default);

        profile.LevelOf(M01).ShouldBe(ProficiencyLevel.From(expected));
    }

    [Fact]
    public void Same_day_and_source_the_later_recorded_wins()
    {
        var employee = Make.Employee();
        var first = Make.Assessment(employee, AssessmentSource.Supervisor, "2026-02-01", 2, recordedAt: Make.At);
        var second = Make.Assessment(employee, AssessmentSource.Supervisor, "2026-02-01", 4, recordedAt: Make.At.AddHours(1));

        ProfileRule.Current(employee.Id, [second, first], AsOf, ProfilePolicyRuleSet.Default).LevelOf(M01).ShouldBe(ProficiencyLevel.Mumpuni);
        ProfileRule.Current(employee.Id, [first, second], AsOf, ProfilePolicyRuleSet.Default).LevelOf(M01).ShouldBe(ProficiencyLevel.Mumpuni);
    }

    [Fact]
    public void Pending_rejected_superseded_future_and_other_employees_assessments_do_not_count()
    {
        var employee = Make.Employee();
        var other = Make.Employee();
        var valid = Make.Assessment(employee, AssessmentSource.Supervisor, "2025-01-01", 2);
        var pending = Make.Assessment(employee, AssessmentSource.Test, "2026-03-01", 5, pending: true);
        var rejected = Make.Assessment(employee, AssessmentSource.Test, "2026-03-02", 5, pending: true);
        rejected.Reject("Atasan", "Tidak sesuai");
        var superseded = Make.Assessment(employee, AssessmentSource.AssessmentCentre, "2026-03-03", 5);
        superseded.Supersede(Make.Assessment(employee, AssessmentSource.AssessmentCentre, "2026-03-04", 4));
        var future = Make.Assessment(employee, AssessmentSource.AssessmentCentre, "2026-07-01", 5);
        var someoneElse = Make.Assessment(other, AssessmentSource.AssessmentCentre, "2026-04-01", 5);

        var profile = ProfileRule.Current(employee.Id, [valid, pending, rejected, superseded, future, someoneElse], AsOf, ProfilePolicyRuleSet.Default);

        profile.Entries.Count.ShouldBe(1);
        profile.Entries[0].AssessmentId.ShouldBe(valid.Id);
        profile.LevelOf(M01).ShouldBe(ProficiencyLevel.Dasar);
    }

    [Fact]
    public void A_competency_never_assessed_has_no_level()
    {
        var employee = Make.Employee();
        ProfileRule.Current(employee.Id, [], AsOf, ProfilePolicyRuleSet.Default).LevelOf(M01).ShouldBeNull();
    }

    [Fact]
    public void A_policy_must_rank_every_source()
    {
        var info = new RuleSetInfo("p", "1", "test", new DateOnly(2020, 1, 1));
        Should.Throw<ArgumentException>(() => new ProfilePolicyRuleSet(info, [AssessmentSource.Test], [AssessmentSource.Test]));
    }
}

public sealed class AssessmentTests
{
    [Fact]
    public void Evidence_is_appended_and_the_levels_never_change()
    {
        var assessment = Make.Assessment(Make.Employee(), AssessmentSource.Supervisor, "2026-01-01", 3);
        assessment.AddEvidence(new EvidenceItem(Make.At, "Laporan observasi"));
        assessment.AddEvidence(new EvidenceItem(Make.At.AddDays(1), "Hasil tes", "DOC-12"));

        assessment.Evidence.Select(e => e.Description).ShouldBe(["Laporan observasi", "Hasil tes"]);
        assessment.DomainEvents.OfType<AssessmentEvidenceAdded>().Count().ShouldBe(2);
        Should.Throw<ArgumentException>(() => assessment.AddEvidence(new EvidenceItem(Make.At, " ")));
        assessment.Evidence.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(AssessmentStatus.Superseded)]
    [InlineData(AssessmentStatus.Rejected)]
    public void An_assessment_superseded_or_rejected_cannot_be_superseded(AssessmentStatus status)
    {
        var employee = Make.Employee();
        var assessment = Make.Assessment(employee, AssessmentSource.Test, "2026-01-01", 3, pending: status == AssessmentStatus.Rejected);
        if (status == AssessmentStatus.Rejected)
        {
            assessment.Reject("Atasan", "Bukti kurang");
        }
        else
        {
            assessment.Supersede(Make.Assessment(employee, AssessmentSource.Test, "2026-01-02", 4));
        }

        Should.Throw<DomainRuleException>(() => assessment.Supersede(Make.Assessment(employee, AssessmentSource.Test, "2026-01-03", 4)))
            .Code.ShouldBe("domain_rule.assessment_not_current");
        assessment.Status.ShouldBe(status);
    }

    [Fact]
    public void Only_a_pending_assessment_can_be_confirmed()
    {
        var pending = Make.Assessment(Make.Employee(), AssessmentSource.Test, "2026-01-01", 3, pending: true);
        pending.Confirm("Atasan Langsung");
        pending.Status.ShouldBe(AssessmentStatus.Confirmed);
        Should.Throw<DomainRuleException>(() => pending.Confirm("Atasan Langsung"));
    }

    [Fact]
    public void A_competency_assessed_twice_in_one_assessment_is_refused() =>
        Should.Throw<ArgumentException>(() => CompetencyAssessment.Record(
            AssessmentId.New(), Make.Employee(), AssessmentSource.Self, new DateOnly(2026, 1, 1), "Diri",
            [new AssessedLevel(CompetencyCode.From("M.01"), ProficiencyLevel.Dasar), new AssessedLevel(CompetencyCode.From("m.01"), ProficiencyLevel.Ahli)],
            Make.At));
}

public sealed class FrameworkAndPositionTests
{
    [Fact]
    public void The_shipped_framework_has_eight_managerial_competencies_and_Perekat_Bangsa()
    {
        var framework = Permenpanrb38Of2017.Create(FrameworkId.New());

        framework.Competencies.Count(c => c.Group == CompetencyGroup.Manajerial).ShouldBe(8);
        framework.Competencies.Single(c => c.Group == CompetencyGroup.SosialKultural).Name.ShouldBe("Perekat Bangsa");
        framework.Competencies.Select(c => c.Code.Value).ShouldBe(["M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08", "SK.01"]);
        framework.Competencies.ShouldAllBe(c => c.Levels.Count == 5);
        framework.Find(Permenpanrb38Of2017.PelayananPublik)!.Name.ShouldBe("Pelayanan Publik");
    }

    [Fact]
    public void A_new_framework_version_ends_the_previous_one_the_day_before()
    {
        var v1 = Permenpanrb38Of2017.Create(FrameworkId.New());
        var v2 = v1.NextVersion(FrameworkId.New(), "Revisi", new DateOnly(2027, 1, 1), Permenpanrb38Of2017.Competencies);

        v2.Version.ShouldBe(2);
        v1.ValidTo.ShouldBe(new DateOnly(2026, 12, 31));
        v1.IsInForceOn(new DateOnly(2027, 1, 1)).ShouldBeFalse();
        v2.IsInForceOn(new DateOnly(2027, 1, 1)).ShouldBeTrue();
        Should.Throw<DomainRuleException>(() => v1.NextVersion(FrameworkId.New(), "Lagi", new DateOnly(2028, 1, 1), Permenpanrb38Of2017.Competencies));
    }

    [Fact]
    public void A_competency_without_all_five_levels_is_refused()
    {
        var broken = Permenpanrb38Of2017.Competencies[0] with { Levels = Permenpanrb38Of2017.Competencies[0].Levels.Take(4).ToArray() };
        Should.Throw<ArgumentException>(() => CompetencyFramework.Define(FrameworkId.New(), "X", "X", "X", new DateOnly(2020, 1, 1), [broken]));
    }

    [Fact]
    public void A_new_standard_ends_the_previous_one_and_history_is_kept()
    {
        var position = Position.Define(PositionId.New(), "P1", "Analis", PositionKind.Pelaksana, null, "OPD", "1871");
        var m01 = CompetencyCode.From("M.01");
        position.DefineStandard(new DateOnly(2024, 1, 1), null, [new StandardRequirement(m01, ProficiencyLevel.Dasar)]);
        position.DefineStandard(new DateOnly(2025, 7, 1), null, [new StandardRequirement(m01, ProficiencyLevel.Menengah)]);

        position.Standards.Count.ShouldBe(2);
        position.StandardOn(new DateOnly(2025, 6, 30))!.For(m01)!.Minimum.ShouldBe(ProficiencyLevel.Dasar);
        position.StandardOn(new DateOnly(2025, 7, 1))!.For(m01)!.Minimum.ShouldBe(ProficiencyLevel.Menengah);
        position.StandardOn(new DateOnly(2023, 12, 31)).ShouldBeNull();
        Should.Throw<DomainRuleException>(() => position.DefineStandard(new DateOnly(2025, 7, 1), null, [new StandardRequirement(m01, ProficiencyLevel.Ahli)]));
    }

    [Fact]
    public void An_inverted_range_is_refused()
    {
        var position = Position.Define(PositionId.New(), "P1", "Analis", PositionKind.Pelaksana, null, "OPD", "1871");
        Should.Throw<ArgumentException>(() => position.DefineStandard(
            new DateOnly(2024, 1, 1), null, [new StandardRequirement(CompetencyCode.From("M.01"), ProficiencyLevel.Menengah, ProficiencyLevel.Dasar)]));
        position.Standards.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PositionKind.Fungsional, null)]
    [InlineData(PositionKind.Pelaksana, FunctionalGrade.Terampil)]
    public void A_grade_is_required_exactly_for_functional_positions(PositionKind kind, FunctionalGrade? grade) =>
        Should.Throw<ArgumentException>(() => Position.Define(PositionId.New(), "P", "P", kind, grade, "OPD", "1871"));
}

public sealed class RuleSetRegistryTests
{
    [Theory]
    [InlineData("2022-12-31", "jpm-bands/legacy")]
    [InlineData("2023-01-01", "jpm-bands/brin-3-2023")]
    [InlineData("2026-11-28", "jpm-bands/brin-3-2023")]
    public void The_rule_set_in_force_on_a_day_is_chosen_by_its_dates(string day, string id)
    {
        var registry = new RuleSetRegistry(DefaultRuleSets.All);
        registry.InForce<JpmBandRuleSet>(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Info.Id.ShouldBe(id);
    }

    [Fact]
    public void A_newer_version_added_by_a_host_wins_from_its_first_day()
    {
        var catalog = DefaultRuleSets.NewCatalog();
        var agency = new JpmBandRuleSet(
            new RuleSetInfo("jpm-bands/kementerian-x", "2", "Keputusan Menteri X 2026", new DateOnly(2026, 7, 1)),
            [new JpmBand("Optimal", 91m), new JpmBand("Cukup", 85m), new JpmBand("Kurang", 0m)]);
        catalog.Add(agency);
        var registry = new RuleSetRegistry(catalog.RuleSets);

        registry.InForce<JpmBandRuleSet>(new DateOnly(2026, 6, 30)).ShouldBe(JpmBandRuleSet.Brin3Of2023);
        registry.InForce<JpmBandRuleSet>(new DateOnly(2026, 7, 1)).ShouldBe(agency);
        registry.Find<JpmBandRuleSet>("jpm-bands/kementerian-x", "2").ShouldBe(agency);
    }

    [Fact]
    public void Replace_leaves_only_the_host_rule_set_of_that_kind()
    {
        var own = new JpmBandRuleSet(new RuleSetInfo("own", "1", "own", new DateOnly(1990, 1, 1)), [new JpmBand("Semua", 0m)]);
        var registry = new RuleSetRegistry(DefaultRuleSets.NewCatalog().Replace(own).RuleSets);

        registry.OfKind<JpmBandRuleSet>().ShouldBe([own]);
        registry.InForce<JpmBandRuleSet>(new DateOnly(2026, 1, 1)).ShouldBe(own);
        registry.OfKind<NineBoxRuleSet>().Count.ShouldBe(1);
    }

    [Fact]
    public void No_rule_set_in_force_is_a_clear_error()
    {
        using var culture = new CultureScope("en-US");
        var registry = new RuleSetRegistry(DefaultRuleSets.All);
        Should.Throw<InvalidOperationException>(() => registry.InForce<JpmBandRuleSet>(new DateOnly(1999, 12, 31)))
            .Message.ShouldBe("No JpmBandRuleSet rule set is in force on 1999-12-31.");
    }

    [Theory]
    [InlineData(new[] { 90.0, 78.0 })]
    [InlineData(new[] { 90.0, 90.0, 0.0 })]
    public void Band_tables_must_cover_every_percentage_once(double[] minimums) =>
        Should.Throw<ArgumentException>(() => new JpmBandRuleSet(
            new RuleSetInfo("x", "1", "x", new DateOnly(2020, 1, 1)),
            minimums.Select((m, i) => new JpmBand($"B{i}", (decimal)m))));

    [Fact]
    public void Every_default_rule_set_names_its_source_and_has_a_unique_key()
    {
        DefaultRuleSets.All.ShouldAllBe(r => !string.IsNullOrWhiteSpace(r.Info.Source));
        DefaultRuleSets.All.Select(r => r.Info.Key).Distinct().Count().ShouldBe(DefaultRuleSets.All.Count);
    }
}
