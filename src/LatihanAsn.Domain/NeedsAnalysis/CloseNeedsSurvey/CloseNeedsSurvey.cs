using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Closes a survey whose population the caller's scope covers.</summary>
/// <param name="SurveyId">The survey.</param>
public sealed record CloseNeedsSurvey(SurveyId SurveyId) : IRequest<Unit>;

internal sealed class CloseNeedsSurveyValidator : AbstractValidator<CloseNeedsSurvey>
{
    public CloseNeedsSurveyValidator(SurveyAccess access)
    {
        RuleFor(x => x.SurveyId).CustomAsync(async (id, context, ct) =>
        {
            var survey = await access.FindAsync(id, ct).ConfigureAwait(false);
            if (survey is null)
            {
                context.AddFailure(Messages.Get("NeedsAnalysis_SurveyNotFoundScope"));
            }
            else if (survey.Status == SurveyStatus.Closed)
            {
                context.AddFailure(Messages.Get("NeedsAnalysis_SurveyAlreadyClosed"));
            }
        });
    }
}

internal sealed class CloseNeedsSurveyHandler(IRepository<NeedsSurvey> surveys, SurveyAccess access, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<CloseNeedsSurvey, Unit>
{
    public async Task<Unit> Handle(CloseNeedsSurvey request, CancellationToken cancellationToken)
    {
        var survey = await access.FindAsync(request.SurveyId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("NeedsAnalysis_Survey2"), request.SurveyId.ToString());
        if (!access.CoversPopulation(survey.Population))
        {
            throw new ScopeViolationException(scope.Current, Messages.Get("NeedsAnalysis_Survey", survey.Title));
        }

        survey.Close(time.GetUtcNow());
        await surveys.UpdateAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}
