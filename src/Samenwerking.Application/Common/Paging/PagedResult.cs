namespace Samenwerking.Application.Common.Paging;

/// <summary>One page of a collection with what a client needs to page on.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, PageInfo Page);

/// <summary>Paging metadata: the page returned, its size, and the totals.</summary>
public sealed record PageInfo(int Page, int PageSize, int TotalItems, int TotalPages)
{
    public static PageInfo For(int page, int pageSize, int totalItems) =>
        new(page, pageSize, totalItems, totalItems == 0 ? 0 : (int)Math.Ceiling(totalItems / (double)pageSize));
}
