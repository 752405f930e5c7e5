namespace Samenwerking.Api.Webhooks;

/// <summary>Where to deliver from again.</summary>
/// <param name="After">
/// A cursor of the change feed (from `listEvents`, or an earlier `delivery.cursor` of the subscription): every matching
/// event after it is delivered again, in feed order. Empty or left out: from the beginning of the feed.
/// </param>
public sealed record RedeliveryRequest(string? After = null)
{
    public static RedeliveryRequest Example { get; } = new("5123-88");
}
