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
                context.AddFailure(Text.Pick("Asesmen tidak ditemukan dalam cakupan Anda.", "The assessment was not found within your scope."));
            }
            else if (assessment.Status != AssessmentStatus.Pending)
            {
                context.AddFailure(Text.Pick($"Asesmen berstatus {assessment.Status}, bukan menunggu konfirmasi.", $"The assessment is {assessment.Status}, not pending."));
            }
        });
}
