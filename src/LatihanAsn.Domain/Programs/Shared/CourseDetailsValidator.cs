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
            .WithText("JP harus antara 0,5 dan 2.000 (nilai: {PropertyValue}).", "JP must be between 0.5 and 2,000 (value: {PropertyValue}).");
        RuleFor(x => x.Accreditation).MaxChars(500);
        RuleFor(x => x.Develops).Required()
            .Must(d => d is null || d.Select(s => s.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == d.Count)
            .WithText("Setiap kompetensi hanya boleh muncul sekali.", "Each competency may appear only once.");
        RuleForEach(x => x.Develops).ChildRules(step =>
        {
            step.RuleFor(s => s.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
            step.RuleFor(s => s.FromLevel).InclusiveBetween(1, 4).WithText("Tingkat awal harus 1 sampai 4.", "The entry level must be 1 to 4.");
            step.RuleFor(s => s.ToLevel).InclusiveBetween(2, 5).WithText("Tingkat tujuan harus 2 sampai 5.", "The level it leads to must be 2 to 5.")
                .GreaterThan(s => s.FromLevel).WithText("Tingkat tujuan harus di atas tingkat awal.", "The level it leads to must be above the entry level.");
            step.RuleFor(s => s.Step).InclusiveBetween(1, 4).WithText("Langkah harus 1 sampai 4.", "The step must be 1 to 4.");
        });
        RuleFor(x => x.Offerings).Required()
            .Must(o => o is null || o.Select(x => x.Mode).Distinct().Count() == o.Count)
            .WithText("Setiap moda hanya boleh ditawarkan sekali.", "Each mode may be offered only once.");
        RuleForEach(x => x.Offerings).ChildRules(offering =>
        {
            offering.RuleFor(o => o.Mode).KnownValue();
            offering.RuleFor(o => o.Form).KnownValue();
            offering.RuleFor(o => o.CostPerRun).GreaterThanOrEqualTo(0m).WithText("Biaya tidak boleh negatif.", "Costs must not be negative.");
            offering.RuleFor(o => o.CostPerParticipant).GreaterThanOrEqualTo(0m).WithText("Biaya tidak boleh negatif.", "Costs must not be negative.");
            offering.RuleFor(o => o.RegionalRunSurcharge).GreaterThanOrEqualTo(0m).WithText("Biaya tidak boleh negatif.", "Costs must not be negative.");
            offering.RuleFor(o => o.MinSeats).GreaterThanOrEqualTo(1).WithText("Kursi minimum paling sedikit 1.", "Minimum seats must be at least 1.");
            offering.RuleFor(o => o.MaxSeats).GreaterThanOrEqualTo(o => o.MinSeats).WithText("Kursi maksimum tidak boleh di bawah kursi minimum.", "Maximum seats must not be below the minimum.")
                .LessThanOrEqualTo(10_000).WithText("Kursi maksimum paling banyak 10.000.", "Maximum seats must be at most 10,000.");
            offering.RuleFor(o => o.Sessions).InclusiveBetween(1, 1000).WithText("Sesi harus 1 sampai 1.000.", "Sessions must be 1 to 1,000.");
            offering.RuleFor(o => o.DurationDays).InclusiveBetween(1, 366).WithText("Durasi harus 1 sampai 366 hari.", "Duration must be 1 to 366 days.");
            offering.RuleFor(o => o.CentreCode).Required().When(o => o.IsCentreBased)
                .WithText("Moda di pusat pelatihan memerlukan kode pusat pelatihan.", "A centre-based mode needs a training centre code.");
        });
        RuleForEach(x => x.Prerequisites).ChildRules(p =>
            p.RuleFor(x => x).Must(x => (x.CourseCode is null) != (x.Competency is null) && (x.Competency is null || (CompetencyCode.TryFrom(x.Competency, out _) && x.MinimumLevel is >= 1 and <= 5)))
                .OverridePropertyName("Prerequisite")
                .WithText("Prasyarat berupa kursus, atau kompetensi dengan tingkat minimum 1-5.", "A prerequisite is a course, or a competency with a minimum level 1-5."));
        RuleFor(x => x.Completion!.MinimumAttendanceShare).InclusiveBetween(0m, 1m).When(x => x.Completion?.MinimumAttendanceShare is not null)
            .OverridePropertyName("Completion.MinimumAttendanceShare").WithText("Porsi kehadiran harus 0 sampai 1.", "The attendance share must be 0 to 1.");
        RuleFor(x => x.Completion!.PassingScore).InclusiveBetween(0m, 100m).When(x => x.Completion?.PassingScore is not null)
            .OverridePropertyName("Completion.PassingScore").WithText("Nilai lulus harus 0 sampai 100.", "The passing score must be 0 to 100.");
        RuleFor(x => x.Completion!).Must(c => c.CertificateValidityMonths is null || (c.GrantsCertificate && c.CertificateValidityMonths >= 1))
            .When(x => x.Completion is not null).OverridePropertyName("Completion.CertificateValidityMonths")
            .WithText("Masa berlaku minimal satu bulan, dan hanya untuk kursus yang memberi sertifikat.", "A validity of at least one month, and only for a course that grants a certificate.");
        RuleFor(x => x).CustomAsync(async (details, context, ct) =>
        {
            var known = (await frameworks.ListAsync(new FrameworksInForceSpec(time.Today()), ct).ConfigureAwait(false))
                .SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
            var steps = details.Develops ?? [];
            for (var i = 0; i < steps.Count; i++)
            {
                if (CompetencyCode.TryFrom(steps[i].Competency, out var code) && !known.Contains(code))
                {
                    context.AddFailure($"Develops[{i}].Competency", Text.Pick($"Kompetensi {code} tidak ada dalam kerangka yang berlaku.", $"Competency {code} is in no framework in force."));
                }
            }

            var requires = details.Prerequisites ?? [];
            for (var i = 0; i < requires.Count; i++)
            {
                if (requires[i].CourseCode is { } code && !await courses.AnyAsync(new CourseWithCodeSpec(code.Trim()), ct).ConfigureAwait(false))
                {
                    context.AddFailure($"Prerequisites[{i}].CourseCode", Text.Pick($"Kursus prasyarat {code} tidak ada di katalog.", $"Prerequisite course {code} is not in the catalogue."));
                }
            }
        });
    }
}
