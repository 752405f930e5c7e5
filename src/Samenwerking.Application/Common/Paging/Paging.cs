using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Samenwerking.Application.Common.Paging;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Fetches one page and counts the list: at most two SQL statements whatever the page size.</summary>
    public static Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int pageSize,
        CancellationToken cancellationToken) =>
        ordered.ToPageAsync(ordered.CountAsync, page, pageSize, cancellationToken);

    /// <summary>
    /// As <see cref="ToPageAsync{T}(IQueryable{T}, int, int, CancellationToken)"/>, with the total from <paramref name="count"/>:
    /// a cheaper query with the same number of rows (one that needs no join, say), so the total costs less than the page.
    /// A page that is not full is the last one, so its own rows give the total and nothing is counted: most searches
    /// fit one page. Not after a keyset cursor (<paramref name="startsAtCursor"/>): the total is the whole list's.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> ordered, Func<CancellationToken, Task<int>> count,
        int page, int pageSize, CancellationToken cancellationToken, bool startsAtCursor = false)
    {
        // In long: (page - 1) * pageSize overflows int for a page far beyond the last. Such a page is empty
        // whatever the offset, so it is capped rather than refused.
        var skip = (int)Math.Min(((long)page - 1) * pageSize, int.MaxValue);
        var items = await ordered.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        var isLastPage = !startsAtCursor && items.Count < pageSize && (items.Count > 0 || skip == 0);
        var total = isLastPage ? skip + items.Count : await count(cancellationToken);
        return new PagedResult<T>(items, PageInfo.For(page, pageSize, total));
    }

    public static void ValidPage<T>(this IRuleBuilder<T, int> page) =>
        page.GreaterThanOrEqualTo(1);

    public static void ValidPageSize<T>(this IRuleBuilder<T, int> pageSize) =>
        pageSize.InclusiveBetween(1, MaxPageSize);
}
