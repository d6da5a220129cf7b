using System.Linq.Expressions;
using Ardalis.Specification;

namespace LatihanAsn.Domain.Common;

/// <summary>How wide a caller's view is.</summary>
public enum ScopeLevel
{
    /// <summary>The whole province (every record the host holds).</summary>
    Province = 0,

    /// <summary>One kabupaten/kota.</summary>
    Region = 1,

    /// <summary>One OPD (work unit).</summary>
    Opd = 2,
}

/// <summary>
/// Who may see what: the part of the data a caller may read and change. The host supplies it for each call as the
/// <see cref="Caller.Scope"/> of its <see cref="ICallerAccessor"/>; the library composes it into every repository call on a scoped aggregate
/// (see <see cref="ScopedSpecification{T}"/>) and refuses requests that name anything outside it.
/// </summary>
public sealed record CallerScope
{
    private CallerScope(ScopeLevel level, string? regionCode, string? opdCode)
    {
        Level = level;
        RegionCode = regionCode;
        OpdCode = opdCode;
    }

    /// <summary>Gets the scope of the whole province.</summary>
    public static CallerScope Province { get; } = new(ScopeLevel.Province, null, null);

    /// <summary>Gets how wide the scope is.</summary>
    public ScopeLevel Level { get; }

    /// <summary>Gets the region code for a <see cref="ScopeLevel.Region"/> scope, otherwise <see langword="null"/>.</summary>
    public string? RegionCode { get; }

    /// <summary>Gets the OPD code for an <see cref="ScopeLevel.Opd"/> scope, otherwise <see langword="null"/>.</summary>
    public string? OpdCode { get; }

    /// <summary>Creates the scope of one region.</summary>
    /// <param name="regionCode">The region code (for example the BPS code <c>1871</c>).</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The code is empty.</exception>
    public static CallerScope ForRegion(string regionCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        return new(ScopeLevel.Region, regionCode.Trim(), null);
    }

    /// <summary>Creates the scope of one OPD.</summary>
    /// <param name="opdCode">The OPD code, unique across the host's data.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentException">The code is empty.</exception>
    public static CallerScope ForOpd(string opdCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opdCode);
        return new(ScopeLevel.Opd, null, opdCode.Trim());
    }

    /// <summary>Tells whether a record located in a region and an OPD is inside this scope.</summary>
    /// <param name="regionCode">The record's region code.</param>
    /// <param name="opdCode">The record's OPD code.</param>
    /// <returns><see langword="true"/> when the caller may see it.</returns>
    public bool Covers(string regionCode, string opdCode) => Level switch
    {
        ScopeLevel.Province => true,
        ScopeLevel.Region => string.Equals(regionCode, RegionCode, StringComparison.Ordinal),
        _ => string.Equals(opdCode, OpdCode, StringComparison.Ordinal),
    };

    /// <summary>Tells whether a whole region is inside this scope (an OPD scope never covers a whole region).</summary>
    /// <param name="regionCode">The region code.</param>
    /// <returns><see langword="true"/> when the caller may see the whole region.</returns>
    public bool CoversRegion(string regionCode) => Level switch
    {
        ScopeLevel.Province => true,
        ScopeLevel.Region => string.Equals(regionCode, RegionCode, StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>Tells whether a whole OPD is inside this scope.</summary>
    /// <param name="opdCode">The OPD code.</param>
    /// <param name="opdRegionCode">The region the OPD is located in.</param>
    /// <returns><see langword="true"/> when the caller may see the whole OPD.</returns>
    public bool CoversOpd(string opdCode, string opdRegionCode) => Covers(opdRegionCode, opdCode);

    /// <summary>Throws <see cref="ScopeViolationException"/> unless the record is inside this scope.</summary>
    /// <param name="regionCode">The record's region code.</param>
    /// <param name="opdCode">The record's OPD code.</param>
    /// <param name="what">What is being reached, in words, for the message.</param>
    /// <exception cref="ScopeViolationException">The record is outside the scope.</exception>
    public void EnsureCovers(string regionCode, string opdCode, string what)
    {
        if (!Covers(regionCode, opdCode))
        {
            throw new ScopeViolationException(this, what);
        }
    }

    /// <summary>Returns the scope in words, for example <c>region 1871</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Level switch
    {
        ScopeLevel.Province => Messages.Get("Common_Province"),
        ScopeLevel.Region => Messages.Get("Common_Region", RegionCode),
        _ => $"OPD {OpdCode}",
    };
}

/// <summary>A record located in a region and an OPD, and therefore subject to the caller's scope.</summary>
public interface IScoped
{
    /// <summary>Gets the region code (kabupaten/kota) the record belongs to.</summary>
    string RegionCode { get; }

    /// <summary>Gets the OPD code the record belongs to.</summary>
    string OpdCode { get; }
}

/// <summary>
/// Base of every specification over a scoped aggregate: its constructor composes the caller's scope into the query
/// as a filter expression, so the host's store applies it (nothing is filtered after loading).
/// </summary>
/// <typeparam name="T">The scoped aggregate type.</typeparam>
public abstract class ScopedSpecification<T> : Specification<T>
    where T : class, IScoped
{
    /// <summary>Initialises the specification with the caller's scope.</summary>
    /// <param name="scope">The caller's scope.</param>
    protected ScopedSpecification(CallerScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Scope = scope;
        var filter = ScopeFilter.For<T>(scope);
        if (filter is not null)
        {
            Query.Where(filter);
        }
    }

    /// <summary>Gets the scope this specification is limited to.</summary>
    public CallerScope Scope { get; }

    /// <summary>
    /// Marks the specification as a query's read: what it returns is only read, never changed and staged, so a store
    /// need not track it (EF Core: <c>AsNoTracking</c>). Only for queries and loaders whose results no command updates.
    /// </summary>
    internal ScopedSpecification<T> ReadOnly()
    {
        Query.AsNoTracking();
        return this;
    }
}

/// <summary>Builds the scope filter as an expression a query provider can translate.</summary>
internal static class ScopeFilter
{
    public static Expression<Func<T, bool>>? For<T>(CallerScope scope)
        where T : IScoped
    {
        if (scope.Level == ScopeLevel.Province)
        {
            return null;
        }

        // Property access on the concrete type (not through the interface), so EF Core and other providers translate it.
        var parameter = Expression.Parameter(typeof(T), "x");
        var (property, value) = scope.Level == ScopeLevel.Region
            ? (nameof(IScoped.RegionCode), scope.RegionCode!)
            : (nameof(IScoped.OpdCode), scope.OpdCode!);
        var body = Expression.Equal(Expression.Property(parameter, property), Expression.Constant(value, typeof(string)));
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }
}
