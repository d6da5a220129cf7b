using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>One employee as the needs register sees them: where they are and their needs.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
/// <param name="PositionKind">The kind of position held.</param>
/// <param name="Needs">Their competency needs (<see cref="IndividualNeedsRule"/>).</param>
public sealed record NeedsMember(EmployeeId EmployeeId, string RegionCode, string OpdCode, PositionKind PositionKind, IReadOnlyList<CompetencyNeed> Needs);

/// <summary>One survey respondent as the needs register sees them.</summary>
/// <param name="Respondent">The respondent.</param>
/// <param name="RegionCode">Their region when they answered.</param>
/// <param name="OpdCode">Their OPD when they answered.</param>
/// <param name="PositionKind">Their kind of position when they answered.</param>
/// <param name="Answers">Their ratings (items are competency codes).</param>
/// <param name="Proposals">Their proposed topics.</param>
public sealed record SurveyMember(string Respondent, string RegionCode, string OpdCode, PositionKind PositionKind, IReadOnlyList<RatingPair> Answers, IReadOnlyList<Proposal> Proposals);

/// <summary>The fields of PP 11/2017 art. 207 that the yearly plan fills for a need: (c) kind and route, (d) organiser, (e) schedule, (f) fit with the curriculum standard, (g) budget. Empty in a fresh register.</summary>
/// <param name="Route">Kind and route (jalur) of development.</param>
/// <param name="Organiser">Who organises it.</param>
/// <param name="Schedule">When.</param>
/// <param name="CurriculumFit">The fit with the curriculum standard of the competency's supervising agency.</param>
/// <param name="Budget">The budget.</param>
public sealed record PlanFields(string? Route = null, string? Organiser = null, string? Schedule = null, string? CurriculumFit = null, decimal? Budget = null);

/// <summary>How severe a need is in a group.</summary>
/// <param name="MeanShortfall">Mean shortfall in levels over the assessed employees requiring the competency, or <see langword="null"/> when none is assessed.</param>
/// <param name="Assessed">Assessed employees requiring the competency.</param>
/// <param name="Amber">Employees one level short.</param>
/// <param name="Red">Employees two or more levels short.</param>
public sealed record NeedsSeverity(decimal? MeanShortfall, int Assessed, int Amber, int Red);

/// <summary>One line of the needs register: a competency to develop (art. 207(a)) for a group, its target employees (art. 207(b)), how severe and how urgent, and the plan fields still to fill.</summary>
/// <param name="Group">The group key (region, OPD, kind of position, or <c>PROVINSI</c>).</param>
/// <param name="Competency">The competency to develop.</param>
/// <param name="TargetEmployees">The employees with a shortfall in it (the population affected), by identifier.</param>
/// <param name="Severity">How severe.</param>
/// <param name="Priority">The combined priority and the signals behind it.</param>
/// <param name="SurveySignalsWithheld">Whether the group had fewer survey respondents than the minimum group size, so its survey signals were left out to protect them.</param>
/// <param name="Plan">The art. 207 fields a plan fills.</param>
public sealed record NeedsRegisterEntry(string Group, CompetencyCode Competency, IReadOnlyList<EmployeeId> TargetEmployees, NeedsSeverity Severity, PriorityScore Priority, bool SurveySignalsWithheld, PlanFields Plan)
{
    /// <summary>Gets how many employees are affected.</summary>
    public int Affected => TargetEmployees.Count;
}

/// <summary>The organisation-level needs register (PP 11/2017 art. 205-207).</summary>
/// <param name="Dimension">How the population was grouped.</param>
/// <param name="AsOf">The day.</param>
/// <param name="Entries">The needs, highest priority first.</param>
/// <param name="UnlinkedProposals">Proposed topics not linked to any competency, ranked (for the planners to read).</param>
/// <param name="Employees">Employees in the population (0 when <see cref="TotalsSuppressed"/>).</param>
/// <param name="SurveyRespondents">Survey respondents in the population (0 when <see cref="TotalsSuppressed"/>).</param>
/// <param name="RuleSets">The rule sets used.</param>
public sealed record NeedsRegister(PopulationDimension Dimension, DateOnly AsOf, IReadOnlyList<NeedsRegisterEntry> Entries, IReadOnlyList<RankedProposal> UnlinkedProposals, int Employees, int SurveyRespondents, IReadOnlyList<RuleSetInfo> RuleSets)
{
    /// <summary>
    /// Gets the groups whose lines are all withheld (no target employees, severities or priorities): fewer employees than
    /// the minimum group size, or a complement of such a group (see <see cref="CellSuppression"/>), by key.
    /// </summary>
    public IReadOnlyList<string> SuppressedGroups { get; init; } = [];

