using System.Text.Json;
using Samenwerking.Application.Events;
using Samenwerking.Application.Subscriptions.SendTestEvent;
using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// A test event (<c>nl.samenwerking.subscription.test</c>), signed like every delivery and tried once through the
/// same guarded connection, so an address the rules refuse is reported, not reached.
/// </summary>
public sealed class TestEventSender(WebhookSender sender, TimeProvider time) : ITestEventSender
{
    public async Task<TestEventResultDto> SendAsync(Subscription subscription, CancellationToken cancellationToken)
    {
        var test = new ChangeEvent(EventCursor.Start, Guid.CreateVersion7(), EventTypes.SubscriptionTest, subscription.Id, time.GetUtcNow(),
            $"/subscriptions/{subscription.Id}", JsonSerializer.Serialize(new { subscriptionId = subscription.Id }));
        var outcome = await sender.SendAsync(WebhookHttpClient.TestName, subscription, test, cancellationToken);
        return new TestEventResultDto(test.Id, outcome.Accepted, outcome.StatusCode, (long)outcome.Duration.TotalMilliseconds, outcome.Error);
    }
}
