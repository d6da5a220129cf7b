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

/// <summary>Places employees of the caller's scope in the talent box (9-box), in the order given.</summary>
/// <param name="Entries">The employees with their ratings or scores; each employee once.</param>
/// <param name="AsOf">The day whose rule set applies (default: today).</param>
public sealed record PlaceInNineBox(IReadOnlyList<NineBoxEntry> Entries, DateOnly? AsOf = null) : IRequest<IReadOnlyList<NineBoxResult>>;

internal sealed class PlaceInNineBoxValidator : AbstractValidator<PlaceInNineBox>
{
    public PlaceInNineBoxValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
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
        RuleFor(x => x.Entries).CustomAsync(async (entries, context, ct) =>
        {
            if (entries is null || entries.Count == 0)
            {
                return;
            }

            var ids = entries.Select(e => e.EmployeeId).Distinct().ToArray();
            var found = (await employees.ListAsync(new EmployeesSpec(scope.Current, ids: ids), ct).ConfigureAwait(false)).Select(e => e.Id).ToHashSet();
            for (var i = 0; i < entries.Count; i++)
            {
                if (!found.Contains(entries[i].EmployeeId))
                {
                    context.AddFailure($"Entries[{i}].EmployeeId", Messages.Get("Competencies_EmployeeNotFoundScope"));
                }
            }
        });
    }
}

internal sealed class PlaceInNineBoxHandler(RuleSetRegistry rules, TimeProvider time)
    : IRequestHandler<PlaceInNineBox, IReadOnlyList<NineBoxResult>>
{
    public Task<IReadOnlyList<NineBoxResult>> Handle(PlaceInNineBox request, CancellationToken cancellationToken)
    {
        var ruleSet = rules.InForce<NineBoxRuleSet>(request.AsOf ?? time.Today());
        IReadOnlyList<NineBoxResult> results = request.Entries
            .Select(e => new NineBoxResult(
                e.EmployeeId,
                NineBoxRule.Place(
                    e.Performance ?? ruleSet.ClassifyPerformance(e.PerformanceScore!.Value),
                    e.Potential ?? ruleSet.ClassifyPotential(e.PotentialScore!.Value),
                    ruleSet)))
            .ToArray();
        return Task.FromResult(results);
    }
}
