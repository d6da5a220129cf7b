using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Tests.Infrastructure;

/// <summary>
/// All committed aggregates of a test, by type, as a database holds them: copies, never the objects a command works on,
/// each with its version. Commits are atomic (all of a command's writes or none), check versions and unique keys, and
/// can be made to fail at the Nth write to prove that a failed command leaves everything as it was.
/// </summary>
public sealed class InMemoryStore
{
    private readonly object _gate = new();
    private readonly Dictionary<Type, Dictionary<object, Stored>> _sets = [];
    private readonly Dictionary<Type, List<(string Name, Func<object, object> Key)>> _unique = [];
    private int _failAtWrite;

    /// <summary>How many aggregate writes were committed, to prove that a rejected command wrote nothing.</summary>
    public int Writes { get; set; }

    /// <summary>When set, every read waits this long first, so concurrent requests interleave as they would on a database.</summary>
    public TimeSpan ReadPause { get; set; }

    /// <summary>How many commits wrote something.</summary>
    public int Commits { get; private set; }

    /// <summary>When set, the next committed write throws (nothing of that commit is kept).</summary>
    public bool FailNextWrite
    {
        get => _failAtWrite > 0;
        set => _failAtWrite = value ? 1 : 0;
    }

    /// <summary>Makes the <paramref name="n"/>th write from now (counting every write of every commit) throw.</summary>
    public void FailAtWrite(int n) => _failAtWrite = n;

    /// <summary>Declares a unique key of an aggregate type, as the database's unique index would.</summary>
    public InMemoryStore Unique<T>(string name, Func<T, object> key)
        where T : class
    {
        lock (_gate)
        {
            if (!_unique.TryGetValue(typeof(T), out var keys))
            {
                _unique[typeof(T)] = keys = [];
            }

            keys.Add((name, o => key((T)o)));
        }

        return this;
    }

    /// <summary>Copies of the committed aggregates of a type (changing them changes nothing in the store).</summary>
    public IReadOnlyList<T> Set<T>()
        where T : class => Snapshot<T>().Select(s => Materialise<T>(s)).ToList();

    /// <summary>Saves aggregates directly, outside any command (test set-up), as version 1.</summary>
    public void Seed<T>(params T[] items)
        where T : class, IAggregateRoot
    {
        lock (_gate)
        {
            var set = SetOf(typeof(T));
            foreach (var item in items)
            {
                item.ClearDomainEvents();
                item.SetAggregateVersion(1);
                set[KeyOf(item)] = new Stored(DeepCopy.Of(item), 1);
            }
        }
    }

    /// <summary>Removes committed aggregates directly, outside any command (to simulate data lost by the host).</summary>
    public int Remove<T>(Func<T, bool> match)
        where T : class
    {
        lock (_gate)
        {
            var set = SetOf(typeof(T));
            var doomed = set.Where(e => match((T)e.Value.Item)).Select(e => e.Key).ToList();
            doomed.ForEach(k => set.Remove(k));
            return doomed.Count;
        }
    }

    /// <summary>A fingerprint of everything committed (type, key, version), to compare the store before and after a command.</summary>
    public IReadOnlyList<string> Fingerprint()
    {
        lock (_gate)
        {
            return _sets.SelectMany(s => s.Value.Select(e => $"{s.Key.Name}:{e.Key}:{e.Value.Version}")).Order(StringComparer.Ordinal).ToList();
        }
    }

    internal IReadOnlyList<Stored> Snapshot<T>()
    {
        lock (_gate)
        {
            return _sets.TryGetValue(typeof(T), out var set) ? set.Values.ToList() : [];
        }
    }

    internal static T Materialise<T>(Stored stored)
        where T : class
    {
        var copy = DeepCopy.Of((T)stored.Item);
        ((IAggregateRoot)copy).SetAggregateVersion(stored.Version);
        return copy;
    }

    internal static object KeyOf(object aggregate) =>
        aggregate.GetType().GetProperty("Id")!.GetValue(aggregate)!;

