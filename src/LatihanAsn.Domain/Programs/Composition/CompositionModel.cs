using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>A candidate course run: one course, one offering, one place, one cohort, fixed dates, cost and value per member.</summary>
internal sealed class CandidateRun
{
    public required int Index { get; init; }

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

    public decimal TotalCost => Cost.Total;
}

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

    /// <summary>Per need, the candidates that would close part of it.</summary>
    public required List<int>[] NeedCandidates { get; init; }

    /// <summary>Per need, why no candidate could take it (when none does).</summary>
    public required GenerationBlock[] NeedBlocks { get; init; }

    public required List<CandidateRun> Candidates { get; init; }

    public required List<LocalizedText> Diagnostics { get; init; }

    public int EmployeeCount => EmployeeIds.Length;

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
}

/// <summary>
/// A selection of candidate runs and its objective, with every hard constraint checked when a run is added:
/// budget, each employee's JP cap, no employee in two calendar-blocking runs at once, and course prerequisites planned
/// before (blackouts and seats are settled when candidates are generated). Adding and removing are exact inverses.
/// </summary>
internal sealed class Selection
{
    private readonly CompositionModel _model;
    private readonly int[] _coverage;
    private readonly decimal[] _plannedJp;
    private readonly List<int>?[] _runsOf;
    private readonly bool[] _selected;

    public Selection(CompositionModel model)
    {
        _model = model;
        _coverage = new int[model.NeedCount];
        _plannedJp = new decimal[model.EmployeeCount];
        _runsOf = new List<int>?[model.EmployeeCount];
        _selected = new bool[model.Candidates.Count];
    }

    public decimal Spent { get; private set; }

    public decimal Objective { get; private set; }

    public List<int> Selected { get; } = [];

    public bool IsSelected(int candidate) => _selected[candidate];

    public int Coverage(int need) => _coverage[need];

    public decimal PlannedJp(int employee) => _plannedJp[employee];

    /// <summary>The objective gained by adding a candidate now (0 or more: gains only shrink as the selection grows).</summary>
    public decimal Gain(int candidate)
    {
        var c = _model.Candidates[candidate];
        var lambda = _model.Problem.Policy.EntitlementWeightPerJp;
        var entitlement = _model.Problem.EntitlementJp;
        var gain = 0m;
        for (var i = 0; i < c.Members.Length; i++)
        {
            for (var k = c.NeedStart[i]; k < c.NeedStart[i + 1]; k++)
            {
                var need = c.NeedIndex[k];
                var gap = _model.NeedGap[need];
                var covered = _coverage[need];
                if (covered < gap)
                {
                    gain += _model.NeedWeight[need] * (Math.Min(gap, covered + c.NeedStep[k]) - covered);
                }
            }

            if (lambda > 0)
            {
                var e = c.Members[i];
                var before = _model.EarnedJp[e] + _plannedJp[e];
                gain += lambda * (Math.Min(entitlement, before + c.Jp) - Math.Min(entitlement, before));
            }
        }

        return gain;
    }

    public Infeasibility Check(int candidate)
    {
        var c = _model.Candidates[candidate];
        if (_selected[candidate])
        {
            return Infeasibility.Schedule;
        }

        if (Spent + c.TotalCost > _model.Problem.Budget)
        {
            return Infeasibility.Budget;
        }

        var cap = _model.Problem.Policy.JpCapPerYear;
        for (var i = 0; i < c.Members.Length; i++)
        {
            if (_plannedJp[c.Members[i]] + c.Jp > cap)
            {
                return Infeasibility.JpCap;
            }
        }

        for (var i = 0; i < c.Members.Length; i++)
        {
            var runs = _runsOf[c.Members[i]];
            if (runs is null)
            {
                continue;
            }

            if (c.Blocks)
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

    public void Add(int candidate)
    {
        var gain = Gain(candidate);
        var c = _model.Candidates[candidate];
        for (var i = 0; i < c.Members.Length; i++)
        {
            for (var k = c.NeedStart[i]; k < c.NeedStart[i + 1]; k++)
            {
                _coverage[c.NeedIndex[k]] += c.NeedStep[k];
            }

            var e = c.Members[i];
            _plannedJp[e] += c.Jp;
            (_runsOf[e] ??= []).Add(candidate);
        }

        Spent += c.TotalCost;
        Objective += gain;
        _selected[candidate] = true;
        Selected.Add(candidate);
    }

    public void Remove(int candidate)
    {
        var c = _model.Candidates[candidate];
        _selected[candidate] = false;
        Selected.Remove(candidate);
        for (var i = 0; i < c.Members.Length; i++)
        {
            for (var k = c.NeedStart[i]; k < c.NeedStart[i + 1]; k++)
            {
                _coverage[c.NeedIndex[k]] -= c.NeedStep[k];
            }

            var e = c.Members[i];
            _plannedJp[e] -= c.Jp;
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

    /// <summary>Recomputes the objective from scratch (for checks).</summary>
    public decimal RecomputeObjective()
    {
        var value = 0m;
        for (var n = 0; n < _model.NeedCount; n++)
        {
            value += _model.NeedWeight[n] * Math.Min(_model.NeedGap[n], _coverage[n]);
        }

        var lambda = _model.Problem.Policy.EntitlementWeightPerJp;
        for (var e = 0; e < _model.EmployeeCount; e++)
        {
            value += lambda * (Math.Min(_model.Problem.EntitlementJp, _model.EarnedJp[e] + _plannedJp[e]) - Math.Min(_model.Problem.EntitlementJp, _model.EarnedJp[e]));
        }

        return value;
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
