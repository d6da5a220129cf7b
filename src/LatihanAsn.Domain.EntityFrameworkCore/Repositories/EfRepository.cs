using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>
/// The library's repository ports over EF Core, one per aggregate root, sharing the scope's <see cref="DbContext"/>.
/// Specifications are applied in the order Ardalis.Specification's own evaluators use (filters, order, paging, projection). Writes only stage changes in the context; the library
/// commits them once per command through <see cref="EfUnitOfWork"/>. Queries track the entities they load, so one
/// command sees one instance of each aggregate.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
/// <param name="context">The scope's context; its model includes the library's.</param>
internal class EfRepository<T>(DbContext context) : IRepository<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
    private DbSet<T> Set => context.Set<T>();

    public Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Add(entity);
        return Task.FromResult(entity);
    }

    public Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        Set.AddRange(list);
        return Task.FromResult<IEnumerable<T>>(list);
    }

    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        Stage(entity);
        return Task.FromResult(1);
    }

    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var entity in entities)
        {
            Stage(entity);
            count++;
        }

        return Task.FromResult(count);
    }

    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Remove(entity);
        return Task.FromResult(1);
    }

    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        Set.RemoveRange(list);
        return Task.FromResult(list.Count);
    }

    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var list = await Set.Apply(specification).ToListAsync(cancellationToken);
        Set.RemoveRange(list);
        return list.Count;
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The library commits through IUnitOfWork; repositories never save.");

    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        await Set.FindAsync([id], cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Set.Apply(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Set.Apply(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Set.Apply(specification).SingleOrDefaultAsync(cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Set.Apply(specification).SingleOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Set.ToListAsync(cancellationToken);

    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        var list = await Set.Apply(specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is { } post ? post(list).ToList() : list;
    }

    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default)
    {
        var list = await Set.Apply(specification).ToListAsync(cancellationToken);
        return specification.PostProcessingAction is { } post ? post(list).ToList() : list;
    }

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Set.Criteria(specification).CountAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Set.CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Set.Criteria(specification).AnyAsync(cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Set.AnyAsync(cancellationToken);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Set.Apply(specification).AsAsyncEnumerable();

    // A changed aggregate the context already tracks is marked modified (its version then advances at commit); one it
    // does not track (built or loaded elsewhere) is attached as modified. An added one stays added.
    private void Stage(T entity)
    {
        var entry = context.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            Set.Update(entity);
        }
        else if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }
    }
}
