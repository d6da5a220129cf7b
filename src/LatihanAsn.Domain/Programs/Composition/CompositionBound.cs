namespace LatihanAsn.Domain.Programs;

/// <summary>
/// An upper bound on the objective of every plan of a problem, proven by a relaxation the library computes itself
/// (no solver): seats are decoupled from runs and the budget is priced by a Lagrange multiplier.
/// </summary>
/// <remarks>
/// <para>
/// Relaxation. Each employee chooses, on their own, a set of the courses some group offers them (once per course, within
/// their JP cap, with the course prerequisites they lack in the same set). A seat in a run of group g costs at least the
/// participant's own cost (cost per participant and travel) plus the run's fixed cost shared by the most members a run
/// of g can have (its maximum seats, or fewer when g has fewer eligible members), so a plan's cost is at least the sum of
/// its members' seat costs. Minimum seats, calendars and the order of prerequisites are dropped. Every plan therefore
/// gives each employee a choice of the relaxation whose summed value is the plan's objective and whose summed cost is
/// within the budget.
/// </para>
/// <para>
/// Bound. For a multiplier λ ≥ 0, UB(λ) = λ·budget + Σ over employees of max over their choices S of
/// (value(S) − λ·cost(S)), where value(S) is the objective's share of that employee: each need counts at most its gap,
/// plus the entitlement weight on their JP up to the entitlement. Any plan's objective is at most UB(λ), for every λ; the
/// multiplier is searched (the function is convex in λ) and the bound evaluated exactly in <see cref="decimal"/> at the
/// best one found. An employee offered more than <see cref="SubsetLimit"/> courses is bounded per course (the
/// objective's share is subadditive), which is weaker but still valid.
/// </para>
/// </remarks>
internal static class CompositionBound
{
    internal const int SubsetLimit = 12;

    private sealed record Choice(decimal Value, decimal Cost);

