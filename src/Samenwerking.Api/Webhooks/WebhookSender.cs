using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Samenwerking.Api.Events;
using Samenwerking.Application.Events;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Api.Webhooks;

/// <summary>How one request to a receiver went: its status code (none when it never answered), how long it took, and what went wrong.</summary>
public sealed record DeliveryOutcome(int? StatusCode, TimeSpan Duration, string? Error)
{
    /// <summary>The receiver answered 2xx.</summary>
    public bool Accepted => Error is null;
}

/// <summary>
/// POSTs one event to a subscription's callback as a signed CloudEvent (structured mode,
/// <c>application/cloudevents+json</c>), through a client that connects only to allowed addresses.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory httpClients, TimeProvider time)
{
    public async Task<DeliveryOutcome> SendAsync(string clientName, Subscription subscription, ChangeEvent change, CancellationToken cancellationToken)
    {
        var body = CloudEventDocuments.ToBody(change).ToArray();
        var id = change.Id.ToString();
        var now = time.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.CallbackUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(subscription.SigningSecrets(now), id, timestamp, body));
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await httpClients.CreateClient(clientName).SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            return new DeliveryOutcome(status, Stopwatch.GetElapsedTime(started),
                response.IsSuccessStatusCode ? null : $"The receiver answered {status}.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutException
                                              or Polly.Timeout.TimeoutRejectedException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new DeliveryOutcome(null, Stopwatch.GetElapsedTime(started), $"No answer: {exception.Message}");
        }
    }
}
