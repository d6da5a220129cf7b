namespace LatihanAsn.Domain.Common;

/// <summary>
/// The conventions of the batch (import) requests, such as <c>ImportEmployees</c>: one command carries many rows, each
/// shaped as the single-row request; the whole batch is validated before anything is written (a failure's property path
/// names the row, for example <c>Rows[12].Nip</c>); the rows are written in one unit of work, so a refused batch changes
/// nothing; the result lists the new identifiers in row order.
/// </summary>
public static class Batch
{
    /// <summary>The most rows one batch request may carry (a province's civil servants, with room to spare).</summary>
    public const int MaxRows = 250_000;

    /// <summary>
    /// Runs <paramref name="work"/> for the row <paramref name="row"/> (0-based) of a batch: a library error it throws is
    /// thrown again as a <see cref="BatchRowException"/> that keeps its code and names the row.
    /// </summary>
    internal static T ForRow<T>(int row, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (LatihanAsnException e) when (e is not BatchRowException)
        {
            throw new BatchRowException(row, e);
        }
    }

    /// <summary>As <see cref="ForRow{T}(int, Func{T})"/>, for work without a result.</summary>
    internal static void ForRow(int row, Action work) => ForRow(row, () =>
    {
        work();
        return 0;
    });
}

/// <summary>
/// A row of a batch request was refused (not found, out of scope, or a domain rule): the error keeps the row's own
/// <see cref="LatihanAsnException.Code"/> and details, adds the row (0-based, in <see cref="LatihanAsnException.Details"/>
/// as <c>row</c>) and starts its message with it. The whole batch was refused: nothing was changed.
/// </summary>
public sealed class BatchRowException : LatihanAsnException
{
    /// <summary>Initialises the exception.</summary>
    /// <param name="row">The refused row, 0-based.</param>
    /// <param name="error">The row's own error.</param>
    public BatchRowException(int row, LatihanAsnException error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Code, Messages.Get("Common_BatchRowRefused", row, error.Message), WithRow(error.Details, row), error)
    {
        Row = row;
        Error = error;
    }

    /// <summary>Gets the refused row, 0-based.</summary>
    public int Row { get; }

    /// <summary>Gets the row's own error.</summary>
    public LatihanAsnException Error { get; }

    private static Dictionary<string, object?> WithRow(IReadOnlyDictionary<string, object?> details, int row) =>
        new(details, StringComparer.Ordinal) { ["row"] = row };
}
