using Ardalis.Specification;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// The read and write port a host implements over its own store for one kind of aggregate root.
/// </summary>
/// <typeparam name="T">The aggregate root type.</typeparam>
/// <remarks>
/// Implementations apply the library's specifications: <c>spec.Evaluate(items)</c> in memory, or the specification's
/// <see cref="ISpecification{T}.WhereExpressions"/>, <see cref="ISpecification{T}.OrderExpressions"/>,
/// <see cref="ISpecification{T}.Skip"/> and <see cref="ISpecification{T}.Take"/> on an <see cref="IQueryable{T}"/>
/// (the sample host shows both). Every specification the library passes for a scoped aggregate already carries the
/// caller's scope, so the store filters it, not the library afterwards.
/// Writes (<see cref="IRepositoryBase{T}.AddAsync"/>, <see cref="IRepositoryBase{T}.UpdateAsync"/>, <see cref="IRepositoryBase{T}.DeleteAsync"/>) stage
/// the change and must not save: the library commits once per command through <see cref="IUnitOfWork"/>. Reads return
/// the same instance for the same aggregate within one unit of work (identity map), with its <see cref="IAggregateRoot.AggregateVersion"/> set.
/// </remarks>
public interface IRepository<T> : IRepositoryBase<T>
    where T : class, IAggregateRoot
{
}

/// <summary>The read-only port over one kind of aggregate root, used by queries.</summary>
/// <typeparam name="T">The aggregate root type.</typeparam>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class, IAggregateRoot
{
}
