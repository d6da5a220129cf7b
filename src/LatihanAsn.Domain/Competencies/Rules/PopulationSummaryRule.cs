using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>How a population is grouped in a summary.</summary>
public enum PopulationDimension
{
    /// <summary>One group: everyone in scope.</summary>
    Province = 0,

    /// <summary>By region (kabupaten/kota).</summary>
    Region = 1,

    /// <summary>By OPD.</summary>
    Opd = 2,

    /// <summary>By kind of position.</summary>
    PositionKind = 3,
}

/// <summary>One employee as a population summary sees them: where they are and their gaps.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
/// <param name="PositionKind">The kind of position held.</param>
/// <param name="Gaps">The gaps against the standard of the position held (empty when the position has no standard).</param>
public sealed record PopulationMember(EmployeeId EmployeeId, string RegionCode, string OpdCode, PositionKind PositionKind, IReadOnlyList<CompetencyGap> Gaps);

/// <summary>How many employees of a group fall in a JPM band.</summary>
/// <param name="Band">The band name.</param>
/// <param name="Count">How many.</param>
public sealed record JpmBandCount(string Band, int Count);

/// <summary>The gap statistics of one competency in a group.</summary>
/// <param name="Competency">The competency.</param>
/// <param name="Required">How many employees' standards require it.</param>
/// <param name="Assessed">How many of those have a level for it.</param>
/// <param name="MeanGap">Mean of required minus actual over the assessed (negative when above requirement on average); <see langword="null"/> when none is assessed.</param>
/// <param name="MeanShortfall">Mean of the positive part of the gap over the assessed (surpluses count as 0); <see langword="null"/> when none is assessed.</param>
/// <param name="Green">How many meet the requirement.</param>
/// <param name="Amber">How many are one level short.</param>
/// <param name="Red">How many are two or more levels short.</param>
public sealed record CompetencyGapSummary(CompetencyCode Competency, int Required, int Assessed, decimal? MeanGap, decimal? MeanShortfall, int Green, int Amber, int Red)
{
    /// <summary>Gets how many require the competency but have no level for it.</summary>
    public int NotAssessed => Required - Assessed;
}

/// <summary>
/// The summary of one group. A group smaller than the minimum size is suppressed, and so is a group whose figures would
/// give a suppressed one away (complementary suppression, see <see cref="CellSuppression"/>): only its key is shown.
/// </summary>
/// <param name="Key">The group key (region code, OPD code, position kind, or <c>PROVINSI</c>).</param>
/// <param name="Suppressed">Whether the group's figures are withheld: below the minimum size, or as a complement (the two are not told apart).</param>
/// <param name="Employees">How many employees, or <see langword="null"/> when suppressed.</param>
/// <param name="JpmDistribution">Employees per JPM band, highest band first (empty when suppressed).</param>
/// <param name="JpmUndefined">Employees whose JPM is undefined (a required competency not assessed, or no standard).</param>
/// <param name="Competencies">Gap statistics per competency, by code (empty when suppressed; without the rows of <see cref="SuppressedCompetencies"/>).</param>
public sealed record PopulationGroup(string Key, bool Suppressed, int? Employees, IReadOnlyList<JpmBandCount> JpmDistribution, int? JpmUndefined, IReadOnlyList<CompetencyGapSummary> Competencies)
{
    /// <summary>
    /// Gets the competencies of a published group whose statistics are withheld (left out of <see cref="Competencies"/>):
    /// measured on fewer employees than the minimum group size, or as a complement of such a row in another group.
    /// </summary>
    public IReadOnlyList<CompetencyCode> SuppressedCompetencies { get; init; } = [];
}

/// <summary>A population summary.</summary>
/// <param name="Dimension">How the population was grouped.</param>
/// <param name="MinimumGroupSize">Groups smaller than this were suppressed.</param>
/// <param name="Groups">The groups, by key.</param>
/// <param name="JpmBands">The JPM band rule set used.</param>
/// <param name="Capping">The JPM capping rule used.</param>
public sealed record PopulationSummary(PopulationDimension Dimension, int MinimumGroupSize, IReadOnlyList<PopulationGroup> Groups, RuleSetInfo JpmBands, JpmCapping Capping);

/// <summary>
/// Population summaries: the JPM distribution and the mean gap per competency, by province, region, OPD or kind of
/// position, with small groups suppressed so that personal data does not leak through them. Means are exact integer
/// sums divided once (decimal, unrounded). This is the object-model rule; <see cref="PopulationBatch"/> computes the
/// same figures over columnar data for national-scale populations. Pure and thread-safe.
/// </summary>
public static class PopulationSummaryRule
{
    /// <summary>The key of the single group of <see cref="PopulationDimension.Province"/>.</summary>
    public const string ProvinceKey = "PROVINSI";

    /// <summary>Summarises a population, every member published (see the overload with a region and OPD filter).</summary>
    /// <param name="members">The employees with their gaps.</param>
    /// <param name="dimension">How to group.</param>
    /// <param name="bands">The JPM bands.</param>
    /// <param name="capping">The JPM capping rule.</param>
    /// <param name="minimumGroupSize">Groups with fewer employees are suppressed; 1 or more.</param>
    /// <returns>The summary.</returns>
    public static PopulationSummary Summarise(IEnumerable<PopulationMember> members, PopulationDimension dimension, JpmBandRuleSet bands, JpmCapping capping, int minimumGroupSize) =>
        Summarise(members, dimension, bands, capping, minimumGroupSize, null, null);

