using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>The questionnaire a survey uses.</summary>
public enum SurveyForm
{
    /// <summary>Importance (or required level) and current competence per competency, analysed with Borich and Locus for Focus.</summary>
    Borich = 0,

    /// <summary>The Hennessy-Hicks questionnaire: importance and current performance, 1-7.</summary>
    HennessyHicks = 1,
}

/// <summary>Whether a survey takes responses.</summary>
public enum SurveyStatus
{
    /// <summary>Taking responses.</summary>
    Open = 0,

    /// <summary>Closed: no more responses.</summary>
    Closed = 1,
}

/// <summary>Who a survey is for: a region, an OPD, a kind of position, or a combination; nothing named means everyone.</summary>
/// <param name="RegionCode">Only this region, if given.</param>
/// <param name="OpdCode">Only this OPD, if given (its region is then set too).</param>
/// <param name="PositionKind">Only this kind of position, if given.</param>
public sealed record SurveyPopulation(string? RegionCode = null, string? OpdCode = null, PositionKind? PositionKind = null)
{
    /// <summary>Tells whether an employee belongs to the population.</summary>
    /// <param name="regionCode">The employee's region.</param>
    /// <param name="opdCode">The employee's OPD.</param>
    /// <param name="kind">The employee's kind of position.</param>
    /// <returns><see langword="true"/> when every named part matches.</returns>
    public bool Includes(string regionCode, string opdCode, PositionKind kind) =>
        (RegionCode is null || RegionCode == regionCode) && (OpdCode is null || OpdCode == opdCode) && (PositionKind is null || PositionKind == kind);
}

/// <summary>A survey item: one competency, rated for importance and current competence.</summary>
/// <param name="Competency">The competency (the item code).</param>
/// <param name="Question">The wording shown to respondents, if not the competency's name.</param>
public sealed record SurveyItem(CompetencyCode Competency, string? Question = null);

/// <summary>
/// A participatory needs survey that an agency opens for a population: per competency, importance (or required level)
/// and current competence on a declared scale, and free proposals of topics. Responses are separate aggregates
/// (<see cref="SurveyResponse"/>), one per respondent. A closed survey takes no responses.
/// </summary>
/// <remarks>
/// Visibility follows the population: a caller sees a survey when its scope and the survey's population overlap
/// (<see cref="NeedsSurveysVisibleSpec"/>); opening, closing and analysing a survey need a scope that covers its
/// whole population, except that analyses of a wider survey are limited to the responses inside the caller's scope.
/// </remarks>
public sealed class NeedsSurvey : AggregateRoot<SurveyId>
{
    private readonly List<SurveyItem> _items = [];

    private NeedsSurvey()
    {
        Title = string.Empty;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; private set; }

    /// <summary>Gets the questionnaire form.</summary>
    public SurveyForm Form { get; private set; }

    /// <summary>Gets the lowest rating of the scale.</summary>
    public int ScaleMin { get; private set; }

    /// <summary>Gets the highest rating of the scale.</summary>
    public int ScaleMax { get; private set; }

    /// <summary>Gets the scale.</summary>
    public RatingScale Scale => new(ScaleMin, ScaleMax);

    /// <summary>Gets the population's region, if the survey is limited to one.</summary>
    public string? PopulationRegionCode { get; private set; }

    /// <summary>Gets the population's OPD, if the survey is limited to one.</summary>
    public string? PopulationOpdCode { get; private set; }

    /// <summary>Gets the population's kind of position, if the survey is limited to one.</summary>
    public PositionKind? PopulationPositionKind { get; private set; }

    /// <summary>Gets the population.</summary>
    public SurveyPopulation Population => new(PopulationRegionCode, PopulationOpdCode, PopulationPositionKind);

    /// <summary>Gets the items, in questionnaire order.</summary>
    public IReadOnlyList<SurveyItem> Items => _items;

    /// <summary>Gets whether respondents may propose topics.</summary>
    public bool AllowsProposals { get; private set; }

    /// <summary>Gets the status.</summary>
    public SurveyStatus Status { get; private set; }

    /// <summary>Gets when the survey was opened.</summary>
    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>Gets when it was closed, if it is.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Opens a survey.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="title">The title.</param>
    /// <param name="form">The questionnaire form.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="population">Who it is for (an OPD's region must be set with it).</param>
    /// <param name="items">The items: at least one, each competency once.</param>
    /// <param name="allowsProposals">Whether respondents may propose topics.</param>
    /// <param name="openedAt">When.</param>
    /// <returns>The survey, with a <see cref="NeedsSurveyOpened"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public static NeedsSurvey Open(SurveyId id, string title, SurveyForm form, RatingScale scale, SurveyPopulation population, IEnumerable<SurveyItem> items, bool allowsProposals, DateTimeOffset openedAt)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.EnumOutOfRange(form);
        Guard.Against.Null(population);
        if (population.OpdCode is not null && population.RegionCode is null)
        {
            throw new ArgumentException("An OPD population needs its region.", nameof(population));
        }

        var list = Guard.Against.Null(items).ToList();
        Guard.Against.Zero(list.Count, nameof(items));
        if (list.GroupBy(i => i.Competency).Any(g => g.Count() > 1) || list.Any(i => i.Competency.Value is null))
        {
            throw new ArgumentException("Each competency may be asked once.", nameof(items));
        }

        var survey = new NeedsSurvey
        {
            Id = id,
            Title = Guard.Against.NullOrWhiteSpace(title).Trim(),
            Form = form,
            ScaleMin = scale.Min,
            ScaleMax = scale.Max,
            PopulationRegionCode = population.RegionCode,
            PopulationOpdCode = population.OpdCode,
            PopulationPositionKind = population.PositionKind,
            AllowsProposals = allowsProposals,
            Status = SurveyStatus.Open,
            OpenedAt = openedAt,
        };
        survey._items.AddRange(list);
        survey.Raise(new NeedsSurveyOpened(id, survey.Title, list.Count));
        return survey;
    }

    /// <summary>Closes the survey.</summary>
    /// <param name="closedAt">When.</param>
    /// <exception cref="DomainRuleException"><c>survey_closed</c>: it is already closed (nothing changes).</exception>
    public void Close(DateTimeOffset closedAt)
    {
        EnsureOpen();
        Status = SurveyStatus.Closed;
        ClosedAt = closedAt;
        Raise(new NeedsSurveyClosed(Id));
    }

    /// <summary>Throws unless the survey takes responses.</summary>
    /// <exception cref="DomainRuleException"><c>survey_closed</c>: the survey is closed.</exception>
    public void EnsureOpen()
    {
        if (Status != SurveyStatus.Open)
        {
            throw new DomainRuleException("survey_closed", Messages.Get("NeedsAnalysis_SurveyClosed", Title));
        }
    }

    /// <summary>Tells whether a competency is one of the items.</summary>
    /// <param name="competency">The competency.</param>
    /// <returns><see langword="true"/> when asked.</returns>
    public bool Asks(CompetencyCode competency) => _items.Exists(i => i.Competency == competency);
}
