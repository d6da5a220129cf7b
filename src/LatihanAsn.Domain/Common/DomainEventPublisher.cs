using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>Publishes an aggregate's pending events through the mediator. Handlers call it only after a successful save.</summary>
internal sealed class DomainEventPublisher(IMediator mediator)
{
    public async Task PublishAsync(IAggregateRoot aggregate, CancellationToken cancellationToken)
    {
        var events = aggregate.DomainEvents.ToArray();
        aggregate.ClearDomainEvents();
        foreach (var domainEvent in events)
        {
            // MediatR 5 dispatches on the runtime type, so handlers of the concrete event type receive it.
            await mediator.Publish(domainEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task PublishAsync(IEnumerable<IAggregateRoot> aggregates, CancellationToken cancellationToken)
    {
        foreach (var aggregate in aggregates)
        {
            await PublishAsync(aggregate, cancellationToken).ConfigureAwait(false);
        }
    }
}
