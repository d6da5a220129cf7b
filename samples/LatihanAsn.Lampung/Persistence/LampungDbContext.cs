using LatihanAsn.Domain.Competencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LatihanAsn.Lampung.Persistence;

/// <summary>
/// The sample's EF Core model of the library's aggregates. Aggregates keep their state in private setters and private
/// collections; EF Core writes them through those, so the domain types need nothing for persistence. Aggregates refer to
/// each other by identifier only: the foreign keys below protect integrity without navigations.
/// </summary>
internal sealed class LampungDbContext(DbContextOptions<LampungDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<FrameworkId>().HaveConversion<FrameworkIdConverter>();
        configurationBuilder.Properties<OpdId>().HaveConversion<OpdIdConverter>();
        configurationBuilder.Properties<PositionId>().HaveConversion<PositionIdConverter>();
        configurationBuilder.Properties<EmployeeId>().HaveConversion<EmployeeIdConverter>();
        configurationBuilder.Properties<AssessmentId>().HaveConversion<AssessmentIdConverter>();
        configurationBuilder.Properties<Nip>().HaveConversion<NipConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CompetencyFramework>(framework =>
        {
            framework.ToTable("Frameworks");
            framework.Ignore(f => f.DomainEvents);
            framework.HasIndex(f => new { f.Code, f.Version }).IsUnique();
            framework.Property(f => f.Competencies).AsJsonList();
        });

        modelBuilder.Entity<Opd>(opd =>
        {
            opd.ToTable("Opds");
            opd.Ignore(o => o.DomainEvents);
            opd.HasAlternateKey(o => o.OpdCode);
            opd.HasIndex(o => o.RegionCode);
        });

        modelBuilder.Entity<Position>(position =>
        {
            position.ToTable("Positions");
            position.Ignore(p => p.DomainEvents);
            position.HasIndex(p => p.Code).IsUnique();
            position.HasIndex(p => p.RegionCode);
            position.HasOne<Opd>().WithMany().HasForeignKey(p => p.OpdCode).HasPrincipalKey(o => o.OpdCode).OnDelete(DeleteBehavior.Restrict);
            position.Property(p => p.Profile).HasConversion<JsonValueConverter<PositionProfile>>();
            position.Property(p => p.Standards).AsJsonList();
        });

        modelBuilder.Entity<Employee>(employee =>
        {
            employee.ToTable("Employees");
            employee.Ignore(e => e.DomainEvents);
            employee.HasIndex(e => e.Nip).IsUnique();
            employee.HasIndex(e => e.RegionCode);
            employee.HasIndex(e => e.OpdCode);
            employee.HasOne<Position>().WithMany().HasForeignKey(e => e.PositionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<CompetencyAssessment>(assessment =>
        {
            assessment.ToTable("Assessments");
            assessment.Ignore(a => a.DomainEvents);
            assessment.HasIndex(a => a.RegionCode);
            assessment.HasIndex(a => a.OpdCode);
            assessment.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
            assessment.HasOne<CompetencyAssessment>().WithMany().HasForeignKey(a => a.SupersededBy).OnDelete(DeleteBehavior.Restrict);
            assessment.Property(a => a.Levels).AsJsonList();
            assessment.Property(a => a.Evidence).AsJsonList();
        });
    }
}

internal static class PropertyBuilderExtensions
{
    /// <summary>
    /// Maps a read-only list property to a JSON column, reading and writing the aggregate's private backing field
    /// (found by EF Core's naming convention: <c>Levels</c> -> <c>_levels</c>).
    /// </summary>
    public static PropertyBuilder<IReadOnlyList<TItem>> AsJsonList<TItem>(this PropertyBuilder<IReadOnlyList<TItem>> property)
        where TItem : class =>
        property
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(new JsonValueConverter<IReadOnlyList<TItem>>(), new ImmutableItemsComparer<TItem>());
}
