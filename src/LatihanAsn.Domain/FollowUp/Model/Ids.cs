namespace LatihanAsn.Domain.FollowUp;

/// <summary>Identifies a certificate.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct CertificateId(Guid Value) : IComparable<CertificateId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static CertificateId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(CertificateId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is CertificateId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a CertificateId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies a mentoring or coaching plan.</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct MentoringPlanId(Guid Value) : IComparable<MentoringPlanId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static MentoringPlanId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(MentoringPlanId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is MentoringPlanId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not a MentoringPlanId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}

/// <summary>Identifies an action plan (rencana aksi).</summary>
/// <param name="Value">The underlying value.</param>
/// <remarks>Ordered by <see cref="Guid.CompareTo(Guid)"/>, so specifications can break ties by identifier.</remarks>
public readonly record struct ActionPlanId(Guid Value) : IComparable<ActionPlanId>, IComparable
{
    /// <summary>Creates a new, unique identifier.</summary>
    /// <returns>The identifier.</returns>
    public static ActionPlanId New() => new(Guid.NewGuid());

    /// <inheritdoc />
    public int CompareTo(ActionPlanId other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj is ActionPlanId other ? CompareTo(other) : obj is null ? 1 : throw new ArgumentException("Not an ActionPlanId.", nameof(obj));

    /// <inheritdoc />
    public override string ToString() => Value.ToString();
}
