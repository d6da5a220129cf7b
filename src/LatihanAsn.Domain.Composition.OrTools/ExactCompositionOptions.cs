namespace LatihanAsn.Domain.Composition.OrTools;

/// <summary>How the exact composer searches.</summary>
public sealed record ExactCompositionOptions
{
    /// <summary>Gets the longest the solver may search for one plan; 10 seconds unless set. When it stops before a proof,
    /// the plan is the best found (never worse than the built-in composer's) and its bound is the solver's.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets how many threads the solver uses; 2 unless set. With one, a run that ends on its time limit is
    /// repeatable only as far as the machine's speed is; a proven optimum has the same objective whatever the threads.</summary>
    public int Workers { get; init; } = 2;
}
