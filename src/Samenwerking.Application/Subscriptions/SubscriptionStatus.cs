namespace Samenwerking.Application.Subscriptions;

/// <summary>
/// Whether a subscription delivers: `active` (deliveries go on, also while an event is being retried) or `failing` (one
/// event could not be delivered for 24 hours; deliveries stopped until the subscription is reactivated or redelivered).
/// </summary>
public enum SubscriptionStatus
{
    /// <summary>Deliveries go on (also while an event is being retried).</summary>
    Active,

    /// <summary>One event could not be delivered for 24 hours: deliveries stopped until the subscription is reactivated or redelivered.</summary>
    Failing,
}
