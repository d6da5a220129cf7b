using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>
/// Summarises the population in the caller's scope, or a region or OPD within it: JPM distribution and mean gaps per
/// competency, grouped by <paramref name="By"/>, with groups under the configured minimum size suppressed and the
/// complements that keep them from being derived from the other groups, levels and totals (<see cref="CellSuppression"/>). Naming a
/// region or OPD outside the scope throws <see cref="ScopeViolationException"/>.
/// </summary>
/// <param name="By">How to group.</param>
/// <param name="RegionCode">Only this region, if given.</param>
/// <param name="OpdCode">Only this OPD, if given.</param>
/// <param name="AsOf">The day (default: today).</param>
[RequiresCapability(Capabilities.PopulationRead)]
public sealed record SummarisePopulation(PopulationDimension By, string? RegionCode = null, string? OpdCode = null, DateOnly? AsOf = null) : IRequest<PopulationSummary>;

internal sealed class SummarisePopulationValidator : AbstractValidator<SummarisePopulation>
{
    public SummarisePopulationValidator()
    {
        RuleFor(x => x.By).KnownValue();
        RuleFor(x => x.RegionCode).MaxChars(20);
        RuleFor(x => x.OpdCode).MaxChars(50);
    }
}

internal sealed class SummarisePopulationHandler(ProfileLoader loader, ICallerScopeAccessor scope, IReadRepository<Opd> opds, RuleSetRegistry rules, LatihanAsnOptions options, TimeProvider time)
    : IRequestHandler<SummarisePopulation, PopulationSummary>
{
    public async Task<PopulationSummary> Handle(SummarisePopulation request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        await ScopeGuard.EnsureWithinAsync(caller, request.RegionCode, request.OpdCode, opds, cancellationToken).ConfigureAwait(false);

        var asOf = request.AsOf ?? time.Today();

        // The whole scope is loaded even for a region or OPD: suppression is computed over every level at once, so
        // that this answer and any other level's answer cannot be subtracted from each other.
        var snapshots = await loader.LoadAsync(caller, asOf, null, null, null, cancellationToken).ConfigureAwait(false);
        var members = snapshots.Select(s => new PopulationMember(s.Employee.Id, s.Employee.RegionCode, s.Employee.OpdCode, s.Position.Kind, s.Gaps)).ToList();
        return PopulationSummaryRule.Summarise(members, request.By, rules.InForce<JpmBandRuleSet>(asOf), options.JpmCapping, options.MinimumGroupSize, request.RegionCode, request.OpdCode);
    }
}
