using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>
/// A candidate course run: one course, one offering, one place, one cohort, fixed dates, cost and value per member.
/// Generated runs come from <see cref="CandidateBuilder.Build"/>; the heuristic may derive more from them by dropping
/// members (<see cref="CandidateBuilder.Derive"/>), which are ordinary candidates with fixed members of their own.
/// </summary>
internal sealed class CandidateRun
{
    public required int Index { get; init; }

    /// <summary>The generated candidate this run comes from: its own index when generated, its root's when derived.</summary>
    public required int Root { get; init; }

    public required int Course { get; init; }

    public required int Offering { get; init; }

    public required string Place { get; init; }

    public required string? Region { get; init; }

    public required DateOnly Start { get; init; }

    public required DateOnly End { get; init; }

    public required bool Blocks { get; init; }

    /// <summary>Employee indexes, ascending.</summary>
    public required int[] Members { get; init; }

    /// <summary>For member i, its needs are <c>NeedIndex[NeedStart[i]..NeedStart[i + 1]]</c> with the levels <c>NeedStep</c> the run adds.</summary>
    public required int[] NeedStart { get; init; }

    public required int[] NeedIndex { get; init; }

    public required int[] NeedStep { get; init; }

    /// <summary>For member i, the course indexes it must have planned earlier: <c>PrerequisiteCourse[PrerequisiteStart[i]..PrerequisiteStart[i + 1]]</c>.</summary>
    public required int[] PrerequisiteStart { get; init; }

    public required int[] PrerequisiteCourse { get; init; }

    public required CostBreakdown Cost { get; init; }

    public required decimal Jp { get; init; }

    /// <summary>The JP in units of 10^-4.</summary>
    public required long JpScaled { get; init; }

    public decimal TotalCost => Cost.Total;

    /// <summary>The group a run formed while composing belongs to (<see cref="CompositionModel.Groups"/>), or -1.</summary>
    public int Group { get; init; } = -1;

    /// <summary>The slot of its group whose dates it has, or -1.</summary>
    public int Slot { get; init; } = -1;
}

/// <summary>
/// Every run of one course, offering and place draws on the same eligible members (sorted by value, then employee
/// order); its k-th run starts on <c>Starts[k]</c>. The composer forms cohorts from a group while it optimises.
/// </summary>
internal sealed record CohortGroup(int Index, int Course, int Offering, string Place, bool Regional, CandidateBuilder.Member[] Members, DateOnly[] Starts);

/// <summary>What kept a need from every candidate run at generation, most specific first.</summary>
[Flags]
internal enum GenerationBlock
{
    None = 0,
    NoCourse = 1,
    Unreachable = 2,
    Prerequisite = 4,
    Seats = 8,
    NoDates = 16,
}

/// <summary>The indexed problem: employees, needs and candidate runs as arrays, built once per composition.</summary>
internal sealed class CompositionModel
{
    public const string Online = "ONLINE";

    public required CompositionProblem Problem { get; init; }

    public required Course[] Courses { get; init; }

    public required int[] CourseDepth { get; init; }

    public required EmployeeId[] EmployeeIds { get; init; }

    public required decimal[] EarnedJp { get; init; }

    public required int[] NeedEmployee { get; init; }

    public required CompetencyCode[] NeedCompetency { get; init; }

    public required int[] NeedGap { get; init; }

    public required decimal[] NeedWeight { get; init; }

    /// <summary>Need weights in units of 10^-9, for the search's integer arithmetic.</summary>
    public required long[] NeedWeightScaled { get; init; }

    /// <summary>JP already earned in units of 10^-4.</summary>
    public required long[] EarnedJpScaled { get; init; }

    /// <summary>
    /// For need n, the generated candidates that would close part of it:
    /// <c>NeedCandidateList[NeedCandidateStart[n]..NeedCandidateStart[n + 1]]</c>. Derived candidates are not listed: each
    /// is a subset of its root's members at the same course, dates and place, so its root stands for it.
    /// </summary>
    public int[] NeedCandidateStart { get; set; } = [];

    /// <summary>See <see cref="NeedCandidateStart"/>.</summary>
    public int[] NeedCandidateList { get; set; } = [];

    /// <summary>The candidates that would close part of a need.</summary>
    public ReadOnlySpan<int> NeedCandidates(int need) => NeedCandidateList.AsSpan(NeedCandidateStart[need], NeedCandidateStart[need + 1] - NeedCandidateStart[need]);

