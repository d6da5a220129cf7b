using Google.OrTools.Sat;
using LatihanAsn.Domain.Programs;

namespace LatihanAsn.Domain.Composition.OrTools;

/// <summary>
/// The exact composer: a CP-SAT integer model of the same problem the built-in <see cref="CompositionPolicy"/> solves,
/// with cohorts as decisions. For every group (a course, offering and place, with the employees it may take) and each
/// of its slots (the dates its k-th run would have), a run is open or not, and each eligible employee sits in it or
/// not: seats between the offering's minimum and maximum, every course at most once per employee, each employee's JP
/// cap, no employee in two calendar-blocking runs at once, course prerequisites planned to end before, the budget
/// (fixed cost per run, cost per participant, travel to a centre). The objective is the library's: each need counts at
/// most its gap, plus the entitlement weight on each employee's JP up to the entitlement.
/// </summary>
/// <remarks>
/// <para>
/// The built-in composer runs first; its plan is the solver's hint and the fallback, so the exact composer never
/// returns a worse plan. The solver stops at <see cref="ExactCompositionOptions.TimeLimit"/>: when it proves the
/// optimum, the plan is <see cref="CompositionResult.ProvenOptimal"/>; otherwise the result carries the solver's bound
/// (<see cref="CompositionBoundSource.Solver"/>) when it is tighter than the library's relaxation.
/// </para>
/// <para>
/// The model has a variable per employee, group and slot: meant for problems of up to a few hundred employees per
/// course (where it proves the optimum in seconds). Interchangeable employees are not aggregated yet; on province-sized
/// problems give it a longer time limit, and read the bound and gap it reports.
/// </para>
/// </remarks>
/// <param name="options">How the solver searches.</param>
public sealed class ExactCompositionPolicy(ExactCompositionOptions options) : ICompositionPolicy
{
    private readonly CompositionPolicy _builtIn = new();

    /// <summary>Initialises the exact composer with the default options (10 seconds, 2 threads).</summary>
    public ExactCompositionPolicy()
        : this(new ExactCompositionOptions())
    {
    }

    /// <summary>Gets how the solver searches.</summary>
    public ExactCompositionOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <inheritdoc />
    /// <remarks>The method chooses how the built-in composer's starting plan is composed; the solver always runs.</remarks>
    public CompositionResult Compose(CompositionProblem problem, CompositionMethod method = CompositionMethod.Auto, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var start = _builtIn.Compose(problem, method, cancellationToken);
        return ExactModel.Solve(problem, start, Options, cancellationToken);
    }
}
