namespace LatihanAsn.Domain.Programs;

/// <summary>
/// The built-in composer's search: cohorts are formed while optimising, not cut before. Each group (a course, offering
/// and place with its eligible members and slots, see <see cref="CohortGroup"/>) proposes its best run now: at one of
/// its first free slots, the members who can join it (course not taken, JP cap, no clash, prerequisites planned before)
/// and gain something under the objective, the most gain per rupiah first, as many as give the run the most gain per
/// rupiah within its seats and the money left. A run in the plan with free seats proposes its next members (no fixed
/// cost). A lazy greedy takes the proposal with the most gain per rupiah until none fits; then local improvement: seats
/// whose member gains nothing are given back, and runs are taken out one at a time (their slot barred) and the plan
/// refilled, keeping each change that raises the objective; last, anything that still fits. Deterministic.
/// </summary>
internal sealed class CohortSearch : ICompositionAlgorithm
{
    private const int SlotsTried = 3;
    private const int Attempts = 60;
    private const int Rounds = 3;

    /// <summary>
    /// Group members (summed over groups) up to which the improvement tries every move in full; beyond, fewer trials in
    /// proportion (one round), and beyond <see cref="NoTrialsWork"/> none: each trial refills the plan, whose cost grows
    /// with the members, so a province of 100,000 is composed in seconds, not hours.
    /// </summary>
    internal const int FullWork = 20_000;

    /// <summary>Group members beyond which the improvement only gives back worthless seats and refills.</summary>
    internal const int NoTrialsWork = 100_000;

    /// <summary>Group members summed over groups: the size the search's effort is scaled by.</summary>
    internal static long Work(CompositionModel model) => model.Groups.Sum(g => (long)g.Members.Length);

    public (Selection Selection, bool Proven) Run(CompositionModel model, CancellationToken cancellationToken)
    {
        var search = new Search(model);
        var state = new Selection(model);
        search.Fill(state, null, cancellationToken);
        state = search.Improve(state, cancellationToken);
        return (state, false);
    }

    /// <summary>
    /// Local improvement of a plan another algorithm composed on the same model (its runs must know their group and
    /// slot to be reshaped): seats that gain nothing given back, runs taken out, shrunk or reassigned, and the money
    /// left refilled, keeping what raises the objective.
    /// </summary>
    public static Selection Improve(CompositionModel model, Selection selection, CancellationToken cancellationToken) =>
        new Search(model).Improve(selection, cancellationToken);

    /// <summary>The per-model data the search reuses: each group member's seat cost, employees' positions in groups, prerequisite dependants.</summary>
    private sealed class Search
    {
        private readonly CompositionModel _model;
        private readonly decimal[][] _seatCost;
        private readonly Dictionary<int, int>[] _position;
        private readonly Dictionary<int, List<int>> _dependants = [];
        private readonly long[] _jp;
        private readonly long _minJp;

        private readonly int _attempts;
        private readonly int _rounds;

        public Search(CompositionModel model)
        {
            _model = model;
            var work = Work(model);
            _attempts = work <= FullWork ? Attempts : work > NoTrialsWork ? 0 : (int)Math.Max(5, Attempts * FullWork / work);
            _rounds = work <= FullWork ? Rounds : 1;
            var groups = model.Groups;
            _seatCost = new decimal[groups.Count][];
            _position = new Dictionary<int, int>[groups.Count];
            _jp = model.Courses.Select(c => CompositionModel.Scale(c.Jp, CompositionModel.JpScale)).ToArray();
            _minJp = _jp.DefaultIfEmpty(0).Min();
            foreach (var g in groups)
            {
                var offering = model.Courses[g.Course].Offerings[g.Offering];
                var costs = _seatCost[g.Index] = new decimal[g.Members.Length];
                var positions = _position[g.Index] = new Dictionary<int, int>(g.Members.Length);
                for (var i = 0; i < g.Members.Length; i++)
                {
                    var travel = 0m;
                    if (offering.IsCentreBased && !g.Regional
                        && model.Reach.TryGetValue(model.Problem.Employees[g.Members[i].Employee].RegionCode, out var reach)
                        && reach.TripTo(g.Place) is { } trip)
                    {
                        travel = trip.CostPerParticipant;
                    }

                    costs[i] = offering.CostPerParticipant + travel;
                    positions[g.Members[i].Employee] = i;
                }

                foreach (var prerequisite in g.Members.SelectMany(m => m.Prerequisites).Distinct())
                {
                    if (!_dependants.TryGetValue(prerequisite, out var list))
                    {
                        _dependants[prerequisite] = list = [];
                    }

                    list.Add(g.Index);
                }
            }
        }

