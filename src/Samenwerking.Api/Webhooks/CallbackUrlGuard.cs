using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Samenwerking.Application.Common.Text;
using Samenwerking.Application.Subscriptions;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// Refuses callbacks that carry user information (a password would be stored and shown back), that are not https,
/// or that resolve to an address <see cref="CallbackAddresses"/> does not allow. A
/// name that does not resolve now is accepted: what counts is where it points when a delivery connects,
/// and <see cref="WebhookHttpClient"/> checks that again for every connection.
/// </summary>
public sealed class CallbackUrlGuard(IOptions<WebhookSettings> settings, IHostEnvironment environment) : ICallbackUrlGuard
{
    public bool AllowLoopback => settings.Value.AllowLoopbackCallbacks && (environment.IsDevelopment() || environment.IsEnvironment("Testing"));

    public async Task<string?> RefusalAsync(Uri callbackUrl, CancellationToken cancellationToken)
    {
        if (callbackUrl.UserInfo.Length > 0)
        {
            return Messages.Shared.Get("Webhook.CallbackHasUserInfo");
        }

        var addresses = await ResolveAsync(callbackUrl.DnsSafeHost, cancellationToken);
        var loopbackOnly = addresses.Length > 0 && addresses.All(IPAddress.IsLoopback);
        if (callbackUrl.Scheme != Uri.UriSchemeHttps && !(AllowLoopback && loopbackOnly && callbackUrl.Scheme == Uri.UriSchemeHttp))
        {
            return Messages.Shared.Get("Webhook.CallbackNotHttps");
        }

        if (addresses.FirstOrDefault(a => !CallbackAddresses.IsAllowed(a, AllowLoopback)) is { } refused)
        {
            return Messages.Shared.Get("Webhook.CallbackNotPublic", ("host", callbackUrl.Host), ("address", refused));
        }

        return null;
    }

    internal static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return [literal];
        }

        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return [];
        }
    }
}
