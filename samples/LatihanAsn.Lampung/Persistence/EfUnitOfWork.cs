using LatihanAsn.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// The library's unit of work over the scope's <see cref="DbContext"/>: one <c>SaveChangesAsync</c> (one transaction)
/// per command. Each added aggregate is saved as version 1 and each changed one with its version advanced by one; the
/// version is a concurrency token, so a write over a version someone else already advanced changes nothing and becomes
/// the library's <see cref="ConcurrencyConflictException"/>, as does a unique key taken by a concurrent writer. No
/// provider exception leaves it for those cases.
/// </summary>
internal sealed class EfUnitOfWork(DbContext context) : IUnitOfWork
{
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        context.ChangeTracker.DetectChanges();
        if (!context.ChangeTracker.HasChanges())
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IAggregateRoot>())
        {
            var version = entry.Property(nameof(IAggregateRoot.AggregateVersion));
            if (entry.State == EntityState.Added)
            {
                version.CurrentValue = 1L;
            }
            else if (entry.State == EntityState.Modified)
            {
                version.CurrentValue = (long)version.OriginalValue! + 1;
            }
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException exception)
        {
            var entry = exception.Entries.FirstOrDefault();
            throw new ConcurrencyConflictException(
                entry?.Metadata.ClrType.Name ?? "data",
                entry?.Property("Id").CurrentValue?.ToString(),
                entry?.Property(nameof(IAggregateRoot.AggregateVersion)).OriginalValue as long?,
                exception);
        }
        catch (DbUpdateException exception) when (IsUniqueViolation(exception))
        {
            var entry = exception.Entries.FirstOrDefault();
            throw new ConcurrencyConflictException(entry?.Metadata.ClrType.Name ?? "data", entry?.Property("Id").CurrentValue?.ToString(), null, exception);
        }
    }

    public void DiscardChanges() => context.ChangeTracker.Clear();

    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555): someone created the same thing first.
    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };
}
