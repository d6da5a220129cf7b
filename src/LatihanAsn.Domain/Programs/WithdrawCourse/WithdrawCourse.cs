using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Withdraws a course from the catalogue.</summary>
/// <param name="CourseId">The course.</param>
[RequiresCapability(Capabilities.CatalogueManage)]
public sealed record WithdrawCourse(CourseId CourseId) : IRequest<Unit>;

internal sealed class WithdrawCourseValidator : AbstractValidator<WithdrawCourse>
{
    public WithdrawCourseValidator() => RuleFor(x => x.CourseId).Required();
}

internal sealed class WithdrawCourseHandler(IRepository<Course> courses, DomainEventPublisher events) : IRequestHandler<WithdrawCourse, Unit>
{
    public async Task<Unit> Handle(WithdrawCourse request, CancellationToken cancellationToken)
    {
        var course = await CourseRules.LoadAsync(courses, request.CourseId, cancellationToken).ConfigureAwait(false);
        course.Withdraw();
        await courses.UpdateAsync(course, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(course, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
