
namespace Samenwerking.Api.Webhooks;

/// <summary>A webhook subscription to create.</summary>
/// <param name="CallbackUrl">An https URL reachable on the internet, without user name or password; events are POSTed to it as CloudEvents.</param>
/// <param name="EventTypes">The event types to deliver (see the `type` of the change feed's events).</param>
/// <param name="MunicipalityCode">Only events of collaborations this municipality takes or took part in, e.g. `GM0489`; leave out for all.</param>
public sealed record SubscriptionRequest(string? CallbackUrl, IReadOnlyList<string>? EventTypes, string? MunicipalityCode = null)
{
    /// <summary>The example the contract shows: a municipality's case system following its own collaborations.</summary>
    public static SubscriptionRequest Example { get; } = new("https://zaaksysteem.gemeente-voorbeeld.example/samenwerking/events",
        [Application.Events.EventTypes.Of(Domain.History.HistoryEntryKind.PhaseChanged), Application.Events.EventTypes.CollaborationDeleted], "GM0489");
}
