using System.Globalization;
using System.Text;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// The stable, machine-readable codes of the library's errors (<see cref="LatihanAsnException.Code"/>). A host maps
/// them to its own responses (for example HTTP status codes); the README has the table. Codes never change meaning.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The request is invalid: its shape, or a fact about other aggregates it names (HTTP 400).</summary>
    public const string Validation = "validation";

    /// <summary>Something the request names does not exist within the caller's scope (HTTP 404).</summary>
    public const string NotFound = "not_found";

    /// <summary>The caller may not do this, or may not reach this part of the province (HTTP 403).</summary>
    public const string Forbidden = "forbidden";

    /// <summary>Someone else changed the same data first; reload and try again (HTTP 409, or 412 with <c>If-Match</c>).</summary>
    public const string Conflict = "conflict";

    /// <summary>
    /// The prefix of the domain-rule codes: an aggregate refused a change its rules forbid, <c>domain_rule.&lt;name&gt;</c>
    /// (HTTP 422). The code <c>domain_rule</c> alone names a rule without a more specific name.
    /// </summary>
    public const string DomainRule = "domain_rule";

    /// <summary>The command failed for a reason outside the domain (the store failed, a bug); nothing was changed (HTTP 500).</summary>
    public const string Unexpected = "unexpected";
}

/// <summary>
/// Base class of every exception the library throws on purpose, so a host can catch them in one place. Each carries a
/// stable <see cref="Code"/> (see <see cref="ErrorCodes"/>), a message in the caller's language (Indonesian by default,
/// English when the current UI culture is English) and structured <see cref="Details"/>. When one is thrown by a
/// command, nothing was changed and no event was published.
/// </summary>
public abstract class LatihanAsnException : Exception
{
    private static readonly IReadOnlyDictionary<string, object?> NoDetails = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Initialises the exception.</summary>
    /// <param name="code">The stable code (see <see cref="ErrorCodes"/>).</param>
    /// <param name="message">The message, already in the caller's language.</param>
    /// <param name="details">Structured details, if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected LatihanAsnException(string code, string message, IReadOnlyDictionary<string, object?>? details = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
        Details = details ?? NoDetails;
    }

    /// <summary>Gets the stable, machine-readable code of the error (for example <c>not_found</c> or <c>domain_rule.plan_not_draft</c>).</summary>
    public string Code { get; }

    /// <summary>Gets structured details of the error (for example the failing properties or the conflicting version); empty when there are none.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; }
}

/// <summary>
/// Thrown by the validation step of the pipeline when a request is invalid (code <c>validation</c>). It carries every
/// failure at once, keyed by property path, in the caller's language. Nothing has been changed when it is thrown.
/// </summary>
public sealed class RequestValidationException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="requestName">The request type name.</param>
    /// <param name="errors">Property path to messages; must not be empty.</param>
    public RequestValidationException(string requestName, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
        : base(ErrorCodes.Validation, Compose(requestName, errors), new Dictionary<string, object?>(StringComparer.Ordinal) { ["request"] = requestName, ["errors"] = errors })
    {
        RequestName = requestName;
        Errors = errors;
    }

    /// <summary>Gets the name of the rejected request type.</summary>
    public string RequestName { get; }

    /// <summary>Gets the failures: property path (for example <c>Levels[2].Level</c>) to its messages.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    private static string Compose(string requestName, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var builder = new StringBuilder();
        builder.Append(Messages.Get("Common_RequestInvalid", requestName));
        foreach (var (property, messages) in errors)
        {
            foreach (var message in messages)
            {
                builder.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine} - {property}: {message}");
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// Thrown when a request reaches outside the caller's scope (another region or OPD than the host allowed), code
/// <c>forbidden</c>. Nothing has been read or changed outside the scope when it is thrown.
/// </summary>
public sealed class ScopeViolationException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="target">What the request tried to reach, in words.</param>
    public ScopeViolationException(CallerScope scope, string target)
        : base(
            ErrorCodes.Forbidden,
            Messages.Get("Common_OutsideScope", scope, target),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["scope"] = scope?.ToString(), ["target"] = target })
    {
        Scope = scope!;
        Target = target;
    }

    /// <summary>Gets the caller's scope.</summary>
    public CallerScope Scope { get; }

    /// <summary>Gets what the request tried to reach.</summary>
    public string Target { get; }
}

/// <summary>
/// Thrown when the caller lacks the capability a request needs (code <c>forbidden</c>), by the authorization step
/// before anything is read or changed, or by a handler when a narrow (self-service or supervisor) capability does not
/// reach the person the request names. The message names the missing capability.
/// </summary>
public sealed class CapabilityRequiredException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="requestName">The refused request's type name.</param>
    /// <param name="capabilities">The capabilities any one of which would have allowed it.</param>
    public CapabilityRequiredException(string requestName, IReadOnlyList<string> capabilities)
        : base(
            ErrorCodes.Forbidden,
            Messages.Get("Common_CapabilityRequired", requestName, string.Join(" | ", capabilities ?? [])),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["request"] = requestName, ["capabilities"] = capabilities })
    {
        RequestName = requestName;
        Capabilities = capabilities!;
    }

    /// <summary>Gets the refused request's type name.</summary>
    public string RequestName { get; }

    /// <summary>Gets the capabilities any one of which would have allowed the request.</summary>
    public IReadOnlyList<string> Capabilities { get; }
}

