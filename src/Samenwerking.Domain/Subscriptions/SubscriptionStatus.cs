namespace Samenwerking.Domain.Subscriptions;

public enum SubscriptionStatus
{
    /// <summary>Deliveries go out (possibly after a pause while the receiver fails).</summary>
    Active = 1,

    /// <summary>One event failed for a whole day: deliveries stopped.</summary>
    Failing = 2,
}
