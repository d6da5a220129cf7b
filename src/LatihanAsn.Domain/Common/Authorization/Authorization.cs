using System.Reflection;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>What the authorization step decided for the request being handled in a DI scope: who, with which capability.</summary>
internal sealed class AuthorizationContext
{
    public int Depth { get; set; }

    public Caller? Caller { get; set; }

    public string? Capability { get; set; }
}

/// <summary>The capabilities each request type declares, read once per type.</summary>
internal static class DeclaredCapability<TRequest>
{
    public static readonly RequiresCapabilityAttribute? Attribute = typeof(TRequest).GetCustomAttribute<RequiresCapabilityAttribute>(inherit: false);
}

/// <summary>
/// The outermost step of the pipeline: the caller must hold one of the capabilities the request declares
/// (<see cref="RequiresCapabilityAttribute"/>), otherwise the request is refused with
/// <see cref="CapabilityRequiredException"/> before the unit of work, validation or the handler run, so nothing is read
/// or changed. A request without a declaration is refused too (fail closed). A request sent from inside a handler runs
/// on the outer request's authority.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICallerAccessor callers, AuthorizationContext context)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (context.Depth > 0)
        {
            context.Depth++;
            try
            {
                return await next().ConfigureAwait(false);
            }
            finally
            {
                context.Depth--;
            }
        }

        Caller caller;
        try
        {
            caller = callers.Current;
        }
        catch (Exception exception) when (exception is not (LatihanAsnException or OperationCanceledException))
        {
            // A host without a caller (or whose accessor failed) is refused like any failure outside the domain.
            throw new UnexpectedFailureException(typeof(TRequest).Name, exception);
        }

        var declared = DeclaredCapability<TRequest>.Attribute
            ?? throw new UnexpectedFailureException(typeof(TRequest).Name, new InvalidOperationException($"{typeof(TRequest).Name} declares no capability ([RequiresCapability]); it is refused."));
        var used = declared.AnyOf.FirstOrDefault(caller.Has)
            ?? throw new CapabilityRequiredException(typeof(TRequest).Name, declared.AnyOf);
        context.Depth = 1;
        context.Caller = caller;
        context.Capability = used;
        try
        {
            return await next().ConfigureAwait(false);
        }
        finally
        {
            context.Depth = 0;
            context.Caller = null;
            context.Capability = null;
        }
    }
}

/// <summary>
/// The checks of self-service and hierarchy, made by the handlers once the people a request names are loaded in scope:
/// a broad capability acts for anyone in scope, a narrow one only for the caller themself, the people they supervise,
/// or their own mentees. A refusal is <see cref="CapabilityRequiredException"/> naming the broad capability.
/// </summary>
internal static class Acting
{
    /// <summary>Throws unless the caller holds <paramref name="broad"/> or is the employee <paramref name="subject"/>.</summary>
    public static void EnsureSelfOr(Caller caller, string broad, Nip subject, string requestName)
    {
        if (!caller.Has(broad) && caller.Nip != subject)
        {
            throw new CapabilityRequiredException(requestName, [broad]);
        }
    }

    /// <summary>Throws unless the caller holds <paramref name="broad"/> or supervises the employee <paramref name="subject"/>.</summary>
    public static void EnsureSupervisesOr(Caller caller, string broad, Nip subject, string requestName)
    {
        if (!caller.Has(broad) && !caller.Supervises.Contains(subject))
        {
            throw new CapabilityRequiredException(requestName, [broad]);
        }
    }
}