    /// <summary>Per need, why no candidate could take it (when none does).</summary>
    public required GenerationBlock[] NeedBlocks { get; init; }

    /// <summary>
    /// The candidate runs: the generated ones first (<see cref="GeneratedCount"/>), then any the heuristic derived by
    /// dropping members, in the order it derived them.
    /// </summary>
    public required List<CandidateRun> Candidates { get; init; }

    /// <summary>The groups runs are formed from, in generation order.</summary>
    public List<CohortGroup> Groups { get; } = [];

    /// <summary>How many candidates <see cref="CandidateBuilder.Build"/> generated; the need index covers these.</summary>
    public int GeneratedCount { get; set; }

    /// <summary>The regions' reach by region code, for travel costs.</summary>
    public required Dictionary<string, RegionReach> Reach { get; init; }

    /// <summary>Per generated candidate, the candidates derived from it, so the same members are never derived twice.</summary>
    public Dictionary<int, List<int>> Derived { get; } = [];

    public required List<LocalizedText> Diagnostics { get; init; }

    /// <summary>The entitlement in units of 10^-4 JP.</summary>
    public long EntitlementScaled => Scale(Problem.EntitlementJp, JpScale);

    /// <summary>The objective value of one JP unit (10^-4 JP) toward the entitlement, in units of 10^-9.</summary>
    public long EntitlementWeightScaled => Scale(Problem.Policy.EntitlementWeightPerJp, WeightScale / JpScale);

    public int EmployeeCount => EmployeeIds.Length;

    public const long WeightScale = 1_000_000_000;

    public const long JpScale = 10_000;

    /// <summary>Scales a decimal to an integer, rounding half away from zero (exact for values with few enough decimals).</summary>
    public static long Scale(decimal value, long scale) => (long)Math.Round(value * scale, MidpointRounding.AwayFromZero);

    public int NeedCount => NeedEmployee.Length;
}

/// <summary>Why a candidate cannot join the current selection.</summary>
internal enum Infeasibility
{
    None = 0,
    Budget = 1,
    JpCap = 2,
    Schedule = 3,
    Prerequisite = 4,

    /// <summary>A member already takes the same course in another run of the plan.</summary>
    Repeat = 5,
}

/// <summary>
/// A selection of candidate runs and its objective, with every hard constraint checked when a run is added:
/// budget, each employee's JP cap, no employee in two calendar-blocking runs at once nor in two runs of one course (its
/// modes and places are alternatives: a course lifts a level once), and course prerequisites planned before (blackouts
/// and seats are settled when candidates are generated). Adding and removing are exact inverses. Candidates derived
/// after the selection was made are welcome: it grows with the model's candidate list.
/// </summary>
/// <remarks>
/// The search's objective is an integer: need weights in units of 10^-9 and JP in units of 10^-4, so gains are exact
/// integer sums (fast, and ties are real ties) and equal the decimal objective for weights of at most nine decimals and
/// JP of at most four. Results report the objective recomputed in <see cref="decimal"/> from the selection.
/// </remarks>
internal sealed class Selection
{
    private readonly CompositionModel _model;
    private readonly int[] _coverage;
    private readonly long[] _plannedJp;
    private readonly List<int>?[] _runsOf;
    private bool[] _selected;
    private readonly long _entitlement;
    private readonly long _entitlementWeight;
    private readonly long _jpCap;

    public Selection(CompositionModel model)
    {
        _model = model;
        _coverage = new int[model.NeedCount];
        _plannedJp = new long[model.EmployeeCount];
        _runsOf = new List<int>?[model.EmployeeCount];
        _selected = new bool[model.Candidates.Count];
        _entitlement = model.EntitlementScaled;
        _entitlementWeight = model.EntitlementWeightScaled;
        _jpCap = CompositionModel.Scale(model.Problem.Policy.JpCapPerYear, CompositionModel.JpScale);
    }

    public decimal Spent { get; private set; }

    /// <summary>The objective in units of 10^-9.</summary>
    public long Objective { get; private set; }

    public List<int> Selected { get; } = [];

    public bool IsSelected(int candidate) => candidate < _selected.Length && _selected[candidate];

    public int Coverage(int need) => _coverage[need];

    public decimal PlannedJp(int employee) => (decimal)_plannedJp[employee] / CompositionModel.JpScale;

