using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Programs;

/// <summary>Withdraws a course from the catalogue.</summary>
/// <param name="CourseId">The course.</param>
public sealed record WithdrawCourse(CourseId CourseId) : IRequest<Unit>;

internal sealed class WithdrawCourseValidator : AbstractValidator<WithdrawCourse>
{
    public WithdrawCourseValidator(IReadRepository<Course> courses)
    {
        RuleFor(x => x.CourseId).CustomAsync(async (id, context, ct) =>
        {
            var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(id), ct).ConfigureAwait(false);
            if (course is null || course.Withdrawn)
            {
                context.AddFailure(Messages.Get("Programs_CourseNotFoundOrAlreadyWithdrawn"));
            }
        });
    }
}

internal sealed class WithdrawCourseHandler(IRepository<Course> courses, DomainEventPublisher events) : IRequestHandler<WithdrawCourse, Unit>
{
    public async Task<Unit> Handle(WithdrawCourse request, CancellationToken cancellationToken)
    {
        var course = await courses.FirstOrDefaultAsync(new CourseByIdSpec(request.CourseId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("FollowUp_Course"), request.CourseId.ToString());
        course.Withdraw();
        await courses.UpdateAsync(course, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(course, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
