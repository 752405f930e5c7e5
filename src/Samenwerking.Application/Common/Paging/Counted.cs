namespace Samenwerking.Application.Common.Paging;

/// <summary>
/// A row of a page with its list's total beside it, as one statement returns both. Set by initializer, not constructor,
/// so EF can read its members when a query goes on from it (a page of keys joined to the rows they name).
/// </summary>
public sealed class Counted<T>
{
    public required T Item { get; init; }

    public required int Total { get; init; }
}
