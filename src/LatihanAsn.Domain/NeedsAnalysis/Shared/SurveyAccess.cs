using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Finds surveys the caller can see, resolving an OPD caller's region first.</summary>
internal sealed class SurveyAccess(IReadRepository<NeedsSurvey> surveys, IReadRepository<Opd> opds, ICallerScopeAccessor scope)
{
    public async Task<NeedsSurvey?> FindAsync(SurveyId id, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var region = await CallerRegionAsync(caller, cancellationToken).ConfigureAwait(false);
        return await surveys.FirstOrDefaultAsync(new NeedsSurveysVisibleSpec(caller, region, id), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds the surveys among <paramref name="ids"/> that the caller can see (one query), by identifier.</summary>
    public async Task<Dictionary<SurveyId, NeedsSurvey>> FindManyAsync(IReadOnlyCollection<SurveyId> ids, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var region = await CallerRegionAsync(caller, cancellationToken).ConfigureAwait(false);
        return (await surveys.ListAsync(new NeedsSurveysVisibleByIdsSpec(caller, region, ids), cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.Id);
    }

    /// <summary>A survey found by <see cref="FindManyAsync"/>, or <see cref="NotFoundInScopeException"/> as <see cref="LoadAsync"/> throws it.</summary>
    public static NeedsSurvey Found(Dictionary<SurveyId, NeedsSurvey> found, SurveyId id) =>
        found.TryGetValue(id, out var survey) ? survey : throw new NotFoundInScopeException(Messages.Get("NeedsAnalysis_Survey2"), id.ToString());

    /// <summary>Finds a survey the caller can see, or throws <see cref="NotFoundInScopeException"/>.</summary>
    public async Task<NeedsSurvey> LoadAsync(SurveyId id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("NeedsAnalysis_Survey2"), id.ToString());

    private async Task<string?> CallerRegionAsync(CallerScope caller, CancellationToken cancellationToken) =>
        caller.Level == ScopeLevel.Opd
            ? (await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, caller.OpdCode!), cancellationToken).ConfigureAwait(false))?.RegionCode
            : null;

    /// <summary>Whether the caller's scope covers the survey's whole population (needed to open, close or manage it).</summary>
    public bool CoversPopulation(SurveyPopulation population) => ScopeGuard.CoversWhole(scope.Current, population.RegionCode, population.OpdCode);
}
