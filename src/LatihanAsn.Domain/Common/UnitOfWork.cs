using MediatR;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// The port through which the library commits a command's changes, implemented by the host over its store. Repository
/// writes (<c>AddAsync</c>, <c>UpdateAsync</c>, <c>DeleteAsync</c>) only stage changes; the library's pipeline calls
/// <see cref="SaveChangesAsync"/> once per command, after the handler has returned, and publishes the command's domain
/// events only after it succeeded. A command sent from inside another command's handler commits with the outer one.
/// </summary>
/// <remarks>
/// <para>An implementation must:</para>
/// <list type="bullet">
/// <item>write every staged change in one transaction, or none of them;</item>
/// <item>check each changed aggregate's <see cref="IAggregateRoot.AggregateVersion"/> against the stored one, save the change with
/// the version advanced by one (1 for a new aggregate) and call <see cref="IAggregateRoot.SetAggregateVersion"/> on it;</item>
/// <item>throw <see cref="ConcurrencyConflictException"/> (never a provider exception) when a stored version differs or a
/// unique key is already taken, having saved nothing;</item>
/// <item>do nothing, and open no transaction, when nothing is staged (queries pass through the same step).</item>
/// </list>
/// <para>The package LatihanAsn.Domain.EntityFrameworkCore implements it over EF Core: versions as concurrency tokens, one
/// <c>SaveChangesAsync</c>, provider exceptions translated.</para>
/// </remarks>
public interface IUnitOfWork
{
    /// <summary>Commits every staged change in one transaction.</summary>
    /// <param name="cancellationToken">Cancels the commit (nothing is saved).</param>
    /// <returns>A task that completes when the changes are durable.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer changed or created the same data first; nothing was saved.</exception>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Forgets every staged change and every loaded aggregate, after a command was rejected or failed, so that nothing of
    /// it can be saved later by another command in the same scope.
    /// </summary>
    void DiscardChanges();
}

/// <summary>
/// An optional outbox port: when a host registers one, the pipeline hands it each command's domain events <b>before</b>
/// committing, so the host stores them in the same transaction as the changes (for example as rows of an outbox table
/// in the same <c>DbContext</c>), and dispatches them after commit, at least once, from its own worker.
/// </summary>
/// <remarks>
/// At-least-once delivery means a handler may see an event twice (the worker may stop between dispatching and marking
/// it sent); handlers stay idempotent by keying their effect on the event's content (the aggregate's identifier and the
/// change it names, for example a plan identifier and its approval), never on arrival. The library still publishes
/// the events in process, through the mediator, after a successful commit.
/// </remarks>
public interface IDomainEventOutbox
{
    /// <summary>Stages the events of the command being committed, in the command's transaction.</summary>
    /// <param name="events">The events, in the order they were raised.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the events are staged.</returns>
    Task StageAsync(IReadOnlyList<DomainEvent> events, CancellationToken cancellationToken);
}

/// <summary>The state of the unit of work of one DI scope: how deep the command nesting is, and the events waiting for the commit.</summary>
internal sealed class UnitOfWorkContext
{
    private readonly List<DomainEvent> _pending = [];

    public int Depth { get; set; }

    public void Enlist(IAggregateRoot aggregate)
    {
        _pending.AddRange(aggregate.DomainEvents);
        aggregate.ClearDomainEvents();
    }

    public IReadOnlyList<DomainEvent> Take()
    {
        var events = _pending.ToArray();
        _pending.Clear();
        return events;
    }

    public void Forget() => _pending.Clear();
}

/// <summary>
/// The step after authorization: runs the request (the validation step, then the handler), commits the unit of
/// work once, then publishes the events the handler collected. A request sent from inside a handler joins the outer
/// unit. Before the commit it hands the audit trail the request's entry (who, with which capability, when, what).
/// A rejected or failed request discards the staged changes and publishes nothing; an exception that is not the
/// library's own (a provider's, a bug's) leaves the pipeline as <see cref="UnexpectedFailureException"/>.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(
    UnitOfWorkContext context,
    IUnitOfWork unitOfWork,
    IMediator mediator,
    IEnumerable<IDomainEventOutbox> outboxes,
    AuthorizationContext authorization,
    IAuditTrail audit,
    TimeProvider time)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (context.Depth > 0)
        {
            context.Depth++;
            try
            {
                return await next().ConfigureAwait(false);
            }
            finally
            {
                context.Depth--;
            }
        }

        TResponse response;
        IReadOnlyList<DomainEvent> events;
        context.Depth = 1;
        try
        {
            response = await next().ConfigureAwait(false);
            events = context.Take();
            if (events.Count > 0)
            {
                foreach (var outbox in outboxes)
                {
                    await outbox.StageAsync(events, cancellationToken).ConfigureAwait(false);
                }
            }

            if (authorization.Caller is { } caller && authorization.Capability is { } capability)
            {
                var entry = new AuditEntry(caller.Identity, caller.Nip, caller.Scope, capability, typeof(TRequest).Name, time.GetUtcNow(), request!, events);
                await audit.RecordAsync(entry, cancellationToken).ConfigureAwait(false);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            context.Forget();
            unitOfWork.DiscardChanges();
            if (exception is LatihanAsnException or OperationCanceledException)
            {
                throw;
            }

            throw new UnexpectedFailureException(typeof(TRequest).Name, exception);
        }
        finally
        {
            context.Depth = 0;
        }

        foreach (var domainEvent in events)
        {
            // MediatR 5 dispatches on the runtime type, so handlers of the concrete event type receive it.
            await mediator.Publish(domainEvent, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }
}
