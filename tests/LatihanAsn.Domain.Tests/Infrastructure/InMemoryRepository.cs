using System.Collections.Concurrent;
using Ardalis.Specification;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Tests.Infrastructure;

/// <summary>All aggregates of a test, by type. Shared by every repository of one test host.</summary>
public sealed class InMemoryStore
{
    private readonly ConcurrentDictionary<Type, object> _sets = new();

    public List<T> Set<T>() where T : class => (List<T>)_sets.GetOrAdd(typeof(T), _ => new List<T>());

    /// <summary>How many times each kind of write was called, to prove that a rejected command wrote nothing.</summary>
    public int Writes { get; set; }

    /// <summary>When set, the next write throws (to prove that events are published only after a successful save).</summary>
    public bool FailNextWrite { get; set; }
}

/// <summary>
/// The in-memory port the tests use: it answers every specification with Ardalis' own in-memory evaluator
/// (<c>spec.Evaluate(items)</c>), exactly as the STYLE guide asks of hosts that keep data in memory.
/// </summary>
public sealed class InMemoryRepository<T>(InMemoryStore store) : IRepository<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
    private List<T> Items => store.Set<T>();

    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Write();
        Items.Add(entity);
        return Task.FromResult(entity);
    }

    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Write();
        var list = entities.ToList();
        Items.AddRange(list);
        return Task.FromResult<IEnumerable<T>>(list);
    }

    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        Write();
        return Task.FromResult(Items.Contains(entity) ? 1 : throw new InvalidOperationException("Updating an entity that was never added."));
    }

    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Write();
        return Task.FromResult(entities.Count());
    }

    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Write();
        return Task.FromResult(Items.Remove(entity) ? 1 : 0);
    }

    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Write();
        return Task.FromResult(entities.ToList().Count(Items.Remove));
    }

    public Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        Write();
        var matching = specification.Evaluate(Items).ToList();
        return Task.FromResult(matching.Count(Items.Remove));
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

    public Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        Task.FromResult(Items.FirstOrDefault(e => Equals(((dynamic)e).Id, id)) as T);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).FirstOrDefault());

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).FirstOrDefault());

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).SingleOrDefault());

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).SingleOrDefault());

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Task.FromResult(Items.ToList());

    public Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).ToList());

    public Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).ToList());

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).Count());

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(Items.Count);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Task.FromResult(specification.Evaluate(Items).Any());

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(Items.Count > 0);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => specification.Evaluate(Items).ToAsyncEnumerable();

    private void Write()
    {
        if (store.FailNextWrite)
        {
            store.FailNextWrite = false;
            throw new IOException("Simulated store failure.");
        }

        store.Writes++;
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
