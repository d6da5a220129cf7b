using System.Text.Json;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;

namespace LatihanAsn.Domain.Tests.Competencies;

/// <summary>
/// A refusal an aggregate method must make on its own, without the mediator: the aggregates it involves, what is tried,
/// and the expected code (<c>domain_rule.&lt;name&gt;</c>, or <see cref="AggregateGuard.Argument"/> for a programmer error).
/// </summary>
internal sealed record Refusal(Func<IAggregateRoot[]> Arrange, Action<IAggregateRoot[]> Act, string Code);

/// <summary>Runs refusals: each throws with its code and leaves every aggregate it involves exactly as it was.</summary>
internal static class AggregateGuard
{
    /// <summary>The code the tables use for an Ardalis guard (an <see cref="ArgumentException"/>, a programmer error).</summary>
    public const string Argument = "argument";

    public static void Refuses(Refusal refusal)
    {
        var aggregates = refusal.Arrange();
        var before = aggregates.Select(Snapshot).ToArray();

        var thrown = Should.Throw<Exception>(() => refusal.Act(aggregates));

        if (refusal.Code == Argument)
        {
            thrown.ShouldBeAssignableTo<ArgumentException>();
        }
        else
        {
            thrown.ShouldBeOfType<DomainRuleException>().Code.ShouldBe(refusal.Code);
            thrown.Message.ShouldNotBeNullOrWhiteSpace();
        }

        aggregates.Select(Snapshot).ToArray().ShouldBe(before);
    }

    /// <summary>Every public property of the aggregate (pending events and version included), as JSON.</summary>
    public static string Snapshot(IAggregateRoot aggregate) => JsonSerializer.Serialize(aggregate, aggregate.GetType());

