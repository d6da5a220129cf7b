using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Tests.FollowUp;

/// <summary>The run-completion domain service on loaded aggregates, without the mediator or a store.</summary>
public sealed class RunCompletionServiceTests
{
    private static readonly CourseDetails Certified = RunFixture.Course(new CourseCompletion(PassingScore: 70m, GrantsCertificate: true, CertificateValidityMonths: 24));

    [Fact]
    public async Task Completion_credits_certifies_renews_records_evidence_and_attendance_in_one_set_of_changes()
    {
        using var host = new TestHost();
        var (setup, run, people) = await AttendedAsync(host);
        var employees = host.Store.Set<Employee>().Where(e => people.Contains(e.Id)).ToDictionary(e => e.Id);
        var conversion = host.Services.GetRequiredService<RuleSetRegistry>().InForce<JpConversionRuleSet>(run.End);
        var existingLedger = LearningHoursLedger.Open(LedgerId.New(), employees[people[1]], run.End.Year);
        var earlier = Certificate.Issue(CertificateId.New(), employees[people[0]], run, run.End.AddYears(-2));
        IReadOnlyDictionary<EmployeeId, CompetencyProfile> profiles;
        using (var scope = host.Services.CreateScope())
        {
            profiles = (await scope.ServiceProvider.GetRequiredService<ProfileLoader>().LoadAsync(CallerScope.Province, run.End, null, null, people, CancellationToken.None))
                .ToDictionary(s => s.Employee.Id, s => s.Profile);
        }

        var evaluation = EvaluationPlan.Create(
            EvaluationPlanId.New(), run.Id, run.Title, run.Organiser, run.RegionCode, run.OpdCode, run.Start, run.End,
            [new PlannedMeasurement("L2-POST", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, 0, 7)],
            people, new EvaluationDesign(TestMaximum: 100m));

        var changes = RunCompletionService.Complete(new RunCompletionInput(
            run, new Dictionary<EmployeeId, decimal> { [people[0]] = 88m, [people[1]] = 75m, [people[2]] = 50m }, run.End, TestHost.Now,
            employees, [existingLedger], conversion, [earlier], profiles, evaluation));

        run.Status.ShouldBe(RunStatus.Completed);
        changes.Outcomes.Select(o => o.Completed).ShouldBe([true, true, false]);
        changes.Credit.CreditedJp.Keys.ShouldBe([people[0], people[1]], ignoreOrder: true);
        changes.Credit.Opened.Single().EmployeeId.ShouldBe(people[0]);
        changes.Credit.Credited.ShouldBe([existingLedger]);
        existingLedger.Entries.Single().Reference.ShouldBe($"run:{run.Id}:{people[1]}");
        changes.Issued.Select(c => c.EmployeeId).ShouldBe([people[0], people[1]]);
        changes.Renewed.ShouldBe([earlier]);
        earlier.RenewedBy.ShouldBe(changes.Issued[0].Id);
        changes.Evidence.Select(a => (a.EmployeeId, a.Status)).ShouldBe([(people[0], AssessmentStatus.Pending), (people[1], AssessmentStatus.Pending)]);
        changes.Evaluation.ShouldBeSameAs(evaluation);
        evaluation.Attendance.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Crediting_again_credits_nothing_and_crediting_before_completion_is_refused()
    {
        using var host = new TestHost();
        var (_, run, people) = await AttendedAsync(host);
        var employees = host.Store.Set<Employee>().Where(e => people.Contains(e.Id)).ToDictionary(e => e.Id);
        var conversion = host.Services.GetRequiredService<RuleSetRegistry>().InForce<JpConversionRuleSet>(run.End);

        var early = Should.Throw<DomainRuleException>(() => RunCompletionService.Credit(run, employees, [], conversion, TestHost.Now));
        early.Code.ShouldBe("domain_rule.run_not_completed");

        run.Complete(people.ToDictionary(p => p, _ => 90m), run.End);
        var first = RunCompletionService.Credit(run, employees, [], conversion, TestHost.Now);
        var again = RunCompletionService.Credit(run, employees, first.Opened, conversion, TestHost.Now);

        first.Opened.Count.ShouldBe(3);
        again.CreditedJp.ShouldBeEmpty();
        (again.Opened.Count, again.Credited.Count).ShouldBe((0, 0));
    }

    [Fact]
    public async Task A_refused_completion_changes_nothing()
    {
        using var host = new TestHost();
        var (_, run, people) = await AttendedAsync(host);
        var employees = host.Store.Set<Employee>().Where(e => people.Contains(e.Id)).ToDictionary(e => e.Id);
        var earlier = Certificate.Issue(CertificateId.New(), employees[people[0]], run, run.End.AddYears(-2));
        var before = (AggregateSnapshot.Of(run), AggregateSnapshot.Of(earlier));

        var refused = Should.Throw<DomainRuleException>(() => RunCompletionService.Complete(new RunCompletionInput(
            run, people.ToDictionary(p => p, _ => 90m), run.End.AddDays(-1), TestHost.Now, employees, [],
            host.Services.GetRequiredService<RuleSetRegistry>().InForce<JpConversionRuleSet>(run.End), [earlier], new Dictionary<EmployeeId, CompetencyProfile>(), null)));

        refused.Code.ShouldBe("domain_rule.run_ends_later");
        (AggregateSnapshot.Of(run), AggregateSnapshot.Of(earlier)).ShouldBe(before);
    }

    /// <summary>A running run with a test and a certificate: three participants attended every session; the run as loaded.</summary>
    private static async Task<(RunSetup Setup, CourseRun Run, EmployeeId[] People)> AttendedAsync(TestHost host)
    {
        var setup = await RunFixture.StartedAsync(host, Certified, participants: 3);
        var people = setup.Staff.Take(3).ToArray();
        await RunFixture.AttendAsync(host, setup, people, (_, _) => true);
        return (setup, RunFixture.Stored(host, setup.Run), people);
    }
}
