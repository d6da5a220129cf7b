using System.Reflection;
using Ardalis.Specification;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>What the authorization step decided for the request being handled in a DI scope: who, with which capability.</summary>
internal sealed class AuthorizationContext
{
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
/// on the outer request's authority (it is part of that command); one sent by a host's notification handler, after
/// the commit, is checked as any other.
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICallerAccessor callers, AuthorizationContext context, UnitOfWorkContext unitOfWork)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (unitOfWork.Depth > 0)
        {
            return await next().ConfigureAwait(false);
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
        var (outerCaller, outerCapability) = (context.Caller, context.Capability);
        context.Caller = caller;
        context.Capability = used;
        try
        {
            return await next().ConfigureAwait(false);
        }
        finally
        {
            (context.Caller, context.Capability) = (outerCaller, outerCapability);
        }
    }
}

/// <summary>How the person a request names must relate to a caller who holds only a narrow capability.</summary>
internal enum Relation
{
    /// <summary>The caller themself (self-service; a mentor is "themself" as the plan's mentor).</summary>
    Self,

    /// <summary>Someone the caller supervises.</summary>
    Supervisee,
}

/// <summary>
/// The checks of self-service and hierarchy, made by the handlers once what a request names is loaded in scope: a
/// broad capability acts for anyone in scope, a narrow one only for the caller themself, the people they supervise, or
/// their own mentees. A refusal is <see cref="CapabilityRequiredException"/> naming the broad capability, and changes
/// nothing (the handler has not changed anything yet).
/// </summary>
internal static class Acting
{
    /// <summary>Throws unless the caller holds <paramref name="broad"/> or relates to the employee <paramref name="subject"/> as required.</summary>
    public static void Ensure(Caller caller, string broad, Relation relation, Nip subject, string requestName)
    {
        if (!caller.Has(broad) && !Relates(caller, relation, subject))
        {
            throw new CapabilityRequiredException(requestName, [broad]);
        }
    }

    /// <summary>As <see cref="Ensure"/>, for an employee named by identifier (their NIP is read only to compare it).</summary>
    public static async Task EnsureAsync(Caller caller, string broad, Relation relation, EmployeeId subject, IReadRepositoryBase<Employee> employees, string requestName, CancellationToken cancellationToken)
    {
        if (caller.Has(broad))
        {
            return;
        }

        var nips = await employees.ListAsync(new NipOfEmployeeSpec(subject), cancellationToken).ConfigureAwait(false);
        if (nips.Count != 1 || !Relates(caller, relation, nips[0]))
        {
            throw new CapabilityRequiredException(requestName, [broad]);
        }
    }

    private static bool Relates(Caller caller, Relation relation, Nip subject) => relation switch
    {
        Relation.Self => caller.Nip == subject,
        _ => caller.Supervises.Contains(subject),
    };
}

/// <summary>
/// The NIP of one employee, wherever they are. Not scoped on purpose: it is compared with the caller's own NIP or
/// supervisees (a mentor may work in another OPD than the mentee) and never returned to the caller.
/// </summary>
internal sealed class NipOfEmployeeSpec : Specification<Employee, Nip>
{
    public NipOfEmployeeSpec(EmployeeId id)
    {
        Query.Where(e => e.Id == id);
        Query.Select(e => e.Nip);
    }
}
