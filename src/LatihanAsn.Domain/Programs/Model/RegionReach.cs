using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Programs;

/// <summary>How well a region can follow online learning.</summary>
public enum Connectivity
{
    /// <summary>No usable connection: only in-person modes.</summary>
    None = 0,

    /// <summary>Enough for self-paced e-learning, not for synchronous online sessions.</summary>
    Limited = 1,

    /// <summary>Good enough for synchronous online sessions.</summary>
    Good = 2,
}

/// <summary>The trip from a region to a training centre.</summary>
/// <param name="CentreCode">The training centre.</param>
/// <param name="Hours">One-way travel time in hours.</param>
/// <param name="CostPerParticipant">Return travel cost per participant, in rupiah.</param>
public sealed record TravelLink(string CentreCode, decimal Hours, decimal CostPerParticipant);

/// <summary>
/// A region's reach: its connectivity and its travel time and cost to each training centre. The composition uses it to
/// decide where a region's employees can be trained and at what cost. Reference data shared by every caller.
/// </summary>
public sealed class RegionReach : AggregateRoot<Guid>
{
    private readonly List<TravelLink> _travel = [];

    private RegionReach()
    {
        RegionCode = Name = string.Empty;
    }

    /// <summary>Gets the region code.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the region's name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets its connectivity.</summary>
    public Connectivity Connectivity { get; private set; }

    /// <summary>Gets the trips to the training centres.</summary>
    public IReadOnlyList<TravelLink> Travel => _travel;

    /// <summary>Creates a region's reach.</summary>
    /// <param name="regionCode">The region code.</param>
    /// <param name="name">The name.</param>
    /// <param name="connectivity">The connectivity.</param>
    /// <param name="travel">Trips to centres: non-negative, each centre once.</param>
    /// <returns>The reach.</returns>
    public static RegionReach Define(string regionCode, string name, Connectivity connectivity, IEnumerable<TravelLink> travel)
    {
        var reach = new RegionReach { Id = Guid.NewGuid(), RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim() };
        reach.Update(name, connectivity, travel);
        return reach;
    }

    /// <summary>Replaces the reach's details.</summary>
    /// <param name="name">The name.</param>
    /// <param name="connectivity">The connectivity.</param>
    /// <param name="travel">Trips to centres.</param>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public void Update(string name, Connectivity connectivity, IEnumerable<TravelLink> travel)
    {
        Guard.Against.EnumOutOfRange(connectivity);
        var trips = Guard.Against.Null(travel).ToList();
        if (trips.Any(t => string.IsNullOrWhiteSpace(t.CentreCode) || t.Hours < 0 || t.CostPerParticipant < 0) || trips.GroupBy(t => t.CentreCode).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Each centre once, with non-negative hours and cost.", nameof(travel));
        }

        Name = Guard.Against.NullOrWhiteSpace(name).Trim();
        Connectivity = connectivity;
        _travel.Clear();
        _travel.AddRange(trips);
        Raise(new RegionReachSet(RegionCode, connectivity));
    }

    /// <summary>Returns the trip to a centre, if known.</summary>
    /// <param name="centreCode">The centre.</param>
    /// <returns>The trip, or <see langword="null"/>.</returns>
    public TravelLink? TripTo(string centreCode) => _travel.Find(t => t.CentreCode == centreCode);
}
