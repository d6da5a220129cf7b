using FluentValidation;
using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>What a course develops in one competency.</summary>
/// <param name="Competency">The competency code.</param>
/// <param name="FromLevel">The lowest entry level, 1-4.</param>
/// <param name="ToLevel">The level it leads to, above <paramref name="FromLevel"/>, at most 5.</param>
/// <param name="Step">Levels gained, 1 or more.</param>
public sealed record CompetencyStepInput(string Competency, int FromLevel, int ToLevel, int Step = 1);

/// <summary>A prerequisite: another course by code, or a competency with a minimum level.</summary>
/// <param name="CourseCode">The course that must be completed first.</param>
/// <param name="Competency">The competency code, for a level prerequisite.</param>
/// <param name="MinimumLevel">The minimum level, with <paramref name="Competency"/>.</param>
public sealed record PrerequisiteInput(string? CourseCode = null, string? Competency = null, int? MinimumLevel = null);

/// <summary>A course's details, as <see cref="DefineCourse"/> and <see cref="UpdateCourse"/> give them.</summary>
/// <param name="Title">The title.</param>
/// <param name="Organiser">The kind of organiser.</param>
/// <param name="OrganiserName">The organiser's name.</param>
/// <param name="Jp">The JP, 0.5 to 2,000.</param>
/// <param name="Accreditation">The curriculum accreditation (art. 207(f)), if any.</param>
/// <param name="Develops">What it develops: each competency once, in a framework in force.</param>
/// <param name="Offerings">The modes it is offered in, each once.</param>
/// <param name="Prerequisites">Its prerequisites; a prerequisite course must be in the catalogue.</param>
/// <param name="Completion">What completing it takes and gives (default: attendance only).</param>
public sealed record CourseDetails(string Title, OrganiserKind Organiser, string OrganiserName, decimal Jp, string? Accreditation, IReadOnlyList<CompetencyStepInput> Develops, IReadOnlyList<DeliveryOffering> Offerings, IReadOnlyList<PrerequisiteInput>? Prerequisites = null, CourseCompletion? Completion = null);

/// <summary>Adds a course to the catalogue (reference data shared by every caller). Returns the course's identifier.</summary>
/// <param name="Code">The code; unique.</param>
/// <param name="Details">The details.</param>
public sealed record DefineCourse(string Code, CourseDetails Details) : IRequest<CourseId>;

/// <summary>Replaces a course's details (plans already composed keep their own copies).</summary>
/// <param name="CourseId">The course; not withdrawn.</param>
/// <param name="Details">The new details.</param>
public sealed record UpdateCourse(CourseId CourseId, CourseDetails Details) : IRequest<Unit>;

/// <summary>Withdraws a course from the catalogue.</summary>
/// <param name="CourseId">The course.</param>
public sealed record WithdrawCourse(CourseId CourseId) : IRequest<Unit>;

/// <summary>Sets a region's reach: connectivity and travel to each training centre (creates or replaces it).</summary>
/// <param name="RegionCode">The region code.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Connectivity">Its connectivity.</param>
/// <param name="Travel">Its trips to centres.</param>
public sealed record SetRegionReach(string RegionCode, string Name, Connectivity Connectivity, IReadOnlyList<TravelLink> Travel) : IRequest<Unit>;

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

