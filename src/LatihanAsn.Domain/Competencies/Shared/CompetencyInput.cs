namespace LatihanAsn.Domain.Competencies;

/// <summary>A competency being defined.</summary>
/// <param name="Code">Its code, unique in the framework.</param>
/// <param name="Name">Its name.</param>
/// <param name="Group">Its group.</param>
/// <param name="Definition">Its definition.</param>
/// <param name="Levels">Levels 1 to 5, once each.</param>
public sealed record CompetencyInput(string Code, string Name, CompetencyGroup Group, string Definition, IReadOnlyList<LevelInput> Levels);
