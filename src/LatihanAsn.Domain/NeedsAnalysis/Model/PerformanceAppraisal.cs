using Ardalis.GuardClauses;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>
/// An employee's performance appraisal for a year: the result against the position's target (PP 11/2017 art. 206).
/// A correction is a new appraisal of the same year; the latest recorded counts.
/// </summary>
public sealed class PerformanceAppraisal : AggregateRoot<AppraisalId>, IScoped
{
    private PerformanceAppraisal()
    {
        RegionCode = OpdCode = string.Empty;
    }

    /// <summary>Gets the employee.</summary>
    public EmployeeId EmployeeId { get; private set; }

    /// <summary>Gets the appraisal year.</summary>
    public int Year { get; private set; }

    /// <summary>Gets the result.</summary>
    public decimal Result { get; private set; }

    /// <summary>Gets the target, on the same scale.</summary>
    public decimal Target { get; private set; }

    /// <summary>Gets the employee's region.</summary>
    public string RegionCode { get; private set; }

    /// <summary>Gets the employee's OPD.</summary>
    public string OpdCode { get; private set; }

    /// <summary>Gets when it was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Gets the gap as the needs rules use it.</summary>
    public PerformanceGap Gap => new(Year, Result, Target);

    /// <summary>Records an appraisal.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="employee">The employee.</param>
    /// <param name="year">The year.</param>
    /// <param name="result">The result, 0 or more.</param>
    /// <param name="target">The target, positive.</param>
    /// <param name="recordedAt">When.</param>
    /// <returns>The appraisal, with a <see cref="PerformanceAppraised"/> event pending.</returns>
    public static PerformanceAppraisal Record(AppraisalId id, Employee employee, int year, decimal result, decimal target, DateTimeOffset recordedAt)
    {
        Guard.Against.Default(id.Value);
        Guard.Against.Null(employee);
        Guard.Against.OutOfRange(year, nameof(year), 1950, 9999);
        Guard.Against.Negative(result);
        Guard.Against.NegativeOrZero(target);
        var appraisal = new PerformanceAppraisal
        {
            Id = id,
            EmployeeId = employee.Id,
            Year = year,
            Result = result,
            Target = target,
            RegionCode = employee.RegionCode,
            OpdCode = employee.OpdCode,
            RecordedAt = recordedAt,
        };
        appraisal.Raise(new PerformanceAppraised(employee.Id, year, result, target));
        return appraisal;
    }

    /// <summary>Moves the appraisal with its employee (called by the transfer use case).</summary>
    /// <param name="employee">The employee, already transferred.</param>
    public void FollowTransfer(Employee employee)
    {
        Guard.Against.Null(employee);
        if (employee.Id != EmployeeId)
        {
            throw new ArgumentException("The employee is not the appraised one.", nameof(employee));
        }

        RegionCode = employee.RegionCode;
        OpdCode = employee.OpdCode;
    }
}