/// <summary>
/// Thrown when an aggregate named by a request is not found within the caller's scope (code <c>not_found</c>; it may
/// exist outside the scope: the message does not say, so that nothing leaks across scopes). Nothing has been changed
/// when it is thrown.
/// </summary>
public sealed class NotFoundInScopeException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="what">The kind of thing, in words.</param>
    /// <param name="key">Its identifier as text.</param>
    public NotFoundInScopeException(string what, string key)
        : base(
            ErrorCodes.NotFound,
            Messages.Get("Common_NotFoundScope", what, key),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["what"] = what, ["key"] = key })
    {
        What = what;
        Key = key;
    }

    /// <summary>Gets the kind of thing that was not found.</summary>
    public string What { get; }

    /// <summary>Gets the identifier that was looked for.</summary>
    public string Key { get; }
}

/// <summary>
/// Thrown when a command asks an aggregate for a change its rules forbid (for example superseding an assessment that
/// is already superseded), code <c>domain_rule.&lt;name&gt;</c>. The aggregate is left as it was.
/// </summary>
public sealed class DomainRuleException : LatihanAsnException
{
    /// <summary>Initialises the exception for a rule without a more specific name (code <c>domain_rule</c>).</summary>
    /// <param name="message">The reason, in the caller's language.</param>
    public DomainRuleException(string message)
        : base(ErrorCodes.DomainRule, message)
    {
        Rule = string.Empty;
    }

    /// <summary>Initialises the exception for a named rule (code <c>domain_rule.</c><paramref name="rule"/>).</summary>
    /// <param name="rule">The rule's stable name in snake case, for example <c>run_not_in_progress</c>.</param>
    /// <param name="message">The reason, in the caller's language.</param>
    /// <param name="details">Structured details, if any.</param>
    public DomainRuleException(string rule, string message, IReadOnlyDictionary<string, object?>? details = null)
        : base(ErrorCodes.DomainRule + "." + rule, message, details)
    {
        Rule = rule;
    }

    /// <summary>Gets the rule's stable name (empty for a rule without one).</summary>
    public string Rule { get; }
}

/// <summary>
/// Thrown when a command's changes cannot be saved because someone else changed the same aggregate first (the stored
/// version is no longer the one the command read), or created the same thing at the same time; code <c>conflict</c>.
/// Nothing of the command was saved and no event was published: reload and try again.
/// </summary>
public sealed class ConcurrencyConflictException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="aggregate">The kind of aggregate (its type name).</param>
    /// <param name="key">The aggregate's identifier as text, if known.</param>
    /// <param name="expectedRevision">The version the command read, if known.</param>
    /// <param name="innerException">The store's own exception, if any (kept for logs, never shown to callers).</param>
    public ConcurrencyConflictException(string aggregate, string? key = null, long? expectedRevision = null, Exception? innerException = null)
        : base(
            ErrorCodes.Conflict,
            Messages.Get("Common_ChangedBySomeoneElseReloadAnd", aggregate, (key is null ? string.Empty : " '" + key + "'")),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["aggregate"] = aggregate, ["key"] = key, ["expectedRevision"] = expectedRevision },
            innerException)
    {
        Aggregate = aggregate;
        Key = key;
        ExpectedRevision = expectedRevision;
    }

    /// <summary>Gets the kind of aggregate in conflict.</summary>
    public string Aggregate { get; }

    /// <summary>Gets the identifier of the aggregate in conflict, if known.</summary>
    public string? Key { get; }

    /// <summary>Gets the version the command read, if known.</summary>
    public long? ExpectedRevision { get; }
}

/// <summary>
/// Thrown by the pipeline when a command fails for a reason outside the domain (the host's store failed, or a bug),
/// code <c>unexpected</c>. The cause is kept as <see cref="Exception.InnerException"/> for logs; the message does not
/// repeat it. Nothing of the command was saved and no event was published, so it may be retried.
/// </summary>
public sealed class UnexpectedFailureException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="requestName">The request that failed.</param>
    /// <param name="innerException">The cause.</param>
    public UnexpectedFailureException(string requestName, Exception innerException)
        : base(
            ErrorCodes.Unexpected,
            Messages.Get("Common_RequestFailedForReasonOutsideRules", requestName),
            new Dictionary<string, object?>(StringComparer.Ordinal) { ["request"] = requestName },
            innerException)
    {
        RequestName = requestName;
    }

    /// <summary>Gets the request that failed.</summary>
    public string RequestName { get; }
}
