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

    /// <summary>Forgets the pending events (called by the library once they have been published).</summary>
    void ClearDomainEvents();
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

    /// <summary>Records an event to publish after the next successful save.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Raise(DomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        _domainEvents.Add(domainEvent);
    }
}