        private readonly record struct Proposal(decimal Ratio, int Slot, int[] Positions);

        private static readonly Comparer<(decimal Ratio, int Kind, int Id)> Order = Comparer<(decimal Ratio, int Kind, int Id)>.Create((a, b) =>
            b.Ratio != a.Ratio ? b.Ratio.CompareTo(a.Ratio) : a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Id.CompareTo(b.Id));

        /// <summary>
        /// The lazy greedy: adds the best proposal (a new run of a group, or members to a run with free seats) until none
        /// fits. Proposals only lose value as the plan grows, except when a prerequisite is planned: then the groups that
        /// wait for it are asked again. <paramref name="barred"/>: group slots not to use (a run just taken out).
        /// </summary>
        public void Fill(Selection state, HashSet<(int Group, int Slot)>? barred, CancellationToken cancellationToken)
        {
            var used = Used(state);
            var queue = new PriorityQueue<(int Kind, int Id), (decimal Ratio, int Kind, int Id)>(Order);
            for (var g = 0; g < _model.Groups.Count; g++)
            {
                queue.Enqueue((0, g), (decimal.MaxValue, 0, g));
            }

            foreach (var run in state.Selected)
            {
                if (_model.Candidates[run].Group >= 0)
                {
                    queue.Enqueue((1, run), (decimal.MaxValue, 1, run));
                }
            }

            var steps = 0;
            while (queue.TryDequeue(out var item, out _))
            {
                if (++steps % 256 == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (item.Kind == 1 && (!state.IsSelected(item.Id) || (barred?.Contains((_model.Candidates[item.Id].Group, _model.Candidates[item.Id].Slot)) ?? false)))
                {
                    continue;
                }

                var nextRatio = queue.TryPeek(out _, out var peeked) ? peeked.Ratio : 0m;
                var proposal = item.Kind == 0 ? ProposeRun(state, item.Id, used, barred) : ProposeMembers(state, item.Id, nextRatio);
                if (proposal is not { } p)
                {
                    continue;
                }

                if (queue.TryPeek(out _, out var next) && Order.Compare((p.Ratio, item.Kind, item.Id), next) > 0)
                {
                    queue.Enqueue(item, (p.Ratio, item.Kind, item.Id)); // stale: others go first
                    continue;
                }

                int added;
                if (item.Kind == 0)
                {
                    var group = _model.Groups[item.Id];
                    added = CandidateBuilder.Form(_model, group, p.Slot, p.Positions.Select(i => group.Members[i]));
                    state.Add(added);
                    used[item.Id][p.Slot] = added;
                    queue.Enqueue(item, (p.Ratio, 0, item.Id));
                }
                else
                {
                    added = Grow(state, item.Id, p.Positions, used);
                }

                if (_model.Candidates[added].Members.Length < _model.Courses[_model.Candidates[added].Course].Offerings[_model.Candidates[added].Offering].MaxSeats)
                {
                    queue.Enqueue((1, added), (p.Ratio, 1, added));
                }

                if (_dependants.TryGetValue(_model.Candidates[added].Course, out var waiting))
                {
                    foreach (var g in waiting)
                    {
                        queue.Enqueue((0, g), (decimal.MaxValue, 0, g));
                    }
                }
            }
        }

        /// <summary>Replaces a run of the plan by the same run with more members of its group; returns the new run.</summary>
        private int Grow(Selection state, int run, int[] positions, int[][] used)
        {
            var old = _model.Candidates[run];
            var group = _model.Groups[old.Group];
            var members = old.Members.Select(e => group.Members[_position[group.Index][e]]).Concat(positions.Select(i => group.Members[i]));
            var grown = CandidateBuilder.Form(_model, group, old.Slot, members);
            state.Remove(run);
            state.Add(grown);
            used[group.Index][old.Slot] = grown;
            return grown;
        }

        /// <summary>Per group, the run of the plan at each slot (-1: free).</summary>
        private int[][] Used(Selection state)
        {
            var used = _model.Groups.Select(g => Enumerable.Repeat(-1, g.Starts.Length).ToArray()).ToArray();
            foreach (var run in state.Selected)
            {
                var c = _model.Candidates[run];
                if (c.Group >= 0)
                {
                    used[c.Group][c.Slot] = run;
                }
            }

            return used;
        }

        /// <summary>The members of a group who can join a run at a slot and gain something, with gain and seat cost.</summary>
        private List<(int Position, long Gain, decimal Cost)> Joiners(Selection state, CohortGroup group, int slot)
        {
            var offering = _model.Courses[group.Course].Offerings[group.Offering];
            var start = group.Starts[slot];
            var end = start.AddDays(offering.DurationDays - 1);
            var jp = _jp[group.Course];
            var costs = _seatCost[group.Index];
            // Each member's gain per rupiah is computed once, not at every comparison (a decimal division each).
            var keyed = new List<(int Position, long Gain, decimal Cost, decimal Ratio)>();
            for (var i = 0; i < group.Members.Length; i++)
            {
                var gain = state.SeatGain(group.Course, group.Members[i], start, end, offering.BlocksCalendar, jp);
                if (gain > 0)
                {
                    keyed.Add((i, gain, costs[i], BranchAndBound.Ratio(gain, costs[i])));
                }
            }

            keyed.Sort((a, b) => b.Ratio != a.Ratio ? b.Ratio.CompareTo(a.Ratio) : b.Gain != a.Gain ? b.Gain.CompareTo(a.Gain) : a.Position.CompareTo(b.Position));
            var list = new List<(int Position, long Gain, decimal Cost)>(keyed.Count);
            foreach (var (position, gain, cost, _) in keyed)
            {
                list.Add((position, gain, cost));
            }

            return list;
        }

        /// <summary>A group's best new run now, over its first free slots, or none.</summary>
        private Proposal? ProposeRun(Selection state, int groupIndex, int[][] used, HashSet<(int Group, int Slot)>? barred)
        {
            var group = _model.Groups[groupIndex];
            var offering = _model.Courses[group.Course].Offerings[group.Offering];
            var left = _model.Problem.Budget - state.Spent;
            var fixedCost = offering.CostPerRun + (group.Regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m);
            if (fixedCost + (offering.MinSeats * _seatCost[groupIndex].DefaultIfEmpty(0m).Min()) > left)
            {
                return null;
            }

            Proposal? best = null;
            var tried = 0;
            var blocks = offering.BlocksCalendar;
            for (var slot = 0; slot < group.Starts.Length && tried < SlotsTried; slot++)
            {
                if (used[groupIndex][slot] >= 0 || (barred?.Contains((groupIndex, slot)) ?? false))
                {
                    continue;
                }

                tried++;
                var joiners = Joiners(state, group, slot);
                if (Best(joiners, fixedCost, offering.MinSeats, offering.MaxSeats, left) is { } p && (best is null || p.Ratio > best.Value.Ratio))
                {
                    best = p with { Slot = slot };
                }

                if (!blocks && group.Members.All(m => m.Prerequisites.Length == 0))
                {
                    break; // slots differ only in dates, which matter to no one here
                }
            }

            return best;
        }

        /// <summary>
        /// The members a run of the plan with free seats should take next: the best by gain per rupiah within the money
        /// left, and with them every other whose gain per rupiah is at least <paramref name="next"/> (the best other
        /// proposal's), since the greedy would take them next anyway (one member's gain does not depend on another's).
        /// </summary>
        private Proposal? ProposeMembers(Selection state, int run, decimal next)
        {
            var c = _model.Candidates[run];
            var group = _model.Groups[c.Group];
            var offering = _model.Courses[group.Course].Offerings[group.Offering];
            var spare = offering.MaxSeats - c.Members.Length;
            var left = _model.Problem.Budget - state.Spent;
            if (spare <= 0)
            {
                return null;
            }

            var joiners = Joiners(state, group, c.Slot);
            var take = new List<int>();
            decimal ratio = 0m;
            foreach (var (position, gain, cost) in joiners)
            {
                if (take.Count == spare)
                {
                    break;
                }

                if (cost > left)
                {
                    continue;
                }

                var r = BranchAndBound.Ratio(gain, cost);
                if (take.Count == 0)
                {
                    ratio = r;
                }
                else if (r < ratio && r < next)
                {
                    break; // the rest compete with other proposals
                }

                take.Add(position);
                left -= cost;
            }

            return take.Count == 0 ? null : new Proposal(ratio, c.Slot, [.. take]);
        }

        /// <summary>
        /// The best run from members sorted by gain per rupiah: the prefix of at least the minimum seats with the most gain
        /// per rupiah within the money left; when no such prefix fits, the cheapest members that fill the minimum seats.
        /// </summary>
        private static Proposal? Best(List<(int Position, long Gain, decimal Cost)> joiners, decimal fixedCost, int minSeats, int maxSeats, decimal left)
        {
            if (joiners.Count < minSeats)
            {
                return null;
            }

            long gain = 0;
            var cost = fixedCost;
            var bestRatio = -1m;
            var bestCount = 0;
            for (var m = 1; m <= Math.Min(joiners.Count, maxSeats); m++)
            {
                gain += joiners[m - 1].Gain;
                cost += joiners[m - 1].Cost;
                if (m >= minSeats && cost <= left)
                {
                    var ratio = BranchAndBound.Ratio(gain, cost);
                    if (ratio >= bestRatio)
                    {
                        bestRatio = ratio;
                        bestCount = m;
                    }
                }
            }

            if (bestCount > 0)
            {
                return new Proposal(bestRatio, -1, [.. joiners.Take(bestCount).Select(j => j.Position)]);
            }

            // Budget-bound: the cheapest members (the most gain on a tie) that still fill the minimum seats.
            var cheapest = joiners.OrderBy(j => j.Cost).ThenByDescending(j => j.Gain).ThenBy(j => j.Position).ToList();
            gain = 0;
            cost = fixedCost;
            var take = new List<int>();
            foreach (var j in cheapest)
            {
                if (take.Count == maxSeats || cost + j.Cost > left)
                {
                    break;
                }

                gain += j.Gain;
                cost += j.Cost;
                take.Add(j.Position);
            }

            return take.Count >= minSeats ? new Proposal(BranchAndBound.Ratio(gain, cost), -1, [.. take]) : null;
        }

        /// <summary>
        /// Local improvement: give back seats whose member gains nothing, then take runs out one at a time (the weakest by
        /// gain per rupiah first, their slot barred) and refill, and take members at their JP cap out of their weakest run
        /// when another course would give them more, keeping each change that raises the objective.
        /// </summary>
        public Selection Improve(Selection state, CancellationToken cancellationToken)
        {
            state = Prune(state);
            Fill(state, null, cancellationToken);

            for (var round = 0; round < _rounds && _attempts > 0; round++)
            {
                var before = state.Objective;
                var weakest = state.Selected.ToArray()
                    .Select(c => (Index: c, Ratio: BranchAndBound.Ratio(Contribution(state, c), Math.Max(_model.Candidates[c].TotalCost, 1m))))
                    .OrderBy(x => x.Ratio).ThenBy(x => x.Index)
                    .Take(_attempts)
                    .Select(x => x.Index)
                    .ToArray();
                foreach (var run in weakest)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!state.IsSelected(run) || !state.CanRemove(run))
                    {
                        continue;
                    }

                    // Out: the plan without the run, refilled first without its group, then with it.
                    var c = _model.Candidates[run];
                    var trial = Copy(state, except: run);
                    Fill(trial, c.Group >= 0 ? [.. Enumerable.Range(0, _model.Groups[c.Group].Starts.Length).Select(k => (c.Group, k))] : null, cancellationToken);
                    trial = Prune(trial);
                    Fill(trial, null, cancellationToken);
                    if (trial.Objective > state.Objective)
                    {
                        state = trial;
                        continue;
                    }

                    // Smaller: the run without its weakest member (money for another run), refilled.
                    if (Shrunk(state, run, cancellationToken) is { } shrunk && shrunk.Objective > state.Objective)
                    {
                        state = shrunk;
                    }
                }

                if (state.Objective <= before)
                {
                    break;
                }
            }

