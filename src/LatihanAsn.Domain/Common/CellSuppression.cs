using Ardalis.GuardClauses;

namespace LatihanAsn.Domain.Common;

/// <summary>One cell of an additive hierarchical table: a group, the group it is part of, and how many people it describes.</summary>
/// <param name="Key">The cell's key, unique in the table (ordinal).</param>
/// <param name="Parent">The key of the cell this one is part of (its total), or <see langword="null"/> for a top-level total.</param>
/// <param name="Population">How many people contribute to the cell's figures (for a mean: how many were measured); 0 or more.</param>
/// <param name="Forced">Whether the cell must be suppressed whatever its population (for example because the whole group is).</param>
public sealed record SuppressionCell(string Key, string? Parent, int Population, bool Forced = false);

/// <summary>
/// Primary and complementary (secondary) cell suppression over an additive hierarchical table, such as province →
/// regions → OPDs, where every total equals the sum of its parts. Statistical disclosure control as in
/// Hundepool et al., <i>Statistical Disclosure Control</i> (Wiley, 2012), on magnitude and frequency tables:
/// a threshold rule for primary suppression and the single-linear-equation heuristic that tau-ARGUS's hypercube
/// method applies to hierarchical tables for secondary suppression.
/// </summary>
/// <remarks>
/// <para>
/// <b>Primary.</b> Every cell describing at least one but fewer people than the minimum group size, and every forced
/// cell, is suppressed. An empty cell (population 0, such as a mean over nobody measured) describes no one and is
/// not suppressed for itself (the threshold rule's usual treatment of zero cells).
/// </para>
/// <para>
/// <b>Secondary.</b> Each total and its parts form one equation (total = Σ parts). An equation with exactly one
/// suppressed cell gives that cell away (total minus the published parts), so in every equation either no cell or at
/// least two cells are suppressed; and when the total is published, the suppressed parts together must describe at
/// least the minimum group size (otherwise their sum, which the equation gives, describes a small group). Until both
/// hold, the equation's unsuppressed cell with the smallest population is suppressed too: cells with people before
/// empty cells (an empty cell protects little), parts before the total, then by population, then by key (ordinal).
/// A suppressed total brings its own parent equation into question, and so on up and down the hierarchy, until nothing
/// changes (a fixed point). Each cell is suppressed at most once, so the work is linear in the number of cells times
/// the largest number of parts of one total.
/// </para>
/// <para>
/// <b>What it guarantees.</b> In a tree of equations where every equation has zero or at least two suppressed cells,
/// no suppressed cell is a linear function of the published cells: there is always a way to move one unit between
/// suppressed cells that keeps every equation true. With non-negative counts, a published total of 0 still gives
/// away that its parts are 0 (inherent to publishing the total). Pure, deterministic (the result does not depend on
/// the order of the cells) and thread-safe.
/// </para>
/// </remarks>
public static class CellSuppression
{
    /// <summary>Returns the keys of the cells to suppress.</summary>
    /// <param name="cells">The cells; each parent key must be the key of another cell, and the parents must form a forest (no cycles).</param>
    /// <param name="minimumGroupSize">Cells describing at least one but fewer people are suppressed; 1 or more.</param>
    /// <returns>The suppressed keys (primary and secondary), ordinal.</returns>
    /// <exception cref="ArgumentException">A duplicate key, an unknown parent, a cycle or a negative population.</exception>
    public static IReadOnlySet<string> Suppress(IEnumerable<SuppressionCell> cells, int minimumGroupSize)
    {
        Guard.Against.NegativeOrZero(minimumGroupSize);
        var all = Guard.Against.Null(cells).OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(all.Length, StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            Guard.Against.Null(all[i]);
            Guard.Against.Negative(all[i].Population, nameof(cells));
            if (!index.TryAdd(all[i].Key, i))
            {
                throw new ArgumentException(Messages.Get("Common_CellKeyTwice", all[i].Key), nameof(cells));
            }
        }

        var parent = new int[all.Length];
        var children = new List<int>[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            children[i] = [];
        }

        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Parent is not { } p)
            {
                parent[i] = -1;
            }
            else if (index.TryGetValue(p, out var pi) && pi != i)
            {
                parent[i] = pi;
                children[pi].Add(i);
            }
            else
            {
                throw new ArgumentException(Messages.Get("Common_CellParentUnknown", p, all[i].Key), nameof(cells));
            }
        }

        EnsureForest(parent, all);
        var suppressed = new bool[all.Length];
        var pending = new SortedSet<int>();
        for (var i = 0; i < all.Length; i++)
        {
            if (all[i].Forced || (all[i].Population > 0 && all[i].Population < minimumGroupSize))
            {
                Mark(i);
            }
        }

        while (pending.Count > 0)
        {
            var total = pending.Min;
            pending.Remove(total);
            Balance(total);
        }

        var result = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < all.Length; i++)
        {
            if (suppressed[i])
            {
                result.Add(all[i].Key);
            }
        }

        return result;

        void Mark(int cell)
        {
            suppressed[cell] = true;
            if (children[cell].Count > 0)
            {
                pending.Add(cell);
            }

            if (parent[cell] >= 0)
            {
                pending.Add(parent[cell]);
            }
        }

        // Makes the equation total = Σ parts safe: zero or at least two cells suppressed, and when the total is
        // published, the suppressed parts together at least the minimum.
        void Balance(int total)
        {
            while (true)
            {
                var count = suppressed[total] ? 1 : 0;
                long partsPopulation = 0;
                foreach (var part in children[total])
                {
                    if (suppressed[part])
                    {
                        count++;
                        partsPopulation += all[part].Population;
                    }
                }

                var unsafeEquation = count == 1 || (count > 1 && !suppressed[total] && partsPopulation < minimumGroupSize);
                if (!unsafeEquation)
                {
                    return;
                }

                var complement = -1;
                foreach (var part in children[total])
                {
                    if (!suppressed[part] && (complement < 0 || Better(part, complement)))
                    {
                        complement = part;
                    }
                }

                if (complement < 0)
                {
                    if (suppressed[total])
                    {
                        return; // every cell of the equation is suppressed
                    }

                    complement = total;
                }

                Mark(complement);
            }
        }

        bool Better(int a, int b)
        {
            var (pa, pb) = (all[a].Population, all[b].Population);
            if ((pa > 0) != (pb > 0))
            {
                return pa > 0;
            }

            return pa != pb ? pa < pb : string.CompareOrdinal(all[a].Key, all[b].Key) < 0;
        }
    }

    private static void EnsureForest(int[] parent, SuppressionCell[] all)
    {
        // Each chain of parents must end at a top-level cell within as many steps as there are cells.
        var state = new byte[parent.Length]; // 0 unknown, 1 on the current chain, 2 known to reach a root
        for (var i = 0; i < parent.Length; i++)
        {
            var chain = new List<int>();
            var at = i;
            while (at >= 0 && state[at] == 0)
            {
                state[at] = 1;
                chain.Add(at);
                at = parent[at];
            }

            if (at >= 0 && state[at] == 1)
            {
                throw new ArgumentException(Messages.Get("Common_CellOwnAncestor", all[at].Key), nameof(all));
            }

            foreach (var c in chain)
            {
                state[c] = 2;
            }
        }
    }
}
