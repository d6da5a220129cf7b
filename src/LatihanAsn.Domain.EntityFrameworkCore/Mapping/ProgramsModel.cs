using System.Globalization;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatihanAsn.Domain.EntityFrameworkCore;

// The programs area's identifiers are stored as their Guid, like the others (a region's reach has a plain Guid key).
internal sealed class CourseIdConverter() : ValueConverter<CourseId, Guid>(id => id.Value, value => new CourseId(value));

internal sealed class TrainingPlanIdConverter() : ValueConverter<TrainingPlanId, Guid>(id => id.Value, value => new TrainingPlanId(value));

/// <summary>
/// Stores a decimal as its invariant text, exactly as given: EF Core's default SQLite mapping writes 20 as <c>20.0</c>,
/// so a course's JP, a plan's budget or an appraisal's result would come back with another scale. Applied to every
/// decimal on SQLite only (PostgreSQL's <c>numeric</c> keeps the scale). No specification orders or filters by these.
/// </summary>
internal sealed class ExactDecimalConverter() : ValueConverter<decimal, string>(
    value => value.ToString(CultureInfo.InvariantCulture),
    text => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));

/// <summary>
/// Compares a JSON-stored value by its JSON text. For a record that holds a collection (the plan's totals hold their JP
/// by mode as a dictionary), record equality compares the collection by reference; the text compares what is stored.
/// The values are immutable, so the snapshot is the value itself.
/// </summary>
internal sealed class JsonTextComparer<T>() : ValueComparer<T>(
    (left, right) => left == null ? right == null : right != null && JsonColumn.Write(left) == JsonColumn.Write(right),
    value => JsonColumn.Write(value).GetHashCode(StringComparison.Ordinal),
    value => value)
    where T : class;

/// <summary>
/// The EF Core model of the programs area: the catalogue (<see cref="Course"/>), the regions' reach
/// (<see cref="RegionReach"/>) and the yearly plans (<see cref="TrainingPlan"/>), with the conventions of
/// <see cref="CompetenciesModel"/>: private setters and backing fields, value collections and records as JSON columns
/// with value comparers, <c>DomainEvents</c> ignored, foreign keys without navigations. A course's prerequisites and a
/// plan line's course refer to courses inside JSON, by identifier, as the library keeps them.
/// </summary>
internal static class ProgramsModel
{
    /// <summary>Adds the programs area's entities to the model.</summary>
    public static void ApplyProgramsModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Course>(course =>
        {
            course.ToTable("Courses");
            course.Ignore(c => c.DomainEvents);
            course.Property(c => c.Id).HasConversion<CourseIdConverter>();
            course.HasIndex(c => c.Code).IsUnique();
            course.Property(c => c.Develops).AsJsonList();
            course.Property(c => c.Prerequisites).AsJsonList();
            course.Property(c => c.Offerings).AsJsonList();
            course.Property(c => c.Completion).HasConversion(new JsonValueConverter<CourseCompletion>(), new JsonTextComparer<CourseCompletion>());
        });

        modelBuilder.Entity<RegionReach>(reach =>
        {
            reach.ToTable("RegionReach");
            reach.Ignore(r => r.DomainEvents);
            reach.HasIndex(r => r.RegionCode).IsUnique();
            reach.Property(r => r.Travel).AsJsonList();
        });

        modelBuilder.Entity<TrainingPlan>(plan =>
        {
            plan.ToTable("TrainingPlans");
            plan.Ignore(p => p.DomainEvents);
            plan.Property(p => p.Id).HasConversion<TrainingPlanIdConverter>();
            plan.Property(p => p.Revises).HasConversion<TrainingPlanIdConverter>();
            plan.HasIndex(p => new { p.Year, p.Version });
            plan.HasIndex(p => p.RegionCode);
            plan.HasIndex(p => p.OpdCode);
            plan.HasOne<Opd>().WithMany().HasForeignKey(p => p.OpdCode).HasPrincipalKey(o => o.OpdCode).OnDelete(DeleteBehavior.Restrict);
            plan.HasOne<TrainingPlan>().WithMany().HasForeignKey(p => p.Revises).OnDelete(DeleteBehavior.Restrict);
            plan.HasOne<NeedsSurvey>().WithMany().HasForeignKey(p => p.SurveyId).OnDelete(DeleteBehavior.Restrict);
            plan.Property(p => p.Lines).AsJsonList();
            plan.Property(p => p.Unmet).AsJsonList();
            plan.Property(p => p.Diagnostics).AsJsonList();
            plan.Property(p => p.Totals).HasConversion(new JsonValueConverter<PlanTotals>(), new JsonTextComparer<PlanTotals>());
        });
    }
}
