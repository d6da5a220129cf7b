using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LatihanAsn.Domain.Tests.Infrastructure;

/// <summary>
/// The caller accessor of the tests: a test switches the caller between requests. By default the caller is a batch job
/// of the whole province (every capability); setting <see cref="Current"/> changes only the scope.
/// </summary>
public sealed class MutableScopeAccessor : ICallerAccessor
{
    public Caller Caller { get; set; } = Caller.System("test-host");

    public CallerScope Current
    {
        get => Caller.Scope;
        set => Caller = Caller.WithScope(value);
    }

    Caller ICallerAccessor.Current => Caller;
}

/// <summary>Records every domain event the mediator publishes, in order.</summary>
public sealed class EventLog
{
    public List<DomainEvent> Events { get; } = [];
}

internal sealed class EventLogHandler<TEvent>(EventLog log) : INotificationHandler<TEvent>
    where TEvent : DomainEvent
{
    public Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        lock (log)
        {
            log.Events.Add(notification);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A host as a package user builds it: the real <c>AddLatihanAsn</c>, the real Microsoft DI container and MediatR
/// pipeline (validation included), in-memory repositories and a fake clock. Requests go through <see cref="Send"/>.
/// </summary>
public sealed class TestHost : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly ServiceProvider _provider;

    public TestHost(Action<LatihanAsnOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        collection.AddLatihanAsn(configure);
        collection.AddSingleton(Store);
        collection.AddSingleton(Scope);
        collection.AddSingleton<ICallerAccessor>(Scope);
        collection.AddSingleton(Events);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddScoped<InMemoryUnitOfWork>();
        collection.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<InMemoryUnitOfWork>());
        collection.AddScoped(typeof(IRepository<>), typeof(InMemoryRepository<>));
        collection.AddScoped(typeof(IReadRepository<>), typeof(InMemoryRepository<>));
        foreach (var eventType in typeof(DomainEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
        {
            collection.AddTransient(typeof(INotificationHandler<>).MakeGenericType(eventType), typeof(EventLogHandler<>).MakeGenericType(eventType));
        }

        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public InMemoryStore Store { get; } = UniqueKeys(new InMemoryStore());

    /// <summary>The unique keys of the sample's database model, so the in-memory store refuses the same duplicates.</summary>
    public static InMemoryStore UniqueKeys(InMemoryStore store) => store
        .Unique<CompetencyFramework>("code+version", f => (f.Code, f.Version))
        .Unique<Opd>("opd", o => o.OpdCode)
        .Unique<Position>("code", p => p.Code)
        .Unique<Employee>("nip", e => e.Nip)
        .Unique<LatihanAsn.Domain.NeedsAnalysis.SurveyResponse>("survey+respondent", r => (r.SurveyId, r.Respondent))
        .Unique<LatihanAsn.Domain.NeedsAnalysis.LearningHoursLedger>("employee+year", l => (l.EmployeeId, l.Year))
        .Unique<LatihanAsn.Domain.Programs.Course>("code", c => c.Code)
        .Unique<LatihanAsn.Domain.Programs.RegionReach>("region", r => r.RegionCode)
        .Unique<LatihanAsn.Domain.FollowUp.CourseRun>("plan+line", r => (r.PlanId, r.LineNumber))
        .Unique<LatihanAsn.Domain.Evaluation.EvaluationPlan>("run", p => p.CourseRunId);

    public MutableScopeAccessor Scope { get; } = new();

    public EventLog Events { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Now) { };

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    public IServiceProvider Services => _provider;

    /// <summary>Sends a request as the current caller, limited to <paramref name="scope"/> when one is given.</summary>
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CallerScope? scope = null) =>
        Send(request, scope is null ? Scope.Caller : Scope.Caller.WithScope(scope));

    /// <summary>Sends a request as <paramref name="caller"/>.</summary>
    public async Task<TResponse> Send<TResponse>(IRequest<TResponse> request, Caller caller)
    {
        var previous = Scope.Caller;
        Scope.Caller = caller;
        try
        {
            using var serviceScope = _provider.CreateScope();
            var mediator = serviceScope.ServiceProvider.GetRequiredService<IMediator>();
            return await mediator.Send(request);
        }
        finally
        {
            Scope.Caller = previous;
        }
    }

    public void Dispose() => _provider.Dispose();
}

/// <summary>A small, known world: the 2017 framework, two regions with an OPD each, positions with standards, employees.</summary>
public sealed class World
{
    public const string MetroRegion = "1872";
    public const string PesisirRegion = "1813";
    public const string MetroOpd = "METRO-DISKOMINFO";
    public const string PesisirOpd = "PESBAR-DPMPTSP";

    private World(TestHost host) => Host = host;

    public TestHost Host { get; }

    public PositionId MetroAnalyst { get; private set; }

    public PositionId MetroHead { get; private set; }

    public PositionId PesisirAnalyst { get; private set; }

    public List<EmployeeId> MetroStaff { get; } = [];

    public List<EmployeeId> PesisirStaff { get; } = [];

    public static async Task<World> CreateAsync(TestHost host, int metroStaff = 6, int pesisirStaff = 3)
    {
        var world = new World(host);
        host.Store.Seed(Permenpanrb38Of2017.Create(FrameworkId.New()));
        await host.Send(new RegisterOpd(MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", MetroRegion));
        await host.Send(new RegisterOpd(PesisirOpd, "DPMPTSP Kabupaten Pesisir Barat", PesisirRegion));
        world.MetroAnalyst = await host.Send(new DefinePosition("JF-PRANATA-KOM-METRO", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, MetroOpd));
        world.MetroHead = await host.Send(new DefinePosition("ADM-KADIS-METRO", "Sekretaris Dinas", PositionKind.Administrator, null, MetroOpd));
        world.PesisirAnalyst = await host.Send(new DefinePosition("PLK-PESBAR-01", "Pengadministrasi Perizinan", PositionKind.Pelaksana, null, PesisirOpd));
        var from = new DateOnly(2024, 1, 1);
        await host.Send(new DefinePositionStandard(world.MetroAnalyst, from, [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3)]));
        await host.Send(new DefinePositionStandard(world.MetroHead, from));
        await host.Send(new DefinePositionStandard(world.PesisirAnalyst, from));
        for (var i = 0; i < metroStaff; i++)
        {
            world.MetroStaff.Add(await host.Send(new RegisterEmployee(Nips.Make(i), $"Pegawai Metro {i}", EmploymentType.Pns, world.MetroAnalyst)));
        }

        for (var i = 0; i < pesisirStaff; i++)
        {
            world.PesisirStaff.Add(await host.Send(new RegisterEmployee(Nips.Make(100 + i), $"Pegawai Pesisir {i}", EmploymentType.Pppk, world.PesisirAnalyst)));
        }

        host.Events.Events.Clear();
        host.Store.Writes = 0;
        return world;
    }
}

public static class Nips
{
    /// <summary>A valid NIP with sequence <paramref name="n"/> + 1 (born 1 Aug 1990, appointed Mar 2015).</summary>
    public static string Make(int n) => $"19900801201503{(n % 2) + 1}{(n % 999) + 1:000}";
}
