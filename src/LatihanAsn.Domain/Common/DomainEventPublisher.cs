namespace LatihanAsn.Domain.Common;

/// <summary>
/// Takes an aggregate's pending events for publication after the command's commit. Handlers call it after staging the
/// aggregate; the unit-of-work step publishes the events only if the commit succeeds, and forgets them otherwise.
/// </summary>
internal sealed class DomainEventPublisher(UnitOfWorkContext context)
{
    public Task PublishAsync(IAggregateRoot aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        context.Enlist(aggregate);
        return Task.CompletedTask;
    }

    public Task PublishAsync(IEnumerable<IAggregateRoot> aggregates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregates);
        foreach (var aggregate in aggregates)
        {
            context.Enlist(aggregate);
        }

        return Task.CompletedTask;
    }
}