            if (_attempts > 0)
            {
                state = Reassign(state, cancellationToken);
            }

            // Last: a run added late may close what an earlier member came for; give such seats back and refill.
            for (var pass = 0; pass < Rounds; pass++)
            {
                var spent = state.Spent;
                Fill(state, null, cancellationToken);
                state = Prune(state);
                if (state.Spent == spent)
                {
                    break;
                }
            }

            return state;
        }

        /// <summary>
        /// Groups whose members their JP cap keeps out although they would gain there (the most value kept out first): the
        /// plan with those members taken out of their weakest runs (a run left below its minimum seats goes), a run of the
        /// group formed and the plan refilled, when that raises the objective.
        /// </summary>
        private Selection Reassign(Selection state, CancellationToken cancellationToken)
        {
            var cap = CompositionModel.Scale(_model.Problem.Policy.JpCapPerYear, CompositionModel.JpScale);
            var scored = new List<(int Group, long Blocked)>();
            foreach (var g in _model.Groups)
            {
                var jp = _jp[g.Course];
                long blocked = 0;
                foreach (var m in g.Members)
                {
                    if (state.PlannedJpScaled(m.Employee) + jp > cap && jp <= cap && !state.Takes(m.Employee, g.Course))
                    {
                        blocked += state.SeatValue(m, jp);
                    }
                }

                if (blocked > 0)
                {
                    scored.Add((g.Index, blocked));
                }
            }

            foreach (var (g, _) in scored.OrderByDescending(x => x.Blocked).ThenBy(x => x.Group).Take(_attempts))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var fewest in (bool[])[true, false])
                {
                    if (Forced(state, g, cap, fewest, cancellationToken) is { } trial && trial.Objective > state.Objective)
                    {
                        state = trial;
                    }
                }
            }

            return state;
        }

        /// <summary>The plan with a run of a group formed first, its members freed of their weakest runs as their JP cap needs.</summary>
        private Selection? Forced(Selection state, int groupIndex, long cap, bool fewest, CancellationToken cancellationToken)
        {
            var group = _model.Groups[groupIndex];
            var offering = _model.Courses[group.Course].Offerings[group.Offering];
            var jp = _jp[group.Course];
            var ranked = group.Members
                .Select((m, i) => (Member: m, Position: i, Value: state.Takes(m.Employee, group.Course) ? 0 : state.SeatValue(m, jp)))
                .Where(x => x.Value > 0)
                .OrderBy(x => fewest && state.PlannedJpScaled(x.Member.Employee) + jp > cap ? 1 : 0)
                .ThenByDescending(x => BranchAndBound.Ratio(x.Value, _seatCost[groupIndex][x.Position])).ThenBy(x => x.Position)
                .ToArray();
            var free = ranked.Count(x => state.PlannedJpScaled(x.Member.Employee) + jp <= cap);
            var wanted = ranked.Take(fewest ? Math.Max(offering.MinSeats, free) : offering.MaxSeats).Take(offering.MaxSeats).ToArray();
            if (wanted.Length < offering.MinSeats || !wanted.Any(x => state.PlannedJpScaled(x.Member.Employee) + jp > cap))
            {
                return null;
            }

            var trial = Copy(state, except: -1);
            foreach (var (member, _, _) in wanted)
            {
                var e = member.Employee;
                while (trial.PlannedJpScaled(e) + jp > cap)
                {
                    var weakest = -1;
                    var weakestValue = long.MaxValue;
                    foreach (var run in trial.RunsOf(e).ToArray())
                    {
                        var c = _model.Candidates[run];
                        if (c.Group < 0 || !trial.CanRemove(run))
                        {
                            continue;
                        }

                        var value = MemberContribution(trial, run, e) * CompositionModel.JpScale / Math.Max(1, c.JpScaled);
                        if (value < weakestValue)
                        {
                            weakestValue = value;
                            weakest = run;
                        }
                    }

                    if (weakest < 0)
                    {
                        break;
                    }

                    var old = _model.Candidates[weakest];
                    var oldGroup = _model.Groups[old.Group];
                    trial.Remove(weakest);
                    if (old.Members.Length - 1 >= _model.Courses[old.Course].Offerings[old.Offering].MinSeats)
                    {
                        trial.Add(CandidateBuilder.Form(_model, oldGroup, old.Slot, old.Members.Where(m => m != e).Select(m => oldGroup.Members[_position[oldGroup.Index][m]])));
                    }
                }
            }

            if (ProposeRun(trial, groupIndex, Used(trial), null) is not { } p)
            {
                return null;
            }

            trial.Add(CandidateBuilder.Form(_model, group, p.Slot, p.Positions.Select(i => group.Members[i])));
            Fill(trial, null, cancellationToken);
            trial = Prune(trial);
            Fill(trial, null, cancellationToken);
            return trial;
        }

        /// <summary>The plan with a run less its weakest member (by gain per rupiah of seat), refilled; none when it has only its minimum seats.</summary>
        private Selection? Shrunk(Selection state, int run, CancellationToken cancellationToken)
        {
            var c = _model.Candidates[run];
            if (c.Group < 0 || c.Members.Length <= _model.Courses[c.Course].Offerings[c.Offering].MinSeats)
            {
                return null;
            }

            var group = _model.Groups[c.Group];
            var costs = _seatCost[group.Index];
            var weakest = c.Members
                .Select(e => (Employee: e, Ratio: BranchAndBound.Ratio(MemberContribution(state, run, e), costs[_position[group.Index][e]])))
                .OrderBy(x => x.Ratio).ThenByDescending(x => x.Employee)
                .First().Employee;
            var trial = Copy(state, except: run);
            trial.Add(CandidateBuilder.Form(_model, group, c.Slot, c.Members.Where(m => m != weakest).Select(m => group.Members[_position[group.Index][m]])));
            Fill(trial, [(c.Group, c.Slot)], cancellationToken);
            Fill(trial, null, cancellationToken);
            return trial;
        }

        /// <summary>What one member adds to a run of the plan (10^-9 units): their needs and JP in it, given their other runs.</summary>
        private long MemberContribution(Selection state, int run, int employee)
        {
            var c = _model.Candidates[run];
            var group = _model.Groups[c.Group];
            var member = group.Members[_position[group.Index][employee]];
            state.Remove(run);
            var value = state.SeatValue(member, c.JpScaled);
            state.Add(run);
            return value;
        }

        /// <summary>The plan without the seats whose member gains nothing (runs keep their minimum seats), one run at a time.</summary>
        private Selection Prune(Selection state)
        {
            foreach (var run in state.Selected.ToArray())
            {
                var c = _model.Candidates[run];
                if (c.Group < 0)
                {
                    continue;
                }

                var group = _model.Groups[c.Group];
                var offering = _model.Courses[c.Course].Offerings[c.Offering];
                state.Remove(run);
                var keep = c.Members.Where(e => state.SeatValue(group.Members[_position[group.Index][e]], c.JpScaled) > 0).ToArray();
                state.Add(keep.Length < c.Members.Length && keep.Length >= offering.MinSeats
                    ? CandidateBuilder.Form(_model, group, c.Slot, keep.Select(e => group.Members[_position[group.Index][e]]))
                    : run);
            }

            return state;
        }

        private Selection Copy(Selection state, int except)
        {
            var copy = new Selection(_model);
            foreach (var run in state.Selected)
            {
                if (run != except)
                {
                    copy.Add(run);
                }
            }

            return copy;
        }

        private static long Contribution(Selection state, int run)
        {
            state.Remove(run);
            var gain = state.Gain(run);
            state.Add(run);
            return gain;
        }
    }
}