/// <summary>Turns details into the model's values.</summary>
internal static class CourseRules
{
    public static async Task<(IReadOnlyList<CompetencyStep> Steps, IReadOnlyList<Prerequisite> Prerequisites)> ToModelAsync(CourseDetails details, IReadRepositoryBase<Course> courses, CancellationToken cancellationToken)
    {
        var prerequisites = details.Prerequisites;
        var steps = details.Develops.Select(s => new CompetencyStep(CompetencyCode.From(s.Competency), ProficiencyLevel.From(s.FromLevel), ProficiencyLevel.From(s.ToLevel), s.Step)).ToArray();
        var list = new List<Prerequisite>();
        foreach (var p in prerequisites ?? [])
        {
            if (p.CourseCode is { } code)
            {
                var course = await courses.FirstOrDefaultAsync(new CourseWithCodeSpec(code.Trim()), cancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundInScopeException(Text.Pick("Kursus", "Course"), code);
                list.Add(new Prerequisite(course.Id));
            }
            else
            {
                list.Add(new Prerequisite(Competency: CompetencyCode.From(p.Competency!), MinimumLevel: ProficiencyLevel.From(p.MinimumLevel!.Value)));
            }
        }

        return (steps, list);
    }
}

internal sealed class DefineCourseValidator : AbstractValidator<DefineCourse>
{
    public DefineCourseValidator(IReadRepository<CompetencyFramework> frameworks, IReadRepository<Course> courses, TimeProvider time)
    {
        RuleFor(x => x.Code).Required().MaxChars(50)
            .MustAsync(async (code, ct) => !await courses.AnyAsync(new CourseWithCodeSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithText("Kode kursus '{PropertyValue}' sudah dipakai.", "Course code '{PropertyValue}' is already in use.");
        RuleFor(x => x.Details).NotNull().WithText("Rincian kursus wajib diisi.", "Course details are required.")
            .SetValidator(new CourseDetailsValidator(frameworks, courses, time));
    }
}

internal sealed class DefineCourseHandler(IRepository<Course> courses, DomainEventPublisher events) : IRequestHandler<DefineCourse, CourseId>
{
    public async Task<CourseId> Handle(DefineCourse request, CancellationToken cancellationToken)
    {
        var (steps, prerequisites) = await CourseRules.ToModelAsync(request.Details, courses, cancellationToken).ConfigureAwait(false);
        var d = request.Details;
        var course = Course.Define(CourseId.New(), request.Code, d.Title, d.Organiser, d.OrganiserName, d.Jp, d.Accreditation, steps, prerequisites, d.Offerings, d.Completion);
        await courses.AddAsync(course, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(course, cancellationToken).ConfigureAwait(false);
        return course.Id;
    }
}

internal sealed class UpdateCourseValidator : AbstractValidator<UpdateCourse>
{
    public UpdateCourseValidator(IReadRepository<CompetencyFramework> frameworks, IReadRepository<Course> courses, TimeProvider time)
    {
        RuleFor(x => x.CourseId).CustomAsync(async (id, context, ct) =>
        {
            var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(id), ct).ConfigureAwait(false);
            if (course is null || course.Withdrawn)
            {
                context.AddFailure(Text.Pick("Kursus tidak ditemukan atau sudah ditarik.", "The course was not found or is withdrawn."));
            }
        });
        RuleFor(x => x.Details).NotNull().WithText("Rincian kursus wajib diisi.", "Course details are required.")
            .SetValidator(new CourseDetailsValidator(frameworks, courses, time));
        RuleForEach(x => x.Details.Prerequisites)
            .MustAsync(async (request, p, ct) => p.CourseCode is null
                || (await courses.FirstOrDefaultAsync(new CourseWithCodeSpec(p.CourseCode.Trim()), ct).ConfigureAwait(false))?.Id != request.CourseId)
            .When(x => x.Details?.Prerequisites is not null)
            .WithText("Kursus tidak boleh menjadi prasyarat dirinya sendiri.", "A course cannot be its own prerequisite.");
    }
}

internal sealed class UpdateCourseHandler(IRepository<Course> courses, DomainEventPublisher events) : IRequestHandler<UpdateCourse, Unit>
{
    public async Task<Unit> Handle(UpdateCourse request, CancellationToken cancellationToken)
    {
        var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(request.CourseId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Kursus", "Course"), request.CourseId.ToString());
        var (steps, prerequisites) = await CourseRules.ToModelAsync(request.Details, courses, cancellationToken).ConfigureAwait(false);
        var d = request.Details;
        course.Update(d.Title, d.Organiser, d.OrganiserName, d.Jp, d.Accreditation, steps, prerequisites, d.Offerings, d.Completion);
        await courses.UpdateAsync(course, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(course, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class WithdrawCourseValidator : AbstractValidator<WithdrawCourse>
{
    public WithdrawCourseValidator(IReadRepository<Course> courses)
    {
        RuleFor(x => x.CourseId).CustomAsync(async (id, context, ct) =>
        {
            var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(id), ct).ConfigureAwait(false);
            if (course is null || course.Withdrawn)
            {
                context.AddFailure(Text.Pick("Kursus tidak ditemukan atau sudah ditarik.", "The course was not found or is already withdrawn."));
            }
        });
    }
}

internal sealed class WithdrawCourseHandler(IRepository<Course> courses, DomainEventPublisher events) : IRequestHandler<WithdrawCourse, Unit>
{
    public async Task<Unit> Handle(WithdrawCourse request, CancellationToken cancellationToken)
    {
        var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(request.CourseId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Kursus", "Course"), request.CourseId.ToString());
        course.Withdraw();
        await courses.UpdateAsync(course, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(course, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class SetRegionReachValidator : AbstractValidator<SetRegionReach>
{
    public SetRegionReachValidator()
    {
        RuleFor(x => x.RegionCode).Required().MaxChars(20);
        RuleFor(x => x.Name).Required().MaxChars(200);
        RuleFor(x => x.Connectivity).KnownValue();
        RuleFor(x => x.Travel).NotNull().WithText("Daftar perjalanan wajib diisi (boleh kosong).", "The travel list is required (may be empty).")
            .Must(t => t is null || t.Select(x => x.CentreCode).Distinct(StringComparer.Ordinal).Count() == t.Count)
            .WithText("Setiap pusat pelatihan hanya boleh muncul sekali.", "Each training centre may appear only once.");
        RuleForEach(x => x.Travel).ChildRules(t =>
        {
            t.RuleFor(x => x.CentreCode).Required().MaxChars(50);
            t.RuleFor(x => x.Hours).InclusiveBetween(0m, 72m).WithText("Waktu tempuh harus 0 sampai 72 jam.", "Travel time must be 0 to 72 hours.");
            t.RuleFor(x => x.CostPerParticipant).GreaterThanOrEqualTo(0m).WithText("Biaya tidak boleh negatif.", "Costs must not be negative.");
        });
    }
}

internal sealed class SetRegionReachHandler(IRepository<RegionReach> regions, DomainEventPublisher events) : IRequestHandler<SetRegionReach, Unit>
{
    public async Task<Unit> Handle(SetRegionReach request, CancellationToken cancellationToken)
    {
        var code = request.RegionCode.Trim();
        var reach = await regions.FirstOrDefaultAsync(new RegionReachSpec(code), cancellationToken).ConfigureAwait(false);
        if (reach is null)
        {
            reach = RegionReach.Define(code, request.Name, request.Connectivity, request.Travel);
            await regions.AddAsync(reach, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            reach.Update(request.Name, request.Connectivity, request.Travel);
            await regions.UpdateAsync(reach, cancellationToken).ConfigureAwait(false);
        }

        await events.PublishAsync(reach, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
