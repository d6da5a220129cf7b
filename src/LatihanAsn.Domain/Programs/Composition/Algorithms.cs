namespace LatihanAsn.Domain.Programs;

/// <summary>An algorithm that selects candidate runs.</summary>
internal interface ICompositionAlgorithm
{
    /// <summary>Selects runs; says whether the selection is proven optimal.</summary>
    (Selection Selection, bool Proven) Run(CompositionModel model, CancellationToken cancellationToken);
}

/// <summary>
/// Exact search by branch and bound. Runs are decided in order of prerequisite depth (so a prerequisite course's runs
/// are decided before the runs that need them), then by standalone value per rupiah. At each node the bound is the
/// current objective plus a fractional knapsack, over the remaining runs that can still be added, of their marginal
/// gains now: gains only shrink as runs are added (the objective is submodular) and the other constraints only tighten,
/// so the bound never underestimates and pruning never loses the optimum. Finishing within the node limit proves the
/// plan optimal for the candidate runs.
/// </summary>
/// <remarks>
/// It searches the generated candidate runs only and does not repair cohorts (as the heuristic does, see
/// <see cref="GreedyWithImprovement"/>): a run that one member keeps out is out, so "optimal" means optimal over the
/// generated cohorts, and the heuristic can find a better plan than the exact search when cohorts clash. Deriving every
/// repaired cohort up front would multiply the runs it branches on.
/// </remarks>
internal sealed class BranchAndBound : ICompositionAlgorithm
{
    public (Selection Selection, bool Proven) Run(CompositionModel model, CancellationToken cancellationToken)
    {
        var state = new Selection(model);
        var ratios = model.Candidates.Select(c => Ratio(state.Gain(c.Index), c.TotalCost)).ToArray();
        var order = model.Candidates
            .OrderBy(c => model.CourseDepth[c.Course])
            .ThenByDescending(c => ratios[c.Index])
            .ThenBy(c => c.Index)
            .Select(c => c.Index)
            .ToArray();
        var best = new List<int>();
        var bestValue = 0L;
        long nodes = 0;
        var limit = model.Problem.Policy.ExactSearchNodeLimit;
        var aborted = false;

        // Depth-first with an explicit stack, not recursion: with the exact method asked for, the depth is the number of
        // candidate runs (up to the node limit), which grows with the input and must not overflow the call stack. A frame
        // is a position to enter, or (Undo) a position whose candidate was added: remove it, then try the branch without
        // it. Nodes are entered in the order of the recursive search, so the result and node count are the same.
        var stack = new Stack<(int Position, bool Undo)>();
        stack.Push((0, false));
        while (stack.TryPop(out var frame))
        {
            var position = frame.Position;
            if (frame.Undo)
            {
                state.Remove(order[position]);
                stack.Push((position + 1, false));
                continue;
            }

            if (aborted)
            {
                continue;
            }

            if (++nodes > limit || (nodes % 4096 == 0 && cancellationToken.IsCancellationRequested))
            {
                aborted = true;
                continue;
            }

            if (state.Objective > bestValue)
            {
                bestValue = state.Objective;
                best = [.. state.Selected];
            }

            if (position == order.Length || Bound(model, state, order, position) <= bestValue)
            {
                continue;
            }

            var candidate = order[position];
            if (state.Check(candidate) == Infeasibility.None && state.Gain(candidate) > 0)
            {
                state.Add(candidate);
                stack.Push((position, true)); // after the branch with it: the branch without it
            }

            stack.Push((position + 1, false));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = new Selection(model);
        foreach (var c in best.OrderBy(c => Array.IndexOf(order, c)))
        {
            result.Add(c);
        }

        return (result, !aborted);
    }

    private static decimal Bound(CompositionModel model, Selection state, int[] order, int position)
    {
        var budget = model.Problem.Budget - state.Spent;
        var items = new List<(long Gain, decimal Cost)>();
        for (var i = position; i < order.Length; i++)
        {
            var check = state.Check(order[i]);
            if (check is Infeasibility.None or Infeasibility.Prerequisite)
            {
                var gain = state.Gain(order[i]);
                if (gain > 0)
                {
                    items.Add((gain, model.Candidates[order[i]].TotalCost));
                }
            }
        }

        decimal bound = state.Objective;
        foreach (var (gain, cost) in items.OrderByDescending(x => Ratio(x.Gain, x.Cost)))
        {
            if (cost <= budget)
            {
                bound += gain;
                budget -= cost;
            }
            else
            {
                // gain x budget / cost, in that order as ever, unless the product would pass decimal's range (a budget
                // near 10^18 and a large gain): budget < cost here, so gain x (budget / cost) is below gain and fits.
                bound += budget <= 1m || gain <= decimal.MaxValue / budget ? gain * budget / cost : gain * (budget / cost);
                break;
            }
        }

        return bound;
    }

    /// <summary>Gain per rupiah; a cost of 0, or one so small that the ratio would near decimal's range, gives <see cref="decimal.MaxValue"/>.</summary>
    internal static decimal Ratio(long gain, decimal cost) =>
        cost <= 0 || cost < gain / HalfMaxDecimal ? (gain > 0 ? decimal.MaxValue : 0m) : gain / cost;

    private const decimal HalfMaxDecimal = decimal.MaxValue / 2;
}

/// <summary>
/// The heuristic: lazy cost-effectiveness greedy (adds the run with the most objective gained per rupiah, keeping
/// stale priorities in a queue because gains only shrink), then the best-single-run safeguard (a single run worth more
/// than the greedy plan replaces it); with at most <see cref="EnumerationLimit"/> candidates, also the greedy started
/// from each single run (partial enumeration), keeping the best; then local improvement (swapping a run for the best
/// refill when that raises the objective, and adding any run that still fits). Every step checks every hard
/// constraint, so the plan is always feasible. No optimality proof.
/// </summary>
/// <remarks>
/// Member repair: generated candidates have fixed cohorts, so one member at the JP cap, already taking the course, in
/// a clashing run or without a prerequisite planned would keep the whole cohort out. Whenever a step meets a candidate
/// kept out by particular members, it derives the candidate without them (<see cref="Repair"/>) — same course, offering,
/// place and dates, cost recomputed for the members left — when they still fill the minimum seats, and queues it like
/// any other. The derived candidates join the model's candidate list, so a plan is still a subset of candidate runs
/// and <see cref="Selection"/> checks it as before. Deterministic: candidates are met in a fixed order and a root's
/// derived candidates are looked up by their members, never derived twice.
/// </remarks>
internal sealed class GreedyWithImprovement : ICompositionAlgorithm
{
    internal const int EnumerationLimit = 150;
    private const int SwapAttempts = 60;
    private const int RefillPool = 300;

