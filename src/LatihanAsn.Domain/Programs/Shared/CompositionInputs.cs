using Ardalis.Specification;
using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.NeedsAnalysis;

namespace LatihanAsn.Domain.Programs;

/// <summary>Builds a <see cref="CompositionProblem"/> from the stores: needs, profiles, ledgers, catalogue, reach and rule sets.</summary>
internal sealed class CompositionInputs(
    NeedsLoader needs,
    SurveyAccess surveys,
    IReadRepository<SurveyResponse> responses,
    IReadRepository<LearningHoursLedger> ledgers,
    IReadRepository<Course> courses,
    IReadRepository<RegionReach> regions,
    RuleSetRegistry rules,
    LatihanAsnOptions options,
    TimeProvider time)
{
    public async Task<CompositionProblem> LoadAsync(CallerScope scope, int year, decimal budget, string? regionCode, string? opdCode, SurveyId? surveyId, CancellationToken cancellationToken)
    {
        var asOf = time.Today();
        var rows = await needs.LoadAsync(scope, asOf, regionCode, opdCode, null, false, cancellationToken).ConfigureAwait(false);
        var members = rows.Select(r => new NeedsMember(r.Snapshot.Employee.Id, r.Snapshot.Employee.RegionCode, r.Snapshot.Employee.OpdCode, r.Snapshot.Position.Kind, r.Needs)).ToArray();
        var surveyed = new List<SurveyMember>();
        var scale = RatingScale.OneToFive;
        if (surveyId is { } id)
        {
            var survey = await surveys.LoadAsync(id, cancellationToken).ConfigureAwait(false);
            scale = survey.Scale;
            surveyed.AddRange((await responses.ListAsync(new SurveyResponsesSpec(scope, survey.Id), cancellationToken).ConfigureAwait(false))
                .Select(r => new SurveyMember(r.Respondent.ToString(), r.RegionCode, r.OpdCode, r.PositionKind, r.ToRatingPairs().ToArray(), r.ToProposals().ToArray())));
        }

        var register = NeedsRegisterRule.BuildForPlanning(members, surveyed, scale, PopulationDimension.Region, asOf, rules.InForce<PriorityWeightsRuleSet>(asOf), options.MinimumGroupSize);
        var priority = register.Entries.ToDictionary(e => (e.Group, e.Competency), e => e.Priority.Score);
        var conversion = rules.InForce<JpConversionRuleSet>(new DateOnly(year, 12, 31));
        var earned = (await ledgers.ListAsync(new LedgersSpec(scope, year, null, regionCode, opdCode), cancellationToken).ConfigureAwait(false))
            .ToDictionary(l => l.EmployeeId, l => l.Standing(conversion).Jp);
        var employees = rows.Select(r => new CompositionEmployee(
            r.Snapshot.Employee.Id,
            r.Snapshot.Employee.RegionCode,
            r.Snapshot.Employee.OpdCode,
            r.Snapshot.Profile.Entries.ToDictionary(e => e.Competency, e => e.Level.Value),
            earned.GetValueOrDefault(r.Snapshot.Employee.Id),
            [])).ToArray();
        var compositionNeeds = rows.SelectMany(r => r.Needs
            .Where(n => n.IsTrainingNeed)
            .Select(n =>
            {
                var current = (n.Held?.Actual ?? n.ToBeHeld!.Actual)!.Value.Value;
                return new CompositionNeed(r.Snapshot.Employee.Id, n.Competency, current, current + n.Shortfall!.Value, priority.GetValueOrDefault((r.Snapshot.Employee.RegionCode, n.Competency)));
            })).ToArray();
        var catalogue = await courses.ListAsync(new CoursesSpec(activeOnly: true), cancellationToken).ConfigureAwait(false);
        var reach = await regions.ListAsync(new RegionReachSpec(), cancellationToken).ConfigureAwait(false);
        var day = new DateOnly(year, 1, 1);
        return new CompositionProblem(
            year, budget, employees, compositionNeeds, catalogue, reach, rules.InForce<TrainingCalendarRuleSet>(day), rules.InForce<DeliveryPolicyRuleSet>(day), conversion.RequiredJpPerYear,
            year == asOf.Year ? asOf.AddDays(1) : null);
    }
}
