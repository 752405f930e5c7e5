namespace Samenwerking.Api.Tests.Events;

/// <summary>
/// A receiver that never answers must not hold up anyone else's deliveries. On an API and database of its own, so
/// the dispatcher sees exactly these subscriptions, with a delivery timeout far longer than the test waits: the
/// dead receivers are still hanging when the healthy one gets its event, whatever the machine's speed.
/// </summary>
public sealed class WebhookDeliveryConcurrencyTests(ApiFactory shared)
{
    private const string Created = "nl.samenwerking.collaboration.created";

    [Fact]
    public async Task A_receiver_that_never_answers_does_not_delay_a_healthy_one()
    {
        await using var database = await FreshDatabase.MigratedAsync(shared.DatabaseServer);
        await using var api = new SeparateApi(database.ConnectionString, new Dictionary<string, string>
        {
            ["Webhooks:AllowLoopbackCallbacks"] = "true",
            ["Webhooks:PollInterval"] = "00:00:00.200",
            ["Webhooks:DeliveryTimeout"] = "00:10:00",
            ["Webhooks:MaxConcurrentDeliveries"] = "4",
        });
        var writer = api.Writer();
        await using var dead = await WebhookReceiver.StartAsync(WebhookReceiver.Behaviour.NeverAnswer);
        await using var healthy = await WebhookReceiver.StartAsync();
        // The dead ones first: the dispatcher takes due subscriptions oldest first, so one after the other the healthy
        // receiver would wait for all three timeouts.
        for (var i = 0; i < 3; i++)
        {
            await writer.SubscribeAsync(dead.Url, [Created]);
        }

        await writer.SubscribeAsync(healthy.Url, [Created]);

        var created = await writer.CreateAsync();
        var delivered = await healthy.AcceptedAboutAsync(created.Id, 1);
        // Each dead request stays open for the ten-minute timeout, so all three are open now and were while the healthy one was served.
        var allThreeHanging = await WebhookReceiver.EventuallyAsync(() => dead.Open == 3);

        Assert.Single(delivered);
        Assert.True(allThreeHanging, $"{dead.Open} requests to the dead receiver are open.");
        Assert.Equal(3, dead.Deliveries.Count);
    }
}
