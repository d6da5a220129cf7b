using System.Reflection;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.Tests.Programs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Tests.Common;

/// <summary>Capabilities: every request declares what it needs, one step of the pipeline checks it first, role presets.</summary>
public sealed class AuthorizationTests
{
    internal static IReadOnlyList<Type> RequestTypes { get; } = typeof(LatihanAsnOptions).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IBaseRequest).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_request_in_the_assembly_declares_a_known_capability()
    {
        RequestTypes.Count.ShouldBeGreaterThan(80);
        var undeclared = RequestTypes.Where(t => t.GetCustomAttribute<RequiresCapabilityAttribute>() is null).Select(t => t.Name).ToList();
        undeclared.ShouldBeEmpty("requests that declare no capability");
        var unknown = RequestTypes
            .SelectMany(t => t.GetCustomAttribute<RequiresCapabilityAttribute>()!.AnyOf.Select(c => (t.Name, c)))
            .Where(x => !Capabilities.All.Contains(x.c))
            .ToList();
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void Every_capability_but_the_rule_sets_one_allows_some_request_and_capability_names_are_unique()
    {
        Capabilities.All.Distinct(StringComparer.Ordinal).Count().ShouldBe(Capabilities.All.Count);
        var used = RequestTypes.SelectMany(t => t.GetCustomAttribute<RequiresCapabilityAttribute>()!.AnyOf).ToHashSet(StringComparer.Ordinal);
        Capabilities.All.Where(c => !used.Contains(c)).ShouldBe([Capabilities.RulesManage]);
    }

    [Fact]
    public void The_presets_name_only_known_capabilities_and_the_administrator_holds_them_all()
    {
        RolePresets.All.Select(p => p.Name).ShouldBe(["province-administrator", "opd-training-officer", "supervisor", "employee", "mentor", "evaluator"]);
        RolePresets.All.SelectMany(p => p.Capabilities).Where(c => !Capabilities.All.Contains(c)).ShouldBeEmpty();
        RolePresets.ProvinceAdministrator.Capabilities.ShouldBe(Capabilities.All);
        Caller.System("job").Scope.ShouldBe(CallerScope.Province);
        Capabilities.All.ShouldAllBe(c => Caller.System("job").Has(c));
    }

    [Theory]
    [InlineData("id-ID", "memerlukan kewenangan catalogue.manage")]
    [InlineData("en-US", "needs the capability catalogue.manage")]
    public async Task A_refusal_is_forbidden_names_the_missing_capability_in_the_callers_language_and_changes_nothing(string culture, string expected)
    {
        using var host = new TestHost();
        await World.CreateAsync(host, 0, 0);
        using var _ = new CultureScope(culture);
        var officer = Caller.InRoles("officer@metro", CallerScope.ForRegion(World.MetroRegion), RolePresets.OpdTrainingOfficer);

        var error = await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new DefineCourse("PPP-01", CatalogueHandlerTests.Details()), officer));

        error.Code.ShouldBe(ErrorCodes.Forbidden);
        error.Capabilities.ShouldBe([Capabilities.CatalogueManage]);
        error.RequestName.ShouldBe(nameof(DefineCourse));
        error.Message.ShouldContain(expected);
        host.Store.Writes.ShouldBe(0);
        host.Store.Set<Course>().ShouldBeEmpty();
        host.Events.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task Authorization_runs_before_validation_so_an_invalid_request_of_a_caller_without_the_capability_is_forbidden()
    {
        using var host = new TestHost();
        var employee = Caller.InRoles("pegawai", CallerScope.Province, RolePresets.Employee);

        var error = await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new DefineCourse("", CatalogueHandlerTests.Details() with { Jp = -1m }), employee));

        error.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task A_host_maps_its_roles_onto_presets_and_may_replace_a_preset()
    {
        using var host = new TestHost(options => options.RolePresets.Replace(new RolePreset("opd-training-officer", [Capabilities.CatalogueManage])));
        await World.CreateAsync(host, 0, 0);
        var presets = host.Services.GetRequiredService<RolePresetCatalog>();
        var officer = presets.CallerFor("officer", CallerScope.Province, "opd-training-officer");

        var id = await host.Send(new DefineCourse("PPP-01", CatalogueHandlerTests.Details()), officer);

        host.Store.Set<Course>().Single().Id.ShouldBe(id);
        await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new RegisterOpd("X-OPD", "X", World.MetroRegion), officer));
        Should.Throw<KeyNotFoundException>(() => presets.CallerFor("x", CallerScope.Province, "janitor"));
    }

    [Fact]
    public async Task A_request_sent_from_inside_a_handler_runs_on_the_outer_requests_authority()
    {
        // GetWhatIsDue asks GetJpCompliance (population.read) for its figures; a follow-up officer holds only followup.manage.
        using var host = new TestHost();
        await World.CreateAsync(host, 2, 0);
        var officer = new Caller("followup", CallerScope.Province, [Capabilities.FollowUpManage]);

        await host.Send(new LatihanAsn.Domain.FollowUp.GetWhatIsDue(), officer);
        await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new LatihanAsn.Domain.NeedsAnalysis.GetJpCompliance(2026), officer));
    }

    [Fact]
    public async Task A_request_a_hosts_notification_handler_sends_after_the_commit_is_checked_as_any_other()
    {
        using var host = new TestHost(services: s => s.AddTransient<INotificationHandler<CourseDefined>, RegistersAnOpd>());
        await World.CreateAsync(host, 0, 0);
        var catalogue = new Caller("catalogue@bpsdm", CallerScope.Province, [Capabilities.CatalogueManage]);

        var error = await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new DefineCourse("PPP-01", CatalogueHandlerTests.Details()), catalogue));

        error.RequestName.ShouldBe(nameof(RegisterOpd));
        host.Store.Set<Course>().ShouldHaveSingleItem(); // the course was committed before its event was published
        host.Store.Set<Opd>().ShouldNotContain(o => o.OpdCode == "HOOK-OPD");
    }

    private sealed class RegistersAnOpd(IMediator mediator) : INotificationHandler<CourseDefined>
    {
        public Task Handle(CourseDefined notification, CancellationToken cancellationToken) =>
            mediator.Send(new RegisterOpd("HOOK-OPD", "Hook", World.MetroRegion), cancellationToken);
    }

    [Fact]
    public async Task A_hosts_own_request_is_refused_unless_it_declares_a_capability_which_may_be_the_hosts_own()
    {
        using var host = new TestHost(services: s =>
        {
            s.AddTransient<IRequestHandler<UndeclaredPing, int>, PingHandler>();
            s.AddTransient<IRequestHandler<DeclaredPing, int>, PingHandler>();
        });
        var clerk = new Caller("clerk", CallerScope.Province, ["agency.ping"]);

        var undeclared = await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new UndeclaredPing(), clerk));
        (await host.Send(new DeclaredPing(), clerk)).ShouldBe(1);
        await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new DeclaredPing(), Caller.System("job")));

        undeclared.InnerException!.Message.ShouldContain("declares no capability");
    }

    public sealed record UndeclaredPing : IRequest<int>;

    [RequiresCapability("agency.ping")]
    public sealed record DeclaredPing : IRequest<int>;

    private sealed class PingHandler : IRequestHandler<UndeclaredPing, int>, IRequestHandler<DeclaredPing, int>
    {
        public Task<int> Handle(UndeclaredPing request, CancellationToken cancellationToken) => Task.FromResult(1);

        public Task<int> Handle(DeclaredPing request, CancellationToken cancellationToken) => Task.FromResult(1);
    }

    [Fact]
    public async Task The_audit_trail_answers_who_approved_the_plan_with_which_capability_when_and_what()
    {
        var audit = new List<AuditEntry>();
        using var host = new TestHost(services: s => s.AddScoped<IAuditTrail>(_ => new ListAuditTrail(audit)));
        var (_, plan) = await LatihanAsn.Domain.Tests.FollowUp.RunFixture.ApprovedPlanAsync(host);

        var approval = audit.Single(e => e.RequestName == nameof(ApproveTrainingPlan));
        approval.Actor.ShouldBe("test-host");
        approval.Capability.ShouldBe(Capabilities.PlanApprove);
        approval.Scope.ShouldBe(CallerScope.Province);
        approval.At.ShouldBe(host.Clock.GetUtcNow());
        approval.Target.ShouldBeOfType<ApproveTrainingPlan>().PlanId.ShouldBe(plan);
        approval.Events.OfType<TrainingPlanApproved>().Single().PlanId.ShouldBe(plan);
        audit.Where(e => e.RequestName == nameof(SubmitTrainingPlan)).ShouldHaveSingleItem().Capability.ShouldBe(Capabilities.PlanCompose);
    }

    [Fact]
    public async Task A_refused_request_is_not_audited_and_a_failing_audit_trail_refuses_the_command_whole()
    {
        var audit = new List<AuditEntry>();
        using var host = new TestHost(services: s => s.AddScoped<IAuditTrail>(_ => new ListAuditTrail(audit, failFor: nameof(RegisterOpd))));
        var employee = Caller.InRoles("pegawai", CallerScope.Province, RolePresets.Employee).AsEmployee(Nip.Parse(Nips.Make(0)));

        await Should.ThrowAsync<CapabilityRequiredException>(() => host.Send(new DefineCourse("PPP-01", CatalogueHandlerTests.Details()), employee));
        var failure = await Should.ThrowAsync<UnexpectedFailureException>(() => host.Send(new RegisterOpd("X-OPD", "X", World.MetroRegion)));

        audit.ShouldBeEmpty();
        failure.InnerException.ShouldBeOfType<InvalidOperationException>();
        host.Store.Set<Opd>().ShouldBeEmpty();
        host.Events.Events.ShouldBeEmpty();
    }

    private sealed class ListAuditTrail(List<AuditEntry> entries, string? failFor = null) : IAuditTrail
    {
        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
        {
            if (entry.RequestName == failFor)
            {
                throw new InvalidOperationException("The audit store is down.");
            }

            entries.Add(entry);
            return Task.CompletedTask;
        }
    }
}
