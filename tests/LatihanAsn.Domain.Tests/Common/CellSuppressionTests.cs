using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Tests.Common;

public sealed class CellSuppressionTests
{
    // A table in one line per case: "key:parent:population[:forced]" cells, and the keys expected suppressed.
    public static TheoryData<string, string, string> Cases => new()
    {
        { "nothing small: nothing suppressed", "P::20 A:P:10 B:P:10", "" },
        { "one small part: the smallest other part is its complement", "P::26 A:P:3 B:P:8 C:P:15", "A B" },
        { "ties by code", "P::23 A:P:3 C:P:10 B:P:10", "A B" },
        { "two small parts together under the minimum: a third joins them", "P::30 A:P:1 B:P:2 C:P:12 D:P:15", "A B C" },
        { "two small parts together at the minimum: enough", "P::30 A:P:2 B:P:3 C:P:25", "A B" },
        { "an only part goes with its total, and the total gets a complement above", "P::30 R:P:4 S:P:26 O:R:4 T:S:26", "O R S T" },
        { "a small OPD's complement in a region; the region's total stays", "P::40 R:P:20 S:P:20 O1:R:2 O2:R:8 O3:R:10 O4:S:20", "O1 O2" },
        { "a forced cell is suppressed and protected", "P::20 A:P:10:f B:P:10", "A B" },
        { "a total under the minimum with its parts", "P::4 A:P:1 B:P:3", "A B P" },
        { "an empty cell is not sensitive, and the last complement", "P::13 A:P:3 Z:P:0 B:P:10", "A B" },
        { "a small total and its only populated part; the empty part stays", "P::3 A:P:3 Z:P:0", "A P" },
        { "two small OPDs protect each other and keep their region", "P::33 R:P:7 S:P:26 O1:R:3 O2:R:4 O3:S:6 O4:S:20", "O1 O2" },
        { "across levels: a small region's complement is a region, which pulls in an OPD of its own", "P::40 R:P:4 S:P:16 T:P:20 O1:R:1 O2:R:3 O3:S:6 O4:S:10 O5:T:20", "O1 O2 O3 R S" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_pattern_of_a_table(string name, string table, string expected)
    {
        var cells = Parse(table);

        var suppressed = CellSuppression.Suppress(cells, 5);

        string.Join(' ', suppressed).ShouldBe(expected, name);
        Undetermined(cells, suppressed).ShouldBeEmpty(name);
    }

    [Fact]
    public void The_checker_finds_what_primary_suppression_alone_gives_away()
    {
        var cells = Parse("P::33 R:P:7 S:P:26 O1:R:3 O2:R:4 O3:S:6 O4:S:20");

        Undetermined(cells, new HashSet<string> { "O1" }).ShouldBe(["O1"]);
        Undetermined(cells, new HashSet<string> { "O1", "R" }).ShouldBe(["O1", "R"], ignoreOrder: true);
        Undetermined(cells, new HashSet<string> { "O1", "O2", "R", "S" }).ShouldBe(["R", "S"], ignoreOrder: true);
        Undetermined(cells, new HashSet<string> { "O1", "O2", "R", "S", "O3" }).ShouldBeEmpty();
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_cells()
    {
        var cells = Parse("P::33 R:P:7 S:P:26 O1:R:3 O2:R:4 O3:S:6 O4:S:20");

        CellSuppression.Suppress(cells.AsEnumerable().Reverse(), 5).ShouldBe(CellSuppression.Suppress(cells, 5));
    }

    [Fact]
    public void A_malformed_table_is_refused()
    {
        Should.Throw<ArgumentException>(() => CellSuppression.Suppress(Parse("P::3 P::4"), 5));
        Should.Throw<ArgumentException>(() => CellSuppression.Suppress(Parse("A:X:3"), 5));
        Should.Throw<ArgumentException>(() => CellSuppression.Suppress(Parse("A:B:3 B:A:3"), 5));
        Should.Throw<ArgumentException>(() => CellSuppression.Suppress([new SuppressionCell("A", null, -1)], 5));
        Should.Throw<ArgumentException>(() => CellSuppression.Suppress(Parse("A::3"), 0));
    }

    [Fact]
    public void Over_random_hierarchies_no_suppressed_cell_follows_from_the_published_ones()
    {
        var random = new Random(1313);
        var checkedCells = 0;
        for (var run = 0; run < 400; run++)
        {
            var minimum = random.Next(2, 8);
            var cells = RandomHierarchy(random);

            var suppressed = CellSuppression.Suppress(cells, minimum);

            foreach (var cell in cells.Where(c => c.Population > 0 && c.Population < minimum))
            {
                suppressed.ShouldContain(cell.Key, $"run {run}: a primary cell");
            }

            Undetermined(cells, suppressed).ShouldBeEmpty($"run {run}");
            foreach (var total in cells)
            {
                var parts = cells.Where(c => c.Parent == total.Key).ToList();
                var hidden = parts.Where(p => suppressed.Contains(p.Key)).ToList();
                if (parts.Count > 0 && !suppressed.Contains(total.Key) && hidden.Count > 0)
                {
                    hidden.Count.ShouldBeGreaterThanOrEqualTo(2, $"run {run}: {total.Key}");
                    (hidden.Sum(h => h.Population) >= minimum || hidden.Count == parts.Count).ShouldBeTrue($"run {run}: {total.Key}");
                }
            }

            checkedCells += suppressed.Count;
        }

        checkedCells.ShouldBeGreaterThan(1000);
    }

    /// <summary>A province of 1-15 regions of 1-9 OPDs each, mostly small, as a table of head counts (totals add up).</summary>
    internal static List<SuppressionCell> RandomHierarchy(Random random)
    {
        var cells = new List<SuppressionCell>();
        var province = 0;
        var regions = random.Next(1, 16);
        for (var r = 0; r < regions; r++)
        {
            var regionTotal = 0;
            var opds = random.Next(1, 10);
            for (var o = 0; o < opds; o++)
            {
                var size = random.Next(4) == 0 ? random.Next(1, 60) : random.Next(1, 9);
                regionTotal += size;
                cells.Add(new SuppressionCell($"O{r:00}.{o}", $"R{r:00}", size));
            }

            cells.Add(new SuppressionCell($"R{r:00}", "P", regionTotal));
            province += regionTotal;
        }

        cells.Add(new SuppressionCell("P", null, province));
        return cells;
    }

    /// <summary>
    /// The suppressed cells that an attacker can compute exactly from the published ones: solves the equations
    /// (total = Σ parts) for the suppressed unknowns by exact elimination; a cell is determined when its unit vector is
    /// in the row space. Every value here is at least 1 and the system is a network matrix (totally unimodular), so a
    /// cell not determined over the reals can move by ±1 in a non-negative integer solution: its bounds differ.
    /// </summary>
    internal static List<string> Undetermined(IReadOnlyList<SuppressionCell> cells, IReadOnlySet<string> suppressed)
    {
        var unknowns = cells.Where(c => suppressed.Contains(c.Key)).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        var column = unknowns.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var rows = new List<long[]>();
        foreach (var total in cells)
        {
            var row = new long[unknowns.Count];
            var any = false;
            if (column.TryGetValue(total.Key, out var t))
            {
                row[t] = 1;
                any = true;
            }

            foreach (var part in cells.Where(c => c.Parent == total.Key))
            {
                if (column.TryGetValue(part.Key, out var p))
                {
                    row[p] = -1;
                    any = true;
                }
            }

            if (any && cells.Any(c => c.Parent == total.Key))
            {
                rows.Add(row);
            }
        }

        // Row echelon form by fraction-free elimination (entries stay small on a network matrix; checked anyway).
        var pivotRows = new List<(int Column, long[] Row)>();
        foreach (var original in rows)
        {
            var row = (long[])original.Clone();
            foreach (var (col, pivot) in pivotRows)
            {
                if (row[col] != 0)
                {
                    var (a, b) = (pivot[col], row[col]);
                    for (var j = 0; j < row.Length; j++)
                    {
                        row[j] = checked((a * row[j]) - (b * pivot[j]));
                    }

                    Normalise(row);
                }
            }

            var first = Array.FindIndex(row, v => v != 0);
            if (first >= 0)
            {
                pivotRows.Add((first, row));
            }
        }

        // Back-substitute into reduced form, then a pivot row with a single nonzero entry determines its unknown.
        for (var i = pivotRows.Count - 1; i >= 0; i--)
        {
            var (col, pivot) = pivotRows[i];
            for (var k = 0; k < i; k++)
            {
                var other = pivotRows[k].Row;
                if (other[col] != 0)
                {
                    var (a, b) = (pivot[col], other[col]);
                    for (var j = 0; j < other.Length; j++)
                    {
                        other[j] = checked((a * other[j]) - (b * pivot[j]));
                    }

                    Normalise(other);
                }
            }
        }

        return pivotRows.Where(p => p.Row.Count(v => v != 0) == 1).Select(p => unknowns[p.Column]).ToList();
    }

    private static void Normalise(long[] row)
    {
        long g = 0;
        foreach (var v in row)
        {
            g = Gcd(g, Math.Abs(v));
        }

        if (g > 1)
        {
            for (var j = 0; j < row.Length; j++)
            {
                row[j] /= g;
            }
        }
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    private static List<SuppressionCell> Parse(string table) => table
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(c => c.Split(':'))
        .Select(p => new SuppressionCell(p[0], p[1].Length == 0 ? null : p[1], int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture), p.Length > 3))
        .ToList();
}
