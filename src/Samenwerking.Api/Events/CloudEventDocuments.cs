using System.Text.Json;
using CloudNative.CloudEvents;
using CloudNative.CloudEvents.SystemTextJson;
using Samenwerking.Api.Http;
using Samenwerking.Application.Events;

namespace Samenwerking.Api.Events;

/// <summary>
/// The change feed's events in CloudEvents 1.0 structured JSON, the format of the NL GOV profile for
/// CloudEvents. The same document goes out in the feed and in webhook deliveries.
/// </summary>
public static class CloudEventDocuments
{
    /// <summary>Identifies this API as the producer (CloudEvents <c>source</c>).</summary>
    public static readonly Uri Source = new("urn:samenwerking:api", UriKind.Absolute);

    public static readonly CloudEventAttribute DataRef = CloudEventAttribute.CreateExtension("dataref", CloudEventAttributeType.UriReference);

    private static readonly JsonEventFormatter Formatter = new();

    public static CloudEvent ToCloudEvent(ChangeEvent change)
    {
        var cloudEvent = new CloudEvent(CloudEventsSpecVersion.V1_0, [DataRef])
        {
            Id = change.Id.ToString(),
            Source = Source,
            Type = change.Type,
            Subject = change.Subject.ToString(),
            Time = change.Time,
            DataContentType = "application/json",
            Data = JsonDocument.Parse(change.Data).RootElement.Clone(),
        };
        cloudEvent[DataRef] = new Uri(ApiVersion.BasePath + change.ResourcePath, UriKind.Relative);
        return cloudEvent;
    }

    public static JsonElement ToJson(ChangeEvent change) => Formatter.ConvertToJsonElement(ToCloudEvent(change));

    /// <summary>One event as the body of an HTTP request (structured mode), as webhooks send it.</summary>
    public static ReadOnlyMemory<byte> ToBody(ChangeEvent change) =>
        Formatter.EncodeStructuredModeMessage(ToCloudEvent(change), out _);
}
