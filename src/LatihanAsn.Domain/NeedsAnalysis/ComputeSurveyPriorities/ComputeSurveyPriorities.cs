using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A survey's priority analysis.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Form">Its form.</param>
/// <param name="Scale">Its scale.</param>
/// <param name="Respondents">Respondents counted (within the caller's scope).</param>
/// <param name="Suppressed">Whether there were fewer respondents than the minimum group size, so the figures are withheld.</param>
/// <param name="Borich">Borich MWDS per item, ranked.</param>
/// <param name="Locus">Locus for Focus quadrants.</param>
/// <param name="Combined">The combined Borich and Locus ranking.</param>
/// <param name="HennessyHicks">Hennessy-Hicks needs, ranked (for every form: importance minus competence).</param>
/// <param name="Proposals">Proposed topics, ranked by frequency and spread.</param>
public sealed record SurveyPriorities(
    SurveyId SurveyId,
    SurveyForm Form,
    RatingScale Scale,
    int Respondents,
    bool Suppressed,
    IReadOnlyList<BorichItem> Borich,
    LocusForFocus? Locus,
    IReadOnlyList<CombinedPriorityItem> Combined,
    IReadOnlyList<HennessyHicksItem> HennessyHicks,
    IReadOnlyList<RankedProposal> Proposals);

/// <summary>
/// Computes a survey's priorities from the responses within the caller's scope: Borich, Locus for Focus, their
/// combination, Hennessy-Hicks and the ranked proposals. With fewer respondents than the minimum group size, the result
/// is suppressed (only counts are shown).
/// </summary>
/// <param name="SurveyId">The survey, visible to the caller.</param>
[RequiresCapability(Capabilities.SurveyManage)]
public sealed record ComputeSurveyPriorities(SurveyId SurveyId) : IRequest<SurveyPriorities>;

internal sealed class ComputeSurveyPrioritiesValidator : AbstractValidator<ComputeSurveyPriorities>
{
    public ComputeSurveyPrioritiesValidator() => RuleFor(x => x.SurveyId).Required();
}

internal sealed class ComputeSurveyPrioritiesHandler(SurveyAccess access, IReadRepository<SurveyResponse> responses, ICallerScopeAccessor scope, LatihanAsnOptions options)
    : IRequestHandler<ComputeSurveyPriorities, SurveyPriorities>
{
    public async Task<SurveyPriorities> Handle(ComputeSurveyPriorities request, CancellationToken cancellationToken)
    {
        var survey = await access.LoadAsync(request.SurveyId, cancellationToken).ConfigureAwait(false);
        var answered = await responses.ListAsync(new SurveyResponsesSpec(scope.Current, survey.Id).ReadOnly(), cancellationToken).ConfigureAwait(false);
        if (answered.Count < options.MinimumGroupSize)
        {
            return new SurveyPriorities(survey.Id, survey.Form, survey.Scale, answered.Count, true, [], null, [], [], []);
        }

        // Every item is listed, answered or not, so that an item nobody could rate shows as undefined.
        var pairs = answered.SelectMany(r => r.ToRatingPairs())
            .Concat(survey.Items.Select(i => new RatingPair(string.Empty, i.Competency.Value, null, null)));
        var sums = ItemSums.From(pairs, survey.Scale);
        return new SurveyPriorities(
            survey.Id,
            survey.Form,
            survey.Scale,
            answered.Count,
            false,
            BorichRule.Rank(sums),
            LocusForFocusRule.FromSums(sums),
            LocusForFocusRule.Combine(sums),
            HennessyHicksRule.Rank(sums),
            ProposalRule.Rank(answered.SelectMany(r => r.ToProposals())));
    }
}
