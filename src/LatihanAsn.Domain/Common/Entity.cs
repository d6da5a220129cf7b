namespace LatihanAsn.Domain.Common;

/// <summary>
/// Base class of every entity: something with an identity that outlives changes to its other values.
/// </summary>
/// <typeparam name="TId">The strongly typed identifier (a <c>readonly record struct</c>).</typeparam>
/// <remarks>Two entities are the same when their identifiers are equal; this base does not override equality,
/// so reference equality applies to instances and hosts compare <see cref="Id"/> explicitly.</remarks>
public abstract class Entity<TId>
    where TId : struct, IEquatable<TId>
{
    /// <summary>Gets the identifier, assigned once when the entity is created.</summary>
    public TId Id { get; protected set; }
}

/// <summary>
/// An aggregate root: the only kind of object a repository loads and saves. It guards its own invariants
/// and collects the domain events that the library publishes after the host has saved it.
/// </summary>
public interface IAggregateRoot
{
    /// <summary>Gets the events raised since the aggregate was loaded or last saved, oldest first.</summary>
    IReadOnlyList<DomainEvent> DomainEvents { get; }

    /// <summary>Forgets the pending events (called by the library once it has taken them for publication).</summary>
    void ClearDomainEvents();

    /// <summary>
    /// Gets the aggregate's version: 0 while it has never been saved, then advanced by one by the host's store at each
    /// committed change. The store saves a change only if the stored version still equals this one (optimistic
    /// concurrency); otherwise it throws <see cref="ConcurrencyConflictException"/> and changes nothing.
    /// </summary>
    long AggregateVersion { get; }

    /// <summary>
    /// Sets the version the store holds for this aggregate. Called by stores only: after loading the aggregate, and after
    /// committing a change to it (with the advanced version). Domain code never calls it.
    /// </summary>
    /// <param name="version">The stored version, zero or more.</param>
    void SetAggregateVersion(long version);
}

/// <summary>Base class of aggregate roots with a strongly typed identifier.</summary>
/// <typeparam name="TId">The identifier type.</typeparam>
public abstract class AggregateRoot<TId> : Entity<TId>, IAggregateRoot
    where TId : struct, IEquatable<TId>
{
    private readonly List<DomainEvent> _domainEvents = [];

    /// <inheritdoc />
    public IReadOnlyList<DomainEvent> DomainEvents => _domainEvents;

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents.Clear();

    /// <inheritdoc />
    public long AggregateVersion { get; private set; }

    /// <inheritdoc />
    public void SetAggregateVersion(long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        AggregateVersion = version;
    }

    /// <summary>Records an event to publish after the next successful save.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Raise(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _domainEvents.Add(domainEvent);
    }
}
