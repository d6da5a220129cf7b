using FluentValidation;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

internal sealed class PendingAssessmentValidation
{
    public static void Apply<T>(AbstractValidator<T> validator, Func<T, AssessmentId> id, IReadRepository<CompetencyAssessment> assessments, ICallerScopeAccessor scope) =>
        validator.RuleFor(x => id(x)).Configure(rule => rule.PropertyName = "AssessmentId").CustomAsync(async (assessmentId, context, ct) =>
        {
            var assessment = await assessments.FirstOrDefaultAsync(new AssessmentByIdSpec(scope.Current, assessmentId), ct).ConfigureAwait(false);
            if (assessment is null)
            {
                context.AddFailure(Messages.Get("Competencies_AssessmentNotFoundScope"));
            }
            else if (assessment.Status != AssessmentStatus.Pending)
            {
                context.AddFailure(Messages.Get("Competencies_AssessmentNotPending2", assessment.Status));
            }
        });
}
