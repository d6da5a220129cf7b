using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// One entry of the audit trail: who did what, with which capability, when, and to what. The pipeline writes one for
/// every request that completes (queries included, with no events), before the command's commit, so a host that stores
/// it through its own store keeps it in the same transaction as the change.
/// </summary>
/// <param name="Actor">The caller's identity (<see cref="Caller.Identity"/>).</param>
/// <param name="ActorNip">The caller's NIP, when the caller is an employee.</param>
/// <param name="Scope">The caller's scope.</param>
/// <param name="Capability">The capability the request was allowed with.</param>
/// <param name="RequestName">The request type's name, for example <c>ApproveTrainingPlan</c>.</param>
/// <param name="At">When the request completed (the library's clock).</param>
/// <param name="Target">The request itself: the identifiers it names (the plan, the run, the employee...).</param>
/// <param name="Events">The domain events the command raised (the aggregates it changed, with their identifiers); empty for a query.</param>
public sealed record AuditEntry(
    string Actor,
    Nip? ActorNip,
    CallerScope Scope,
    string Capability,
    string RequestName,
    DateTimeOffset At,
    object Target,
    IReadOnlyList<DomainEvent> Events);

/// <summary>
/// The audit port: where the library hands each completed request's <see cref="AuditEntry"/>. The default does
/// nothing; a host replaces it (register its own <see cref="IAuditTrail"/>, scoped, after <c>AddLatihanAsn</c>) to
/// answer "who approved this plan". Called before the command's commit: an exception refuses the command.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Records one entry.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the entry is recorded or staged.</returns>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}

/// <summary>The default audit trail: keeps nothing.</summary>
internal sealed class NoAuditTrail : IAuditTrail
{
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;
}
