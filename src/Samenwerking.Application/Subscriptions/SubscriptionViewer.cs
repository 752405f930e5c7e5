namespace Samenwerking.Application.Subscriptions;

/// <summary>Who asks: a subscription is visible only to its owner (the token subject) and to administrators.</summary>
public sealed record SubscriptionViewer(string Subject, bool Administrator);
