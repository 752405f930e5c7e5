using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Application.Common.Paging;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>One page of <paramref name="ordered"/> with the number of rows it has (<see cref="ToPageAsync{T,TCounted}"/>).</summary>
    public static Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize,
        CancellationToken cancellationToken) =>
        ordered.ToPageAsync(ordered, page, pageSize, cancellationToken);

    /// <summary>
    /// One page of <paramref name="ordered"/>, and as its total the <c>COUNT</c> of <paramref name="counted"/> (the whole
    /// list, before any keyset cursor), in one statement: each row carries the count, which PostgreSQL computes once. Only
    /// a page past the end, which has no row to carry it, counts in a second statement.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T, TCounted>(this IQueryable<T> ordered, IQueryable<TCounted> counted,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        // In long: (page - 1) * pageSize overflows int for a page far beyond the last, which is empty whatever the offset.
        var skip = (int)Math.Min(((long)page - 1) * pageSize, int.MaxValue);
        var rows = await ordered.Select(item => new Counted<T> { Item = item, Total = counted.Count() })
            .Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        var totalItems = rows.Count > 0 ? rows[0].Total
            : skip == 0 ? 0
            : await counted.CountAsync(cancellationToken);
        return new PagedResult<T>(rows.ConvertAll(row => row.Item), PageInfo.For(page, pageSize, totalItems));
    }

    /// <summary>
    /// One page of <paramref name="ordered"/> with the number of rows its filters leave as the total, counted by a window
    /// over the same rows (<c>count(*) OVER ()</c>) instead of a second pass: for a statement that reads and sorts all its
    /// matches anyway, such as the name search, the rows are read once. Not for a page after a keyset cursor, whose
    /// condition the window would count too.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageCountedInPassingAsync<T>(this IQueryable<T> ordered, int page, int pageSize,
        CancellationToken cancellationToken)
    {
        var skip = (int)Math.Min(((long)page - 1) * pageSize, int.MaxValue);
        var rows = await ordered.Select(item => new Counted<T> { Item = item, Total = RowsBeforePaging() })
            .Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        var totalItems = rows.Count > 0 ? rows[0].Total
            : skip == 0 ? 0
            : await ordered.CountAsync(cancellationToken);
        return new PagedResult<T>(rows.ConvertAll(row => row.Item), PageInfo.For(page, pageSize, totalItems));
    }

    /// <summary>In a query only: the rows the statement's filters leave, before its LIMIT and OFFSET (Infrastructure translates it).</summary>
    public static int RowsBeforePaging() => throw new InvalidOperationException("RowsBeforePaging is only translated in a query.");

    public static void ValidPage<T>(this IRuleBuilder<T, int> page) =>
        page.GreaterThanOrEqualTo(1);

    public static void ValidPageSize<T>(this IRuleBuilder<T, int> pageSize) =>
        pageSize.InclusiveBetween(1, MaxPageSize);
}
