using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;

namespace LatihanAsn.Domain.Competencies;

/// <summary>The kind of employment of an ASN.</summary>
public enum EmploymentType
{
    /// <summary>Pegawai Negeri Sipil: permanent civil servant.</summary>
    Pns = 0,

    /// <summary>Pegawai Pemerintah dengan Perjanjian Kerja: contract civil servant.</summary>
    Pppk = 1,
}

/// <summary>An employee (ASN) holding a position in an OPD and a region.</summary>
public sealed class Employee : AggregateRoot<EmployeeId>, IScoped
{
    private Employee()
    {
        Name = OpdCode = RegionCode = string.Empty;
    }

    /// <summary>Gets the NIP.</summary>
    public Nip Nip { get; private set; }

    /// <summary>Gets the full name.</summary>
    public string Name { get; private set; }

    /// <summary>Gets the kind of employment.</summary>
    public EmploymentType Employment { get; private set; }

    /// <summary>Gets the position held.</summary>
    public PositionId PositionId { get; private set; }

    /// <summary>Gets the OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets the region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Registers an employee.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="nip">The NIP (already validated by <see cref="Nip.Parse"/>).</param>
    /// <param name="name">The full name.</param>
    /// <param name="employment">PNS or PPPK.</param>
    /// <param name="positionId">The position held.</param>
    /// <param name="opdCode">The OPD.</param>
    /// <param name="regionCode">The region.</param>
    /// <returns>The employee, with an <see cref="EmployeeRegistered"/> event pending.</returns>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public static Employee Register(EmployeeId id, Nip nip, string name, EmploymentType employment, PositionId positionId, string opdCode, string regionCode)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.NullOrEmpty(nip.Value, nameof(nip));
        Guard.Against.EnumOutOfRange(employment);
        Guard.Against.Default(positionId.Value);
        var employee = new Employee
        {
            Id = id,
            Nip = nip,
            Name = Guard.Against.NullOrWhiteSpace(name).Trim(),
            Employment = employment,
            PositionId = positionId,
            OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim(),
            RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim(),
        };
        employee.Raise(new EmployeeRegistered(employee.Id, nip, employee.RegionCode, employee.OpdCode));
        return employee;
    }

    /// <summary>Moves the employee to another position (and with it, possibly another OPD and region).</summary>
    /// <param name="positionId">The new position.</param>
    /// <param name="opdCode">The new OPD.</param>
    /// <param name="regionCode">The new region.</param>
    /// <exception cref="ArgumentException">A guard failed.</exception>
    public void Transfer(PositionId positionId, string opdCode, string regionCode)
    {
        Guard.Against.Default(positionId.Value);
        PositionId = positionId;
        OpdCode = Guard.Against.NullOrWhiteSpace(opdCode).Trim();
        RegionCode = Guard.Against.NullOrWhiteSpace(regionCode).Trim();
        Raise(new EmployeeTransferred(Id, PositionId, RegionCode, OpdCode));
    }
}
