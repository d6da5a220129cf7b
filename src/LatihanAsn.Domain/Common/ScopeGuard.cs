using LatihanAsn.Domain.Competencies;

namespace LatihanAsn.Domain.Common;

/// <summary>
/// The one check of a region or an OPD that a request names: it must be within the caller's scope, otherwise the
/// request is refused with <see cref="ScopeViolationException"/> before anything is read or changed.
/// </summary>
internal static class ScopeGuard
{
    /// <summary>Throws unless the whole named region, if any, is within the caller's scope.</summary>
    public static void EnsureRegion(CallerScope caller, string? regionCode)
    {
        if (regionCode is { } region && !caller.CoversRegion(region))
        {
            throw new ScopeViolationException(caller, Messages.Get("Common_Region", region));
        }
    }

    /// <summary>
    /// Throws unless the named region, if any, is wholly within the caller's scope and the named OPD, if any, is an OPD
    /// the caller can see.
    /// </summary>
    public static async Task EnsureWithinAsync(CallerScope caller, string? regionCode, string? opdCode, IReadRepository<Opd> opds, CancellationToken cancellationToken)
    {
        EnsureRegion(caller, regionCode);
        if (opdCode is { } opd && !await opds.AnyAsync(new OpdByCodeSpec(caller, opd), cancellationToken).ConfigureAwait(false))
        {
            throw new ScopeViolationException(caller, $"OPD {opd}");
        }
    }

    /// <summary>
    /// Whether the caller's scope covers the whole of an area given by an optional region and OPD (nothing named means
    /// the whole province): a province caller covers everything, a region caller its region, an OPD caller its OPD.
    /// </summary>
    public static bool CoversWhole(CallerScope caller, string? regionCode, string? opdCode) => caller.Level switch
    {
        ScopeLevel.Province => true,
        ScopeLevel.Region => regionCode == caller.RegionCode,
        _ => opdCode == caller.OpdCode,
    };

    /// <summary>Throws unless the caller's scope covers the whole area (see <see cref="CoversWhole"/>).</summary>
    public static void EnsureCoversWhole(CallerScope caller, string? regionCode, string? opdCode, string target)
    {
        if (!CoversWhole(caller, regionCode, opdCode))
        {
            throw new ScopeViolationException(caller, target);
        }
    }
}
