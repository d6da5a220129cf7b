namespace LatihanAsn.Domain.Competencies;

/// <summary>An employee with their position, current profile and gaps on a day (internal read model).</summary>
internal sealed record EmployeeSnapshot(Employee Employee, Position Position, CompetencyStandard? Standard, CompetencyProfile Profile, IReadOnlyList<CompetencyGap> Gaps);