    /// <summary>
    /// Gets how many lines of published groups are withheld: their competency was measured on fewer employees of the
    /// group than the minimum group size, or they are a complement of such a line in another group.
    /// </summary>
    public int SuppressedLines { get; init; }

    /// <summary>
    /// Gets whether the population's own total is withheld (a region or OPD asked for is itself suppressed); then
    /// <see cref="Employees"/>, <see cref="SurveyRespondents"/> are 0 and <see cref="UnlinkedProposals"/> is empty.
    /// </summary>
    public bool TotalsSuppressed { get; init; }
}

/// <summary>
/// Builds the needs register: individual needs and survey signals aggregated by region, OPD or kind of position into
/// one line per (group, competency) with a priority that says which signals put it there. A line exists when some
/// employee of the group has a shortfall in the competency or the survey signals a need (positive MWDS, HH quadrant or
/// proposals). Survey signals of a group with fewer respondents than the minimum group size are withheld (its
/// respondents could be recognised), and so are whole groups and lines that are small or would give a small one away
/// (primary and complementary suppression, <see cref="CellSuppression"/>). Lines are ordered by priority score, then by employees affected, then by group and
/// competency. Pure and thread-safe.
/// </summary>
public static class NeedsRegisterRule
{
    /// <summary>Builds the register of a whole population (see the overload with a region and OPD filter).</summary>
    /// <param name="members">The employees with their needs.</param>
    /// <param name="respondents">Survey respondents (may be empty).</param>
    /// <param name="scale">The survey's scale (for the MWDS maximum).</param>
    /// <param name="dimension">How to group.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="weights">The priority weights.</param>
    /// <param name="minimumGroupSize">Smaller groups and lines are withheld; 1 or more.</param>
    /// <returns>The register.</returns>
    public static NeedsRegister Build(
        IEnumerable<NeedsMember> members,
        IEnumerable<SurveyMember> respondents,
        RatingScale scale,
        PopulationDimension dimension,
        DateOnly asOf,
        PriorityWeightsRuleSet weights,
        int minimumGroupSize) =>
        Build(members, respondents, scale, dimension, asOf, weights, minimumGroupSize, null, null);

