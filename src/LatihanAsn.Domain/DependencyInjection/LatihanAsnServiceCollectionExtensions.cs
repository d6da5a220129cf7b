using FluentValidation;
using LatihanAsn.Domain;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using MediatR;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The DI entry point of LatihanAsn.</summary>
public static class LatihanAsnServiceCollectionExtensions
{
    /// <summary>
    /// Registers the library: the MediatR 5 mediator (unless the host registered one), every use-case handler and
    /// validator, the pipeline (authorization, unit of work, validation), the rule-set registry, the role presets, a
    /// no-op audit trail (<see cref="IAuditTrail"/>, which a host replaces) and the options. Registration is explicit (no
    /// assembly scanning) and idempotent: calling it again adds nothing, and only applies <paramref name="configure"/>
    /// to the options already registered. The host must also register, scoped: <c>IRepository&lt;T&gt;</c> and
    /// <c>IReadRepository&lt;T&gt;</c> for each aggregate root it uses (writes stage, they do not save), an
    /// <see cref="IUnitOfWork"/> that commits them once per command, and either an <see cref="ICallerAccessor"/>
    /// or <see cref="LatihanAsnOptions.DefaultCaller"/>; optionally an <see cref="IDomainEventOutbox"/> and an <see cref="IAuditTrail"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the options, if any.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddLatihanAsn(this IServiceCollection services, Action<LatihanAsnOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(LatihanAsnOptions))?.ImplementationInstance as LatihanAsnOptions;
        var options = existing ?? new LatihanAsnOptions();
        configure?.Invoke(options);
        if (existing is not null)
        {
            return services;
        }

        services.AddSingleton(options);
        services.TryAddSingleton(sp => new RuleSetRegistry(sp.GetRequiredService<LatihanAsnOptions>().RuleSets.RuleSets));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ServiceFactory>(sp => sp.GetService!);
        services.TryAddScoped<IMediator, Mediator>();
        services.TryAddSingleton(sp => sp.GetRequiredService<LatihanAsnOptions>().RolePresets);
        services.TryAddScoped<ICallerAccessor, OptionsCallerAccessor>();
        services.TryAddScoped<ICallerScopeAccessor, CallerScopeAccessor>();
        services.TryAddScoped<AuthorizationContext>();
        services.TryAddScoped<IAuditTrail, NoAuditTrail>();
        services.TryAddScoped<UnitOfWorkContext>();
        services.TryAddScoped<DomainEventPublisher>();
        // The first registered behaviour is the outermost: authorization refuses before anything else runs, then the
        // unit of work wraps validation and the handler.
        services.TryAddEnumerable(ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>)));
        services.TryAddEnumerable(ServiceDescriptor.Transient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>)));

        CompetencyRegistration.Register(services);
        NeedsAnalysisRegistration.Register(services);
        ProgramsRegistration.Register(services);
        FollowUpRegistration.Register(services);
        EvaluationRegistration.Register(services);
        return services;
    }

    /// <summary>Registers a handler for a request.</summary>
    internal static IServiceCollection Handler<TRequest, TResponse, THandler>(this IServiceCollection services)
        where TRequest : IRequest<TResponse>
        where THandler : class, IRequestHandler<TRequest, TResponse>
    {
        services.TryAddTransient<IRequestHandler<TRequest, TResponse>, THandler>();
        return services;
    }

    /// <summary>Registers a validator for a request.</summary>
    internal static IServiceCollection Validator<TRequest, TValidator>(this IServiceCollection services)
        where TValidator : class, IValidator<TRequest>
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IValidator<TRequest>, TValidator>());
        return services;
    }
}
