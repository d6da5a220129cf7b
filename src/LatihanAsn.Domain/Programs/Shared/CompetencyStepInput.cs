namespace LatihanAsn.Domain.Programs;

/// <summary>What a course develops in one competency.</summary>
/// <param name="Competency">The competency code.</param>
/// <param name="FromLevel">The lowest entry level, 1-4.</param>
/// <param name="ToLevel">The level it leads to, above <paramref name="FromLevel"/>, at most 5.</param>
/// <param name="Step">Levels gained, 1 or more.</param>
public sealed record CompetencyStepInput(string Competency, int FromLevel, int ToLevel, int Step = 1);