    /// <summary>
    /// The objective a candidate would gain now without some of its members (positions in <see cref="CandidateRun.Members"/>,
    /// ascending), in units of 10^-9: what the run derived without them would gain.
    /// </summary>
    public long Gain(int candidate, IReadOnlyList<int> without)
    {
        var c = _model.Candidates[candidate];
        var weights = _model.NeedWeightScaled;
        var gaps = _model.NeedGap;
        var earned = _model.EarnedJpScaled;
        long gain = 0;
        var skip = 0;
        for (var i = 0; i < c.Members.Length; i++)
        {
            if (skip < without.Count && without[skip] == i)
            {
                skip++;
                continue;
            }

            for (var k = c.NeedStart[i]; k < c.NeedStart[i + 1]; k++)
            {
                var need = c.NeedIndex[k];
                var open = gaps[need] - _coverage[need];
                if (open > 0)
                {
                    gain += weights[need] * Math.Min(open, c.NeedStep[k]);
                }
            }

            var before = earned[c.Members[i]] + _plannedJp[c.Members[i]];
            if (_entitlementWeight > 0 && before < _entitlement)
            {
                gain += _entitlementWeight * (Math.Min(_entitlement, before + c.JpScaled) - before);
            }
        }

        return gain;
    }

    /// <summary>The objective gained by adding a candidate now, in units of 10^-9 (0 or more: gains only shrink as the selection grows).</summary>
    public long Gain(int candidate)
    {
        var c = _model.Candidates[candidate];
        var weights = _model.NeedWeightScaled;
        var gaps = _model.NeedGap;
        long gain = 0;
        for (var k = 0; k < c.NeedIndex.Length; k++)
        {
            var need = c.NeedIndex[k];
            var open = gaps[need] - _coverage[need];
            if (open > 0)
            {
                gain += weights[need] * Math.Min(open, c.NeedStep[k]);
            }
        }

        if (_entitlementWeight > 0)
        {
            var earned = _model.EarnedJpScaled;
            foreach (var e in c.Members)
            {
                var before = earned[e] + _plannedJp[e];
                if (before < _entitlement)
                {
                    gain += _entitlementWeight * (Math.Min(_entitlement, before + c.JpScaled) - before);
                }
            }
        }

        return gain;
    }

    /// <summary>
    /// What one eligible member of a group would gain now in a run of <paramref name="course"/> at these dates, in units
    /// of 10^-9, or -1 when they cannot join it: the course taken already, the JP cap, a clash with their
    /// calendar-blocking runs, or a prerequisite course not planned to end before it starts.
    /// </summary>
    public long SeatGain(int course, CandidateBuilder.Member member, DateOnly start, DateOnly end, bool blocks, long jp)
    {
        var e = member.Employee;
        if (_plannedJp[e] + jp > _jpCap)
        {
            return -1;
        }

        var runs = _runsOf[e];
        if (runs is not null)
        {
            foreach (var r in runs)
            {
                var other = _model.Candidates[r];
                if (other.Course == course || (blocks && other.Blocks && other.Start <= end && start <= other.End))
                {
                    return -1;
                }
            }
        }

        foreach (var p in member.Prerequisites)
        {
            if (!HasPlannedBefore(e, p, start))
            {
                return -1;
            }
        }

        return SeatValue(member, jp);
    }

    /// <summary>What a member's needs and JP would add now, whatever the constraints, in units of 10^-9.</summary>
    public long SeatValue(CandidateBuilder.Member member, long jp)
    {
        long gain = 0;
        for (var k = 0; k < member.Needs.Length; k++)
        {
            var need = member.Needs[k];
            var open = _model.NeedGap[need] - _coverage[need];
            if (open > 0)
            {
                gain += _model.NeedWeightScaled[need] * Math.Min(open, member.Steps[k]);
            }
        }

        var before = _model.EarnedJpScaled[member.Employee] + _plannedJp[member.Employee];
        if (_entitlementWeight > 0 && before < _entitlement)
        {
            gain += _entitlementWeight * (Math.Min(_entitlement, before + jp) - before);
        }

        return gain;
    }

    /// <summary>JP an employee's runs in the selection add, in units of 10^-4.</summary>
    public long PlannedJpScaled(int employee) => _plannedJp[employee];

