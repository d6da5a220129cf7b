using System.Collections.Frozen;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// Who is calling: an identity (the host's user name or service name), optionally the employee they are (their NIP),
/// the part of the province they may see (<see cref="Scope"/>), the capabilities they hold, and the people they
/// supervise. The host supplies it for each request through <see cref="ICallerAccessor"/>. Immutable.
/// </summary>
/// <remarks>
/// The supervisor link is explicit and held by the host (its organisation chart or personnel system knows who reports
/// to whom): a caller with <see cref="Capabilities.SupervisionSignOff"/> confirms and signs off only for the NIPs in
/// <see cref="Supervises"/>.
/// </remarks>
public sealed class Caller
{
    private readonly FrozenSet<string> _capabilities;
    private readonly FrozenSet<Nip> _supervises;

    /// <summary>Initialises a caller.</summary>
    /// <param name="identity">The identity, for the audit trail (a user name, an e-mail, a service name).</param>
    /// <param name="scope">The part of the province the caller may see.</param>
    /// <param name="capabilities">The capabilities the caller holds (see <see cref="Common.Capabilities"/>).</param>
    /// <param name="nip">The caller's own NIP when the caller is an employee, for self-service and mentoring.</param>
    /// <param name="supervises">The NIPs of the people the caller supervises, if any.</param>
    /// <exception cref="ArgumentException">The identity is empty.</exception>
    /// <exception cref="ArgumentNullException">The scope or the capabilities are missing.</exception>
    public Caller(string identity, CallerScope scope, IEnumerable<string> capabilities, Nip? nip = null, IEnumerable<Nip>? supervises = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(capabilities);
        Identity = identity;
        Scope = scope;
        Nip = nip;
        _capabilities = capabilities.ToFrozenSet(StringComparer.Ordinal);
        _supervises = (supervises ?? []).ToFrozenSet();
    }

    /// <summary>Gets the caller's identity.</summary>
    public string Identity { get; }

    /// <summary>Gets the caller's own NIP, when the caller is an employee; otherwise <see langword="null"/>.</summary>
    public Nip? Nip { get; }

    /// <summary>Gets the part of the province the caller may see and change.</summary>
    public CallerScope Scope { get; }

    /// <summary>Gets the capabilities the caller holds.</summary>
    public IReadOnlySet<string> Capabilities => _capabilities;

    /// <summary>Gets the NIPs of the people the caller supervises (empty for most callers).</summary>
    public IReadOnlySet<Nip> Supervises => _supervises;

    /// <summary>
    /// Creates the caller of a batch job or a system task: the whole province and every capability of the
    /// <see cref="RolePresets.ProvinceAdministrator"/> preset. For seeders, imports and console tools, never for a person.
    /// </summary>
    /// <param name="identity">The job's name, for the audit trail (for example <c>nightly-import</c>).</param>
    /// <returns>The caller.</returns>
    public static Caller System(string identity) => new(identity, CallerScope.Province, RolePresets.ProvinceAdministrator.Capabilities);

    /// <summary>Creates a caller holding the capabilities of one or more role presets.</summary>
    /// <param name="identity">The identity.</param>
    /// <param name="scope">The scope.</param>
    /// <param name="roles">The presets whose capabilities the caller holds (their union).</param>
    /// <returns>The caller.</returns>
    public static Caller InRoles(string identity, CallerScope scope, params RolePreset[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return new(identity, scope, roles.SelectMany(r => r.Capabilities));
    }

    /// <summary>Tells whether the caller holds a capability.</summary>
    /// <param name="capability">The capability.</param>
    /// <returns><see langword="true"/> when the caller holds it.</returns>
    public bool Has(string capability) => _capabilities.Contains(capability);

    /// <summary>Returns a copy of this caller as the employee with the given NIP.</summary>
    /// <param name="nip">The caller's own NIP.</param>
    /// <returns>The new caller.</returns>
    public Caller AsEmployee(Nip nip) => new(Identity, Scope, _capabilities, nip, _supervises);

    /// <summary>Returns a copy of this caller supervising the given people.</summary>
    /// <param name="supervisees">The NIPs of the people the caller supervises.</param>
    /// <returns>The new caller.</returns>
    public Caller Supervising(IEnumerable<Nip> supervisees) => new(Identity, Scope, _capabilities, Nip, supervisees);

    /// <summary>Returns a copy of this caller limited to another scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The new caller.</returns>
    public Caller WithScope(CallerScope scope) => new(Identity, scope, _capabilities, Nip, _supervises);

    /// <summary>Returns the identity and the scope, for logs.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Identity} ({Scope})";
}

/// <summary>
/// Supplies the current caller. Hosts implement it, scoped, from the signed-in user (mapping their roles onto
/// <see cref="RolePresets"/>); a console tool or batch host may instead set <see cref="LatihanAsnOptions.DefaultCaller"/>.
/// </summary>
public interface ICallerAccessor
{
    /// <summary>Gets the current caller.</summary>
    Caller Current { get; }
}

/// <summary>The caller's scope, read by the handlers and specifications: the scope of <see cref="ICallerAccessor.Current"/>.</summary>
internal interface ICallerScopeAccessor
{
    CallerScope Current { get; }
}

/// <summary>The scope of the current caller.</summary>
internal sealed class CallerScopeAccessor(ICallerAccessor callers) : ICallerScopeAccessor
{
    public CallerScope Current => callers.Current.Scope;
}

/// <summary>The caller accessor used when the host registers none: the caller from the options, or a clear error.</summary>
internal sealed class OptionsCallerAccessor(LatihanAsnOptions options) : ICallerAccessor
{
    public Caller Current => options.DefaultCaller ?? throw new InvalidOperationException(Messages.Get("Common_NoCallerRegisterICallerAccessorOr"));
}
