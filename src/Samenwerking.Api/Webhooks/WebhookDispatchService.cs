using Microsoft.Extensions.Options;

namespace Samenwerking.Api.Webhooks;

/// <summary>Runs the dispatcher every poll interval for as long as the API runs.</summary>
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
                await dispatcher.RunPassAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop deliveries for good; the next tick tries again.
                logger.LogError(exception, "Webhook dispatch pass failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
