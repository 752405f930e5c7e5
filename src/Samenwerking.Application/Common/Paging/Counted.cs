namespace Samenwerking.Application.Common.Paging;

/// <summary>A row of a page with its list's total beside it, as one statement returns both.</summary>
public sealed class Counted<T>
{
    public required T Item { get; init; }

    public required int Total { get; init; }
}
