using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// The HTTP clients deliveries and test events use. They connect only to addresses <see cref="CallbackAddresses"/>
/// allows, checked at connect time so a name that later resolves to an internal address (DNS rebinding) is refused
/// too. Deliveries retry a failed request a couple of times with exponential backoff before the dispatcher's own,
/// longer pauses take over; a test event is tried once, so its report is the receiver's own answer.
/// </summary>
public static class WebhookHttpClient
{
    public const string Name = "webhooks";
    public const string TestName = "webhook-tests";

    public static IServiceCollection AddWebhookHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(Name)
            .ConfigurePrimaryHttpMessageHandler(GuardedHandler)
            .AddResilienceHandler("webhook-delivery", (pipeline, context) =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                });
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<WebhookSettings>>().Value.DeliveryTimeout);
            });
        services.AddHttpClient(TestName)
            .ConfigurePrimaryHttpMessageHandler(GuardedHandler)
            .AddResilienceHandler("webhook-test", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<WebhookSettings>>().Value.DeliveryTimeout));
        return services;
    }

    private static SocketsHttpHandler GuardedHandler(IServiceProvider provider)
    {
        var guard = provider.GetRequiredService<CallbackUrlGuard>();
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var addresses = await CallbackUrlGuard.ResolveAsync(context.DnsEndPoint.Host, cancellationToken);
                var allowed = addresses.Where(a => CallbackAddresses.IsAllowed(a, guard.AllowLoopback)).ToArray();
                if (allowed.Length == 0 || allowed.Length != addresses.Length)
                {
                    throw new HttpRequestException($"'{context.DnsEndPoint.Host}' does not resolve to public addresses only.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}
