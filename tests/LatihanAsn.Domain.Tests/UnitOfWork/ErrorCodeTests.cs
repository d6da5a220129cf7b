using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// Every error code of the library, produced through the real container and pipeline, with its message in Indonesian
/// (the default) and English, and its structured details; nothing is written by a request that fails.
/// </summary>
public sealed class ErrorCodeTests
{
    private static async Task<(LatihanAsnException Indonesian, LatihanAsnException English)> BothLanguages(Func<Task> request)
    {
        var indonesian = await Should.ThrowAsync<LatihanAsnException>(request);
        using var culture = new CultureScope("en-US");
        var english = await Should.ThrowAsync<LatihanAsnException>(request);
        english.Code.ShouldBe(indonesian.Code);
        english.Message.ShouldNotBe(indonesian.Message);
        return (indonesian, english);
    }

    [Fact]
    public async Task Validation_carries_every_failing_property()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var writes = host.Store.Writes;

        var (id, en) = await BothLanguages(() => host.Send(new RegisterEmployee("123", "", EmploymentType.Pns, world.MetroAnalyst)));

        id.ShouldBeOfType<RequestValidationException>().Code.ShouldBe("validation");
        ((IReadOnlyDictionary<string, IReadOnlyList<string>>)id.Details["errors"]!).Keys.ShouldBe(["Nip", "Name"], ignoreOrder: true);
        en.Message.ShouldContain("is invalid");
        host.Store.Writes.ShouldBe(writes);
    }

    [Fact]
    public async Task Not_found_is_not_found_whatever_was_asked()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 1, 0);
        var missing = CourseRunId.New();

        var (id, en) = await BothLanguages(() => host.Send(new GetCourseRun(missing)));

        id.ShouldBeOfType<NotFoundInScopeException>().Code.ShouldBe("not_found");
        id.Details["key"].ShouldBe(missing.ToString());
        id.Message.ShouldContain("tidak ditemukan");
        en.Message.ShouldContain("not found");
    }

    [Fact]
    public async Task Forbidden_names_the_scope_and_the_target()
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 1, 0);

        var (id, en) = await BothLanguages(() => host.Send(new RegisterOpd("1871-DINKES", "Dinas Kesehatan Kota Bandar Lampung", "1871"), CallerScope.ForRegion(World.MetroRegion)));

        id.ShouldBeOfType<ScopeViolationException>().Code.ShouldBe("forbidden");
        id.Details["scope"].ShouldNotBeNull();
        en.Message.ShouldContain("Outside your scope");
        host.Store.Set<Opd>().Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_domain_rule_has_its_name_in_the_code()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var assessment = await host.Send(new RecordAssessment(world.MetroStaff[0], AssessmentSource.Test, host.Today, "BPSDM", [new("M.05", 3)], Pending: true));
        await host.Send(new ConfirmAssessment(assessment, "Atasan"));
        var writes = host.Store.Writes;

        var (id, _) = await BothLanguages(() => host.Send(new ConfirmAssessment(assessment, "Atasan")));

        var rule = id.ShouldBeOfType<DomainRuleException>();
        rule.Code.ShouldBe("domain_rule.assessment_not_pending");
        rule.Rule.ShouldBe("assessment_not_pending");
        host.Store.Writes.ShouldBe(writes);
    }

    [Fact]
    public async Task A_stale_write_is_a_conflict_with_the_version_read()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        using var stale = host.Services.CreateScope();
        var employee = (await stale.ServiceProvider.GetRequiredService<IRepository<Employee>>().ListAsync()).Single();
        var read = employee.AggregateVersion;

        await host.Send(new TransferEmployee(world.MetroStaff[0], world.MetroHead)); // someone else, first
        await stale.ServiceProvider.GetRequiredService<IRepository<Employee>>().UpdateAsync(employee);
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(() => stale.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None));

        conflict.Code.ShouldBe("conflict");
        (conflict.Aggregate, conflict.Key, conflict.ExpectedRevision).ShouldBe((nameof(Employee), employee.Id.ToString(), (long?)read));
        conflict.Details["expectedRevision"].ShouldBe(read);
        conflict.Message.ShouldContain("diubah orang lain");
        using var culture = new CultureScope("en-US");
        new ConcurrencyConflictException(nameof(Employee), "x", 1).Message.ShouldContain("changed by someone else");
    }

    [Fact]
    public async Task Unexpected_keeps_the_cause_for_logs_and_changes_nothing()
    {
        using var host = new TestHost();
        var world = await World.CreateAsync(host, 1, 0);
        var before = host.Store.Fingerprint();

        host.Store.FailNextWrite = true;
        var failure = await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new TransferEmployee(world.MetroStaff[0], world.MetroHead)));

        failure.Code.ShouldBe("unexpected");
        failure.InnerException.ShouldBeOfType<IOException>();
        failure.Message.ShouldNotContain("Simulated"); // the cause is for logs, not for the caller
        host.Store.Fingerprint().ShouldBe(before);
        host.Events.Events.ShouldBeEmpty();
    }
}
