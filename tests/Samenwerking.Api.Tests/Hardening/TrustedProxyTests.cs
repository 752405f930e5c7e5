using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>
/// Behind a reverse proxy the client's address comes from <c>X-Forwarded-For</c>, believed only from a trusted proxy: a real
/// Kestrel (the in-memory host has no client address), a public bucket of one request, and readers told apart by the header.
/// Only the address the trusted proxy added (the last) counts, so a reader cannot pick a fresh bucket by sending its own.
/// </summary>
public sealed class TrustedProxyTests(ApiFactory api)
{
    private const string PublicRegister = "/api/v1/public/register";

    private static (WebApplicationFactory<Program> Host, HttpClient Client) Start(ApiFactory api)
    {
        var host = api.WithWebHostBuilder(builder =>
        {
            builder.UseUrls("http://127.0.0.1:0")
                .UseSetting("RateLimiting:Enabled", "true")
                .UseSetting("PublicRegister:TokenLimit", "1")
                .UseSetting("PublicRegister:TokensPerPeriod", "1")
                .UseSetting("PublicRegister:ReplenishmentPeriodSeconds", "600");
        });
        host.UseKestrel();
        host.StartServer();
        var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (host, new HttpClient { BaseAddress = new Uri(address) });
    }

    private static async Task<HttpStatusCode> ReadAsAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PublicRegister);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Readers_behind_a_proxy_on_the_same_host_each_get_their_own_bucket()
    {
        var (host, client) = Start(api);
        await using var _ = host;

        Assert.Equal(HttpStatusCode.OK, await ReadAsAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsAsync(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await ReadAsAsync(client, "203.0.113.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadAsAsync(client, "192.0.2.7, 203.0.113.2"));
    }
}
