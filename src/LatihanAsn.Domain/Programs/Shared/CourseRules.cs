using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Programs;

/// <summary>Turns details into the model's values.</summary>
internal static class CourseRules
{
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
