using FluentValidation;
using FluentValidation.Results;

namespace LatihanAsn.Domain.Common;

/// <summary>The validation rules every batch request shares (see <see cref="Batch"/>).</summary>
internal static class BatchValidation
{
    /// <summary>The rows of a batch: present, 1 to <see cref="Batch.MaxRows"/> of them.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TRow>> BatchOfRows<T, TRow>(this IRuleBuilder<T, IReadOnlyList<TRow>> rule) =>
        rule.NotNull().WithMessage(_ => Messages.Get("Common_Required"))
            .Must(r => r is null || r.Count is >= 1 and <= Batch.MaxRows).WithMessage(_ => Messages.Get("Common_BatchMustCarryRows", Batch.MaxRows));

    /// <summary>
    /// Each row of a batch: not missing (<see langword="null"/>), and checked by the single-row request's own synchronous
    /// <paramref name="row"/> validator, so that single and batch requests agree; a failure's property path names the
    /// row (for example <c>Rows[12].Answers[0].Competency</c>). Each row is validated as a request of its own and only
    /// its failures are renamed: a batch of 100,000 valid rows builds no property paths.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<TRow>> EachRow<T, TRow>(this IRuleBuilder<T, IReadOnlyList<TRow>> rule, IValidator<TRow> row, string collection) =>
        rule.Custom((rows, context) =>
        {
            if (rows is null)
            {
                return;
            }

            for (var i = 0; i < rows.Count; i++)
            {
                var path = $"{collection}[{i}]";
                if (rows[i] is not { } item)
                {
                    context.AddFailure(new ValidationFailure(path, Messages.Get("Common_Required").Replace("{PropertyName}", collection, StringComparison.Ordinal)));
                    continue;
                }

                var result = row.Validate(new ValidationContext<TRow>(item));
                if (result.IsValid)
                {
                    continue;
                }

                foreach (var failure in result.Errors)
                {
                    context.AddFailure(new ValidationFailure(string.IsNullOrEmpty(failure.PropertyName) ? path : $"{path}.{failure.PropertyName}", failure.ErrorMessage, failure.AttemptedValue)
                    {
                        ErrorCode = failure.ErrorCode,
                        CustomState = failure.CustomState,
                        Severity = failure.Severity,
                        FormattedMessagePlaceholderValues = failure.FormattedMessagePlaceholderValues,
                    });
                }
            }
        });
}
