using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Replaces a course's details (plans already composed keep their own copies).</summary>
/// <param name="CourseId">The course; not withdrawn.</param>
/// <param name="Details">The new details.</param>
[RequiresCapability(Capabilities.CatalogueManage)]
public sealed record UpdateCourse(CourseId CourseId, CourseDetails Details) : IRequest<Unit>;

internal sealed class UpdateCourseValidator : AbstractValidator<UpdateCourse>
{
    public UpdateCourseValidator(IReadRepository<CompetencyFramework> frameworks, IReadRepository<Course> courses, TimeProvider time)
    {
        RuleFor(x => x.CourseId).Required();
        RuleFor(x => x.Details).NotNull().WithMessage(_ => Messages.Get("Programs_CourseDetailsRequired"))
            .SetValidator(new CourseDetailsValidator(frameworks, courses, time));
        RuleForEach(x => x.Details.Prerequisites)
            .MustAsync(async (request, p, ct) => p.CourseCode is null
                || (await courses.FirstOrDefaultAsync(new CourseWithCodeSpec(p.CourseCode.Trim()), ct).ConfigureAwait(false))?.Id != request.CourseId)
            .When(x => x.Details?.Prerequisites is not null)
            .WithMessage(_ => Messages.Get("Programs_CourseCannotOwnPrerequisite"));
    }
}

internal sealed class UpdateCourseHandler(IRepository<Course> courses, DomainEventPublisher events) : IRequestHandler<UpdateCourse, Unit>
{
    public async Task<Unit> Handle(UpdateCourse request, CancellationToken cancellationToken)
    {
        var course = await CourseRules.LoadAsync(courses, request.CourseId, cancellationToken).ConfigureAwait(false);
        var (steps, prerequisites) = await CourseRules.ToModelAsync(request.Details, courses, cancellationToken).ConfigureAwait(false);
        var d = request.Details;
        course.Update(d.Title, d.Organiser, d.OrganiserName, d.Jp, d.Accreditation, steps, prerequisites, d.Offerings, d.Completion);
        await courses.UpdateAsync(course, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(course, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
