namespace LatihanAsn.Domain.Competencies;

/// <summary>One level of a competency being defined.</summary>
/// <param name="Level">The level, 1-5.</param>
/// <param name="Description">What the level means.</param>
/// <param name="Indicators">Behaviour indicators, if any.</param>
public sealed record LevelInput(int Level, string Description, IReadOnlyList<string>? Indicators = null);
