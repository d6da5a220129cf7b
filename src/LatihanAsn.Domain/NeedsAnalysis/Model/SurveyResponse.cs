using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One answer of a response: the two ratings of one item; a missing rating is <see langword="null"/>.</summary>
/// <param name="Competency">The item.</param>
/// <param name="Importance">Importance (or required level), if answered.</param>
/// <param name="Competence">Current competence (or performance), if answered.</param>
public sealed record SurveyAnswer(CompetencyCode Competency, int? Importance, int? Competence);

/// <summary>A topic proposed in a response.</summary>
/// <param name="Text">The topic in the respondent's words.</param>
/// <param name="Competency">The competency the respondent linked it to, if any.</param>
public sealed record ProposedTopic(string Text, CompetencyCode? Competency = null);

/// <summary>A past submission replaced by a newer one (the audit trail).</summary>
/// <param name="Revision">Which submission it was (1 for the first).</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="ReplacedAt">When it was replaced.</param>
/// <param name="Answers">Its answers.</param>
/// <param name="Proposals">Its proposals.</param>
public sealed record ReplacedSubmission(int Revision, DateTimeOffset SubmittedAt, DateTimeOffset ReplacedAt, IReadOnlyList<SurveyAnswer> Answers, IReadOnlyList<ProposedTopic> Proposals);

/// <summary>
/// One respondent's response to a needs survey. A respondent answers once: a second submission replaces the answers
/// and keeps the replaced ones in <see cref="History"/>. It carries the respondent's region, OPD and kind of position at
/// submission, so that analyses can group and scope it.
/// </summary>
public sealed class SurveyResponse : AggregateRoot<SurveyResponseId>, IScoped
{
    private readonly List<SurveyAnswer> _answers = [];
    private readonly List<ProposedTopic> _proposals = [];
    private readonly List<ReplacedSubmission> _history = [];

    private SurveyResponse()
    {
        RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the survey.</summary>
    public SurveyId SurveyId { get; private set; }

    /// <summary>Gets the respondent.</summary>
    public EmployeeId Respondent { get; private set; }

    /// <summary>Gets the respondent's region at submission.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the respondent's OPD at submission.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the respondent's kind of position at submission.</summary>
    public PositionKind PositionKind { get; private set; }

    /// <summary>Gets which submission this is (1 for the first).</summary>
    public int Revision { get; private set; }

    /// <summary>Gets when the current answers were submitted.</summary>
    public DateTimeOffset SubmittedAt { get; private set; }

    /// <summary>Gets the current answers.</summary>
    public IReadOnlyList<SurveyAnswer> Answers => _answers;

    /// <summary>Gets the current proposals.</summary>
    public IReadOnlyList<ProposedTopic> Proposals => _proposals;

    /// <summary>Gets the replaced submissions, oldest first.</summary>
    public IReadOnlyList<ReplacedSubmission> History => _history;

    /// <summary>Creates a first submission, checked against the survey.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="survey">The survey (must be open).</param>
    /// <param name="respondent">The respondent (must belong to the survey's population).</param>
    /// <param name="positionKind">The respondent's kind of position.</param>
    /// <param name="answers">The answers.</param>
    /// <param name="proposals">The proposals.</param>
    /// <param name="submittedAt">When.</param>
    /// <returns>The response, with a <see cref="SurveyResponseSubmitted"/> event pending.</returns>
    /// <exception cref="DomainRuleException"><c>survey_closed</c>: the survey is closed; <c>respondent_not_in_population</c>:
    /// the respondent is outside its population; <c>response_does_not_fit_survey</c>: an item the survey does not ask, a
    /// rating outside its scale, or proposals to a survey that takes none (every problem is in
    /// <see cref="LatihanAsnException.Details"/> under <c>problems</c>, keyed like the request's properties).</exception>
    /// <exception cref="ArgumentException">A guard failed: an item answered twice, an empty proposal, or nothing at all.</exception>
    public static SurveyResponse Submit(SurveyResponseId id, NeedsSurvey survey, Employee respondent, PositionKind positionKind, IEnumerable<SurveyAnswer> answers, IEnumerable<ProposedTopic> proposals, DateTimeOffset submittedAt)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(survey);
        Guard.Against.Null(respondent);
        survey.EnsureOpen();
        if (!survey.Population.Includes(respondent.RegionCode, respondent.OpdCode, positionKind))
        {
            throw new DomainRuleException("respondent_not_in_population", Messages.Get("NeedsAnalysis_RespondentNotInPopulationSurvey", respondent.Nip, survey.Title));
        }

        var response = new SurveyResponse
        {
            Id = id,
            SurveyId = survey.Id,
            Respondent = respondent.Id,
            RegionCode = respondent.RegionCode,
            OpdCode = respondent.OpdCode,
            PositionKind = positionKind,
        };
        response.Fill(survey, answers, proposals, submittedAt, 1);
        response.Raise(new SurveyResponseSubmitted(survey.Id, respondent.Id, 1));
        return response;
    }

