using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// A public satisfaction survey (SKM, PermenPAN-RB 14/2017) of one service unit for one period: its named elements, its
/// weighting and the responses. The index is computed on demand by <see cref="SkmRule"/>. It carries the unit's region
/// and OPD, so the caller's scope filters it.
/// </summary>
public sealed class SkmSurvey : AggregateRoot<SkmSurveyId>, IScoped
{
    private readonly List<SkmElement> _elements = [];
    private readonly List<SkmResponse> _responses = [];

    private SkmSurvey()
    {
        ServiceName = RegionCode = OpdCode = RuleSetKey = string.Empty;
        Weights = SkmWeights.Equal;
    }

    /// <summary>Gets the service surveyed, for example <c>Layanan perizinan</c>.</summary>
    public string ServiceName { get; private set; }

    /// <summary>Gets the unit's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the unit's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the first day of the period.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>Gets the last day of the period.</summary>
    public DateOnly PeriodEnd { get; private set; }

    /// <summary>Gets the key of the SKM rule set the elements came from (for example <c>skm/permenpanrb-14-2017@1</c>).</summary>
    public string RuleSetKey { get; private set; }

    /// <summary>Gets the survey's elements, by code and name (codes upper-cased).</summary>
    public IReadOnlyList<SkmElement> Elements => _elements;

    /// <summary>Gets the weighting.</summary>
    public SkmWeights Weights { get; private set; }

    /// <summary>Gets the responses (element codes upper-cased).</summary>
    public IReadOnlyList<SkmResponse> Responses => _responses;

    /// <summary>Creates a survey.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="serviceName">The service surveyed.</param>
    /// <param name="regionCode">The unit's region.</param>
    /// <param name="opdCode">The unit's OPD.</param>
    /// <param name="periodStart">First day of the period.</param>
    /// <param name="periodEnd">Last day, not before the first.</param>
    /// <param name="elements">The elements: at least one, codes unique.</param>
    /// <param name="weights">The weighting; custom weights must name exactly the elements.</param>
    /// <param name="ruleSetKey">The SKM rule set the elements came from.</param>
    /// <returns>The survey, with an <see cref="SkmSurveyCreated"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public static SkmSurvey Create(SkmSurveyId id, string serviceName, string regionCode, string opdCode, DateOnly periodStart, DateOnly periodEnd, IEnumerable<SkmElement> elements, SkmWeights weights, string ruleSetKey)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(weights);
        if (periodEnd < periodStart)
        {
            throw new ArgumentException("The period cannot end before it starts.", nameof(periodEnd));
        }

        var list = Guard.Against.Null(elements).Select(e =>
        {
            Guard.Against.Null(e, nameof(elements));
            if (!Codes.IsValid(e.Code) || string.IsNullOrWhiteSpace(e.Name))
            {
                throw new ArgumentException($"Element '{e.Code}' needs a valid code and a name.", nameof(elements));
            }

            return new SkmElement(Codes.Normalise(e.Code), e.Name.Trim());
        }).ToArray();
        if (list.Length == 0 || list.Select(e => e.Code).Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("A survey needs at least one element, codes unique.", nameof(elements));
        }

        weights.CheckCovers(list);
        var survey = new SkmSurvey
        {
            Id = id,
            ServiceName = Guard.Against.NullOrWhiteSpace(serviceName).Trim(),
            RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim(),
            OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim(),
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Weights = weights,
            RuleSetKey = Guard.Against.NullOrWhiteSpace(ruleSetKey).Trim(),
        };
        survey._elements.AddRange(list);
        survey.Raise(new SkmSurveyCreated(id, survey.RegionCode, survey.OpdCode, periodStart, periodEnd));
        return survey;
    }

    /// <summary>Adds responses; each answers at least one of the survey's elements with 1-4, each element at most once.</summary>
    /// <param name="responses">The responses.</param>
    /// <exception cref="ArgumentException">No responses, an empty response, or a repeated element.</exception>
    /// <exception cref="DomainRuleException">An element that is not in the survey (<c>element_not_in_survey</c>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An answer outside 1-4 (the message names the response and element).</exception>
    public void AddResponses(IEnumerable<SkmResponse> responses)
    {
        var list = Guard.Against.Null(responses).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException(Messages.Get("Evaluation_NoResponsesToRecord"), nameof(responses));
        }

        var added = new List<SkmResponse>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i]?.Answers is not { Count: > 0 } answers)
            {
                throw new ArgumentException(Messages.Get("Evaluation_ResponseHasNoAnswers", i), nameof(responses));
            }

            var normalised = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (code, answer) in answers)
            {
                var key = code is null ? string.Empty : Codes.Normalise(code);
                if (_elements.All(e => e.Code != key))
                {
                    throw new DomainRuleException("element_not_in_survey", Messages.Get("Evaluation_ResponseElementNotInSurvey", i, code));
                }

                if (!normalised.TryAdd(key, answer))
                {
                    throw new ArgumentException(Messages.Get("Evaluation_ResponseElementRepeated", i, code), nameof(responses));
                }

                if (answer is < 1 or > 4)
                {
                    throw new ArgumentOutOfRangeException(nameof(responses), answer, Messages.Get("Evaluation_ResponseAnswerToElementMust1", i, key, answer));
                }
            }

            added.Add(new SkmResponse(normalised));
        }

        _responses.AddRange(added);
        Raise(new SkmResponsesRecorded(Id, added.Count, _responses.Count));
    }
}
