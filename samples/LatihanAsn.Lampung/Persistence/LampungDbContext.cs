using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
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
        // SQLite cannot compare DateTimeOffset text; as binary (UTC ticks first) it orders by the instant, as specifications need.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<SurveyId>().HaveConversion<SurveyIdConverter>();
        configurationBuilder.Properties<SurveyResponseId>().HaveConversion<SurveyResponseIdConverter>();
        configurationBuilder.Properties<LedgerId>().HaveConversion<LedgerIdConverter>();
        configurationBuilder.Properties<AppraisalId>().HaveConversion<AppraisalIdConverter>();
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
            employee.HasOne<Position>().WithMany().HasForeignKey(e => e.PositionToBeHeld).OnDelete(DeleteBehavior.Restrict);
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

        modelBuilder.Entity<NeedsSurvey>(survey =>
        {
            survey.ToTable("NeedsSurveys");
            survey.Ignore(s => s.DomainEvents);
            survey.HasIndex(s => s.PopulationRegionCode);
            survey.Property(s => s.Items).AsJsonList();
        });

        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.ToTable("SurveyResponses");
            response.Ignore(r => r.DomainEvents);
            response.HasIndex(r => new { r.SurveyId, r.Respondent }).IsUnique();
            response.HasIndex(r => r.RegionCode);
            response.HasOne<NeedsSurvey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Restrict);
            response.HasOne<Employee>().WithMany().HasForeignKey(r => r.Respondent).OnDelete(DeleteBehavior.Restrict);
            response.Property(r => r.Answers).AsJsonList();
            response.Property(r => r.Proposals).AsJsonList();
            response.Property(r => r.History).AsJsonList();
        });

        modelBuilder.Entity<LearningHoursLedger>(ledger =>
        {
            ledger.ToTable("LearningHoursLedgers");
            ledger.Ignore(l => l.DomainEvents);
            ledger.HasIndex(l => new { l.EmployeeId, l.Year }).IsUnique();
            ledger.HasIndex(l => l.RegionCode);
            ledger.HasOne<Employee>().WithMany().HasForeignKey(l => l.EmployeeId).OnDelete(DeleteBehavior.Restrict);
            ledger.Property(l => l.Entries).AsJsonList();
        });

        modelBuilder.Entity<PerformanceAppraisal>(appraisal =>
        {
            appraisal.ToTable("PerformanceAppraisals");
            appraisal.Ignore(a => a.DomainEvents);
            appraisal.HasIndex(a => new { a.EmployeeId, a.Year });
            appraisal.HasOne<Employee>().WithMany().HasForeignKey(a => a.EmployeeId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.ApplyProgramsModel();
        modelBuilder.ApplyFollowUpModel();
        EvaluationModel.Configure(modelBuilder);

        // Every aggregate's version is a concurrency token: an update or delete names the version it read.
        foreach (var type in modelBuilder.Model.GetEntityTypes().Where(t => typeof(IAggregateRoot).IsAssignableFrom(t.ClrType)).ToList())
        {
            modelBuilder.Entity(type.ClrType).Property(nameof(IAggregateRoot.AggregateVersion)).IsConcurrencyToken();
        }
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