    internal void Commit(IReadOnlyList<StagedWrite> writes)
    {
        if (writes.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            // Work on copies of the touched sets; swap them in only when every write succeeded.
            var working = new Dictionary<Type, Dictionary<object, Stored>>();
            Dictionary<object, Stored> Working(Type type)
            {
                if (!working.TryGetValue(type, out var set))
                {
                    working[type] = set = new Dictionary<object, Stored>(SetOf(type));
                }

                return set;
            }

            var versions = new List<(IAggregateRoot Aggregate, long Version)>();
            var written = 0;
            foreach (var write in writes)
            {
                if (_failAtWrite > 0 && --_failAtWrite == 0)
                {
                    throw new IOException("Simulated store failure.");
                }

                var type = write.Aggregate.GetType();
                var set = Working(type);
                var key = KeyOf(write.Aggregate);
                var exists = set.TryGetValue(key, out var current);
                switch (write.Kind)
                {
                    case WriteKind.Add when exists:
                        throw new ConcurrencyConflictException(type.Name, key.ToString());
                    case WriteKind.Update or WriteKind.Delete when !exists || current!.Version != write.ExpectedVersion:
                        throw new ConcurrencyConflictException(type.Name, key.ToString(), write.ExpectedVersion);
                }

                if (write.Kind == WriteKind.Delete)
                {
                    set.Remove(key);
                }
                else
                {
                    var version = write.Kind == WriteKind.Add ? 1 : write.ExpectedVersion + 1;
                    var copy = DeepCopy.Of(write.Aggregate);
                    ((IAggregateRoot)copy).ClearDomainEvents();
                    set[key] = new Stored(copy, version);
                    versions.Add(((IAggregateRoot)write.Aggregate, version));
                    CheckUnique(type, set, key, copy);
                }

                written++;
            }

            foreach (var (type, set) in working)
            {
                _sets[type] = set;
            }

            foreach (var (aggregate, version) in versions)
            {
                aggregate.SetAggregateVersion(version);
            }

            Writes += written;
            Commits++;
        }
    }

    private void CheckUnique(Type type, Dictionary<object, Stored> set, object key, object item)
    {
        if (!_unique.TryGetValue(type, out var keys))
        {
            return;
        }

        foreach (var (name, unique) in keys)
        {
            var value = unique(item);
            if (value is null)
            {
                continue;
            }

            if (set.Any(e => !Equals(e.Key, key) && Equals(unique(e.Value.Item), value)))
            {
                throw new ConcurrencyConflictException(type.Name, $"{name}={value}");
            }
        }
    }

    private Dictionary<object, Stored> SetOf(Type type)
    {
        if (!_sets.TryGetValue(type, out var set))
        {
            _sets[type] = set = [];
        }

        return set;
    }

    internal sealed record Stored(object Item, long Version);
}

internal enum WriteKind
{
    Add,
    Update,
    Delete,
}

internal sealed record StagedWrite(WriteKind Kind, object Aggregate, long ExpectedVersion);

/// <summary>
/// The unit of work of one DI scope over the in-memory store: an identity map of the aggregates it loaded and the writes
/// it staged, committed atomically by the library's pipeline.
/// </summary>
public sealed class InMemoryUnitOfWork(InMemoryStore store) : IUnitOfWork
{
    private readonly Dictionary<(Type, object), object> _loaded = [];
    private readonly List<(WriteKind Kind, object Aggregate)> _staged = [];

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        // One write per aggregate: the last kind staged wins, except that an added aggregate stays an add.
        var writes = new List<StagedWrite>();
        var seen = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        foreach (var (kind, aggregate) in _staged)
        {
            var root = (IAggregateRoot)aggregate;
            if (seen.TryGetValue(aggregate, out var index))
            {
                var earlier = writes[index];
                writes[index] = earlier with { Kind = earlier.Kind == WriteKind.Add && kind == WriteKind.Update ? WriteKind.Add : kind };
            }
            else
            {
                seen[aggregate] = writes.Count;
                writes.Add(new StagedWrite(kind, aggregate, root.AggregateVersion));
            }
        }

