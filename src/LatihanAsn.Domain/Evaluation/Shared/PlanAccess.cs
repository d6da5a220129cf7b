using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Loading a plan within the caller's scope, and the shape rules validators share.</summary>
internal static class PlanAccess
{
    /// <summary>Loads a plan within the caller's scope, or throws <see cref="NotFoundInScopeException"/>.</summary>
    public static async Task<EvaluationPlan> LoadAsync(this IReadRepositoryBase<EvaluationPlan> plans, CallerScope scope, EvaluationPlanId id, CancellationToken ct) =>
        await plans.FirstOrDefaultAsync(new EvaluationPlanByIdSpec(scope, id), ct).ConfigureAwait(false)
        ?? throw new NotFoundInScopeException(Messages.Get("Evaluation_EvaluationPlan"), id.ToString());

    /// <summary>A day not after today.</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider time) =>
        rule.Must(day => day <= time.Today()).WithMessage(_ => Messages.Get("Evaluation_MustNotInFuture"));

    /// <summary>A valid code: 1-40 letters, digits, '.', '-', '_'.</summary>
    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Codes.IsValid).WithMessage(_ => Messages.Get("Evaluation_NotValidCode140Letters"));
}
