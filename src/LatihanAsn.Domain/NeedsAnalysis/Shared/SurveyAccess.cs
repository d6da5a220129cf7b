using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>Finds surveys the caller can see, resolving an OPD caller's region first.</summary>
internal sealed class SurveyAccess(IReadRepository<NeedsSurvey> surveys, IReadRepository<Opd> opds, ICallerScopeAccessor scope)
{
    public async Task<NeedsSurvey?> FindAsync(SurveyId id, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        string? region = null;
        if (caller.Level == ScopeLevel.Opd)
        {
            region = (await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, caller.OpdCode!), cancellationToken).ConfigureAwait(false))?.RegionCode;
        }

        return await surveys.FirstOrDefaultAsync(new NeedsSurveysVisibleSpec(caller, region, id), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds a survey the caller can see, or throws <see cref="NotFoundInScopeException"/>.</summary>
    public async Task<NeedsSurvey> LoadAsync(SurveyId id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Messages.Get("NeedsAnalysis_Survey2"), id.ToString());

    /// <summary>Whether the caller's scope covers the survey's whole population (needed to open, close or manage it).</summary>
    public bool CoversPopulation(SurveyPopulation population) => ScopeGuard.CoversWhole(scope.Current, population.RegionCode, population.OpdCode);
}