    /// <summary>
    /// Builds the register of the part of a population in a region or OPD, with suppression computed over the whole
    /// population given (province, regions and OPDs at once, <see cref="CellSuppression"/>): a group with fewer
    /// employees than the minimum, and its complements, show no lines (<see cref="NeedsRegister.SuppressedGroups"/>);
    /// a line whose competency was measured on fewer employees of the group than the minimum, and its complements in
    /// other groups, is left out (<see cref="NeedsRegister.SuppressedLines"/>); survey signals are withheld for groups
    /// with fewer respondents than the minimum and for their complements.
    /// </summary>
    /// <param name="members">Every employee in the caller's view with their needs (not only the filtered part).</param>
    /// <param name="respondents">Every survey respondent in the caller's view (may be empty).</param>
    /// <param name="scale">The survey's scale (for the MWDS maximum).</param>
    /// <param name="dimension">How to group.</param>
    /// <param name="asOf">The day.</param>
    /// <param name="weights">The priority weights.</param>
    /// <param name="minimumGroupSize">Smaller groups and lines are withheld; 1 or more.</param>
    /// <param name="regionCode">Publish only this region, if given.</param>
    /// <param name="opdCode">Publish only this OPD, if given.</param>
    /// <returns>The register.</returns>
    public static NeedsRegister Build(
        IEnumerable<NeedsMember> members,
        IEnumerable<SurveyMember> respondents,
        RatingScale scale,
        PopulationDimension dimension,
        DateOnly asOf,
        PriorityWeightsRuleSet weights,
        int minimumGroupSize,
        string? regionCode,
        string? opdCode)
    {
        Guard.Against.Null(weights);
        Guard.Against.NegativeOrZero(minimumGroupSize);
        var people = Guard.Against.Null(members).ToList();
        var surveyed = Guard.Against.Null(respondents).ToList();
        var pattern = PopulationSuppression.Compute(people.Select(Unit).ToList(), dimension, regionCode, opdCode, minimumGroupSize);
        var surveyPattern = PopulationSuppression.Compute(surveyed.Select(Unit).ToList(), dimension, regionCode, opdCode, minimumGroupSize);
        bool InFilter(string region, string opd) => (regionCode is null || region == regionCode) && (opdCode is null || opd == opdCode);
        people = people.Where(p => InFilter(p.RegionCode, p.OpdCode)).ToList();
        surveyed = surveyed.Where(r => InFilter(r.RegionCode, r.OpdCode)).ToList();

        var nodes = people.GroupBy(p => Key(dimension, p.RegionCode, p.OpdCode, p.PositionKind), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => pattern.NodeOf(Unit(p), dimension)).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var surveyNodes = surveyed.GroupBy(r => Key(dimension, r.RegionCode, r.OpdCode, r.PositionKind), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => surveyPattern.NodeOf(Unit(r), dimension)).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var register = Build(people, surveyed, scale, dimension, asOf, weights, group => surveyNodes.TryGetValue(group, out var n) && surveyPattern.IsGroupSuppressed(n));

        var suppressedGroups = nodes.Where(n => pattern.IsGroupSuppressed(n.Value)).Select(n => n.Key).Order(StringComparer.Ordinal).ToArray();
        var hidden = suppressedGroups.ToHashSet(StringComparer.Ordinal);
        var visible = register.Entries.Where(e => !hidden.Contains(e.Group)).ToList();
        var lines = visible.Where(e => !(nodes.TryGetValue(e.Group, out var n) && pattern.IsRowSuppressed(n, e.Competency))).ToArray();
        var level = opdCode is not null ? 2 : regionCode is not null ? 1 : 0;
        var totalsSuppressed = people.Select(p => PopulationSuppression.GeoNode(level, p.RegionCode, p.OpdCode)).Distinct(StringComparer.Ordinal).ToArray() is { Length: > 0 } top && pattern.IsGroupSuppressed(top);
        var surveyTop = surveyed.Select(r => PopulationSuppression.GeoNode(level, r.RegionCode, r.OpdCode)).Distinct(StringComparer.Ordinal).ToArray();
        var surveyTotalSuppressed = totalsSuppressed || (surveyTop.Length > 0 && surveyPattern.IsGroupSuppressed(surveyTop));
        return register with
        {
            Entries = lines,
            Employees = totalsSuppressed ? 0 : register.Employees,
            SurveyRespondents = surveyTotalSuppressed ? 0 : register.SurveyRespondents,
            UnlinkedProposals = surveyTotalSuppressed ? [] : register.UnlinkedProposals,
            SuppressedGroups = suppressedGroups,
            SuppressedLines = visible.Count - lines.Length,
            TotalsSuppressed = totalsSuppressed,
        };
    }

    /// <summary>
    /// Builds the register unsuppressed, for the library's own planning (composition needs every target employee);
    /// survey signals of a group with fewer respondents than the minimum are still withheld. Never published as is.
    /// </summary>
    internal static NeedsRegister BuildForPlanning(
        IEnumerable<NeedsMember> members,
        IEnumerable<SurveyMember> respondents,
        RatingScale scale,
        PopulationDimension dimension,
        DateOnly asOf,
        PriorityWeightsRuleSet weights,
        int minimumGroupSize)
    {
        var surveyed = respondents.ToList();
        var small = surveyed.GroupBy(r => Key(dimension, r.RegionCode, r.OpdCode, r.PositionKind), StringComparer.Ordinal)
            .Where(g => g.Count() < minimumGroupSize)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        return Build(members.ToList(), surveyed, scale, dimension, asOf, weights, small.Contains);
    }

    private static NeedsRegister Build(
        List<NeedsMember> people,
        List<SurveyMember> surveyed,
        RatingScale scale,
        PopulationDimension dimension,
        DateOnly asOf,
        PriorityWeightsRuleSet weights,
        Func<string, bool> surveyWithheld)
    {
        var peopleByGroup = people.ToLookup(m => Key(dimension, m.RegionCode, m.OpdCode, m.PositionKind), StringComparer.Ordinal);
        var surveyByGroup = surveyed.ToLookup(r => Key(dimension, r.RegionCode, r.OpdCode, r.PositionKind), StringComparer.Ordinal);
        var groups = peopleByGroup.Select(g => g.Key).Union(surveyByGroup.Select(g => g.Key), StringComparer.Ordinal);
        var entries = new List<NeedsRegisterEntry>();
        foreach (var group in groups)
        {
            entries.AddRange(BuildGroup(group, peopleByGroup[group].ToList(), surveyByGroup[group].ToList(), scale, weights, surveyWithheld(group)));
        }

        var unlinked = ProposalRule.Rank(surveyed.SelectMany(r => r.Proposals).Where(p => p.Competency is null));
        return new NeedsRegister(
            dimension,
            asOf,
            entries
                .OrderByDescending(e => e.Priority.Score)
                .ThenByDescending(e => e.Affected)
                .ThenBy(e => e.Group, StringComparer.Ordinal)
                .ThenBy(e => e.Competency)
                .ToArray(),
            unlinked,
            people.Count,
            surveyed.Count,
            [weights.Info]);
    }

