namespace Samenwerking.Application.Common.Paging;

/// <summary>One page of a collection with what a client needs to page on.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, PageInfo Page);

/// <summary>Paging metadata: the page returned, its size, and the totals.</summary>
public sealed record PageInfo(int Page, int PageSize, int TotalItems, int TotalPages)
{
    /// <summary>
    /// Where a full page ends, on lists that page by key: pass it as <c>after</c> to get the items that sort after this
    /// page's last one. Absent on a page that is not full (the last).
    /// </summary>
    public string? Next { get; init; }

    public static PageInfo For(int page, int pageSize, int totalItems) =>
        new(page, pageSize, totalItems, totalItems == 0 ? 0 : (int)Math.Ceiling(totalItems / (double)pageSize));
}