        store.Commit(writes);
        _staged.Clear();
        return Task.CompletedTask;
    }

    public void DiscardChanges()
    {
        _staged.Clear();
        _loaded.Clear();
    }

    internal void Stage(WriteKind kind, object aggregate) => _staged.Add((kind, aggregate));

    internal T Track<T>(InMemoryStore.Stored stored)
        where T : class
    {
        var key = (typeof(T), InMemoryStore.KeyOf(stored.Item));
        if (_loaded.TryGetValue(key, out var tracked))
        {
            return (T)tracked;
        }

        var copy = InMemoryStore.Materialise<T>(stored);
        _loaded[key] = copy;
        return copy;
    }
}

/// <summary>
/// The in-memory port the tests use: it answers every specification with Ardalis' own in-memory evaluator
/// (<c>spec.Evaluate(items)</c>) over the committed aggregates, returns this scope's copies (one per aggregate), and
/// stages writes for the unit of work, exactly as the library asks of a host's store.
/// </summary>
public sealed class InMemoryRepository<T>(InMemoryStore store, InMemoryUnitOfWork unitOfWork) : IRepository<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        unitOfWork.Stage(WriteKind.Add, entity);
        return Task.FromResult(entity);
    }

    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        list.ForEach(e => unitOfWork.Stage(WriteKind.Add, e));
        return Task.FromResult<IEnumerable<T>>(list);
    }

    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        unitOfWork.Stage(WriteKind.Update, entity);
        return Task.FromResult(1);
    }

    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        list.ForEach(e => unitOfWork.Stage(WriteKind.Update, e));
        return Task.FromResult(list.Count);
    }

    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        unitOfWork.Stage(WriteKind.Delete, entity);
        return Task.FromResult(1);
    }

    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        list.ForEach(e => unitOfWork.Stage(WriteKind.Delete, e));
        return Task.FromResult(list.Count);
    }

    public Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var matching = specification.Evaluate(Items()).ToList();
        matching.ForEach(e => unitOfWork.Stage(WriteKind.Delete, e));
        return Task.FromResult(matching.Count);
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The library commits through IUnitOfWork; repositories never save.");

    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        (await ItemsAsync()).FirstOrDefault(e => Equals(InMemoryStore.KeyOf(e), id));

    public async Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        specification.Evaluate((await ItemsAsync())).FirstOrDefault();

    public async Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        DeepCopy.Of(specification.Evaluate((await ItemsAsync())).FirstOrDefault());

    public async Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        specification.Evaluate((await ItemsAsync())).SingleOrDefault();

    public async Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        DeepCopy.Of(specification.Evaluate((await ItemsAsync())).SingleOrDefault());

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(Items().ToList());

    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        specification.Evaluate((await ItemsAsync())).ToList();

    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        DeepCopy.Of(specification.Evaluate((await ItemsAsync())).ToList());

    public async Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        specification.Evaluate(await CommittedAsync()).Count();

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(store.Snapshot<T>().Count);

    public async Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        specification.Evaluate(await CommittedAsync()).Any();

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(store.Snapshot<T>().Count > 0);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => specification.Evaluate(Items()).ToAsyncEnumerable();

    private async Task<List<T>> ItemsAsync()
    {
        if (store.ReadPause > TimeSpan.Zero)
        {
            await Task.Delay(store.ReadPause);
        }

        return Items();
    }

    // The committed aggregates as this scope sees them: its own copy of each (like a tracking database context).
    private List<T> Items() => store.Snapshot<T>().Select(unitOfWork.Track<T>).ToList();

    // Counting and existence are answered from the committed data, as a database answers them, not from this scope's copies.
    private async Task<List<T>> CommittedAsync()
    {
        if (store.ReadPause > TimeSpan.Zero)
        {
            await Task.Delay(store.ReadPause);
        }

        return store.Snapshot<T>().Select(InMemoryStore.Materialise<T>).ToList();
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }
}