    /// <summary>The arguments of a theory over a table's case names.</summary>
    public static TheoryData<string> Names<T>(IReadOnlyDictionary<string, T> table)
    {
        var data = new TheoryData<string>();
        foreach (var name in table.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>Takes an aggregate's pending events, as the pipeline would after staging it, so a refusal that raises one would show.</summary>
    public static T Saved<T>(this T aggregate)
        where T : IAggregateRoot
    {
        aggregate.ClearDomainEvents();
        return aggregate;
    }
}

public sealed class CompetencyAggregateGuardTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly CompetencyCode M01 = Permenpanrb38Of2017.Integritas;

    private static Employee Rina() => Make.Employee().Saved();

    private static CompetencyAssessment Of(Employee employee, bool pending = false, int level = 2) =>
        CompetencyAssessment.Record(AssessmentId.New(), employee, AssessmentSource.Supervisor, new DateOnly(2026, 1, 1), "Atasan",
            [new AssessedLevel(M01, ProficiencyLevel.From(level))], At, pending).Saved();

    private static CompetencyAssessment Superseded()
    {
        var employee = Rina();
        var assessment = Of(employee);
        assessment.Supersede(Of(employee, level: 3));
        return assessment.Saved();
    }

    private static CompetencyAssessment Rejected()
    {
        var assessment = Of(Rina(), pending: true);
        assessment.Reject("Atasan", "Bukti kurang");
        return assessment.Saved();
    }

    private static CompetencyFramework Framework() => Permenpanrb38Of2017.Create(FrameworkId.New()).Saved();

    private static CompetencyFramework Succeeded()
    {
        var framework = Framework();
        framework.NextVersion(FrameworkId.New(), "Revisi", framework.ValidFrom.AddYears(1), Permenpanrb38Of2017.Competencies);
        return framework.Saved();
    }

    private static Position Analyst(PositionKind kind = PositionKind.Pelaksana)
    {
        var position = Position.Define(PositionId.New(), "JAB-01", "Analis", kind, kind == PositionKind.Fungsional ? FunctionalGrade.AhliPertama : null, "OPD-A", "1872");
        position.DefineStandard(new DateOnly(2025, 1, 1), null, [new StandardRequirement(M01, ProficiencyLevel.Dasar)]);
        return position.Saved();
    }

    private static readonly IReadOnlyDictionary<string, Refusal> Refusals = new Dictionary<string, Refusal>(StringComparer.Ordinal)
    {
        // CompetencyAssessment
        ["assessment superseded by itself"] = new(() => [Of(Rina())], a => ((CompetencyAssessment)a[0]).Supersede((CompetencyAssessment)a[0]), "domain_rule.assessment_supersedes_itself"),
        ["assessment superseded by another employee's"] = new(
            () => [Of(Rina()), Of(Rina())], a => ((CompetencyAssessment)a[0]).Supersede((CompetencyAssessment)a[1]), "domain_rule.superseding_assessment_of_another_employee"),
        ["superseded assessment superseded again"] = new(
            () => [Superseded()], a => ((CompetencyAssessment)a[0]).Supersede(Of(Make.Employee())), "domain_rule.superseding_assessment_of_another_employee"),
        ["superseded assessment superseded again by the same employee"] = new(() =>
        {
            var old = Superseded();
            var employee = Employee.Register(old.EmployeeId, Nip.Parse("199008012015031001"), "Rina", EmploymentType.Pns, PositionId.New(), old.OpdCode, old.RegionCode);
            return [old, Of(employee)];
        }, a => ((CompetencyAssessment)a[0]).Supersede((CompetencyAssessment)a[1]), "domain_rule.assessment_not_current"),
        ["rejected assessment superseded"] = new(() =>
        {
            var old = Rejected();
            var employee = Employee.Register(old.EmployeeId, Nip.Parse("199008012015031001"), "Rina", EmploymentType.Pns, PositionId.New(), old.OpdCode, old.RegionCode);
            return [old, Of(employee)];
        }, a => ((CompetencyAssessment)a[0]).Supersede((CompetencyAssessment)a[1]), "domain_rule.assessment_not_current"),
        ["confirmed assessment confirmed"] = new(() => [Of(Rina())], a => ((CompetencyAssessment)a[0]).Confirm("Atasan"), "domain_rule.assessment_not_pending"),
        ["rejected assessment confirmed"] = new(() => [Rejected()], a => ((CompetencyAssessment)a[0]).Confirm("Atasan"), "domain_rule.assessment_not_pending"),
        ["superseded assessment rejected"] = new(() => [Superseded()], a => ((CompetencyAssessment)a[0]).Reject("Atasan", "Salah"), "domain_rule.assessment_not_pending"),
        ["pending assessment confirmed by nobody"] = new(() => [Of(Rina(), pending: true)], a => ((CompetencyAssessment)a[0]).Confirm(" "), AggregateGuard.Argument),
        ["pending assessment rejected without a reason"] = new(() => [Of(Rina(), pending: true)], a => ((CompetencyAssessment)a[0]).Reject("Atasan", ""), AggregateGuard.Argument),
        ["blank evidence"] = new(() => [Of(Rina())], a => ((CompetencyAssessment)a[0]).AddEvidence(new EvidenceItem(At, " ")), AggregateGuard.Argument),
        ["assessment following another employee"] = new(() => [Of(Rina())], a => ((CompetencyAssessment)a[0]).FollowTransfer(Make.Employee("1813", "OPD-B")), AggregateGuard.Argument),

        // CompetencyFramework
        ["framework versioned twice"] = new(
            () => [Succeeded()], a => ((CompetencyFramework)a[0]).NextVersion(FrameworkId.New(), "Lagi", new DateOnly(2030, 1, 1), Permenpanrb38Of2017.Competencies), "domain_rule.framework_superseded"),
        ["framework version not later"] = new(() => [Framework()], a =>
        {
            var framework = (CompetencyFramework)a[0];
            framework.NextVersion(FrameworkId.New(), "Revisi", framework.ValidFrom, Permenpanrb38Of2017.Competencies);
        }, "domain_rule.framework_version_not_later"),
        ["framework version without competencies"] = new(
            () => [Framework()], a => ((CompetencyFramework)a[0]).NextVersion(FrameworkId.New(), "Revisi", new DateOnly(2030, 1, 1), []), AggregateGuard.Argument),
        ["framework version without a source"] = new(
            () => [Framework()], a => ((CompetencyFramework)a[0]).NextVersion(FrameworkId.New(), " ", new DateOnly(2030, 1, 1), Permenpanrb38Of2017.Competencies), AggregateGuard.Argument),

        // Position
        ["standard not after the latest"] = new(
            () => [Analyst()], a => ((Position)a[0]).DefineStandard(new DateOnly(2025, 1, 1), null, [new StandardRequirement(M01, ProficiencyLevel.Menengah)]), "domain_rule.standard_not_later"),
        ["structural default of a functional position"] = new(
            () => [Analyst(PositionKind.Fungsional), Framework()],
            a => ((Position)a[0]).DefineStructuralStandard(new DateOnly(2026, 1, 1), null, StructuralStandardRuleSet.Permenpanrb38Of2017, (CompetencyFramework)a[1]),
            "domain_rule.functional_standard_needs_requirements"),
        ["structural default not after the latest"] = new(
            () => [Analyst(), Framework()],
            a => ((Position)a[0]).DefineStructuralStandard(new DateOnly(2024, 6, 1), null, StructuralStandardRuleSet.Permenpanrb38Of2017, (CompetencyFramework)a[1]),
            "domain_rule.standard_not_later"),
        ["inverted range"] = new(
            () => [Analyst()], a => ((Position)a[0]).DefineStandard(new DateOnly(2026, 1, 1), null, [new StandardRequirement(M01, ProficiencyLevel.Mumpuni, ProficiencyLevel.Dasar)]), AggregateGuard.Argument),
        ["competency required twice"] = new(
            () => [Analyst()], a => ((Position)a[0]).DefineStandard(new DateOnly(2026, 1, 1), null, [new StandardRequirement(M01, ProficiencyLevel.Dasar), new StandardRequirement(M01, ProficiencyLevel.Ahli)]), AggregateGuard.Argument),
        ["standard ending before it starts"] = new(
            () => [Analyst()], a => ((Position)a[0]).DefineStandard(new DateOnly(2026, 1, 1), new DateOnly(2025, 12, 31), [new StandardRequirement(M01, ProficiencyLevel.Dasar)]), AggregateGuard.Argument),

        // Employee
        ["position held named to be held"] = new(
            () => [Rina()], a => ((Employee)a[0]).NamePositionToBeHeld(((Employee)a[0]).PositionId, CareerMove.Promotion), "domain_rule.position_to_be_held_is_held"),
        ["position to be held without a reason"] = new(() => [Rina()], a => ((Employee)a[0]).NamePositionToBeHeld(PositionId.New(), null), AggregateGuard.Argument),
        ["position to be held with an unknown reason"] = new(() => [Rina()], a => ((Employee)a[0]).NamePositionToBeHeld(PositionId.New(), (CareerMove)9), AggregateGuard.Argument),
        ["transfer to no OPD"] = new(() => [Rina()], a => ((Employee)a[0]).Transfer(PositionId.New(), " ", "1813"), AggregateGuard.Argument),
        ["transfer to no region"] = new(() => [Rina()], a => ((Employee)a[0]).Transfer(PositionId.New(), "OPD-B", ""), AggregateGuard.Argument),
        ["transfer to no position"] = new(() => [Rina()], a => ((Employee)a[0]).Transfer(default, "OPD-B", "1813"), AggregateGuard.Argument),
    };

    private static readonly IReadOnlyDictionary<string, Action> RefusedCreations = new Dictionary<string, Action>(StringComparer.Ordinal)
    {
        ["OPD without a code"] = () => Opd.Register(OpdId.New(), " ", "Dinas", "1872"),
        ["OPD without a region"] = () => Opd.Register(OpdId.New(), "OPD-A", "Dinas", ""),
        ["OPD without an identifier"] = () => Opd.Register(default, "OPD-A", "Dinas", "1872"),
        ["structural position with a grade"] = () => Position.Define(PositionId.New(), "J", "Jabatan", PositionKind.Pelaksana, FunctionalGrade.Terampil, "OPD-A", "1872"),
        ["functional position without a grade"] = () => Position.Define(PositionId.New(), "J", "Jabatan", PositionKind.Fungsional, null, "OPD-A", "1872"),
        ["employee without a name"] = () => Employee.Register(EmployeeId.New(), Nip.Parse("199008012015031001"), " ", EmploymentType.Pns, PositionId.New(), "OPD-A", "1872"),
        ["assessment without levels"] = () => CompetencyAssessment.Record(AssessmentId.New(), Make.Employee(), AssessmentSource.Test, new DateOnly(2026, 1, 1), "Asesor", [], At),
        ["framework without competencies"] = () => CompetencyFramework.Define(FrameworkId.New(), "K", "Kerangka", "SK", new DateOnly(2026, 1, 1), []),
    };

    public static TheoryData<string> RefusalNames => AggregateGuard.Names(Refusals);

    public static TheoryData<string> CreationNames => AggregateGuard.Names(RefusedCreations);

    [Theory]
    [MemberData(nameof(RefusalNames))]
    public void A_refused_change_throws_its_code_and_leaves_the_aggregates_unchanged(string name) => AggregateGuard.Refuses(Refusals[name]);

    [Theory]
    [MemberData(nameof(CreationNames))]
    public void A_refused_creation_is_a_programmer_error(string name) => Should.Throw<ArgumentException>(RefusedCreations[name]);

    [Fact]
    public void A_correction_of_the_same_employee_supersedes_and_names_its_successor()
    {
        var employee = Rina();
        var old = Of(employee, pending: true);
        var correction = Of(employee, level: 4);

        old.Supersede(correction);

        (old.Status, old.SupersededBy).ShouldBe((AssessmentStatus.Superseded, (AssessmentId?)correction.Id));
        old.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<AssessmentSuperseded>().SupersededBy.ShouldBe(correction.Id);
    }
}
