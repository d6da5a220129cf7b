using System.Reflection;
using System.Text.RegularExpressions;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Tests.FollowUp;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Lampung.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.Tests.UnitOfWork;

/// <summary>
/// Names for the identifiers two worlds share by role (the n-th employee, the survey, ...), so that the stored states
/// and events of two worlds built alike can be compared; every other identifier (new in each world) reads as <c>#</c>.
/// </summary>
internal sealed partial class Labels
{
    private readonly Dictionary<Guid, string> _names = [];

    public Labels Name(Guid id, string label)
    {
        _names[id] = label;
        return this;
    }

    public string Mask(string text) => GuidPattern().Replace(text, m => _names.TryGetValue(Guid.Parse(m.Value), out var name) ? name : "#");

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();
}

/// <summary>
/// The stored aggregates of one kind in either harness's store, each as its whole visible state
/// (<see cref="AggregateSnapshot"/>) with identifiers named by <see cref="Labels"/> and without its version (a version
/// counts commits, and a batch is one commit where the rows sent one by one are many), sorted: two worlds whose lists are
/// equal hold the same data.
/// </summary>
internal static partial class StoredState
{
    public static async Task<IReadOnlyList<string>> OfAsync<T>(IHarness harness, Labels labels)
        where T : class, IAggregateRoot
    {
        IReadOnlyList<T> aggregates;
        switch (harness)
        {
            case MemoryHarness memory:
                aggregates = Field<TestHost>(memory, "_host").Store.Set<T>();
                break;
            case SqliteHarness sqlite:
                using (var context = Field<SqliteDatabase>(sqlite, "_database").CreateContext())
                {
                    aggregates = await context.Set<T>().AsNoTracking().ToListAsync();
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(harness));
        }

        return [.. aggregates.Select(a => labels.Mask(Version().Replace(AggregateSnapshot.Of(a), string.Empty))).Order(StringComparer.Ordinal)];
    }

    /// <summary>The events published, each with its identifiers named, sorted.</summary>
    public static IReadOnlyList<string> Events(IHarness harness, Labels labels) =>
        [.. harness.Events.Events.Select(e => labels.Mask(AggregateSnapshot.Of(e))).Order(StringComparer.Ordinal)];

    // The harnesses keep their store to themselves; the tests that compare two worlds read it directly.
    private static T Field<T>(object harness, string name) =>
        (T)harness.GetType().GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(harness)!;

    [GeneratedRegex("AggregateVersion=[0-9]+;")]
    private static partial Regex Version();
}
