using Samenwerking.Application.Subscriptions;
using Samenwerking.Application.Subscriptions.SendTestEvent;

namespace Samenwerking.Api.Webhooks;

public static class WebhookSetup
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebhookSettings>(configuration.GetSection(WebhookSettings.Section));
        services.AddSingleton<CallbackUrlGuard>();
        services.AddSingleton<ICallbackUrlGuard>(provider => provider.GetRequiredService<CallbackUrlGuard>());
        services.AddWebhookHttpClient();
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<ITestEventSender, TestEventSender>();
        services.AddSingleton<DeliveryLeases>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDispatchService>();
        return services;
    }
}