    public (Selection Selection, bool Proven) Run(CompositionModel model, CancellationToken cancellationToken)
    {
        // Standalone gains, once: they seed the queue, the best single run and the refill pool.
        var empty = new Selection(model);
        var standalone = new long[model.Candidates.Count];
        var feasibleAlone = new bool[model.Candidates.Count];
        for (var c = 0; c < standalone.Length; c++)
        {
            feasibleAlone[c] = empty.Check(c) == Infeasibility.None;
            standalone[c] = empty.Gain(c);
        }

        var all = Enumerable.Range(0, model.Candidates.Count).ToArray();
        var state = Greedy(model, new Selection(model), all, standalone, cancellationToken, repair: true);

        var single = all.Where(c => feasibleAlone[c]).OrderByDescending(c => standalone[c]).ThenBy(c => c).DefaultIfEmpty(-1).First();
        if (single >= 0 && standalone[single] > state.Objective)
        {
            state = new Selection(model);
            state.Add(single);
            state = Greedy(model, state, all, null, cancellationToken, repair: true);
        }

        if (all.Length <= EnumerationLimit)
        {
            foreach (var seed in all.Where(c => feasibleAlone[c] && standalone[c] > 0))
            {
                var seeded = new Selection(model);
                seeded.Add(seed);
                seeded = Greedy(model, seeded, all, null, cancellationToken, repair: true);
                if (seeded.Objective > state.Objective)
                {
                    state = seeded;
                }
            }
        }

        var pool = all.Where(c => standalone[c] > 0)
            .OrderByDescending(c => BranchAndBound.Ratio(standalone[c], model.Candidates[c].TotalCost)).ThenBy(c => c)
            .Take(RefillPool)
            .ToArray();
        Improve(model, state, pool, all, cancellationToken);
        return (state, false);
    }

