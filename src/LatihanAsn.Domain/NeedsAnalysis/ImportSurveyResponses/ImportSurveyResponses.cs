using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// Submits many respondents' answers at once (an import, see <see cref="Batch"/>): each row is a
/// <see cref="SubmitSurveyResponse"/> and is applied as that request would be, in row order, all in one unit of work. A
/// second submission by the same respondent to the same survey replaces the first, which is kept in the response's
/// history, also within the batch: a later row replaces an earlier one. The whole batch is validated first, each row
/// with the single request's rules (a failure's path names the row, for example <c>Rows[12].Answers[0].Competency</c>);
/// a row whose survey, respondent or respondent's position is not found in the caller's scope, or that the survey or
/// the response refuses (<c>survey_closed</c>, <c>respondent_not_in_population</c>, <c>response_does_not_fit_survey</c>),
/// refuses the whole batch with a <see cref="BatchRowException"/> naming the row: nothing is written then. Returns the
/// responses' identifiers in row order (the same one for rows of the same respondent and survey).
/// </summary>
/// <param name="Rows">The submissions, 1 to <see cref="Batch.MaxRows"/>, in the order they are made.</param>
[RequiresCapability(Capabilities.SurveyManage)]
public sealed record ImportSurveyResponses(IReadOnlyList<SubmitSurveyResponse> Rows) : IRequest<IReadOnlyList<SurveyResponseId>>;

internal sealed class ImportSurveyResponsesValidator : AbstractValidator<ImportSurveyResponses>
{
    public ImportSurveyResponsesValidator()
    {
        RuleFor(x => x.Rows).BatchOfRows();
        RuleFor(x => x.Rows).EachRow(new SubmitSurveyResponseValidator(), nameof(ImportSurveyResponses.Rows));
    }
}

internal sealed class ImportSurveyResponsesHandler(
    IRepository<SurveyResponse> responses,
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    SurveyAccess access,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<ImportSurveyResponses, IReadOnlyList<SurveyResponseId>>
{
    public async Task<IReadOnlyList<SurveyResponseId>> Handle(ImportSurveyResponses request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var rows = request.Rows;

        // Everything the rows name, one query per kind.
        var surveys = await access.FindManyAsync(rows.Select(r => r.SurveyId).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
        var people = await BatchLoad.EmployeesAsync(employees, caller, rows.Select(r => r.Respondent), cancellationToken).ConfigureAwait(false);
        var held = await BatchLoad.PositionsAsync(positions, caller, people.Values.Select(e => e.PositionId), cancellationToken).ConfigureAwait(false);
        var submitted = new Dictionary<(SurveyId, EmployeeId), SurveyResponse>();
        if (surveys.Count > 0 && people.Count > 0)
        {
            foreach (var response in await responses.ListAsync(new ResponsesOfRespondentsSpec(surveys.Keys.ToArray(), people.Keys.ToArray()), cancellationToken).ConfigureAwait(false))
            {
                submitted[(response.SurveyId, response.Respondent)] = response;
            }
        }

        var now = time.GetUtcNow();
        var added = new List<SurveyResponse>();
        var replaced = new List<SurveyResponse>();
        var isNew = new HashSet<SurveyResponse>(ReferenceEqualityComparer.Instance);
        var isReplaced = new HashSet<SurveyResponse>(ReferenceEqualityComparer.Instance);
        var ids = new SurveyResponseId[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            ids[i] = Batch.ForRow(i, () =>
            {
                // As SubmitSurveyResponse: the survey, the respondent, their position, then the response itself.
                var survey = SurveyAccess.Found(surveys, row.SurveyId);
                var respondent = BatchLoad.Employee(people, row.Respondent);
                var position = BatchLoad.Position(held, respondent.PositionId);
                var answers = row.Answers.Select(a => new SurveyAnswer(CompetencyCode.From(a.Competency), a.Importance, a.Competence)).ToArray();
                var proposals = (row.Proposals ?? []).Select(p => new ProposedTopic(p.Text, p.Competency is null ? null : CompetencyCode.From(p.Competency))).ToArray();
                if (!submitted.TryGetValue((survey.Id, respondent.Id), out var response))
                {
                    response = SurveyResponse.Submit(SurveyResponseId.New(), survey, respondent, position.Kind, answers, proposals, now);
                    submitted[(survey.Id, respondent.Id)] = response;
                    added.Add(response);
                    isNew.Add(response);
                    return response.Id;
                }

                if (!caller.Covers(response.RegionCode, response.OpdCode))
                {
                    throw new DomainRuleException("response_filed_elsewhere", Messages.Get("NeedsAnalysis_ResponseFiledElsewhere"));
                }

                response.Replace(survey, answers, proposals, now);
                if (!isNew.Contains(response) && isReplaced.Add(response))
                {
                    replaced.Add(response);
                }

                return response.Id;
            });
        }

        await responses.AddRangeAsync(added, cancellationToken).ConfigureAwait(false);
        await responses.UpdateRangeAsync(replaced, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync([.. added, .. replaced], cancellationToken).ConfigureAwait(false);
        return ids;
    }
}
