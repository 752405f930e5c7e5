namespace Samenwerking.Api.Webhooks;

/// <summary>
/// A JSON Merge Patch (RFC 7396) of a subscription: a member that is sent replaces the current value, `null` removes
/// it (only `municipalityCode` may be removed: then every municipality's events are delivered), and a member left
/// out stays as it is. The result is checked as a new subscription is: the callback must be https to public
/// addresses only, without user information.
/// </summary>
/// <remarks>Only documents the body: the endpoint applies the patch to the current subscription as JSON.</remarks>
public sealed record SubscriptionMergePatch
{
    /// <summary>Where events are POSTed from now on; a new URL is tried at once, with the failures counted so far forgotten.</summary>
    public string? CallbackUrl { get; init; }

    /// <summary>The event types to deliver, replacing the current list; applies from the subscription's position on.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }

    /// <summary>Only events of collaborations this municipality takes or took part in; null delivers every municipality's.</summary>
    public string? MunicipalityCode { get; init; }

    /// <summary>The example the contract shows: following one more kind of event.</summary>
    public static SubscriptionMergePatch Example { get; } = new()
    {
        EventTypes =
        [
            Application.Events.EventTypes.Of(Domain.History.HistoryEntryKind.PhaseChanged),
            Application.Events.EventTypes.Of(Domain.History.HistoryEntryKind.DecisionRecorded),
            Application.Events.EventTypes.CollaborationDeleted,
        ],
    };
}