    /// <summary>Replaces the answers with a new submission; the old ones go to <see cref="History"/>.</summary>
    /// <param name="survey">The survey (must be open).</param>
    /// <param name="answers">The new answers.</param>
    /// <param name="proposals">The new proposals.</param>
    /// <param name="submittedAt">When.</param>
    /// <exception cref="DomainRuleException"><c>survey_closed</c>: the survey is closed; <c>response_does_not_fit_survey</c>:
    /// as for <see cref="Submit"/>. Nothing changes then.</exception>
    /// <exception cref="ArgumentException">A guard failed, or the survey is another one.</exception>
    public void Replace(NeedsSurvey survey, IEnumerable<SurveyAnswer> answers, IEnumerable<ProposedTopic> proposals, DateTimeOffset submittedAt)
    {
        Guard.Against.Null(survey);
        if (survey.Id != SurveyId)
        {
            throw new ArgumentException("The response belongs to another survey.", nameof(survey));
        }

        survey.EnsureOpen();
        var previous = new ReplacedSubmission(Revision, SubmittedAt, submittedAt, [.. _answers], [.. _proposals]);
        Fill(survey, answers, proposals, submittedAt, Revision + 1);
        _history.Add(previous);
        Raise(new SurveyResponseSubmitted(SurveyId, Respondent, Revision));
    }

    /// <summary>Returns the answers as rating pairs for the prioritisation rules.</summary>
    /// <returns>The pairs, keyed by the respondent's identifier.</returns>
    public IEnumerable<RatingPair> ToRatingPairs() =>
        _answers.Select(a => new RatingPair(Respondent.ToString(), a.Competency.Value, a.Importance, a.Competence));

    /// <summary>Returns the proposals for <see cref="ProposalRule"/>.</summary>
    /// <returns>The proposals, with the respondent's OPD as unit.</returns>
    public IEnumerable<Proposal> ToProposals() =>
        _proposals.Select(p => new Proposal(Respondent.ToString(), OpdCode, p.Text, p.Competency));

    private void Fill(NeedsSurvey survey, IEnumerable<SurveyAnswer> answers, IEnumerable<ProposedTopic> proposals, DateTimeOffset submittedAt, int revision)
    {
        var answerList = Guard.Against.Null(answers).ToList();
        var proposalList = Guard.Against.Null(proposals).ToList();
        if (answerList.GroupBy(a => a.Competency).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Each item may be answered once.", nameof(answers));
        }

        if (proposalList.Any(p => string.IsNullOrWhiteSpace(p.Text)))
        {
            throw new ArgumentException("A proposal needs a text.", nameof(proposals));
        }

        if (answerList.Count == 0 && proposalList.Count == 0)
        {
            throw new ArgumentException("A response needs an answer or a proposal.", nameof(answers));
        }

        CheckFits(survey, answerList, proposalList);
        _answers.Clear();
        _answers.AddRange(answerList);
        _proposals.Clear();
        _proposals.AddRange(proposalList.Select(p => p with { Text = p.Text.Trim() }));
        SubmittedAt = submittedAt;
        Revision = revision;
    }

    /// <summary>Refuses, with every problem at once, answers and proposals that do not fit the survey.</summary>
    private static void CheckFits(NeedsSurvey survey, IReadOnlyList<SurveyAnswer> answers, IReadOnlyList<ProposedTopic> proposals)
    {
        var problems = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var scale = survey.Scale;
        for (var i = 0; i < answers.Count; i++)
        {
            var answer = Guard.Against.Null(answers[i]);
            if (!survey.Asks(answer.Competency))
            {
                problems[$"Answers[{i}].Competency"] = [Messages.Get("NeedsAnalysis_SurveyDoesNotAsk", answer.Competency)];
            }

            foreach (var (name, value) in new[] { (nameof(SurveyAnswer.Importance), answer.Importance), (nameof(SurveyAnswer.Competence), answer.Competence) })
            {
                if (value is { } v && !scale.Contains(v))
                {
                    problems[$"Answers[{i}].{name}"] = [Messages.Get("NeedsAnalysis_RatingOutsideScale2", v, scale)];
                }
            }
        }

        if (proposals.Count > 0 && !survey.AllowsProposals)
        {
            problems["Proposals"] = [Messages.Get("NeedsAnalysis_SurveyTakesNoProposals")];
        }

        if (problems.Count > 0)
        {
            throw new DomainRuleException(
                "response_does_not_fit_survey",
                Messages.Get("NeedsAnalysis_ResponseDoesNotFitSurvey", survey.Title)
                    + string.Join(" ", problems.Select(p => $"{p.Key}: {p.Value[0]}")),
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["problems"] = problems });
        }
    }
}
