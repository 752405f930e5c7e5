using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Samenwerking.Api.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: public unicast only, never our own network. An IPv6 address that carries an
/// IPv4 address (IPv4-mapped, IPv4-compatible, SIIT, NAT64 <c>64:ff9b::/96</c>, 6to4, Teredo, ISATAP) is judged by
/// the IPv4 address it carries, since a translator or tunnel on the way delivers the request there.
/// </summary>
public static class CallbackAddresses
{
    /// <summary>IPv4 ranges that are not public unicast (IANA special-purpose registry, RFC 6890 and successors).</summary>
    private static readonly IPNetwork[] NotPublicIPv4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),          // "this network"
        IPNetwork.Parse("10.0.0.0/8"),         // private
        IPNetwork.Parse("100.64.0.0/10"),      // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),        // loopback
        IPNetwork.Parse("169.254.0.0/16"),     // link-local, cloud metadata (169.254.169.254)
        IPNetwork.Parse("172.16.0.0/12"),      // private
        IPNetwork.Parse("192.0.0.0/24"),       // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),       // documentation
        IPNetwork.Parse("192.88.99.0/24"),     // 6to4 relay anycast (deprecated)
        IPNetwork.Parse("192.168.0.0/16"),     // private
        IPNetwork.Parse("198.18.0.0/15"),      // benchmarking
        IPNetwork.Parse("198.51.100.0/24"),    // documentation
        IPNetwork.Parse("203.0.113.0/24"),     // documentation
        IPNetwork.Parse("224.0.0.0/3"),        // multicast, reserved, broadcast
    ];

    /// <summary>IPv6 ranges that are not public unicast, whatever IPv4 address they may carry.</summary>
    private static readonly IPNetwork[] NotPublicIPv6 =
    [
        IPNetwork.Parse("64:ff9b:1::/48"),     // local-use NAT64 (RFC 8215): never globally reachable, whatever it embeds
        IPNetwork.Parse("100::/64"),           // discard-only
        IPNetwork.Parse("2001:2::/48"),        // benchmarking
        IPNetwork.Parse("2001:10::/28"),       // ORCHID
        IPNetwork.Parse("2001:20::/28"),       // ORCHIDv2
        IPNetwork.Parse("2001:db8::/32"),      // documentation
        IPNetwork.Parse("3fff::/20"),          // documentation
        IPNetwork.Parse("5f00::/16"),          // segment routing (SRv6) identifiers
        IPNetwork.Parse("fc00::/7"),           // unique local
        IPNetwork.Parse("fe80::/10"),          // link-local
        IPNetwork.Parse("fec0::/10"),          // site-local (deprecated)
        IPNetwork.Parse("ff00::/8"),           // multicast
    ];

    private static readonly IPNetwork IPv4Compatible = IPNetwork.Parse("::/96");            // also :: and ::1
    private static readonly IPNetwork IPv4Translated = IPNetwork.Parse("::ffff:0:0:0/96");  // SIIT
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork Teredo = IPNetwork.Parse("2001::/32");

    public static bool IsPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return !NotPublicIPv4.Any(range => range.Contains(address));
        }

        return !NotPublicIPv6.Any(range => range.Contains(address)) && EmbeddedIPv4(address).All(IsPublic);
    }

    public static bool IsAllowed(IPAddress address, bool allowLoopback) =>
        IsPublic(address) || (allowLoopback && IPAddress.IsLoopback(address));

    /// <summary>The IPv4 addresses an IPv6 address carries; empty when it carries none.</summary>
    public static IReadOnlyList<IPAddress> EmbeddedIPv4(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return [];
        }

        var bytes = address.GetAddressBytes();
        if (IPv4Compatible.Contains(address) || address.IsIPv4MappedToIPv6 || IPv4Translated.Contains(address) || Nat64.Contains(address))
        {
            return [new IPAddress(bytes.AsSpan(12, 4))];
        }

        if (SixToFour.Contains(address))
        {
            return [new IPAddress(bytes.AsSpan(2, 4))];
        }

        if (Teredo.Contains(address))
        {
            // RFC 4380: the Teredo server in bits 32-63, the client's public address in the last 32 bits, inverted.
            var client = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(12, 4)) ^ uint.MaxValue;
            var clientBytes = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(clientBytes, client);
            return [new IPAddress(bytes.AsSpan(4, 4)), new IPAddress(clientBytes)];
        }

        // ISATAP (RFC 5214): any prefix with the interface identifier 0000:5efe or 0200:5efe, then the IPv4 address.
        if (bytes[8] is 0x00 or 0x02 && bytes[9] == 0x00 && bytes[10] == 0x5e && bytes[11] == 0xfe)
        {
            return [new IPAddress(bytes.AsSpan(12, 4))];
        }

        return [];
    }
}
