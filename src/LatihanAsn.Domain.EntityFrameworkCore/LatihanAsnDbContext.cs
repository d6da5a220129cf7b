using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>
/// A ready <see cref="DbContext"/> holding only the library's aggregates, mapped by
/// <see cref="LatihanAsnModelBuilderExtensions.ApplyLatihanAsnModel(ModelBuilder, LatihanAsnModelOptions)"/> in schema
/// <c>latihan</c> (none on SQLite), with the JSON column type chosen from <c>Database.ProviderName</c>. A host that keeps
/// its own tables beside the library's calls <c>ApplyLatihanAsnModel</c> from its own context instead.
/// </summary>
public class LatihanAsnDbContext : DbContext
{
    /// <summary>Initialises the context.</summary>
    /// <param name="options">The options (provider and connection).</param>
    public LatihanAsnDbContext(DbContextOptions<LatihanAsnDbContext> options)
        : base(options)
    {
    }

    /// <summary>Initialises a derived context.</summary>
    /// <param name="options">The options of the derived context.</param>
    protected LatihanAsnDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyLatihanAsnModel(new LatihanAsnModelOptions { ProviderName = Database.ProviderName });
    }
}
