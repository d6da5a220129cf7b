using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.FollowUp;

/// <summary>The shape of a follow-up change: load one aggregate in scope, change it, save it, publish its events.</summary>
internal static class FollowUpChange
{
    public static async Task<Unit> ApplyAsync<T>(IRepository<T> repository, ISingleResultSpecification<T> specification, string what, string key, Action<T> change, DomainEventPublisher events, CancellationToken cancellationToken, Func<T, Task>? authorize = null)
        where T : class, IAggregateRoot
    {
        var aggregate = await repository.FirstOrDefaultAsync(specification, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(what, key);
        if (authorize is not null)
        {
            // Self-service and hierarchy: checked once the aggregate is found in scope, before any change.
            await authorize(aggregate).ConfigureAwait(false);
        }

        change(aggregate);
        await repository.UpdateAsync(aggregate, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(aggregate, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
