using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Application.Common.Paging;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page and its list's total, counted in the same statement (<see cref="ListTotal.Counting{TRow}"/>).</summary>
    public static Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize,
        CancellationToken cancellationToken) =>
        ordered.ToPageAsync(ListTotal.Counting(ordered), page, pageSize, cancellationToken);

    /// <summary>
    /// One page with the total <paramref name="total"/> gives, in one statement: each row carries the total beside it.
    /// Only a page past the end, which has no row, asks for the total in a second statement.
    /// </summary>
    public static Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, ListTotal total,
        int page, int pageSize, CancellationToken cancellationToken) =>
        PageAsync((skip, take) => ordered.Select(WithTotal<T>(total)).Skip(skip).Take(take), total, page, pageSize, cancellationToken);

    /// <summary>
    /// One page chosen among keys before the rows they name are read (a search picks its page among index entries, then
    /// reads those collaborations alone): <paramref name="orderedKeys"/>, distinct, is paged with the total beside each
    /// key, and <paramref name="rowsOf"/> turns that page into the page's rows, in order, passing each key's total on.
    /// </summary>
    public static Task<PagedResult<T>> ToPageAsync<TKey, T>(this IQueryable<TKey> orderedKeys, ListTotal total, int page,
        int pageSize, Func<IQueryable<Counted<TKey>>, IQueryable<Counted<T>>> rowsOf, CancellationToken cancellationToken) =>
        PageAsync((skip, take) => rowsOf(KeysOnPage(orderedKeys, total, skip, take)), total, page, pageSize, cancellationToken);

    private static IQueryable<Counted<TKey>> KeysOnPage<TKey>(IQueryable<TKey> orderedKeys, ListTotal total, int skip, int take)
    {
        var keys = orderedKeys.Select(WithTotal<TKey>(total)).Skip(skip).Take(take);
        // EF holds a projection back until a later operator needs it; the rows' join would then compute the count
        // around the page, where it counts the page. Distinct needs the projection at once, so the count lands beside
        // the keys, before their LIMIT; distinct keys carrying one total stay as they are.
        return total.CountsRowsFound ? keys.Distinct() : keys;
    }

    private static async Task<PagedResult<T>> PageAsync<T>(Func<int, int, IQueryable<Counted<T>>> pageOf, ListTotal total,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        // In long: (page - 1) * pageSize overflows int for a page far beyond the last. Such a page is empty
        // whatever the offset, so it is capped rather than refused.
        var skip = (int)Math.Min(((long)page - 1) * pageSize, int.MaxValue);
        var rows = await pageOf(skip, pageSize).ToListAsync(cancellationToken);
        var totalItems = rows.Count > 0 ? rows[0].Total
            : skip == 0 ? 0
            : await total.Separately(cancellationToken);
        return new PagedResult<T>(rows.ConvertAll(row => row.Item), PageInfo.For(page, pageSize, totalItems));
    }

    public static void ValidPage<T>(this IRuleBuilder<T, int> page) =>
        page.GreaterThanOrEqualTo(1);

    public static void ValidPageSize<T>(this IRuleBuilder<T, int> pageSize) =>
        pageSize.InclusiveBetween(1, MaxPageSize);

    private static Expression<Func<T, Counted<T>>> WithTotal<T>(ListTotal total)
    {
        var item = Expression.Parameter(typeof(T), "item");
        return Expression.Lambda<Func<T, Counted<T>>>(
            Expression.MemberInit(Expression.New(typeof(Counted<T>)),
                Expression.Bind(typeof(Counted<T>).GetProperty(nameof(Counted<T>.Item))!, item),
                Expression.Bind(typeof(Counted<T>).GetProperty(nameof(Counted<T>.Total))!, total.InStatement.Body)),
            item);
    }
}
