using Microsoft.Extensions.Options;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// Every poll interval, starts deliveries to the subscriptions that are due; it never waits for a receiver, so a
/// slow one cannot hold up the next poll or the others.
/// </summary>
public sealed class WebhookDispatchService(WebhookDispatcher dispatcher, IOptions<WebhookSettings> settings,
    ILogger<WebhookDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.DispatcherEnabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Value.PollInterval);
        do
        {
            try
            {
                await dispatcher.StartDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop deliveries for good; the next tick tries again.
                logger.LogError(exception, "Looking for due webhook deliveries failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
