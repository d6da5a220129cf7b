using LatihanAsn.Domain.Common;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>
/// The library's unit of work over the scope's <see cref="DbContext"/>: one <c>SaveChangesAsync</c> (one transaction)
/// per command. Each added aggregate is saved as version 1 and each changed one with its version advanced by one; the
/// version is a concurrency token, so a write over a version someone else already advanced changes nothing and becomes
/// the library's <see cref="ConcurrencyConflictException"/>, as does a unique key taken by a concurrent writer. No
/// provider exception leaves it for those cases. Unique violations are recognised on SQLite (extended codes 2067 and 1555)
/// and on PostgreSQL (SQLSTATE 23505, with deadlock 40P01 and serialization failure 40001 also conflicts) through
/// <see cref="DbException"/>, so the package references neither provider.
/// </summary>
/// <param name="context">The scope's context; its model includes the library's.</param>
public sealed class EfUnitOfWork(DbContext context) : IUnitOfWork
{
    /// <summary>
    /// From this many new rows of one table in a command, the table's rows are written in multi-row statements rather
    /// than one by one (see the package's README); tests lower it to run every write through that path.
    /// </summary>
    internal int BulkInsertThreshold { get; init; } = BulkInsert.DefaultThreshold;

    /// <inheritdoc />
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        // Changes are detected once, here, and only where they can be: an added entity is written as it is when saved
        // (a batch import tracks thousands, none of them changed since it was added). Saving need not detect again.
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in context.ChangeTracker.Entries())
            {
                if (entry.State is EntityState.Unchanged or EntityState.Modified)
                {
                    entry.DetectChanges();
                }
            }

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

            var bulk = context.Database.CreateExecutionStrategy().RetriesOnFailure ? [] : BulkInsert.Plan(context, BulkInsertThreshold);
            if (bulk.Count == 0)
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await SaveWithBulkInsertsAsync(bulk, cancellationToken);
            }
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
        catch (DbUpdateException exception) when (IsConflict(exception))
        {
            var entry = exception.Entries.FirstOrDefault();
            throw new ConcurrencyConflictException(entry?.Metadata.ClrType.Name ?? "data", entry?.Property("Id").CurrentValue?.ToString(), null, exception);
        }
        catch (DbException exception) when (IsConflict(exception))
        {
            // A bulk insert met a key that a concurrent writer took first.
            throw new ConcurrencyConflictException("data", null, null, exception);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    // The large tables' new rows first (in multi-row statements), then everything else through EF Core, in one
    // transaction: the host's, when it has begun one, or the unit of work's own.
    private async Task SaveWithBulkInsertsAsync(IReadOnlyList<(Microsoft.EntityFrameworkCore.Metadata.IEntityType Type, List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> Rows)> bulk, CancellationToken cancellationToken)
    {
        var own = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            foreach (var (type, rows) in bulk)
            {
                await BulkInsert.InsertAsync(context, type, rows, cancellationToken);
            }

            foreach (var (_, rows) in bulk)
            {
                foreach (var entry in rows)
                {
                    entry.State = EntityState.Unchanged; // written: EF Core saves only the rest
                }
            }

            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <inheritdoc />
    public void DiscardChanges() => context.ChangeTracker.Clear();

    /// <summary>Whether a provider exception means that a concurrent writer got there first.</summary>
    internal static bool IsConflict(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is not DbException database)
            {
                continue;
            }

            // PostgreSQL: unique_violation, and the two ways it aborts one of two concurrent transactions.
            if (database.SqlState is "23505" or "40P01" or "40001")
            {
                return true;
            }

            // SQLite: SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555), read by name so that
            // the package does not need Microsoft.Data.Sqlite.
            if (database.GetType().Name == "SqliteException"
                && database.GetType().GetProperty("SqliteExtendedErrorCode")?.GetValue(database) is 2067 or 1555)
            {
                return true;
            }
        }

        return false;
    }
}
