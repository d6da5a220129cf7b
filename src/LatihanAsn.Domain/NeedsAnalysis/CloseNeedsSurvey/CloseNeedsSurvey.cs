using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Closes a survey whose population the caller's scope covers. A survey the caller cannot see is not found; a survey
/// already closed is refused by the survey (<c>domain_rule.survey_closed</c>).
/// </summary>
/// <param name="SurveyId">The survey.</param>
[RequiresCapability(Capabilities.SurveyManage)]
public sealed record CloseNeedsSurvey(SurveyId SurveyId) : IRequest<Unit>;

internal sealed class CloseNeedsSurveyValidator : AbstractValidator<CloseNeedsSurvey>
{
    public CloseNeedsSurveyValidator() => RuleFor(x => x.SurveyId).Required();
}

internal sealed class CloseNeedsSurveyHandler(IRepository<NeedsSurvey> surveys, SurveyAccess access, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<CloseNeedsSurvey, Unit>
{
    public async Task<Unit> Handle(CloseNeedsSurvey request, CancellationToken cancellationToken)
    {
        var survey = await access.LoadAsync(request.SurveyId, cancellationToken).ConfigureAwait(false);
        var population = survey.Population;
        ScopeGuard.EnsureCoversWhole(scope.Current, population.RegionCode, population.OpdCode, Messages.Get("NeedsAnalysis_Survey", survey.Title));
        survey.Close(time.GetUtcNow());
        await surveys.UpdateAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
