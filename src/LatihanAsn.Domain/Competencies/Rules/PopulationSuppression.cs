using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>Where one person of a population result sits, and the competencies they count in.</summary>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
/// <param name="Kind">The kind of position.</param>
/// <param name="Rows">Per competency the person is counted in, whether they were measured (count in its mean).</param>
internal readonly record struct SuppressionUnit(string RegionCode, string OpdCode, PositionKind Kind, IEnumerable<(CompetencyCode Competency, bool Measured)> Rows);

/// <summary>
/// The suppression pattern of one population result: which groups and which (group, competency) rows are withheld.
/// Computed by <see cref="PopulationSuppression.Compute"/> over the whole hierarchy in the caller's view (province →
/// regions → OPDs, and province → kinds of position), so that every level a caller can ask for is consistent.
/// </summary>
internal sealed class SuppressionPattern(IReadOnlySet<string> groups, IReadOnlySet<string> rows, int level)
{
    /// <summary>Gets the node a unit belongs to in the published level.</summary>
    public string NodeOf(SuppressionUnit unit, PopulationDimension dimension) => dimension == PopulationDimension.PositionKind
        ? PopulationSuppression.KindNode(unit.Kind)
        : PopulationSuppression.GeoNode(Math.Max(level, (int)dimension), unit.RegionCode, unit.OpdCode);

    /// <summary>Whether the group made of these nodes is withheld.</summary>
    public bool IsGroupSuppressed(IEnumerable<string> nodes) => nodes.Any(groups.Contains);

    /// <summary>Whether the competency row of the group made of these nodes is withheld.</summary>
    public bool IsRowSuppressed(IEnumerable<string> nodes, CompetencyCode competency) => nodes.Any(n => rows.Contains(PopulationSuppression.RowKey(n, competency)));
}

/// <summary>
/// Applies <see cref="CellSuppression"/> to population results. Groups (head counts) are one table; each
/// competency's rows (their population: the measured employees, whose count is the mean's denominator) are a table of
/// their own, where the rows of a withheld group are forced. The geographic hierarchy is computed whole every time, and
/// the requested level (and region or OPD filter) is read from it; kinds of position form their own table under the
/// total of the filtered population, whose suppression it inherits.
/// </summary>
internal static class PopulationSuppression
{
    private const string Root = "P";

    /// <summary>Computes the pattern.</summary>
    /// <param name="units">Everyone in the caller's view (not only the filtered part).</param>
    /// <param name="dimension">The published grouping.</param>
    /// <param name="regionCode">The region filter, if any.</param>
    /// <param name="opdCode">The OPD filter, if any.</param>
    /// <param name="minimumGroupSize">The minimum group size.</param>
    /// <returns>The pattern.</returns>
    public static SuppressionPattern Compute(IReadOnlyList<SuppressionUnit> units, PopulationDimension dimension, string? regionCode, string? opdCode, int minimumGroupSize)
    {
        var level = opdCode is not null ? 2 : regionCode is not null ? 1 : 0;

        // Geographic table: head counts and, per competency, the measured.
        var heads = new Dictionary<string, (string? Parent, int Count)>(StringComparer.Ordinal);
        var measured = new Dictionary<CompetencyCode, Dictionary<string, int>>();
        foreach (var unit in units)
        {
            var path = GeoPath(unit);
            foreach (var (node, parent) in path)
            {
                heads[node] = (parent, heads.TryGetValue(node, out var h) ? h.Count + 1 : 1);
            }

            foreach (var (competency, isMeasured) in unit.Rows)
            {
                if (!measured.TryGetValue(competency, out var perNode))
                {
                    measured[competency] = perNode = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                foreach (var (node, _) in path)
                {
                    perNode[node] = perNode.GetValueOrDefault(node) + (isMeasured ? 1 : 0);
                }
            }
        }

        var groups = CellSuppression.Suppress(heads.Select(h => new SuppressionCell(h.Key, h.Value.Parent, h.Value.Count)), minimumGroupSize);
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (competency, perNode) in measured)
        {
            var cells = perNode.Select(n => new SuppressionCell(n.Key, heads[n.Key].Parent, n.Value, groups.Contains(n.Key)));
            foreach (var node in CellSuppression.Suppress(cells, minimumGroupSize))
            {
                rows.Add(RowKey(node, competency));
            }
        }

        if (dimension != PopulationDimension.PositionKind)
        {
            return new SuppressionPattern(groups, rows, level);
        }

        // Kinds of position under the filtered total, which keeps the geographic table's verdict.
        var filtered = units.Where(u => (regionCode is null || u.RegionCode == regionCode) && (opdCode is null || u.OpdCode == opdCode)).ToList();
        var top = filtered.Select(u => GeoNode(level, u.RegionCode, u.OpdCode)).Distinct(StringComparer.Ordinal).ToList();
        var topSuppressed = top.Any(groups.Contains);
        var kindHeads = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindMeasured = new Dictionary<CompetencyCode, Dictionary<string, int>>();
        foreach (var unit in filtered)
        {
            var node = KindNode(unit.Kind);
            kindHeads[Root] = kindHeads.GetValueOrDefault(Root) + 1;
            kindHeads[node] = kindHeads.GetValueOrDefault(node) + 1;
            foreach (var (competency, isMeasured) in unit.Rows)
            {
                if (!kindMeasured.TryGetValue(competency, out var perNode))
                {
                    kindMeasured[competency] = perNode = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                perNode[Root] = perNode.GetValueOrDefault(Root) + (isMeasured ? 1 : 0);
                perNode[node] = perNode.GetValueOrDefault(node) + (isMeasured ? 1 : 0);
            }
        }

        var kindGroups = CellSuppression.Suppress(kindHeads.Select(h => new SuppressionCell(h.Key, h.Key == Root ? null : Root, h.Value, h.Key == Root && topSuppressed)), minimumGroupSize);
        var kindRows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (competency, perNode) in kindMeasured)
        {
            var rootForced = kindGroups.Contains(Root) || top.Any(t => rows.Contains(RowKey(t, competency)));
            var cells = perNode.Select(n => new SuppressionCell(n.Key, n.Key == Root ? null : Root, n.Value, n.Key == Root ? rootForced : kindGroups.Contains(n.Key)));
            foreach (var node in CellSuppression.Suppress(cells, minimumGroupSize))
            {
                kindRows.Add(RowKey(node, competency));
            }
        }

        return new SuppressionPattern(kindGroups, kindRows, level);
    }

    /// <summary>The node of a unit at a geographic level (0 province, 1 region, 2 OPD).</summary>
    public static string GeoNode(int level, string regionCode, string opdCode) => level switch
    {
        0 => Root,
        1 => "R\u001f" + regionCode,
        _ => "O\u001f" + regionCode + "\u001f" + opdCode,
    };

    /// <summary>The node of a kind of position.</summary>
    public static string KindNode(PositionKind kind) => "K\u001f" + kind;

    /// <summary>The key of a competency's row in a node.</summary>
    public static string RowKey(string node, CompetencyCode competency) => node + "\u001e" + competency.Value;

    private static (string Node, string? Parent)[] GeoPath(SuppressionUnit unit)
    {
        var region = GeoNode(1, unit.RegionCode, unit.OpdCode);
        return [(Root, null), (region, Root), (GeoNode(2, unit.RegionCode, unit.OpdCode), region)];
    }
}
