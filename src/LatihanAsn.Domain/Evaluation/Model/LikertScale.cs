using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Evaluation;

/// <summary>
/// A declared answer scale of whole numbers from <see cref="Minimum"/> to <see cref="Maximum"/>, for example 1-4 or 1-5.
/// </summary>
/// <remarks>Created only through <see cref="From"/>: 0 &lt;= minimum &lt; maximum &lt;= 100. The default value (0-0)
/// is not a scale.</remarks>
public readonly record struct LikertScale
{
    private LikertScale(int minimum, int maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets the 1-4 scale (the SKM and organiser-evaluation scale).</summary>
    public static LikertScale OneToFour { get; } = new(1, 4);

    /// <summary>Gets the 1-5 scale.</summary>
    public static LikertScale OneToFive { get; } = new(1, 5);

    /// <summary>Gets the lowest answer.</summary>
    public int Minimum { get; }

    /// <summary>Gets the highest answer.</summary>
    public int Maximum { get; }

    /// <summary>Gets the midpoint, (minimum + maximum) / 2.</summary>
    public decimal Midpoint => (Minimum + Maximum) / 2m;

    /// <summary>Creates a scale.</summary>
    /// <param name="minimum">The lowest answer, 0 or more.</param>
    /// <param name="maximum">The highest answer, above <paramref name="minimum"/> and at most 100.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are out of order or out of range.</exception>
    public static LikertScale From(int minimum, int maximum)
    {
        if (minimum < 0 || maximum <= minimum || maximum > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), $"{minimum}-{maximum}", Messages.Get("Evaluation_ScaleInvalidNeeds0MinimumMaximum", minimum, maximum));
        }

        return new LikertScale(minimum, maximum);
    }

    /// <summary>Tells whether an answer lies on the scale.</summary>
    /// <param name="answer">The answer.</param>
    /// <returns><see langword="true"/> when minimum &lt;= answer &lt;= maximum.</returns>
    public bool Contains(int answer) => answer >= Minimum && answer <= Maximum && Maximum > Minimum;

    /// <summary>Returns the scale as <c>min-max</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text.Invariant($"{Minimum}-{Maximum}");
}
