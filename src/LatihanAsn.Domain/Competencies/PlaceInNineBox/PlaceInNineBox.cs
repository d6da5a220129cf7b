using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>One employee to place in the talent box: each axis as a rating or as a score the agency's cut-offs classify.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Performance">The performance rating, or <see langword="null"/> to use <paramref name="PerformanceScore"/>.</param>
/// <param name="PerformanceScore">The performance score, when no rating is given.</param>
/// <param name="Potential">The potential rating, or <see langword="null"/> to use <paramref name="PotentialScore"/>.</param>
/// <param name="PotentialScore">The potential score, when no rating is given.</param>
public sealed record NineBoxEntry(EmployeeId EmployeeId, PerformanceRating? Performance = null, decimal? PerformanceScore = null, PotentialRating? Potential = null, decimal? PotentialScore = null);

/// <summary>An employee's talent-box placement.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Placement">The placement.</param>
public sealed record NineBoxResult(EmployeeId EmployeeId, NineBoxPlacement Placement);

/// <summary>
/// Places employees of the caller's scope in the talent box (9-box), in the order given. An employee outside the scope
/// is refused with <see cref="NotFoundInScopeException"/>.
/// </summary>
/// <param name="Entries">The employees with their ratings or scores; each employee once.</param>
/// <param name="AsOf">The day whose rule set applies (default: today).</param>
[RequiresCapability(Capabilities.PopulationRead)]
public sealed record PlaceInNineBox(IReadOnlyList<NineBoxEntry> Entries, DateOnly? AsOf = null) : IRequest<IReadOnlyList<NineBoxResult>>;

internal sealed class PlaceInNineBoxValidator : AbstractValidator<PlaceInNineBox>
{
    public PlaceInNineBoxValidator()
    {
        RuleFor(x => x.Entries).Required()
            .Must(e => e is null || e.Select(x => x.EmployeeId).Distinct().Count() == e.Count)
            .WithMessage(_ => Messages.Get("Competencies_EachEmployeeMayAppearOnlyOnce"));
        RuleForEach(x => x.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e).Must(e => e.Performance.HasValue ^ e.PerformanceScore.HasValue)
                .WithName(nameof(NineBoxEntry.Performance))
                .WithMessage(_ => Messages.Get("Competencies_GiveExactlyOnePerformanceRatingOr"));
            entry.RuleFor(e => e).Must(e => e.Potential.HasValue ^ e.PotentialScore.HasValue)
                .WithName(nameof(NineBoxEntry.Potential))
                .WithMessage(_ => Messages.Get("Competencies_GiveExactlyOnePotentialRatingOr"));
            entry.RuleFor(e => e.Performance!.Value).IsInEnum().When(e => e.Performance.HasValue)
                .WithMessage(_ => Messages.Get("Competencies_UnknownPerformanceRating"));
            entry.RuleFor(e => e.Potential!.Value).IsInEnum().When(e => e.Potential.HasValue)
                .WithMessage(_ => Messages.Get("Competencies_UnknownPotentialRating"));
        });
    }
}

internal sealed class PlaceInNineBoxHandler(IReadRepository<Employee> employees, ICallerScopeAccessor scope, RuleSetRegistry rules, TimeProvider time)
    : IRequestHandler<PlaceInNineBox, IReadOnlyList<NineBoxResult>>
{
    public async Task<IReadOnlyList<NineBoxResult>> Handle(PlaceInNineBox request, CancellationToken cancellationToken)
    {
        var ids = request.Entries.Select(e => e.EmployeeId).ToArray();
        var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: ids), cancellationToken).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
        foreach (var id in ids.Where(id => !found.Contains(id)))
        {
            throw new NotFoundInScopeException(Messages.Get("Competencies_Employee"), id.ToString());
        }

        var ruleSet = rules.InForce<NineBoxRuleSet>(request.AsOf ?? time.Today());
        IReadOnlyList<NineBoxResult> results = request.Entries
            .Select(e => new NineBoxResult(
                e.EmployeeId,
                NineBoxRule.Place(
                    e.Performance ?? ruleSet.ClassifyPerformance(e.PerformanceScore!.Value),
                    e.Potential ?? ruleSet.ClassifyPotential(e.PotentialScore!.Value),
                    ruleSet)))
            .ToArray();
        return results;
    }
}
