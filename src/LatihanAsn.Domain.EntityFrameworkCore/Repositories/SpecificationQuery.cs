using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;

namespace LatihanAsn.Domain.EntityFrameworkCore;

/// <summary>
/// Applies an Ardalis.Specification 9 specification to an <see cref="IQueryable{T}"/>, in the order its own evaluators
/// use: filters, then order, then paging, then projection. This is what Ardalis.Specification.EntityFrameworkCore would
/// do; that package is not needed for the library's specifications, which use only these parts.
/// </summary>
internal static class SpecificationQuery
{
    /// <summary>The filters and tracking options only: what <c>Count</c> and <c>Any</c> need (order and paging are ignored, as in Ardalis' own repository).</summary>
    public static IQueryable<T> Criteria<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        if (specification.IncludeExpressions.Any() || specification.IncludeStrings.Any() || specification.SearchCriterias.Any())
        {
            // Refuse rather than return a wrong answer: the library's aggregates have no navigations to include.
            throw new NotSupportedException($"{specification.GetType().Name}: includes and search criteria are not supported by this repository.");
        }

        foreach (var where in specification.WhereExpressions)
        {
            query = query.Where(where.Filter);
        }

        if (specification.AsNoTracking)
        {
            query = query.AsNoTracking();
        }
        else if (specification.AsNoTrackingWithIdentityResolution)
        {
            query = query.AsNoTrackingWithIdentityResolution();
        }
        else if (specification.AsTracking)
        {
            query = query.AsTracking();
        }

        return query;
    }

    /// <summary>The whole specification: filters, order, then paging.</summary>
    public static IQueryable<T> Apply<T>(this IQueryable<T> query, ISpecification<T> specification)
        where T : class
    {
        query = query.Criteria(specification);

        IOrderedQueryable<T>? ordered = null;
        foreach (var order in specification.OrderExpressions)
        {
            ordered = order.OrderType switch
            {
                OrderTypeEnum.OrderBy => query.OrderBy(order.KeySelector),
                OrderTypeEnum.OrderByDescending => query.OrderByDescending(order.KeySelector),
                OrderTypeEnum.ThenBy => Chained(ordered, specification).ThenBy(order.KeySelector),
                OrderTypeEnum.ThenByDescending => Chained(ordered, specification).ThenByDescending(order.KeySelector),
                _ => throw new NotSupportedException($"Unknown order type {order.OrderType}."),
            };
            query = ordered;
        }

        // Ardalis.Specification 9 keeps Skip and Take as int, -1 meaning "not set".
        if (specification.Skip > 0)
        {
            query = query.Skip(specification.Skip);
        }

        if (specification.Take >= 0)
        {
            query = query.Take(specification.Take);
        }

        return query;
    }

    /// <summary>The whole specification, then its projection (<c>Selector</c> or <c>SelectorMany</c>).</summary>
    public static IQueryable<TResult> Apply<T, TResult>(this IQueryable<T> query, ISpecification<T, TResult> specification)
        where T : class
    {
        query = query.Apply((ISpecification<T>)specification);
        return (specification.Selector, specification.SelectorMany) switch
        {
            ({ } selector, null) => query.Select(selector),
            (null, { } selectorMany) => query.SelectMany(selectorMany),
            (null, null) => throw new SelectorNotFoundException(),
            _ => throw new ConcurrentSelectorsException(),
        };
    }

    private static IOrderedQueryable<T> Chained<T>(IOrderedQueryable<T>? ordered, ISpecification<T> specification) =>
        ordered ?? throw new InvalidOperationException($"{specification.GetType().Name}: ThenBy without OrderBy.");
}
