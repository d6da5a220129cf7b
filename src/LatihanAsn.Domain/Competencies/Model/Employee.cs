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

/// <summary>Why a position to be held is named for an employee.</summary>
public enum CareerMove
{
    /// <summary>A planned promotion.</summary>
    Promotion = 0,

    /// <summary>Membership of a talent pool for the position.</summary>
    TalentPool = 1,

    /// <summary>A planned rotation or transfer.</summary>
    Rotation = 2,
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

    /// <summary>Gets the position to be held (promotion, talent pool, rotation), if one is named (PP 11/2017 art. 206).</summary>
    public PositionId? PositionToBeHeld { get; private set; }

    /// <summary>Gets why the position to be held was named, if one is.</summary>
    public CareerMove? CareerMove { get; private set; }

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

    /// <summary>Names the position the employee is to hold, or clears it, so needs analysis also measures the gap against it.</summary>
    /// <param name="positionId">The position, or <see langword="null"/> to clear.</param>
    /// <param name="move">Why; required with a position.</param>
    /// <exception cref="ArgumentException">A position without a known reason.</exception>
    /// <exception cref="DomainRuleException"><c>position_to_be_held_is_held</c>: the position is the one already held
    /// (nothing changes).</exception>
    public void NamePositionToBeHeld(PositionId? positionId, CareerMove? move)
    {
        if (positionId is { } id)
        {
            Guard.Against.Default(id.Value, nameof(positionId));
            if (move is null || !Enum.IsDefined(move.Value))
            {
                throw new ArgumentException("A position to be held needs a known reason.", nameof(move));
            }

            if (id == PositionId)
            {
                throw new DomainRuleException("position_to_be_held_is_held", Messages.Get("NeedsAnalysis_PositionToHeldMustDifferFrom"));
            }
        }

        PositionToBeHeld = positionId;
        CareerMove = positionId is null ? null : move;
        Raise(new PositionToBeHeldNamed(Id, positionId, CareerMove));
    }

    /// <summary>Moves the employee to another position (and with it, possibly another OPD and region).</summary>
    /// <param name="positionId">The new position.</param>
    /// <param name="opdCode">The new OPD.</param>
    /// <param name="regionCode">The new region.</param>
    /// <exception cref="ArgumentException">A guard failed (nothing changes).</exception>
    public void Transfer(PositionId positionId, string opdCode, string regionCode)
    {
        Guard.Against.Default(positionId.Value);
        Guard.Against.NullOrWhiteSpace(opdCode);
        Guard.Against.NullOrWhiteSpace(regionCode);
        PositionId = positionId;
        if (PositionToBeHeld == positionId)
        {
            PositionToBeHeld = null;
            CareerMove = null;
        }

        OpdCode = opdCode.Trim();
        RegionCode = regionCode.Trim();
        Raise(new EmployeeTransferred(Id, PositionId, RegionCode, OpdCode));
    }
}
