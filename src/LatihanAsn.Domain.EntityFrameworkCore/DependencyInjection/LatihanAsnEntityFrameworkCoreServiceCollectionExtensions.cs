using LatihanAsn.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>Registers the library's repository and unit-of-work ports over an EF Core context.</summary>
public static class LatihanAsnEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers scoped <see cref="IRepository{T}"/>, <see cref="IReadRepository{T}"/> and <see cref="IUnitOfWork"/> over
    /// the scope's <typeparamref name="TContext"/>, which the host registers itself (for example with
    /// <c>AddDbContext</c>) and whose model includes the library's (<c>ApplyLatihanAsnModel</c>). Call it beside
    /// <c>AddLatihanAsn</c>.
    /// </summary>
    /// <typeparam name="TContext">The host's context.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddLatihanAsnEntityFrameworkCore<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped(sp => new LatihanAsnContext(sp.GetRequiredService<TContext>()));
        services.TryAddScoped<IUnitOfWork>(sp => new EfUnitOfWork(sp.GetRequiredService<LatihanAsnContext>().Context));
        services.TryAddScoped(typeof(IRepository<>), typeof(ScopedRepository<>));
        services.TryAddScoped(typeof(IReadRepository<>), typeof(ScopedRepository<>));
        return services;
    }

    /// <summary>
    /// Registers <see cref="LatihanAsnDbContext"/> (scoped, configured by <paramref name="configure"/>, for example
    /// <c>options.UseNpgsql(connectionString)</c>) and the library's ports over it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the context's provider and connection.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddLatihanAsnEntityFrameworkCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddDbContext<LatihanAsnDbContext>(configure);
        return services.AddLatihanAsnEntityFrameworkCore<LatihanAsnDbContext>();
    }
}

/// <summary>The scope's context that the library's ports use, whatever the host's context type.</summary>
internal sealed class LatihanAsnContext(DbContext context)
{
    public DbContext Context { get; } = context;
}

/// <summary>The repository as the container builds it: over the scope's <see cref="LatihanAsnContext"/>.</summary>
internal sealed class ScopedRepository<T>(LatihanAsnContext context) : EfRepository<T>(context.Context)
    where T : class, IAggregateRoot;
