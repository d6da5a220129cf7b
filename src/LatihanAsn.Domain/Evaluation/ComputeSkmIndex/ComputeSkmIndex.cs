using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>Computes the SKM index of a survey in the caller's scope, with the SKM rule set in force on the period's last day.</summary>
/// <param name="SurveyId">The survey.</param>
[RequiresCapability(Capabilities.EvaluationRead)]
public sealed record ComputeSkmIndex(SkmSurveyId SurveyId) : IRequest<SkmResult>;

internal sealed class ComputeSkmIndexValidator : AbstractValidator<ComputeSkmIndex>
{
    // Nothing to check in the request's shape: the handler's load reports a survey not found in scope.
}

internal sealed class SkmIndexHandler(IReadRepository<SkmSurvey> surveys, ICallerScopeAccessor scope, RuleSetRegistry rules)
    : IRequestHandler<ComputeSkmIndex, SkmResult>
{
    /// <summary>The index of a survey with the SKM rule set in force on its last day.</summary>
    public static SkmResult Compute(SkmSurvey survey, RuleSetRegistry rules) =>
        SkmRule.Compute(survey.Responses, survey.Weights, rules.InForce<SkmRuleSet>(survey.PeriodEnd), survey.Elements);

    public async Task<SkmResult> Handle(ComputeSkmIndex request, CancellationToken cancellationToken)
    {
        var survey = await surveys.FirstOrDefaultAsync(new SkmSurveyByIdSpec(scope.Current, request.SurveyId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("Evaluation_SKMSurvey"), request.SurveyId.ToString());
        return Compute(survey, rules);
    }
}
