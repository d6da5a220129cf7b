using LatihanAsn.Domain.Composition.OrTools;
using LatihanAsn.Domain.Programs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the exact composer.</summary>
public static class ExactCompositionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ExactCompositionPolicy"/> as the <see cref="ICompositionPolicy"/> that
    /// <c>ComposeTrainingPlan</c> and <c>RecomposeTrainingPlan</c> use, in place of the built-in composer, before or
    /// after <c>AddLatihanAsn</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the time limit and threads, if given.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddLatihanAsnExactComposition(this IServiceCollection services, Func<ExactCompositionOptions, ExactCompositionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = configure?.Invoke(new ExactCompositionOptions()) ?? new ExactCompositionOptions();
        services.RemoveAll<ICompositionPolicy>();
        services.AddSingleton<ICompositionPolicy>(new ExactCompositionPolicy(options));
        return services;
    }
}
