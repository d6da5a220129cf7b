using Google.OrTools.Sat;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Composition.OrTools;

/// <summary>Builds and solves the CP-SAT model of a composition problem (see <see cref="ExactCompositionPolicy"/>).</summary>
internal static class ExactModel
{
    /// <summary>Money in units of 1/100 rupiah, for the model's integer arithmetic.</summary>
    private const long MoneyScale = 100;

    public static CompositionResult Solve(CompositionProblem problem, CompositionResult start, ExactCompositionOptions options, CancellationToken cancellationToken)
    {
        var model = CandidateBuilder.Build(problem);
        var groups = model.Groups;
        var cp = new CpModel();
        var cap = CompositionModel.Scale(problem.Policy.JpCapPerYear, CompositionModel.JpScale);
        var jp = model.Courses.Select(c => CompositionModel.Scale(c.Jp, CompositionModel.JpScale)).ToArray();
        var prerequisiteOf = new HashSet<int>(groups.SelectMany(g => g.Members.SelectMany(m => m.Prerequisites)));

        var mayClash = MayClash(model);

        // Runs and seats.
        var open = new BoolVar[groups.Count][];
        var seat = new BoolVar[groups.Count][][];
        var budget = LinearExpr.NewBuilder();
        var byEmployee = new List<(int Group, int Slot, int Position)>[model.EmployeeCount];
        foreach (var g in groups)
        {
            var offering = model.Courses[g.Course].Offerings[g.Offering];
            var fixedCost = offering.CostPerRun + (g.Regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m);
            var seatCost = g.Members.Select(m => offering.CostPerParticipant + Travel(model, problem, offering, g, m.Employee)).ToArray();
            open[g.Index] = new BoolVar[g.Starts.Length];
            seat[g.Index] = new BoolVar[g.Starts.Length][];
            for (var k = 0; k < g.Starts.Length; k++)
            {
                var y = open[g.Index][k] = cp.NewBoolVar($"run_{g.Index}_{k}");
                var xs = seat[g.Index][k] = new BoolVar[g.Members.Length];
                var seats = LinearExpr.NewBuilder();
                for (var i = 0; i < g.Members.Length; i++)
                {
                    xs[i] = cp.NewBoolVar($"seat_{g.Index}_{k}_{i}");
                    cp.AddImplication(xs[i], y); // a seat only in an open run (tightens the linear relaxation)
                    seats.Add(xs[i]);
                    budget.AddTerm(xs[i], Money(seatCost[i]));
                    (byEmployee[g.Members[i].Employee] ??= []).Add((g.Index, k, i));
                }

                cp.Add(seats >= offering.MinSeats * (LinearExpr)y);
                cp.Add(seats <= offering.MaxSeats * (LinearExpr)y);
                budget.AddTerm(y, Money(fixedCost));
            }

            // Slots whose dates matter to no one are interchangeable: open them in order.
            var datesMatter = mayClash[g.Index] || prerequisiteOf.Contains(g.Course) || g.Members.Any(m => m.Prerequisites.Length > 0);
            for (var k = 1; k < g.Starts.Length; k++)
            {
                if (!datesMatter || g.Starts[k] == g.Starts[k - 1])
                {
                    cp.AddImplication(open[g.Index][k], open[g.Index][k - 1]);
                }
            }
        }

        cp.Add(budget <= Money(problem.Budget));

        // Per employee: each course once, the JP cap, no clash, prerequisites before; the entitlement term.
        var objective = LinearExpr.NewBuilder();
        var entitlementWeight = model.EntitlementWeightScaled;
        for (var e = 0; e < model.EmployeeCount; e++)
        {
            var mine = byEmployee[e];
            if (mine is null)
            {
                continue;
            }

            foreach (var course in mine.GroupBy(s => groups[s.Group].Course))
            {
                cp.AddAtMostOne(course.Select(s => (ILiteral)seat[s.Group][s.Slot][s.Position]));
            }

            var planned = LinearExpr.NewBuilder();
            foreach (var s in mine)
            {
                planned.AddTerm(seat[s.Group][s.Slot][s.Position], jp[groups[s.Group].Course]);
            }

            cp.Add(planned <= cap);

            var blocking = mine.Where(s => Offering(model, groups[s.Group]).BlocksCalendar)
                .Select(s => (Seat: s, Start: groups[s.Group].Starts[s.Slot], End: End(model, groups[s.Group], s.Slot)))
                .ToArray();
            foreach (var day in blocking.Select(b => b.Start).Distinct())
            {
                var overlapping = blocking.Where(b => b.Start <= day && day <= b.End).ToArray();
                if (overlapping.Length > 1)
                {
                    cp.AddAtMostOne(overlapping.Select(b => (ILiteral)seat[b.Seat.Group][b.Seat.Slot][b.Seat.Position]));
                }
            }

            foreach (var s in mine)
            {
                var g = groups[s.Group];
                var startDay = g.Starts[s.Slot];
                foreach (var prerequisite in g.Members[s.Position].Prerequisites)
                {
                    var before = mine.Where(p => groups[p.Group].Course == prerequisite && End(model, groups[p.Group], p.Slot) < startDay)
                        .Select(p => (ILiteral)seat[p.Group][p.Slot][p.Position])
                        .ToList();
                    before.Add(seat[s.Group][s.Slot][s.Position].Not());
                    cp.AddBoolOr(before);
                }
            }

            var room = Math.Max(0, model.EntitlementScaled - model.EarnedJpScaled[e]);
            if (entitlementWeight > 0 && room > 0)
            {
                var toward = cp.NewIntVar(0, room, $"jp_{e}");
                cp.Add(toward <= planned);
                objective.AddTerm(toward, entitlementWeight);
            }
        }

        // Needs: each counts at most its gap.
        var steps = new LinearExprBuilder?[model.NeedCount];
        foreach (var g in groups)
        {
            for (var i = 0; i < g.Members.Length; i++)
            {
                var member = g.Members[i];
                for (var n = 0; n < member.Needs.Length; n++)
                {
                    var need = member.Needs[n];
                    var builder = steps[need] ??= LinearExpr.NewBuilder();
                    for (var k = 0; k < g.Starts.Length; k++)
                    {
                        builder.AddTerm(seat[g.Index][k][i], member.Steps[n]);
                    }
                }
            }
        }

        for (var n = 0; n < model.NeedCount; n++)
        {
            if (steps[n] is { } builder)
            {
                var covered = cp.NewIntVar(0, model.NeedGap[n], $"need_{n}");
                cp.Add(covered <= builder);
                objective.AddTerm(covered, model.NeedWeightScaled[n]);
            }
        }

        cp.Maximize(objective);
        Hint(cp, model, start, open, seat);

        using var solver = new CpSolver
        {
            StringParameters = FormattableString.Invariant($"max_time_in_seconds:{Math.Max(0.1, options.TimeLimit.TotalSeconds)} num_workers:{Math.Max(1, options.Workers)} log_search_progress:false linearization_level:2"),
        };
        using var stop = cancellationToken.Register(solver.StopSearch);
        var status = solver.Solve(cp);
        cancellationToken.ThrowIfCancellationRequested();
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return start;
        }

