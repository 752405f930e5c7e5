using System.Linq.Expressions;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Samenwerking.Application.Common.Abstractions;
using Samenwerking.Application.Common.Querying;

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
        PageAsync((skip, take, cancellation) => ordered.Select(WithTotal<T>(total)).Skip(skip).Take(take).ToListAsync(cancellation),
            total.Separately, page, pageSize, cancellationToken);

    /// <summary>
    /// One page of a prepared query whose rows carry their list's total (<see cref="QueryFunctions.RowsBeforeLimit()"/>,
    /// say), run with the values <paramref name="valuesFor"/> gives for the rows to skip and take. Only a page past the
    /// end, which has no row, asks <paramref name="totalAlone"/>.
    /// </summary>
    public static Task<PagedResult<T>> ToPageAsync<TValues, T>(this IReadSideDbContext db, PreparedQuery<TValues, Counted<T>> query,
        Func<int, int, TValues> valuesFor, Func<CancellationToken, Task<int>> totalAlone, int page, int pageSize,
        CancellationToken cancellationToken) =>
        PageAsync((skip, take, cancellation) => db.Run(query, valuesFor(skip, take)).ToListAsync(cancellation).AsTask(), totalAlone,
            page, pageSize, cancellationToken);

    private static async Task<PagedResult<T>> PageAsync<T>(Func<int, int, CancellationToken, Task<List<Counted<T>>>> rowsOf,
        Func<CancellationToken, Task<int>> totalAlone, int page, int pageSize, CancellationToken cancellationToken)
    {
        // In long: (page - 1) * pageSize overflows int for a page far beyond the last. Such a page is empty
        // whatever the offset, so it is capped rather than refused.
        var skip = (int)Math.Min(((long)page - 1) * pageSize, int.MaxValue);
        var rows = await rowsOf(skip, pageSize, cancellationToken);
        var totalItems = rows.Count > 0 ? rows[0].Total
            : skip == 0 ? 0
            : await totalAlone(cancellationToken);
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