    /// <summary>The runs of the selection an employee takes part in.</summary>
    public IReadOnlyList<int> RunsOf(int employee) => _runsOf[employee] ?? (IReadOnlyList<int>)[];

    /// <summary>The levels of need a candidate would close now.</summary>
    public int LevelsGain(int candidate)
    {
        var c = _model.Candidates[candidate];
        var levels = 0;
        for (var k = 0; k < c.NeedIndex.Length; k++)
        {
            var open = _model.NeedGap[c.NeedIndex[k]] - _coverage[c.NeedIndex[k]];
            levels += open > 0 ? Math.Min(open, c.NeedStep[k]) : 0;
        }

        return levels;
    }

    public Infeasibility Check(int candidate)
    {
        var c = _model.Candidates[candidate];
        if (IsSelected(candidate))
        {
            return Infeasibility.Schedule;
        }

        if (Spent + c.TotalCost > _model.Problem.Budget)
        {
            return Infeasibility.Budget;
        }

        foreach (var e in c.Members)
        {
            if (_plannedJp[e] + c.JpScaled > _jpCap)
            {
                return Infeasibility.JpCap;
            }
        }

        foreach (var e in c.Members)
        {
            var runs = _runsOf[e];
            if (runs is null)
            {
                continue;
            }

            foreach (var r in runs)
            {
                var other = _model.Candidates[r];
                if (other.Course == c.Course)
                {
                    return Infeasibility.Repeat; // a course lifts a level once: its other modes and places are alternatives
                }

                if (c.Blocks && other.Blocks && other.Start <= c.End && c.Start <= other.End)
                {
                    return Infeasibility.Schedule;
                }
            }
        }

        for (var i = 0; i < c.Members.Length; i++)
        {
            for (var k = c.PrerequisiteStart[i]; k < c.PrerequisiteStart[i + 1]; k++)
            {
                if (!HasPlannedBefore(c.Members[i], c.PrerequisiteCourse[k], c.Start))
                {
                    return Infeasibility.Prerequisite;
                }
            }
        }

        return Infeasibility.None;
    }

    /// <summary>
    /// What keeps one member (a position in <see cref="CandidateRun.Members"/>) out of a candidate now, whatever the
    /// other members and the budget: already taking the course (<see cref="Infeasibility.Repeat"/>), the JP cap, a
    /// clash with their other calendar-blocking runs, or a prerequisite course not planned before; otherwise
    /// <see cref="Infeasibility.None"/>.
    /// </summary>
    public Infeasibility MemberBlock(int candidate, int position)
    {
        var c = _model.Candidates[candidate];
        var e = c.Members[position];
        var runs = _runsOf[e];
        if (runs is not null)
        {
            foreach (var r in runs)
            {
                if (_model.Candidates[r].Course == c.Course)
                {
                    return Infeasibility.Repeat;
                }
            }
        }

        if (_plannedJp[e] + c.JpScaled > _jpCap)
        {
            return Infeasibility.JpCap;
        }

        if (runs is not null && c.Blocks)
        {
            foreach (var r in runs)
            {
                var other = _model.Candidates[r];
                if (other.Blocks && other.Start <= c.End && c.Start <= other.End)
                {
                    return Infeasibility.Schedule;
                }
            }
        }

        for (var k = c.PrerequisiteStart[position]; k < c.PrerequisiteStart[position + 1]; k++)
        {
            if (!HasPlannedBefore(e, c.PrerequisiteCourse[k], c.Start))
            {
                return Infeasibility.Prerequisite;
            }
        }

        return Infeasibility.None;
    }

    /// <summary>
    /// The members (positions, ascending) that keep a candidate out now for reasons of their own: the JP cap, a repeated
    /// course or a clash, which only tighten as runs are added (<paramref name="settled"/>), and a prerequisite not yet
    /// planned, which a later run may still provide (<paramref name="waiting"/>). The lists are cleared first. Stops,
    /// returning <see langword="false"/>, as soon as more than <paramref name="most"/> are settled (too few would be left).
    /// </summary>
    public bool BlockedMembers(int candidate, List<int> settled, List<int> waiting, int most)
    {
        settled.Clear();
        waiting.Clear();
        var c = _model.Candidates[candidate];
        for (var i = 0; i < c.Members.Length; i++)
        {
            var e = c.Members[i];
            if (_plannedJp[e] + c.JpScaled > _jpCap || Clashes(c, _runsOf[e]))
            {
                settled.Add(i);
                if (settled.Count > most)
                {
                    return false;
                }

                continue;
            }

            for (var k = c.PrerequisiteStart[i]; k < c.PrerequisiteStart[i + 1]; k++)
            {
                if (!HasPlannedBefore(e, c.PrerequisiteCourse[k], c.Start))
                {
                    waiting.Add(i);
                    break;
                }
            }
        }

        return true;
    }

