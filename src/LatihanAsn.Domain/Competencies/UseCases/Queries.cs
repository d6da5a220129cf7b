using FluentValidation;
using LatihanAsn.Domain.Common;
using MediatR;

namespace LatihanAsn.Domain.Competencies;

/// <summary>An employee's profile, gaps and JPM on a day.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="Nip">The NIP.</param>
/// <param name="Name">The name.</param>
/// <param name="PositionId">The position held.</param>
/// <param name="PositionName">Its name.</param>
/// <param name="PositionKind">Its kind.</param>
/// <param name="RegionCode">The region.</param>
/// <param name="OpdCode">The OPD.</param>
/// <param name="AsOf">The day.</param>
/// <param name="Profile">The current profile.</param>
/// <param name="Gaps">The gaps against the position's standard in force (empty when none is).</param>
/// <param name="Jpm">The JPM, or <see langword="null"/> when the position has no standard in force.</param>
public sealed record EmployeeProfileView(
    EmployeeId EmployeeId,
    Nip Nip,
    string Name,
    PositionId PositionId,
    string PositionName,
    PositionKind PositionKind,
    string RegionCode,
    string OpdCode,
    DateOnly AsOf,
    CompetencyProfile Profile,
    IReadOnlyList<CompetencyGap> Gaps,
    JpmResult? Jpm);

/// <summary>Gets an employee's current profile with gaps and JPM. The employee must be in the caller's scope.</summary>
/// <param name="EmployeeId">The employee.</param>
/// <param name="AsOf">The day (default: today by the injected clock).</param>
public sealed record GetEmployeeProfile(EmployeeId EmployeeId, DateOnly? AsOf = null) : IRequest<EmployeeProfileView>;

/// <summary>
/// Summarises the population in the caller's scope, or a region or OPD within it: JPM distribution and mean gaps per
/// competency, grouped by <paramref name="By"/>, with groups under the configured minimum size suppressed. Naming a
/// region or OPD outside the scope throws <see cref="ScopeViolationException"/>.
/// </summary>
/// <param name="By">How to group.</param>
/// <param name="RegionCode">Only this region, if given.</param>
/// <param name="OpdCode">Only this OPD, if given.</param>
/// <param name="AsOf">The day (default: today).</param>
public sealed record SummarisePopulation(PopulationDimension By, string? RegionCode = null, string? OpdCode = null, DateOnly? AsOf = null) : IRequest<PopulationSummary>;

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

internal sealed class GetEmployeeProfileValidator : AbstractValidator<GetEmployeeProfile>
{
    public GetEmployeeProfileValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.EmployeeId)
            .MustAsync(async (id, ct) => await employees.AnyAsync(new EmployeeByIdSpec(scope.Current, id), ct).ConfigureAwait(false))
            .WithText("Pegawai tidak ditemukan dalam cakupan Anda.", "The employee was not found within your scope.");
    }
}

internal sealed class GetEmployeeProfileHandler(ProfileLoader loader, ICallerScopeAccessor scope, RuleSetRegistry rules, LatihanAsnOptions options, TimeProvider time)
    : IRequestHandler<GetEmployeeProfile, EmployeeProfileView>
{
    public async Task<EmployeeProfileView> Handle(GetEmployeeProfile request, CancellationToken cancellationToken)
    {
        var asOf = request.AsOf ?? time.Today();
        var snapshot = (await loader.LoadAsync(scope.Current, asOf, null, null, [request.EmployeeId], cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw new NotFoundInScopeException(Text.Pick("Pegawai", "Employee"), request.EmployeeId.ToString());
        var jpm = snapshot.Gaps.Count == 0 ? null : JpmRule.Compute(snapshot.Gaps, rules.InForce<JpmBandRuleSet>(asOf), options.JpmCapping);
        var e = snapshot.Employee;
        return new EmployeeProfileView(e.Id, e.Nip, e.Name, e.PositionId, snapshot.Position.Name, snapshot.Position.Kind, e.RegionCode, e.OpdCode, asOf, snapshot.Profile, snapshot.Gaps, jpm);
    }
}

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
        if (request.RegionCode is { } region && !caller.CoversRegion(region))
        {
            throw new ScopeViolationException(caller, Text.Pick($"wilayah {region}", $"region {region}"));
        }

        if (request.OpdCode is { } opd && !await opds.AnyAsync(new OpdByCodeSpec(caller, opd), cancellationToken).ConfigureAwait(false))
        {
            throw new ScopeViolationException(caller, $"OPD {opd}");
        }

        var asOf = request.AsOf ?? time.Today();
        var snapshots = await loader.LoadAsync(caller, asOf, request.RegionCode, request.OpdCode, null, cancellationToken).ConfigureAwait(false);
        var members = snapshots.Select(s => new PopulationMember(s.Employee.Id, s.Employee.RegionCode, s.Employee.OpdCode, s.Position.Kind, s.Gaps));
        return PopulationSummaryRule.Summarise(members, request.By, rules.InForce<JpmBandRuleSet>(asOf), options.JpmCapping, options.MinimumGroupSize);
    }
}

internal sealed class PlaceInNineBoxValidator : AbstractValidator<PlaceInNineBox>
{
    public PlaceInNineBoxValidator(IReadRepository<Employee> employees, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Entries).Required()
            .Must(e => e is null || e.Select(x => x.EmployeeId).Distinct().Count() == e.Count)
            .WithText("Setiap pegawai hanya boleh muncul sekali.", "Each employee may appear only once.");
        RuleForEach(x => x.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e).Must(e => e.Performance.HasValue ^ e.PerformanceScore.HasValue)
                .WithName(nameof(NineBoxEntry.Performance))
                .WithText("Isi tepat satu: peringkat kinerja atau skor kinerja.", "Give exactly one of a performance rating or a performance score.");
            entry.RuleFor(e => e).Must(e => e.Potential.HasValue ^ e.PotentialScore.HasValue)
                .WithName(nameof(NineBoxEntry.Potential))
                .WithText("Isi tepat satu: peringkat potensial atau skor potensial.", "Give exactly one of a potential rating or a potential score.");
            entry.RuleFor(e => e.Performance!.Value).IsInEnum().When(e => e.Performance.HasValue)
                .WithText("Peringkat kinerja tidak dikenal: {PropertyValue}.", "Unknown performance rating: {PropertyValue}.");
            entry.RuleFor(e => e.Potential!.Value).IsInEnum().When(e => e.Potential.HasValue)
                .WithText("Peringkat potensial tidak dikenal: {PropertyValue}.", "Unknown potential rating: {PropertyValue}.");
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
                    context.AddFailure($"Entries[{i}].EmployeeId", Text.Pick("Pegawai tidak ditemukan dalam cakupan Anda.", "The employee was not found within your scope."));
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
