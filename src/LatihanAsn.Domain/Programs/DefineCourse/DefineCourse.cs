using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Adds a course to the catalogue (reference data shared by every caller). Returns the course's identifier.</summary>
/// <param name="Code">The code; unique.</param>
/// <param name="Details">The details.</param>
[RequiresCapability(Capabilities.CatalogueManage)]
public sealed record DefineCourse(string Code, CourseDetails Details) : IRequest<CourseId>;

internal sealed class DefineCourseValidator : AbstractValidator<DefineCourse>
{
    public DefineCourseValidator(IReadRepository<CompetencyFramework> frameworks, IReadRepository<Course> courses, TimeProvider time)
    {
        RuleFor(x => x.Code).Required().MaxChars(50)
            .MustAsync(async (code, ct) => !await courses.AnyAsync(new CourseWithCodeSpec(code!.Trim()), ct).ConfigureAwait(false))
            .WithMessage(_ => Messages.Get("Programs_CourseCodeAlreadyInUse"));
        RuleFor(x => x.Details).NotNull().WithMessage(_ => Messages.Get("Programs_CourseDetailsRequired"))
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