    /// <summary>Whether a member's runs include the candidate's course or a calendar-blocking run at the same time.</summary>
    private bool Clashes(CandidateRun c, List<int>? runs)
    {
        if (runs is null)
        {
            return false;
        }

        foreach (var r in runs)
        {
            var other = _model.Candidates[r];
            if (other.Course == c.Course || (c.Blocks && other.Blocks && other.Start <= c.End && c.Start <= other.End))
            {
                return true;
            }
        }

        return false;
    }

    public void Add(int candidate)
    {
        var gain = Gain(candidate);
        var c = _model.Candidates[candidate];
        for (var k = 0; k < c.NeedIndex.Length; k++)
        {
            _coverage[c.NeedIndex[k]] += c.NeedStep[k];
        }

        foreach (var e in c.Members)
        {
            _plannedJp[e] += c.JpScaled;
            (_runsOf[e] ??= []).Add(candidate);
        }

        Spent += c.TotalCost;
        Objective += gain;
        if (candidate >= _selected.Length)
        {
            Array.Resize(ref _selected, Math.Max(candidate + 1, _model.Candidates.Count));
        }

        _selected[candidate] = true;
        Selected.Add(candidate);
    }

    public void Remove(int candidate)
    {
        var c = _model.Candidates[candidate];
        _selected[candidate] = false;
        Selected.Remove(candidate);
        for (var k = 0; k < c.NeedIndex.Length; k++)
        {
            _coverage[c.NeedIndex[k]] -= c.NeedStep[k];
        }

        foreach (var e in c.Members)
        {
            _plannedJp[e] -= c.JpScaled;
            _runsOf[e]!.Remove(candidate);
        }

        Spent -= c.TotalCost;
        Objective -= Gain(candidate); // the gain of adding it back equals what it contributed
    }

    /// <summary>Whether a run can leave without stranding a selected run that needs it as a prerequisite.</summary>
    public bool CanRemove(int candidate)
    {
        var c = _model.Candidates[candidate];
        foreach (var e in c.Members)
        {
            foreach (var r in _runsOf[e]!)
            {
                var other = _model.Candidates[r];
                var i = Array.BinarySearch(other.Members, e);
                for (var k = other.PrerequisiteStart[i]; k < other.PrerequisiteStart[i + 1]; k++)
                {
                    if (other.PrerequisiteCourse[k] == c.Course && c.End < other.Start && !HasPlannedBefore(e, c.Course, other.Start, except: candidate))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>The objective of the selection, exactly, in decimal: weighted levels closed plus the entitlement bonus.</summary>
    public decimal ExactObjective()
    {
        var value = 0m;
        for (var n = 0; n < _model.NeedCount; n++)
        {
            value += _model.NeedWeight[n] * Math.Min(_model.NeedGap[n], _coverage[n]);
        }

        var lambda = _model.Problem.Policy.EntitlementWeightPerJp;
        var entitlement = _model.Problem.EntitlementJp;
        for (var e = 0; e < _model.EmployeeCount; e++)
        {
            var earned = _model.Problem.Employees[e].EarnedJp;
            value += lambda * (Math.Min(entitlement, earned + PlannedJp(e)) - Math.Min(entitlement, earned));
        }

        return value;
    }

    /// <summary>Whether an employee takes a course in a run of the selection.</summary>
    public bool Takes(int employee, int course)
    {
        var runs = _runsOf[employee];
        if (runs is null)
        {
            return false;
        }

        foreach (var r in runs)
        {
            if (_model.Candidates[r].Course == course)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasPlannedBefore(int employee, int course, DateOnly start, int except = -1)
    {
        var runs = _runsOf[employee];
        if (runs is null)
        {
            return false;
        }

        foreach (var r in runs)
        {
            var other = _model.Candidates[r];
            if (r != except && other.Course == course && other.End < start)
            {
                return true;
            }
        }

        return false;
    }
}