    /// <summary>The bound, in objective units, rounded up to 10^-9.</summary>
    public static decimal Compute(CompositionModel model, CancellationToken cancellationToken = default)
    {
        var problem = model.Problem;
        var choices = new List<Choice[]>(model.EmployeeCount);
        foreach (var options in Options(model))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.Length > 0)
            {
                choices.Add(options);
            }
        }

        if (choices.Count == 0)
        {
            return 0m;
        }

        // Search λ on doubles (convex, piecewise linear), then evaluate exactly at the best λ found and at λ = 0.
        var values = choices.Select(c => c.Select(x => ((double)x.Value, (double)x.Cost)).ToArray()).ToArray();
        var budget = (double)problem.Budget;
        double At(double lambda)
        {
            var sum = lambda * budget;
            foreach (var employee in values)
            {
                var best = 0d;
                foreach (var (value, cost) in employee)
                {
                    best = Math.Max(best, value - (lambda * cost));
                }

                sum += best;
            }

            return sum;
        }

        var high = 0d;
        foreach (var employee in values)
        {
            foreach (var (value, cost) in employee)
            {
                if (cost > 0)
                {
                    high = Math.Max(high, value / cost);
                }
            }
        }

        var low = 0d;
        high *= 1.001;
        for (var i = 0; i < 100 && high - low > 1e-15 * Math.Max(1d, high); i++)
        {
            var a = low + ((high - low) / 3);
            var b = high - ((high - low) / 3);
            if (At(a) <= At(b))
            {
                high = b;
            }
            else
            {
                low = a;
            }
        }

        var lambdaFound = (decimal)((low + high) / 2);
        var bound = Math.Min(Exact(choices, problem.Budget, lambdaFound), Exact(choices, problem.Budget, 0m));
        return Math.Ceiling(bound * CompositionModel.WeightScale) / CompositionModel.WeightScale;
    }

    private static decimal Exact(List<Choice[]> choices, decimal budget, decimal lambda)
    {
        var sum = lambda * budget;
        foreach (var employee in choices)
        {
            var best = 0m;
            foreach (var choice in employee)
            {
                best = Math.Max(best, choice.Value - (lambda * choice.Cost));
            }

            sum += best;
        }

        return sum;
    }

    /// <summary>Per employee, the choices of the relaxation worth something (the empty choice, worth 0, is implied).</summary>
    private static IEnumerable<Choice[]> Options(CompositionModel model)
    {
        var problem = model.Problem;
        var cap = problem.Policy.JpCapPerYear;
        var entitlement = problem.EntitlementJp;
        var lambdaJp = problem.Policy.EntitlementWeightPerJp;

        // Per employee and course: the cheapest seat (own cost plus the fixed cost shared as widely as a run can be), and
        // what the course gives (needs and steps, prerequisites lacking): the same in every group of the course.
        var offers = new Dictionary<int, Dictionary<int, (decimal Cost, CandidateBuilder.Member Member)>>();
        foreach (var g in model.Groups)
        {
            var offering = model.Courses[g.Course].Offerings[g.Offering];
            var fixedCost = offering.CostPerRun + (g.Regional && offering.IsCentreBased ? offering.RegionalRunSurcharge : 0m);
            var share = fixedCost / Math.Max(1, Math.Min(offering.MaxSeats, g.Members.Length));
            foreach (var m in g.Members)
            {
                var travel = 0m;
                if (offering.IsCentreBased && !g.Regional
                    && model.Reach.TryGetValue(problem.Employees[m.Employee].RegionCode, out var reach) && reach.TripTo(g.Place) is { } trip)
                {
                    travel = trip.CostPerParticipant;
                }

                var cost = share + offering.CostPerParticipant + travel;
                if (!offers.TryGetValue(m.Employee, out var mine))
                {
                    offers[m.Employee] = mine = [];
                }

                if (!mine.TryGetValue(g.Course, out var known) || cost < known.Cost)
                {
                    mine[g.Course] = (cost, m);
                }
            }
        }

        foreach (var (employee, mine) in offers.OrderBy(x => x.Key))
        {
            var courses = mine.OrderBy(x => x.Key).ToArray();
            var earned = model.EarnedJp[employee];
            decimal Entitlement(decimal jp) => lambdaJp * (Math.Min(entitlement, earned + jp) - Math.Min(entitlement, earned));

            if (courses.Length > SubsetLimit)
            {
                // Per course: value(S) <= sum of value({c}) (needs capped at their gap, JP capped at the entitlement).
                var singles = courses.Where(c => model.Courses[c.Key].Jp <= cap)
                    .Select(c => new Choice(Single(model, c.Value.Member) + Entitlement(model.Courses[c.Key].Jp), c.Value.Cost))
                    .ToArray();
                yield return [new Choice(singles.Sum(s => s.Value), 0m)]; // priced per course below
                continue;
            }

            var list = new List<Choice>();
            var coverage = new Dictionary<int, int>();
            for (var mask = 1; mask < 1 << courses.Length; mask++)
            {
                var jp = 0m;
                var cost = 0m;
                var ok = true;
                coverage.Clear();
                for (var i = 0; i < courses.Length && ok; i++)
                {
                    if ((mask & (1 << i)) == 0)
                    {
                        continue;
                    }

                    var (course, (seat, member)) = courses[i];
                    jp += model.Courses[course].Jp;
                    cost += seat;
                    foreach (var prerequisite in member.Prerequisites)
                    {
                        var at = Array.FindIndex(courses, c => c.Key == prerequisite);
                        ok &= at >= 0 && (mask & (1 << at)) != 0;
                    }

                    for (var k = 0; k < member.Needs.Length; k++)
                    {
                        coverage[member.Needs[k]] = coverage.GetValueOrDefault(member.Needs[k]) + member.Steps[k];
                    }
                }

                if (!ok || jp > cap)
                {
                    continue;
                }

                var value = Entitlement(jp);
                foreach (var (need, steps) in coverage)
                {
                    value += model.NeedWeight[need] * Math.Min(model.NeedGap[need], steps);
                }

                if (value > 0)
                {
                    list.Add(new Choice(value, cost));
                }
            }

            yield return [.. list];
        }
    }

    private static decimal Single(CompositionModel model, CandidateBuilder.Member member)
    {
        var value = 0m;
        for (var k = 0; k < member.Needs.Length; k++)
        {
            value += model.NeedWeight[member.Needs[k]] * Math.Min(model.NeedGap[member.Needs[k]], member.Steps[k]);
        }

        return value;
    }
}
