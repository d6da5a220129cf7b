using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Tests.Competencies;
using LatihanAsn.Domain.Tests.Infrastructure;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Domain.Tests.Common;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void Calling_AddLatihanAsn_twice_registers_nothing_more()
    {
        var services = new ServiceCollection();
        services.AddLatihanAsn();
        var once = services.Select(d => (d.ServiceType, d.ImplementationType, d.Lifetime)).ToList();

        services.AddLatihanAsn(o => o.MinimumGroupSize = 7);

        services.Select(d => (d.ServiceType, d.ImplementationType, d.Lifetime)).ToList().ShouldBe(once);
        services.Single(d => d.ServiceType == typeof(LatihanAsnOptions)).ImplementationInstance.ShouldBeOfType<LatihanAsnOptions>().MinimumGroupSize.ShouldBe(7);
    }

    [Fact]
    public void Every_public_request_has_exactly_one_handler_and_at_least_one_validator()
    {
        using var host = new TestHost();
        var requests = typeof(LatihanAsnOptions).Assembly.GetExportedTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();

        requests.ShouldNotBeEmpty();
        using var scope = host.Services.CreateScope();
        foreach (var request in requests)
        {
            var response = request.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)).GetGenericArguments()[0];
            scope.ServiceProvider.GetServices(typeof(IRequestHandler<,>).MakeGenericType(request, response)).Count().ShouldBe(1, request.Name);
            scope.ServiceProvider.GetServices(typeof(FluentValidation.IValidator<>).MakeGenericType(request)).ShouldNotBeEmpty(request.Name);
        }
    }

    [Fact]
    public void A_host_mediator_and_time_provider_are_kept()
    {
        var services = new ServiceCollection();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        services.AddSingleton<TimeProvider>(time);
        services.AddLatihanAsn();

        services.Where(d => d.ServiceType == typeof(TimeProvider)).Count().ShouldBe(1);
        services.BuildServiceProvider().GetRequiredService<TimeProvider>().ShouldBeSameAs(time);
    }

    [Fact]
    public async Task Without_a_scope_accessor_or_default_scope_requests_fail_clearly()
    {
        using var culture = new CultureScope("en-US");
        var services = new ServiceCollection();
        services.AddLatihanAsn();
        services.AddScoped(typeof(IRepository<>), typeof(InMemoryRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(InMemoryRepository<>));
        services.AddSingleton(new InMemoryStore());
        services.AddScoped<InMemoryUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<InMemoryUnitOfWork>());
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var error = await Should.ThrowAsync<UnexpectedFailureException>(() =>
            scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetEmployeeProfile(EmployeeId.New())));
        error.Code.ShouldBe(ErrorCodes.Unexpected);
        error.InnerException.ShouldBeOfType<InvalidOperationException>().Message.ShouldContain("No caller");
    }

    [Fact]
    public async Task A_default_caller_in_the_options_is_used_when_the_host_has_no_accessor()
    {
        var services = new ServiceCollection();
        services.AddLatihanAsn(o => o.DefaultCaller = Caller.System("batch").WithScope(CallerScope.ForRegion("1872")));
        services.AddSingleton(new InMemoryStore());
        services.AddScoped<InMemoryUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<InMemoryUnitOfWork>());
        services.AddScoped(typeof(IRepository<>), typeof(InMemoryRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(InMemoryRepository<>));
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        scope.ServiceProvider.GetRequiredService<ICallerScopeAccessor>().Current.ShouldBe(CallerScope.ForRegion("1872"));
        var error = await Should.ThrowAsync<ScopeViolationException>(() => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterOpd("X", "X", "1871")));
        error.Scope.RegionCode.ShouldBe("1872");
    }

    [Fact]
    public void A_minimum_group_size_below_one_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ServiceCollection().AddLatihanAsn(o => o.MinimumGroupSize = 0));
}
