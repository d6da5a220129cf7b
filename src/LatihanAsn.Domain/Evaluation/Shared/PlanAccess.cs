using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Loading a plan within the caller's scope, and the checks validators share.</summary>
internal static class PlanAccess
{
    public static string NotFound() => Messages.Get("Evaluation_EvaluationPlanNotFoundScope");

    /// <summary>Loads a plan within the caller's scope, or throws <see cref="NotFoundInScopeException"/>.</summary>
    public static async Task<EvaluationPlan> LoadAsync(this IReadRepositoryBase<EvaluationPlan> plans, CallerScope scope, EvaluationPlanId id, CancellationToken ct) =>
        await plans.FirstOrDefaultAsync(new EvaluationPlanByIdSpec(scope, id), ct).ConfigureAwait(false)
        ?? throw new NotFoundInScopeException(Messages.Get("Evaluation_EvaluationPlan"), id.ToString());

    /// <summary>
    /// Adds one rule that loads the plan in the caller's scope and runs <paramref name="check"/> on it; a plan outside
    /// the scope is reported as "not found within your scope" on <c>PlanId</c>.
    /// </summary>
    public static void WithPlan<T>(
        this AbstractValidator<T> validator,
        Func<T, EvaluationPlanId> id,
        IReadRepository<EvaluationPlan> plans,
        ICallerScopeAccessor scope,
        Action<T, EvaluationPlan, ValidationContext<T>> check)
    {
        validator.RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            var plan = await plans.FirstOrDefaultAsync(new EvaluationPlanByIdSpec(scope.Current, id(request)), ct).ConfigureAwait(false);
            if (plan is null)
            {
                context.AddFailure("PlanId", NotFound());
                return;
            }

            check(request, plan, context);
        });
    }

    /// <summary>Checks a measurement code against the plan; returns the measurement when it exists and uses one of the instruments.</summary>
    public static PlannedMeasurement? Measurement<T>(EvaluationPlan plan, string? code, ValidationContext<T> context, string property, params EvaluationInstrument[] instruments)
    {
        var measurement = plan.FindMeasurement(code);
        if (measurement is null)
        {
            context.AddFailure(property, Messages.Get("Evaluation_MeasurementNotInPlan", code));
            return null;
        }

        if (!instruments.Contains(measurement.Instrument))
        {
            context.AddFailure(property, Messages.Get("Evaluation_MeasurementUsesNot", measurement.Code, measurement.Instrument, string.Join("/", instruments)));
            return null;
        }

        return measurement;
    }

    /// <summary>Checks that someone is a participant and, when <paramref name="mustHaveAttended"/>, recorded as present.</summary>
    public static bool Participant<T>(EvaluationPlan plan, EmployeeId employee, bool mustHaveAttended, ValidationContext<T> context, string property)
    {
        if (!plan.IsParticipant(employee))
        {
            context.AddFailure(property, Messages.Get("Evaluation_NotParticipantPlan", employee));
            return false;
        }

        if (mustHaveAttended && !plan.HasAttended(employee))
        {
            context.AddFailure(property, Messages.Get("Evaluation_ParticipantNotRecordedAsPresentOnly", employee));
            return false;
        }

        return true;
    }

    /// <summary>A day not after today.</summary>
    public static IRuleBuilderOptions<T, DateOnly> NotInFuture<T>(this IRuleBuilder<T, DateOnly> rule, TimeProvider time) =>
        rule.Must(day => day <= time.Today()).WithMessage(_ => Messages.Get("Evaluation_MustNotInFuture"));

    /// <summary>A valid code: 1-40 letters, digits, '.', '-', '_'.</summary>
    public static IRuleBuilderOptions<T, string?> Code<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(Codes.IsValid).WithMessage(_ => Messages.Get("Evaluation_NotValidCode140Letters"));
}
