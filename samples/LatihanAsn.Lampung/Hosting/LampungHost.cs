using LatihanAsn.Domain;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Lampung.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LatihanAsn.Lampung.Hosting;

/// <summary>
/// The sample's composition root, wired as a package user would wire it: <c>AddLatihanAsn</c>, the EF Core repositories
/// of <c>LatihanAsn.Domain.EntityFrameworkCore</c> for every aggregate, one <see cref="LatihanAsnDbContext"/> per DI scope (SQLite or PostgreSQL, see <see cref="HostDatabase"/>), and a fixed caller (a batch job of the whole province
/// with every capability, <c>Caller.System</c>: a console tool has no signed-in user). Each request runs in its own DI scope, as a web request would.
/// </summary>
internal sealed class LampungHost : IDisposable
{
    private readonly ServiceProvider _provider;

    /// <summary>Initialises the host over a database.</summary>
    /// <param name="database">The database (owned by the caller).</param>
    /// <param name="services">Extra registrations, applied last (tests add event handlers or another scope accessor).</param>
    public LampungHost(HostDatabase database, Action<IServiceCollection>? services = null)
    {
        Database = database;
        var collection = new ServiceCollection();
        collection.AddLatihanAsn(ConfigureLibrary);
        collection.AddSingleton(database);
        collection.AddScoped(sp => sp.GetRequiredService<HostDatabase>().CreateContext());
        collection.AddLatihanAsnEntityFrameworkCore<LatihanAsnDbContext>();
        services?.Invoke(collection);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    /// <summary>Gets the database the repositories use.</summary>
    public HostDatabase Database { get; }

    /// <summary>The library options of this host; the rule-only commands read the same rule sets from here.</summary>
    public static void ConfigureLibrary(LatihanAsnOptions options) => options.DefaultCaller = Caller.System("lampung-demo");

    /// <summary>The host's library options and the rule sets they register, for the rule-only commands and the reports.</summary>
    public static (LatihanAsnOptions Options, RuleSetRegistry Rules) Library()
    {
        var options = new LatihanAsnOptions();
        ConfigureLibrary(options);
        return (options, new RuleSetRegistry(options.RuleSets.RuleSets));
    }

    /// <summary>Sends a request through the mediator in a new DI scope.</summary>
    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        using var scope = _provider.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    public void Dispose() => _provider.Dispose();
}
