using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>The rules of a course's details.</summary>
internal sealed class CourseDetailsValidator : AbstractValidator<CourseDetails>
{
    public CourseDetailsValidator(IReadRepository<CompetencyFramework> frameworks, IReadRepository<Course> courses, TimeProvider time)
    {
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Organiser).KnownValue();
        RuleFor(x => x.OrganiserName).Required().MaxChars(300);
        RuleFor(x => x.Jp).InclusiveBetween(0.5m, 2000m)
            .WithMessage(_ => Messages.Get("Programs_JPMustBetween05And"));
        RuleFor(x => x.Accreditation).MaxChars(500);
        RuleFor(x => x.Develops).Required()
            .Must(d => d is null || d.Select(s => s.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == d.Count)
            .WithMessage(_ => Messages.Get("Competencies_EachCompetencyMayAppearOnlyOnce"));
        RuleForEach(x => x.Develops).ChildRules(step =>
        {
            step.RuleFor(s => s.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
            step.RuleFor(s => s.FromLevel).InclusiveBetween(1, 4).WithMessage(_ => Messages.Get("Programs_EntryLevelMust1To4"));
            step.RuleFor(s => s.ToLevel).InclusiveBetween(2, 5).WithMessage(_ => Messages.Get("Programs_LevelLeadsToMust2To"))
                .GreaterThan(s => s.FromLevel).WithMessage(_ => Messages.Get("Programs_LevelLeadsToMustAboveEntry"));
            step.RuleFor(s => s.Step).InclusiveBetween(1, 4).WithMessage(_ => Messages.Get("Programs_StepMust1To4"));
        });
        RuleFor(x => x.Offerings).Required()
            .Must(o => o is null || o.Select(x => x.Mode).Distinct().Count() == o.Count)
            .WithMessage(_ => Messages.Get("Programs_EachModeMayOfferedOnlyOnce"));
        RuleForEach(x => x.Offerings).ChildRules(offering =>
        {
            offering.RuleFor(o => o.Mode).KnownValue();
            offering.RuleFor(o => o.Form).KnownValue();
            offering.RuleFor(o => o.CostPerRun).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("Programs_CostsMustNotNegative"));
            offering.RuleFor(o => o.CostPerParticipant).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("Programs_CostsMustNotNegative"));
            offering.RuleFor(o => o.RegionalRunSurcharge).GreaterThanOrEqualTo(0m).WithMessage(_ => Messages.Get("Programs_CostsMustNotNegative"));
            offering.RuleFor(o => o.MinSeats).GreaterThanOrEqualTo(1).WithMessage(_ => Messages.Get("Programs_MinimumSeatsMustAtLeast1"));
            offering.RuleFor(o => o.MaxSeats).GreaterThanOrEqualTo(o => o.MinSeats).WithMessage(_ => Messages.Get("Programs_MaximumSeatsMustNotBelowMinimum"))
                .LessThanOrEqualTo(10_000).WithMessage(_ => Messages.Get("Programs_MaximumSeatsMustAtMost10"));
            offering.RuleFor(o => o.Sessions).InclusiveBetween(1, 1000).WithMessage(_ => Messages.Get("Programs_SessionsMust1To1000"));
            offering.RuleFor(o => o.DurationDays).InclusiveBetween(1, 366).WithMessage(_ => Messages.Get("Programs_DurationMust1To366Days"));
            offering.RuleFor(o => o.CentreCode).Required().When(o => o.IsCentreBased)
                .WithMessage(_ => Messages.Get("Programs_CentreBasedModeNeedsTrainingCentre"));
        });
        RuleForEach(x => x.Prerequisites).ChildRules(p =>
            p.RuleFor(x => x).Must(x => (x.CourseCode is null) != (x.Competency is null) && (x.Competency is null || (CompetencyCode.TryFrom(x.Competency, out _) && x.MinimumLevel is >= 1 and <= 5)))
                .OverridePropertyName("Prerequisite")
                .WithMessage(_ => Messages.Get("Programs_PrerequisiteCourseOrCompetencyWithMinimum")));
        RuleFor(x => x.Completion!.MinimumAttendanceShare).InclusiveBetween(0m, 1m).When(x => x.Completion?.MinimumAttendanceShare is not null)
            .OverridePropertyName("Completion.MinimumAttendanceShare").WithMessage(_ => Messages.Get("Programs_AttendanceShareMust0To1"));
        RuleFor(x => x.Completion!.PassingScore).InclusiveBetween(0m, 100m).When(x => x.Completion?.PassingScore is not null)
            .OverridePropertyName("Completion.PassingScore").WithMessage(_ => Messages.Get("Programs_PassingScoreMust0To100"));
        RuleFor(x => x.Completion!).Must(c => c.CertificateValidityMonths is null || (c.GrantsCertificate && c.CertificateValidityMonths >= 1))
            .When(x => x.Completion is not null).OverridePropertyName("Completion.CertificateValidityMonths")
            .WithMessage(_ => Messages.Get("Programs_ValidityAtLeastOneMonthAnd"));
        RuleFor(x => x).CustomAsync(async (details, context, ct) =>
        {
            var known = (await frameworks.ListAsync(new FrameworksInForceSpec(time.Today()), ct).ConfigureAwait(false))
                .SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
            var steps = details.Develops ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                if (CompetencyCode.TryFrom(steps[i].Competency, out var code) && !known.Contains(code))
                {
                    context.AddFailure($"Develops[{i}].Competency", Messages.Get("NeedsAnalysis_CompetencyInNoFrameworkInForce", code));
                }
            }

            var requires = details.Prerequisites ?? [];
            for (var i = 0; i < requires.Count; i++)
            {
                if (requires[i].CourseCode is { } code && !await courses.AnyAsync(new CourseWithCodeSpec(code.Trim()), ct).ConfigureAwait(false))
                {
                    context.AddFailure($"Prerequisites[{i}].CourseCode", Messages.Get("Programs_PrerequisiteCourseNotInCatalogue", code));
                }
            }
        });
    }
}
