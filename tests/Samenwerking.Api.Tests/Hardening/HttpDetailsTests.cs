using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Samenwerking.Api.Tests.Hardening;

public sealed class HttpDetailsTests(ApiFactory api)
{
    [Fact]
    public async Task Responses_send_no_referrer_and_outside_development_strict_transport_security()
    {
        var response = await api.Reader().GetAsync("/api/v1/municipalities/GM0363");

        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_sends_no_strict_transport_security()
    {
        await using var development = api.WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("DemoData:Enabled", "false"));
        var client = development.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope]));

        var response = await client.GetAsync("/api/v1/municipalities/GM0363");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Kestrel_sends_no_server_header()
    {
        Assert.False(api.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task An_expired_token_is_invalid_token_without_saying_why()
    {
        var client = api.ClientWith();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            TestTokens.Create([TestTokens.ReadScope], expires: DateTime.UtcNow.AddMinutes(-10)));

        var response = await client.GetAsync("/api/v1/municipalities/GM0363");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemType.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().ToString());
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_invalid_token_without_saying_why()
    {
        var client = api.ClientWith();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope], issuer: "https://elsewhere.example"));

        var response = await client.GetAsync("/api/v1/municipalities/GM0363");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = response.Headers.WwwAuthenticate.Single().ToString();
        Assert.Equal("Bearer error=\"invalid_token\"", challenge);
    }

    [Fact]
    public async Task No_token_at_all_is_a_plain_bearer_challenge()
    {
        var response = await api.ClientWith().GetAsync("/api/v1/municipalities/GM0363");

        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().ToString());
    }
}
