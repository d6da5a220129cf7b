using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// How the race and failure-injection tests drive a harness, shared by the domain tests (in-memory store, the sample's
/// SQLite) and the EF Core package's tests (SQLite, PostgreSQL); each project brings its own <see cref="IHarness"/>.
/// </summary>
internal static class Contention
{
    /// <summary>How many requests race.</summary>
    public const int Concurrency = 20;

    public static async Task<(List<T> Accepted, List<Exception> Refused)> Race<T>(Func<int, Task<T>> request)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, Concurrency).Select(i => Task.Run<(bool Ok, T Value, Exception? Error)>(async () =>
        {
            await start.Task;
            try
            {
                return (true, await request(i), null);
            }
            catch (AggregateException e) when (e.InnerException is not null)
            {
                return (false, default(T)!, e.InnerException);
            }
            catch (Exception e)
            {
                return (false, default(T)!, e);
            }
        })).ToArray();
        start.SetResult();
        var results = await Task.WhenAll(tasks);
        return ([.. results.Where(r => r.Ok).Select(r => r.Value)], [.. results.Where(r => !r.Ok).Select(r => r.Error!)]);
    }

    public static void OnlyConflicts(IEnumerable<Exception> refused)
    {
        foreach (var error in refused)
        {
            error.ShouldBeOfType<ConcurrencyConflictException>($"{error.GetType().Name}: {error.Message}").Code.ShouldBe(ErrorCodes.Conflict);
        }
    }

    public static void OnlyLibraryRefusals(IEnumerable<Exception> refused)
    {
        foreach (var error in refused)
        {
            var library = error.ShouldBeAssignableTo<LatihanAsnException>($"{error.GetType().Name}: {error.Message}")!;
            library.Code.ShouldNotBe(ErrorCodes.Unexpected, error.ToString());
        }
    }

    /// <summary>
    /// Arms a failure at the 1st, 2nd, ... write until the command writes fewer times than that; each failed attempt must
    /// leave the stored state and the event log as they were. Returns the result of the attempt that succeeded.
    /// </summary>
    public static async Task<T> EveryWriteFailsThenSucceeds<T>(IHarness harness, Func<Task<T>> command, int minimumWrites)
    {
        var before = await harness.FingerprintAsync();
        harness.Events.Events.Clear();
        for (var n = 1; n <= 500; n++)
        {
            harness.FailAtWrite(n);
            try
            {
                var result = await command();
                harness.FailureArmed.ShouldBeTrue($"{harness.Name}: the failure at write {n} was consumed yet the command succeeded");
                harness.FailAtWrite(0);
                (n - 1).ShouldBeGreaterThanOrEqualTo(minimumWrites, $"{harness.Name}: the command wrote only {n - 1} times");
                (await harness.FingerprintAsync()).ShouldNotBe(before);
                return result;
            }
            catch (UnexpectedFailureException failure)
            {
                harness.FailAtWrite(0);
                failure.Code.ShouldBe(ErrorCodes.Unexpected);
                failure.InnerException.ShouldNotBeNull();
                (await harness.FingerprintAsync()).ShouldBe(before, $"{harness.Name}: partial state after a failure at write {n}");
                harness.Events.Events.ShouldBeEmpty($"{harness.Name}: events published for a failure at write {n}");
            }
        }

        throw new InvalidOperationException("The command never succeeded.");
    }
}