    /// <summary>
    /// Summarises the part of a population in a region or OPD, with the suppression computed over the whole
    /// population given: primary suppression of groups under the minimum and of competency rows measured on fewer
    /// employees than the minimum, then complementary suppression (<see cref="CellSuppression"/>) across province,
    /// regions and OPDs, so that no withheld figure follows from the figures of this or any other level.
    /// </summary>
    /// <param name="members">Every employee in the caller's view with their gaps (not only the filtered part).</param>
    /// <param name="dimension">How to group.</param>
    /// <param name="bands">The JPM bands.</param>
    /// <param name="capping">The JPM capping rule.</param>
    /// <param name="minimumGroupSize">Groups with fewer employees are suppressed; 1 or more.</param>
    /// <param name="regionCode">Publish only this region, if given.</param>
    /// <param name="opdCode">Publish only this OPD, if given.</param>
    /// <returns>The summary.</returns>
    public static PopulationSummary Summarise(IEnumerable<PopulationMember> members, PopulationDimension dimension, JpmBandRuleSet bands, JpmCapping capping, int minimumGroupSize, string? regionCode, string? opdCode)
    {
        Guard.Against.Null(members);
        Guard.Against.Null(bands);
        Guard.Against.EnumOutOfRange(dimension);
        Guard.Against.NegativeOrZero(minimumGroupSize);
        var all = members as IReadOnlyList<PopulationMember> ?? members.ToList();
        var pattern = PopulationSuppression.Compute(all.Select(Unit).ToList(), dimension, regionCode, opdCode, minimumGroupSize);
        var groups = all
            .Where(m => (regionCode is null || m.RegionCode == regionCode) && (opdCode is null || m.OpdCode == opdCode))
            .GroupBy(m => KeyOf(m, dimension), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var list = g.ToList();
                var nodes = list.Select(m => pattern.NodeOf(Unit(m), dimension)).Distinct(StringComparer.Ordinal).ToArray();
                return pattern.IsGroupSuppressed(nodes)
                    ? new PopulationGroup(g.Key, true, null, [], null, [])
                    : SuppressRows(SummariseGroup(g.Key, list, bands, capping, 1), c => pattern.IsRowSuppressed(nodes, c));
            })
            .ToArray();
        return new PopulationSummary(dimension, minimumGroupSize, groups, bands.Info, capping);
    }

    /// <summary>Returns the group key of a member for a dimension.</summary>
    /// <param name="member">The member.</param>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(PopulationMember member, PopulationDimension dimension)
    {
        Guard.Against.Null(member);
        return dimension switch
        {
            PopulationDimension.Province => ProvinceKey,
            PopulationDimension.Region => member.RegionCode,
            PopulationDimension.Opd => member.OpdCode,
            _ => member.PositionKind.ToString(),
        };
    }

    private static SuppressionUnit Unit(PopulationMember m) => new(m.RegionCode, m.OpdCode, m.PositionKind, m.Gaps.Select(g => (g.Competency, g.Gap.HasValue)));

    private static PopulationGroup SuppressRows(PopulationGroup group, Func<CompetencyCode, bool> suppressed)
    {
        var withheld = group.Competencies.Where(c => suppressed(c.Competency)).Select(c => c.Competency).ToArray();
        return withheld.Length == 0
            ? group
            : group with { Competencies = group.Competencies.Where(c => !suppressed(c.Competency)).ToArray(), SuppressedCompetencies = withheld };
    }

    private static PopulationGroup SummariseGroup(string key, List<PopulationMember> members, JpmBandRuleSet bands, JpmCapping capping, int minimumGroupSize)
    {
        if (members.Count < minimumGroupSize)
        {
            return new PopulationGroup(key, true, null, [], null, []);
        }

        var bandCounts = bands.Bands.ToDictionary(b => b.Name, _ => 0, StringComparer.Ordinal);
        var undefined = 0;
        foreach (var member in members)
        {
            if (member.Gaps.Count == 0)
            {
                undefined++;
                continue;
            }

            var jpm = JpmRule.Compute(member.Gaps, bands, capping);
            if (jpm.Band is null)
            {
                undefined++;
            }
            else
            {
                bandCounts[jpm.Band.Name]++;
            }
        }

        var competencies = members
            .SelectMany(m => m.Gaps)
            .GroupBy(g => g.Competency)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var assessed = g.Where(x => x.Gap.HasValue).ToList();
                long sumGap = assessed.Sum(x => (long)x.Gap!.Value);
                long sumShortfall = assessed.Sum(x => (long)Math.Max(0, x.Gap!.Value));
                return new CompetencyGapSummary(
                    g.Key,
                    g.Count(),
                    assessed.Count,
                    assessed.Count == 0 ? null : (decimal)sumGap / assessed.Count,
                    assessed.Count == 0 ? null : (decimal)sumShortfall / assessed.Count,
                    assessed.Count(x => x.Rating == GapRating.Green),
                    assessed.Count(x => x.Rating == GapRating.Amber),
                    assessed.Count(x => x.Rating == GapRating.Red));
            })
            .ToArray();

        return new PopulationGroup(
            key,
            false,
            members.Count,
            bands.Bands.Select(b => new JpmBandCount(b.Name, bandCounts[b.Name])).ToArray(),
            undefined,
            competencies);
    }
}
