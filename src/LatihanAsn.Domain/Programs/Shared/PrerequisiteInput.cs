namespace LatihanAsn.Domain.Programs;

/// <summary>A prerequisite: another course by code, or a competency with a minimum level.</summary>
/// <param name="CourseCode">The course that must be completed first.</param>
/// <param name="Competency">The competency code, for a level prerequisite.</param>
/// <param name="MinimumLevel">The minimum level, with <paramref name="Competency"/>.</param>
public sealed record PrerequisiteInput(string? CourseCode = null, string? Competency = null, int? MinimumLevel = null);
