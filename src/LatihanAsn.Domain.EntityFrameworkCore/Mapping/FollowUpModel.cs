using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LatihanAsn.Domain.EntityFrameworkCore;

// The follow-up area's identifiers are stored as their Guid, like the others.
internal sealed class CourseRunIdConverter() : ValueConverter<CourseRunId, Guid>(id => id.Value, value => new CourseRunId(value));

internal sealed class CertificateIdConverter() : ValueConverter<CertificateId, Guid>(id => id.Value, value => new CertificateId(value));

internal sealed class MentoringPlanIdConverter() : ValueConverter<MentoringPlanId, Guid>(id => id.Value, value => new MentoringPlanId(value));

internal sealed class ActionPlanIdConverter() : ValueConverter<ActionPlanId, Guid>(id => id.Value, value => new ActionPlanId(value));

// A competency code held directly by an aggregate (a mentoring plan's competency) is stored as its text.
internal sealed class CompetencyCodeConverter() : ValueConverter<CompetencyCode, string>(code => code.Value, text => CompetencyCode.From(text));

/// <summary>
/// The EF Core model of the follow-up area: course runs (<see cref="CourseRun"/>, with their sessions,
/// enrolments and attendance as JSON columns), certificates, mentoring plans and action plans, with the conventions of
/// <see cref="CompetenciesModel"/>: private setters and backing fields, value collections and records as JSON columns
/// with value comparers, <c>DomainEvents</c> ignored, foreign keys without navigations.
/// </summary>
internal static class FollowUpModel
{
    /// <summary>Adds the follow-up area's entities to the model.</summary>
    public static void ApplyFollowUpModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CourseRun>(run =>
        {
            run.ToTable("CourseRuns");
            run.Ignore(r => r.DomainEvents);
            run.Ignore(r => r.SeatsTaken);
            run.Property(r => r.Id).HasConversion<CourseRunIdConverter>();
            run.Property(r => r.PlanId).HasConversion<TrainingPlanIdConverter>();
            run.Property(r => r.CourseId).HasConversion<CourseIdConverter>();
            run.HasIndex(r => new { r.PlanId, r.LineNumber }).IsUnique();
            run.HasIndex(r => r.RegionCode);
            run.HasIndex(r => r.Status);
            run.HasOne<TrainingPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
            run.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Restrict);
            run.Property(r => r.Terms).HasConversion(new JsonValueConverter<RunCompletionTerms>(), new JsonTextComparer<RunCompletionTerms>());
            run.Property(r => r.Sessions).AsJsonList();
            run.Property(r => r.Enrolments).AsJsonList();
            run.Property(r => r.Attendance).AsJsonList();
            run.Property(r => r.Develops).AsJsonList();
        });

        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("Certificates");
            certificate.Ignore(c => c.DomainEvents);
            certificate.Property(c => c.Id).HasConversion<CertificateIdConverter>();
            certificate.Property(c => c.RenewedBy).HasConversion<CertificateIdConverter>();
            certificate.Property(c => c.CourseId).HasConversion<CourseIdConverter>();
            certificate.Property(c => c.RunId).HasConversion<CourseRunIdConverter>();
            certificate.HasIndex(c => new { c.EmployeeId, c.CourseId });
            certificate.HasIndex(c => c.RegionCode);
            certificate.HasOne<Employee>().WithMany().HasForeignKey(c => c.EmployeeId).OnDelete(DeleteBehavior.Restrict);
            certificate.HasOne<CourseRun>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Restrict);
            certificate.HasOne<Certificate>().WithMany().HasForeignKey(c => c.RenewedBy).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MentoringPlan>(plan =>
        {
            plan.ToTable("MentoringPlans");
            plan.Ignore(p => p.DomainEvents);
            plan.Ignore(p => p.NextCheckInDue);
            plan.Property(p => p.Id).HasConversion<MentoringPlanIdConverter>();
            plan.Property(p => p.Competency).HasConversion<CompetencyCodeConverter>();
            plan.HasIndex(p => new { p.MentorId, p.Status });
            plan.HasIndex(p => p.RegionCode);
            plan.HasOne<Employee>().WithMany().HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Restrict);
            plan.HasOne<Employee>().WithMany().HasForeignKey(p => p.MenteeId).OnDelete(DeleteBehavior.Restrict);
            plan.Property(p => p.CheckIns).AsJsonList();
        });

        modelBuilder.Entity<ActionPlan>(plan =>
        {
            plan.ToTable("ActionPlans");
            plan.Ignore(p => p.DomainEvents);
            plan.Property(p => p.Id).HasConversion<ActionPlanIdConverter>();
            plan.Property(p => p.RunId).HasConversion<CourseRunIdConverter>();
            plan.HasIndex(p => p.RegionCode);
            plan.HasIndex(p => p.Status);
            plan.HasOne<Employee>().WithMany().HasForeignKey(p => p.EmployeeId).OnDelete(DeleteBehavior.Restrict);
            plan.HasOne<CourseRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Restrict);
            plan.Property(p => p.Goals).AsJsonList();
            plan.Property(p => p.Milestones).AsJsonList();
        });
    }
}
