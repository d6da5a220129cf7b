using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One answer: the two ratings of one item; leave a rating <see langword="null"/> when not answered.</summary>
/// <param name="Competency">The item's competency code.</param>
/// <param name="Importance">Importance (or required level).</param>
/// <param name="Competence">Current competence (or performance).</param>
public sealed record AnswerInput(string Competency, int? Importance, int? Competence);

/// <summary>A proposed topic ("what training do you need?").</summary>
/// <param name="Text">The topic.</param>
/// <param name="Competency">The competency it belongs to, if the respondent knows.</param>
public sealed record ProposalInput(string Text, string? Competency = null);

/// <summary>
/// Submits a respondent's answers to an open survey. The respondent must be in the caller's scope and the survey's
/// population; ratings must be on the survey's scale and items among its items (the survey and the response refuse
/// otherwise, see <see cref="SurveyResponse.Submit"/>). A second submission replaces the first, which is kept in the
/// response's history. Returns the response's identifier.
/// With <see cref="Capabilities.SurveyRespond"/> only, the respondent must be the caller themself; an earlier response filed in another unit (before a transfer) is not replaced (<c>domain_rule.response_filed_elsewhere</c>).
/// </summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Respondent">The respondent.</param>
/// <param name="Answers">The answers (missing ratings as <see langword="null"/>).</param>
/// <param name="Proposals">Proposed topics, if the survey takes them.</param>
[RequiresCapability(Capabilities.SurveyManage, Capabilities.SurveyRespond)]
public sealed record SubmitSurveyResponse(SurveyId SurveyId, EmployeeId Respondent, IReadOnlyList<AnswerInput> Answers, IReadOnlyList<ProposalInput>? Proposals = null) : IRequest<SurveyResponseId>;

internal sealed class SubmitSurveyResponseValidator : AbstractValidator<SubmitSurveyResponse>
{
    public SubmitSurveyResponseValidator()
    {
        RuleFor(x => x.Answers).NotNull().WithMessage(_ => Messages.Get("NeedsAnalysis_AnswersRequiredMayEmptyWhenProposals"));
        RuleForEach(x => x.Answers).ChildRules(answer =>
            answer.RuleFor(a => a.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid")));
        RuleForEach(x => x.Proposals).ChildRules(proposal =>
        {
            proposal.RuleFor(p => p.Text).Required().MaxChars(500);
            proposal.RuleFor(p => p.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
                .WithMessage(_ => Messages.Get("Competencies_CompetencyCodeInvalid"));
        });
        RuleFor(x => x).Must(x => (x.Answers?.Count ?? 0) + (x.Proposals?.Count ?? 0) > 0).OverridePropertyName(nameof(SubmitSurveyResponse.Answers))
            .WithMessage(_ => Messages.Get("NeedsAnalysis_ResponseNeedsAtLeastOneAnswer"));
        RuleFor(x => x.Answers)
            .Must(a => a is null || a.Select(x => x.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == a.Count)
            .WithMessage(_ => Messages.Get("NeedsAnalysis_EachItemMayAnsweredOnlyOnce"));
        RuleFor(x => x.SurveyId).Required();
        RuleFor(x => x.Respondent).Required();
    }
}

internal sealed class SubmitSurveyResponseHandler(
    IRepository<SurveyResponse> responses,
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    SurveyAccess access,
    ICallerAccessor callers,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<SubmitSurveyResponse, SurveyResponseId>
{
    public async Task<SurveyResponseId> Handle(SubmitSurveyResponse request, CancellationToken cancellationToken)
    {
        var who = callers.Current;
        var caller = who.Scope;
        var survey = await access.LoadAsync(request.SurveyId, cancellationToken).ConfigureAwait(false);
        var respondent = await Load.EmployeeAsync(employees, caller, request.Respondent, cancellationToken).ConfigureAwait(false);
        // An employee submits and changes only their own response and proposals; survey.manage submits for anyone in scope.
        Acting.Ensure(who, Capabilities.SurveyManage, Relation.Self, respondent.Nip, nameof(SubmitSurveyResponse));
        var position = await Load.PositionAsync(positions, caller, respondent.PositionId, cancellationToken).ConfigureAwait(false);
        var answers = request.Answers.Select(a => new SurveyAnswer(CompetencyCode.From(a.Competency), a.Importance, a.Competence)).ToArray();
        var proposals = (request.Proposals ?? []).Select(p => new ProposedTopic(p.Text, p.Competency is null ? null : CompetencyCode.From(p.Competency))).ToArray();
        var now = time.GetUtcNow();
        var existing = await responses.FirstOrDefaultAsync(new ResponseOfRespondentSpec(survey.Id, respondent.Id), cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            var response = SurveyResponse.Submit(SurveyResponseId.New(), survey, respondent, position.Kind, answers, proposals, now);
            await responses.AddAsync(response, cancellationToken).ConfigureAwait(false);
            await events.PublishAsync(response, cancellationToken).ConfigureAwait(false);
            return response.Id;
        }

        if (!caller.Covers(existing.RegionCode, existing.OpdCode))
        {
            // A transferred employee's earlier response stays where it was filed: it is neither replaced nor moved.
            throw new DomainRuleException("response_filed_elsewhere", Messages.Get("NeedsAnalysis_ResponseFiledElsewhere"));
        }

        existing.Replace(survey, answers, proposals, now);
        await responses.UpdateAsync(existing, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(existing, cancellationToken).ConfigureAwait(false);
        return existing.Id;
    }
}