        // The solver's plan, as runs formed on the model; the better of it and the built-in plan.
        var selection = new Selection(model);
        foreach (var g in groups)
        {
            for (var k = 0; k < g.Starts.Length; k++)
            {
                if (solver.BooleanValue(open[g.Index][k]))
                {
                    var members = Enumerable.Range(0, g.Members.Length).Where(i => solver.BooleanValue(seat[g.Index][k][i])).Select(i => g.Members[i]).ToArray();
                    selection.Add(CandidateBuilder.Form(model, g, k, members));
                }
            }
        }

        var exact = CompositionResults.Build(model, selection, CompositionMethod.Exact, status == CpSolverStatus.Optimal);
        var best = exact.Objective >= start.Objective ? exact : start;
        var bound = status == CpSolverStatus.Optimal && best == exact
            ? exact.Objective
            : (decimal)Math.Ceiling(solver.BestObjectiveBound + 1) / CompositionModel.WeightScale;
        return bound >= best.Objective ? best.WithUpperBound(bound, CompositionBoundSource.Solver) : best;
    }

    /// <summary>The built-in plan as the solver's starting point: each run at its group's first free slot on its start date.</summary>
    private static void Hint(CpModel cp, CompositionModel model, CompositionResult start, BoolVar[][] open, BoolVar[][][] seat)
    {
        var byKey = model.Groups.ToLookup(g => (model.Courses[g.Course].Id, Offering(model, g).Mode, g.Place));
        var used = new HashSet<(int, int)>();
        var employee = model.EmployeeIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var hinted = new HashSet<(int, int)>();
        var seated = new HashSet<(int, int, int)>();
        foreach (var run in start.Runs)
        {
            foreach (var g in byKey[(run.CourseId, run.Mode, run.Place)])
            {
                var k = Array.FindIndex(g.Starts, d => d == run.Start && !used.Contains((g.Index, Array.IndexOf(g.Starts, d))));
                k = k >= 0 ? k : Enumerable.Range(0, g.Starts.Length).FirstOrDefault(s => g.Starts[s] == run.Start && !used.Contains((g.Index, s)), -1);
                if (k < 0)
                {
                    continue;
                }

                used.Add((g.Index, k));
                hinted.Add((g.Index, k));
                var positions = g.Members.Select((m, i) => (m.Employee, i)).ToDictionary(x => x.Employee, x => x.i);
                foreach (var p in run.Participants)
                {
                    if (employee.TryGetValue(p, out var e) && positions.TryGetValue(e, out var i))
                    {
                        seated.Add((g.Index, k, i));
                    }
                }

                break;
            }
        }

        foreach (var g in model.Groups)
        {
            for (var k = 0; k < g.Starts.Length; k++)
            {
                cp.AddHint(open[g.Index][k], hinted.Contains((g.Index, k)));
                for (var i = 0; i < g.Members.Length; i++)
                {
                    cp.AddHint(seat[g.Index][k][i], seated.Contains((g.Index, k, i)));
                }
            }
        }
    }

    /// <summary>
    /// Per group, whether one of its runs could clash with a run of another course that one of its members could take:
    /// both calendar-blocking, with overlapping days at some pair of slots. When none could, its slots' dates matter to
    /// no one's calendar.
    /// </summary>
    private static bool[] MayClash(CompositionModel model)
    {
        var groups = model.Groups;
        var days = new ulong[groups.Count][];
        var members = new HashSet<int>[groups.Count];
        foreach (var g in groups)
        {
            if (!Offering(model, g).BlocksCalendar)
            {
                continue;
            }

            var bits = days[g.Index] = new ulong[6];
            for (var k = 0; k < g.Starts.Length; k++)
            {
                for (var d = g.Starts[k]; d <= End(model, g, k) && d.Year == g.Starts[k].Year; d = d.AddDays(1))
                {
                    bits[(d.DayOfYear - 1) / 64] |= 1UL << ((d.DayOfYear - 1) % 64);
                }
            }

            members[g.Index] = [.. g.Members.Select(m => m.Employee)];
        }

        var clash = new bool[groups.Count];
        for (var a = 0; a < groups.Count; a++)
        {
            for (var b = a + 1; b < groups.Count && days[a] is not null; b++)
            {
                if (days[b] is null || groups[a].Course == groups[b].Course || (clash[a] && clash[b]))
                {
                    continue;
                }

                var overlap = false;
                for (var w = 0; w < 6 && !overlap; w++)
                {
                    overlap = (days[a][w] & days[b][w]) != 0;
                }

                if (overlap && members[a].Overlaps(members[b]))
                {
                    clash[a] = clash[b] = true;
                }
            }
        }

        return clash;
    }

    private static DeliveryOffering Offering(CompositionModel model, CohortGroup g) => model.Courses[g.Course].Offerings[g.Offering];

    private static DateOnly End(CompositionModel model, CohortGroup g, int slot) => g.Starts[slot].AddDays(Offering(model, g).DurationDays - 1);

    private static decimal Travel(CompositionModel model, CompositionProblem problem, DeliveryOffering offering, CohortGroup g, int employee) =>
        offering.IsCentreBased && !g.Regional
        && model.Reach.TryGetValue(problem.Employees[employee].RegionCode, out var reach) && reach.TripTo(g.Place) is { } trip
            ? trip.CostPerParticipant
            : 0m;

    /// <summary>Money in the model's units, rounded up for costs (never cheaper than the plan) — budgets round down.</summary>
    private static long Money(decimal value) => (long)Math.Ceiling(value * MoneyScale);
}