    /// <summary>The group key of a person for a dimension (the same keys as population summaries).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="regionCode">The region.</param>
    /// <param name="opdCode">The OPD.</param>
    /// <param name="kind">The kind of position.</param>
    /// <returns>The key.</returns>
    public static string Key(PopulationDimension dimension, string regionCode, string opdCode, PositionKind kind) => dimension switch
    {
        PopulationDimension.Province => PopulationSummaryRule.ProvinceKey,
        PopulationDimension.Region => regionCode,
        PopulationDimension.Opd => opdCode,
        _ => kind.ToString(),
    };

    private static SuppressionUnit Unit(NeedsMember m) => new(m.RegionCode, m.OpdCode, m.PositionKind, m.Needs.Select(n => (n.Competency, n.Shortfall is not null)));

    private static SuppressionUnit Unit(SurveyMember r) => new(r.RegionCode, r.OpdCode, r.PositionKind, []);

    private static IEnumerable<NeedsRegisterEntry> BuildGroup(string group, List<NeedsMember> people, List<SurveyMember> surveyed, RatingScale scale, PriorityWeightsRuleSet weights, bool surveyWithheld)
    {
        var withheld = surveyed.Count > 0 && surveyWithheld;
        var useSurvey = surveyed.Count > 0 && !surveyWithheld;
        var sums = useSurvey ? ItemSums.From(surveyed.SelectMany(r => r.Answers), scale) : [];
        var borich = BorichRule.Rank(sums).ToDictionary(b => b.Item, StringComparer.Ordinal);
        var locus = LocusForFocusRule.FromSums(sums).Items.ToDictionary(l => l.Item, StringComparer.Ordinal);
        var proposals = useSurvey
            ? surveyed.SelectMany(r => r.Proposals.Where(p => p.Competency is not null).Select(p => (r.Respondent, Competency: p.Competency!.Value)))
                .Distinct()
                .GroupBy(x => x.Competency)
                .ToDictionary(g => g.Key, g => g.Count())
            : [];
        var needs = people.SelectMany(p => p.Needs.Select(n => (p.EmployeeId, Need: n))).ToLookup(x => x.Need.Competency);
        var surveyCompetencies = borich.Keys.Select(k => CompetencyCode.TryFrom(k, out var c) ? c : (CompetencyCode?)null).Where(c => c is not null).Select(c => c!.Value);
        var competencies = needs.Select(n => n.Key).Union(surveyCompetencies).Union(proposals.Keys).Order();
        foreach (var competency in competencies)
        {
            var rows = needs[competency].ToList();
            var assessed = rows.Where(r => r.Need.Shortfall is not null).ToList();
            var target = rows.Where(r => r.Need.IsTrainingNeed).Select(r => r.EmployeeId).Distinct().ToArray();
            var meanShortfall = assessed.Count == 0 ? (decimal?)null : (decimal)assessed.Sum(r => (long)r.Need.Shortfall!.Value) / assessed.Count;
            var severity = new NeedsSeverity(meanShortfall, assessed.Count, assessed.Count(r => r.Need.Shortfall == 1), assessed.Count(r => r.Need.Shortfall >= 2));
            borich.TryGetValue(competency.Value, out var b);
            locus.TryGetValue(competency.Value, out var l);
            var evidence = new PriorityEvidence(
                meanShortfall,
                b?.Mwds,
                b?.Mwds is null ? null : BorichRule.Maximum(scale),
                l?.Quadrant,
                proposals.GetValueOrDefault(competency),
                useSurvey ? surveyed.Count : 0);
            var surveySignalsNeed = b?.Mwds > 0m || l?.Quadrant == LocusQuadrant.HH || proposals.ContainsKey(competency);
            if (target.Length == 0 && !surveySignalsNeed)
            {
                continue;
            }

            yield return new NeedsRegisterEntry(group, competency, target, severity, PriorityRule.Score(evidence, weights), withheld, new PlanFields());
        }
    }
}
