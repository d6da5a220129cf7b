using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>
/// The EF Core model of the competencies and needs-analysis aggregates. Aggregates keep their state in private setters
/// and private collections; EF Core writes them through those, so the domain types need nothing for persistence.
/// Aggregates refer to each other by identifier only: the foreign keys below protect integrity without navigations.
/// </summary>
internal static class CompetenciesModel
{
    /// <summary>Adds the competencies and needs-analysis aggregates to the model.</summary>
    public static void ApplyCompetenciesModel(this ModelBuilder modelBuilder)
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
            position.Property(p => p.Profile).HasConversion(new JsonValueConverter<PositionProfile>());
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
    }
}

internal static class PropertyBuilderExtensions
{
    /// <summary>
    /// Maps a read-only list property to a JSON column, reading and writing the aggregate's private backing field
    /// (found by EF Core's naming convention: <c>Levels</c> -> <c>_levels</c>).
    /// </summary>
    public static Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<IReadOnlyList<TItem>> AsJsonList<TItem>(this Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<IReadOnlyList<TItem>> property)
        where TItem : class =>
        property
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(new JsonValueConverter<IReadOnlyList<TItem>>(), new ImmutableItemsComparer<TItem>());
}
