using System.Globalization;
using System.Text;

namespace LatihanAsn.Domain.Common;

/// <summary>Base class of every exception the library throws on purpose, so a host can catch them in one place.</summary>
public abstract class LatihanAsnException : Exception
{
    /// <summary>Initialises the exception with a message.</summary>
    /// <param name="message">The message, already in the caller's language.</param>
    protected LatihanAsnException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Thrown by the validation step of the pipeline when a request is invalid. It carries every failure at once,
/// keyed by property path, in the caller's language (Indonesian by default, English when the current UI culture is
/// English). Nothing has been changed when it is thrown.
/// </summary>
public sealed class RequestValidationException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="requestName">The request type name.</param>
    /// <param name="errors">Property path to messages; must not be empty.</param>
    public RequestValidationException(string requestName, IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
        : base(Compose(requestName, errors))
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
        var builder = new StringBuilder();
        builder.Append(Text.Pick($"Permintaan {requestName} tidak valid:", $"The {requestName} request is invalid:"));
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
/// Thrown when a request reaches outside the caller's scope (another region or OPD than the host allowed).
/// Nothing has been read or changed outside the scope when it is thrown.
/// </summary>
public sealed class ScopeViolationException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="scope">The caller's scope.</param>
    /// <param name="target">What the request tried to reach, in words.</param>
    public ScopeViolationException(CallerScope scope, string target)
        : base(Text.Pick(
            $"Di luar cakupan Anda ({scope}): {target}.",
            $"Outside your scope ({scope}): {target}."))
    {
        Scope = scope;
        Target = target;
    }

    /// <summary>Gets the caller's scope.</summary>
    public CallerScope Scope { get; }

    /// <summary>Gets what the request tried to reach.</summary>
    public string Target { get; }
}

/// <summary>
/// Thrown when an aggregate named by a request is not found within the caller's scope (it may exist outside it;
/// the message does not say, so that nothing leaks across scopes). Nothing has been changed when it is thrown.
/// </summary>
public sealed class NotFoundInScopeException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="what">The kind of thing, in words.</param>
    /// <param name="key">Its identifier as text.</param>
    public NotFoundInScopeException(string what, string key)
        : base(Text.Pick(
            $"{what} '{key}' tidak ditemukan dalam cakupan Anda.",
            $"{what} '{key}' was not found within your scope."))
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
/// Thrown when a command asks an aggregate for a change its rules forbid (for example superseding an assessment
/// that is already superseded). The aggregate is left as it was.
/// </summary>
public sealed class DomainRuleException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="message">The reason, in the caller's language.</param>
    public DomainRuleException(string message)
        : base(message)
    {
    }
}
