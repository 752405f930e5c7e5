using System.Net;
using System.Net.Sockets;

namespace Samenwerking.Api.Webhooks;

/// <summary>Which addresses a webhook may reach: public unicast only, never our own network.</summary>
public static class CallbackAddresses
{
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            var uniqueLocal = (bytes[0] & 0xFE) == 0xFC;                 // fc00::/7
            return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || uniqueLocal);
        }

        var b = address.GetAddressBytes();
        return !(b[0] == 10                                              // 10.0.0.0/8
                 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)            // 172.16.0.0/12
                 || (b[0] == 192 && b[1] == 168)                         // 192.168.0.0/16
                 || (b[0] == 169 && b[1] == 254)                         // link-local, cloud metadata
                 || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)           // carrier-grade NAT
                 || b[0] == 0 || b[0] >= 224);                           // "this network", multicast, reserved
    }

    public static bool IsAllowed(IPAddress address, bool allowLoopback) =>
        IsPublic(address) || (allowLoopback && IPAddress.IsLoopback(address));
}
