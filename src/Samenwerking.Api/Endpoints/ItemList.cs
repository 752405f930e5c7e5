namespace Samenwerking.Api.Endpoints;

/// <summary>
/// Every list the API answers is an object with <c>items</c>, so a client reads every list the same way and a list can gain
/// members later without breaking it. Collections that can grow without bound are paged (<c>PagedResult</c> adds
/// <c>page</c>); the collections returned as an <c>ItemList</c> are bounded (the sub-resources of one collaboration,
/// the evaluation frameworks that administrators define, a caller's own subscriptions) and come whole.
/// </summary>
/// <param name="Items">Every item of the collection, in its documented order.</param>
public sealed record ItemList<T>(IReadOnlyList<T> Items);

public static class ItemList
{
    public static ItemList<T> Of<T>(IReadOnlyList<T> items) => new(items);
}
