using Samenwerking.Application.Common.Concurrency;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions;

/// <summary>A webhook subscription and how its deliveries are going; never its secret.</summary>
/// <param name="Id">Identifier of the subscription.</param>
/// <param name="CallbackUrl">Where events are POSTed.</param>
/// <param name="EventTypes">The event types delivered.</param>
/// <param name="MunicipalityCode">Only events of collaborations this municipality takes or took part in; null for all.</param>
/// <param name="Status">`active`, or `failing` once one event could not be delivered for 24 hours (deliveries stopped until reactivated).</param>
/// <param name="CreatedAt">When it was created (UTC); events from then on are delivered.</param>
/// <param name="PreviousSecretExpiresAt">Until when the secret before the last rotation still signs beside the current one (UTC); null when only one secret signs.</param>
/// <param name="Delivery">The state of deliveries.</param>
public sealed record SubscriptionDto(
    Guid Id,
    string CallbackUrl,
    IReadOnlyList<string> EventTypes,
    string? MunicipalityCode,
    SubscriptionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PreviousSecretExpiresAt,
    DeliveryStateDto Delivery);

/// <param name="Cursor">The feed position deliveries continue after (the change feed's cursor): the last event delivered, or where the subscription started or was redelivered from.</param>
/// <param name="LastDeliveredEventId">The id of the last event the receiver accepted.</param>
/// <param name="LastDeliveredAt">When that was (UTC).</param>
/// <param name="FailingSince">When the event now waiting first failed (UTC); null while deliveries succeed.</param>
/// <param name="FailedAttempts">Failed attempts for the event now waiting.</param>
/// <param name="NextAttemptAt">When the next attempt is due (UTC).</param>
/// <param name="LastError">What went wrong the last time (status code or connection problem).</param>
public sealed record DeliveryStateDto(
    string Cursor,
    Guid? LastDeliveredEventId,
    DateTimeOffset? LastDeliveredAt,
    DateTimeOffset? FailingSince,
    int FailedAttempts,
    DateTimeOffset NextAttemptAt,
    string? LastError);

/// <summary>A new subscription, with the signing secret: shown this once, never again.</summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Secret">The Standard Webhooks signing secret (`whsec_` + base64 key).</param>
public sealed record CreatedSubscriptionDto(SubscriptionDto Subscription, string Secret);

public static class SubscriptionMapping
{
    public static SubscriptionDto ToDto(this Subscription s, DateTimeOffset now) => new(s.Id, s.CallbackUrl, s.EventTypes, s.MunicipalityCode,
        s.IsFailing ? SubscriptionStatus.Failing : SubscriptionStatus.Active, s.CreatedAt,
        s.PreviousSecretExpiresAt > now ? s.PreviousSecretExpiresAt : null,
        new DeliveryStateDto(EventCursor.At(s.Position).ToString(), s.LastDeliveredEventId, s.LastDeliveredAt, s.FailingSince, s.FailedAttempts,
            s.NextAttemptAt, s.LastError));

    public static Versioned<SubscriptionDto> ToVersionedDto(this Subscription s, DateTimeOffset now) => new(s.ToDto(now), s.Version);
}
