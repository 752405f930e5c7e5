using Samenwerking.Domain.Subscriptions;

namespace Samenwerking.Application.Subscriptions.SendTestEvent;

/// <summary>Sends a subscription one signed test event, once, under the same address rules as deliveries.</summary>
public interface ITestEventSender
{
    Task<TestEventResultDto> SendAsync(Subscription subscription, CancellationToken cancellationToken);
}
