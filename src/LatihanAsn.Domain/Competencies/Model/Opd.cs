using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>An OPD (organisasi perangkat daerah): a regional government work unit such as a dinas or badan.</summary>
public sealed class Opd : AggregateRoot<OpdId>, IScoped
{
    private Opd()
    {
        OpdCode = Name = RegionCode = string.Empty;
    }

    /// <summary>Gets the OPD code, unique across the host's data.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the OPD's name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the code of the region (kabupaten/kota) it is located in.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Registers an OPD.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="opdCode">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="regionCode">The region code.</param>
    /// <returns>The OPD, with an <see cref="OpdRegistered"/> event pending.</returns>
    /// <exception cref="ArgumentException">An empty value.</exception>
    public static Opd Register(OpdId id, string opdCode, string name, string regionCode)
    {
        Guard.Against.Default(id.Value);
        var opd = new Opd
        {
            Id = id,
            OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim(),
            Name = Guard.Against.NullOrWhiteSpace(name).Trim(),
            RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim(),
        };
        opd.Raise(new OpdRegistered(opd.Id, opd.OpdCode, opd.RegionCode));
        return opd;
    }
}
