using FluentValidation;

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
    /// <paramref name="row"/> validator, so that single and batch requests agree and a failure's property path names the
    /// row (for example <c>Rows[12].Answers[0].Competency</c>).
    /// </summary>
    public static IRuleBuilderOptions<T, TRow> EachRow<T, TRow>(this IRuleBuilderInitialCollection<T, TRow> rule, IValidator<TRow> row) =>
        rule.NotNull().WithMessage(_ => Messages.Get("Common_Required")).SetValidator(row);
}
