using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// The HTTP client deliveries use. It connects only to addresses <see cref="CallbackAddresses"/> allows,
/// checked at connect time so a name that later resolves to an internal address (DNS rebinding) is refused
/// too, and retries a failed request a couple of times with exponential backoff before the dispatcher's
/// own, longer pauses take over.
/// </summary>
public static class WebhookHttpClient
{
    public const string Name = "webhooks";

    public static IServiceCollection AddWebhookHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(Name)
            .ConfigurePrimaryHttpMessageHandler(provider =>
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
            })
            .AddResilienceHandler("webhook-delivery", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<WebhookSettings>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 2,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = TimeSpan.FromMilliseconds(500),
                });
                pipeline.AddTimeout(settings.DeliveryTimeout);
            });
        return services;
    }
}