    /// <summary>
    /// Lazy greedy from a starting selection over some candidates (with their current gains, when known). Feasibility is
    /// checked before the gain is recomputed, since it is much cheaper. With <paramref name="repair"/>, a candidate that
    /// some of its members keep out is replaced by the candidate without them (see <see cref="Repair"/>).
    /// </summary>
    internal static Selection Greedy(CompositionModel model, Selection state, IReadOnlyList<int> candidates, long[]? gains, CancellationToken cancellationToken, bool repair = false)
    {
        var queue = new PriorityQueue<int, (decimal Ratio, int Index)>(Comparer<(decimal Ratio, int Index)>.Create((a, b) =>
            b.Ratio != a.Ratio ? b.Ratio.CompareTo(a.Ratio) : a.Index.CompareTo(b.Index)));
        var waiting = new Dictionary<int, List<int>>(); // course -> candidates waiting for a run of it
        var settled = new List<int>();
        var unplanned = new List<int>();

        void Wait(int candidate)
        {
            foreach (var course in model.Candidates[candidate].PrerequisiteCourse.Distinct())
            {
                if (!waiting.TryGetValue(course, out var list))
                {
                    waiting[course] = list = [];
                }

                list.Add(candidate);
            }
        }

        // A candidate kept out by some of its members: the candidate without them, queued at its ratio now.
        void Replace(int candidate, Infeasibility check)
        {
            if (check == Infeasibility.Prerequisite)
            {
                Wait(candidate); // only prerequisites keep it out (Check's order): it may still fit once they are planned
            }

            var derived = Repair(model, state, candidate, settled, unplanned, out var gain);
            if (derived >= 0 && gain > 0 && !state.IsSelected(derived))
            {
                queue.Enqueue(derived, (BranchAndBound.Ratio(gain, model.Candidates[derived].TotalCost), derived));
            }
        }

        foreach (var c in candidates)
        {
            if (state.IsSelected(c))
            {
                continue;
            }

            var check = state.Check(c);
            if (check is not (Infeasibility.None or Infeasibility.Prerequisite))
            {
                if (repair)
                {
                    Replace(c, check);
                }

                continue;
            }

            var gain = gains?[c] ?? state.Gain(c);
            if (gain > 0)
            {
                queue.Enqueue(c, (BranchAndBound.Ratio(gain, model.Candidates[c].TotalCost), c));
            }
        }

        var steps = 0;
        while (queue.TryDequeue(out var candidate, out var key))
        {
            if (++steps % 1024 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (state.IsSelected(candidate))
            {
                continue; // queued twice (a derived candidate can be reached from more than one parent)
            }

            var check = state.Check(candidate);
            if (check != Infeasibility.None && repair)
            {
                Replace(candidate, check);
                continue;
            }

            if (check == Infeasibility.Prerequisite)
            {
                Wait(candidate);
                continue;
            }

            if (check != Infeasibility.None)
            {
                continue; // budget, JP cap and clashes only get tighter: drop it
            }

            var gain = state.Gain(candidate);
            if (gain <= 0)
            {
                continue;
            }

            var ratio = BranchAndBound.Ratio(gain, model.Candidates[candidate].TotalCost);
            if (ratio < key.Ratio && queue.TryPeek(out _, out var next) && (ratio < next.Ratio || (ratio == next.Ratio && next.Index < candidate)))
            {
                queue.Enqueue(candidate, (ratio, candidate)); // stale: its gain shrank, let the others go first
                continue;
            }

            state.Add(candidate);
            if (waiting.Remove(model.Candidates[candidate].Course, out var woken))
            {
                foreach (var w in woken)
                {
                    queue.Enqueue(w, (BranchAndBound.Ratio(state.Gain(w), model.Candidates[w].TotalCost), w));
                }
            }
        }

        return state;
    }

    /// <summary>
    /// Member repair: the candidate without the members that keep it out now, or -1 when there is none worth queueing.
    /// Members the JP cap, a repeated course or a clash keep out are dropped first (those reasons only tighten as runs
    /// are added); when only prerequisites not yet planned keep members out, those are
    /// dropped (the candidate itself may still wait for its prerequisites). The run derived must keep the offering's
    /// minimum seats, fit the budget left and gain something now (<paramref name="gain"/>, in units of 10^-9); it is an
    /// ordinary candidate with fixed members (and may itself be repaired later). Budget alone is never repaired: a
    /// candidate whose members all fit is left as it is.
    /// </summary>
    internal static int Repair(CompositionModel model, Selection state, int candidate, List<int> settled, List<int> unplanned, out long gain)
    {
        gain = 0;
        var run = model.Candidates[candidate];
        var offering = model.Courses[run.Course].Offerings[run.Offering];
        var left = model.Problem.Budget - state.Spent;
        if (offering.CostPerRun + (offering.CostPerParticipant * offering.MinSeats) > left)
        {
            return -1; // not even the smallest run of this offering fits what is left
        }

        if (!state.BlockedMembers(candidate, settled, unplanned, run.Members.Length - offering.MinSeats))
        {
            return -1; // too few would remain for the minimum seats
        }

        var without = settled.Count > 0 ? settled : unplanned;
        var members = without.Count == 0 ? null : CandidateBuilder.Remaining(model, run, without);
        if (members is null)
        {
            return -1; // no member keeps it out (the budget does), or too few would remain for the minimum seats
        }

        gain = state.Gain(candidate, without);
        var known = CandidateBuilder.Find(model, run.Root, members);
        if (known >= 0)
        {
            return known;
        }

        return gain <= 0 || CandidateBuilder.Cost(model, run, members).Total > left ? -1 : CandidateBuilder.Derive(model, run, without, members);
    }

    private static void Improve(CompositionModel model, Selection state, int[] pool, int[] all, CancellationToken cancellationToken)
    {
        // Swap: drop a weak run, refill greedily from the pool; keep the change only when the objective rises.
        var weakest = state.Selected
            .Select(c => (Index: c, Ratio: BranchAndBound.Ratio(Contribution(state, c), Math.Max(model.Candidates[c].TotalCost, 1m))))
            .OrderBy(x => x.Ratio).ThenBy(x => x.Index)
            .Take(SwapAttempts)
            .Select(x => x.Index)
            .ToArray();
        foreach (var run in weakest)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!state.IsSelected(run) || !state.CanRemove(run))
            {
                continue;
            }

            var before = state.Objective;
            state.Remove(run);
            var kept = state.Selected.ToHashSet(); // without the run: repair may derive it again from its root
            Greedy(model, state, pool.Where(c => c != run).ToArray(), null, cancellationToken, repair: true);
            if (state.Objective <= before)
            {
                foreach (var added in state.Selected.Where(c => !kept.Contains(c)).ToArray())
                {
                    state.Remove(added);
                }

                state.Add(run);
            }
        }

        // Fill: anything that still fits.
        Greedy(model, state, all, null, cancellationToken, repair: true);
    }

    private static long Contribution(Selection state, int run)
    {
        state.Remove(run);
        var gain = state.Gain(run);
        state.Add(run);
        return gain;
    }
}
