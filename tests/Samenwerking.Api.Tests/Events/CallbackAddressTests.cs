using System.Net;
using Samenwerking.Api.Webhooks;

namespace Samenwerking.Api.Tests.Events;

/// <summary>
/// The address rule that creation, edits, test events and every connection share (<see cref="CallbackAddresses"/>):
/// an IPv6 address that carries an IPv4 address is judged by that IPv4 address.
/// </summary>
public sealed class CallbackAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("192.0.0.8")]
    [InlineData("198.18.0.1")]
    [InlineData("203.0.113.7")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("::127.0.0.1")]                 // IPv4-compatible
    [InlineData("::ffff:127.0.0.1")]            // IPv4-mapped
    [InlineData("::ffff:0:a00:1")]              // SIIT, 10.0.0.1
    [InlineData("64:ff9b::7f00:1")]             // NAT64, 127.0.0.1
    [InlineData("64:ff9b::a9fe:a9fe")]          // NAT64, 169.254.169.254 (cloud metadata)
    [InlineData("64:ff9b:1::808:808")]          // local-use NAT64: never public, whatever it embeds
    [InlineData("2002:7f00:1::1")]              // 6to4, 127.0.0.1
    [InlineData("2002:a9fe:a9fe::1")]           // 6to4, 169.254.169.254
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe")] // Teredo, client 127.0.0.1 (inverted)
    [InlineData("2001:0:a00:1:8000:63bf:f7f7:f7f7")]     // Teredo, server 10.0.0.1
    [InlineData("2001:db8::1")]                  // documentation
    [InlineData("2a00:1450::5efe:a00:1")]        // ISATAP, 10.0.0.1
    [InlineData("fd00::1")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    public void Internal_addresses_and_their_IPv6_forms_are_refused(string address) =>
        Assert.False(CallbackAddresses.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("145.21.1.1")]
    [InlineData("2a00:1450:400e:80f::2004")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")] // Teredo, client 8.8.8.8
    public void Public_addresses_and_their_IPv6_forms_are_allowed(string address) =>
        Assert.True(CallbackAddresses.IsPublic(IPAddress.Parse(address)), address);
}
