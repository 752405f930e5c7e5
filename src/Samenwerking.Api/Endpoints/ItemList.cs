namespace Samenwerking.Api.Endpoints;

/// <summary>
/// A bounded collection, returned whole: every item, without paging (the sub-resources of one collaboration, the evaluation
/// frameworks, a caller's own subscriptions). Collections that can grow without bound are paged instead and add `page`.
/// </summary>
/// <param name="Items">Every item of the collection, in its documented order.</param>
// One shape for every list, so a client reads them all the same way and a list can gain members later without breaking
// it; one generic type for all of them, named per item in the contract (SchemaIds: DecisionList, RoleList, …).
public sealed record ItemList<T>(IReadOnlyList<T> Items);

public static class ItemList
{
    public static ItemList<T> Of<T>(IReadOnlyList<T> items) => new(items);
}
