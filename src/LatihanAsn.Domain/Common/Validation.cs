using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// Runs every FluentValidation validator registered for the request before its handler, and throws one
/// <see cref="RequestValidationException"/> carrying all failures. The handler does not run, so nothing changes.
/// </summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken).ConfigureAwait(false);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            var errors = failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyList<string>)g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(),
                    StringComparer.Ordinal);
            throw new RequestValidationException(typeof(TRequest).Name, errors);
        }

        return await next().ConfigureAwait(false);
    }
}

/// <summary>
/// Shared FluentValidation rules. Messages come from the catalogue (<see cref="Messages"/>) inside a lambda, so the
/// language is chosen when a failure happens, from the UI culture.
/// </summary>
internal static class ValidationText
{
    /// <summary>Not null, not empty, not white space.</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotEmpty().WithMessage(_ => Messages.Get("Common_Required"));

    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.MaximumLength(max).WithMessage(_ => Messages.Get("Common_MustAtMostCharacters", max));

    public static IRuleBuilderOptions<T, int> LevelInRange<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, 5).WithMessage(_ => Messages.Get("Common_MustLevelFrom1To5"));

    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule)
        where TEnum : struct, Enum =>
        rule.IsInEnum().WithMessage(_ => Messages.Get("Common_HasUnknownValue"));
}
