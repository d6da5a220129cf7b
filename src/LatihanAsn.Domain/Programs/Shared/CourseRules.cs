using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>Loads courses and turns details into the model's values.</summary>
internal static class CourseRules
{
    /// <summary>Loads a course of the catalogue, or throws <see cref="NotFoundInScopeException"/>; the course itself checks whether it is withdrawn.</summary>
    public static async Task<Course> LoadAsync(IReadRepositoryBase<Course> courses, CourseId id, CancellationToken cancellationToken) =>
        await courses.FirstOrDefaultAsync(new CourseByIdSpec(id), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("FollowUp_Course"), id.ToString());

    public static async Task<(IReadOnlyList<CompetencyStep> Steps, IReadOnlyList<Prerequisite> Prerequisites)> ToModelAsync(CourseDetails details, IReadRepositoryBase<Course> courses, CancellationToken cancellationToken)
    {
        var prerequisites = details.Prerequisites;
        var steps = details.Develops.Select(s => new CompetencyStep(CompetencyCode.From(s.Competency), ProficiencyLevel.From(s.FromLevel), ProficiencyLevel.From(s.ToLevel), s.Step)).ToArray();
        var list = new List<Prerequisite>();
        foreach (var p in prerequisites ?? [])
        {
            if (p.CourseCode is { } code)
            {
                var course = await courses.FirstOrDefaultAsync(new CourseWithCodeSpec(code.Trim()), cancellationToken).ConfigureAwait(false)
                    ?? throw new NotFoundInScopeException(Messages.Get("FollowUp_Course"), code);
                list.Add(new Prerequisite(course.Id));
            }
            else
            {
                list.Add(new Prerequisite(Competency: CompetencyCode.From(p.Competency!), MinimumLevel: ProficiencyLevel.From(p.MinimumLevel!.Value)));
            }
        }

        return (steps, list);
    }
}
