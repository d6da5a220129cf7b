using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// The library's repository ports over EF Core, one per aggregate root, sharing the scope's <see cref="DbContext"/>.
/// Specifications are applied by <see cref="SpecificationQuery"/>. Every write saves at once, because the library
/// publishes an aggregate's domain events as soon as the write returns. Queries track the entities they load, so a
/// host may also change a loaded aggregate and call <see cref="SaveChangesAsync"/>.
/// </summary>
/// <typeparam name="T">The aggregate root.</typeparam>
internal sealed class EfRepository<T>(DbContext context) : IRepository<T>, IReadRepository<T>
    where T : class, IAggregateRoot
{
    private DbSet<T> Set => context.Set<T>();

    public async Task<T> AddAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Add(entity);
        await context.SaveChangesAsync(cancellationToken);
        return entity;
    }

    public async Task<IEnumerable<T>> AddRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        var list = entities.ToList();
        Set.AddRange(list);
        await context.SaveChangesAsync(cancellationToken);
        return list;
    }

    public Task<int> UpdateAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Update(entity);
        return context.SaveChangesAsync(cancellationToken);
    }

    public Task<int> UpdateRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Set.UpdateRange(entities);
        return context.SaveChangesAsync(cancellationToken);
    }

    public Task<int> DeleteAsync(T entity, CancellationToken cancellationToken = default)
    {
        Set.Remove(entity);
        return context.SaveChangesAsync(cancellationToken);
    }

    public Task<int> DeleteRangeAsync(IEnumerable<T> entities, CancellationToken cancellationToken = default)
    {
        Set.RemoveRange(entities);
        return context.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteRangeAsync(ISpecification<T> specification, CancellationToken cancellationToken = default)
    {
        Set.RemoveRange(await Set.Apply(specification).ToListAsync(cancellationToken));
        return await context.SaveChangesAsync(cancellationToken);
    }

    public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => context.SaveChangesAsync(cancellationToken);

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
}
