using Microsoft.AspNetCore.Hosting;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>
/// The token bucket per caller, in a host of its own with the limiter on (the shared test host turns it
/// off) and a bucket of three that does not refill during the test.
/// </summary>
public sealed class RateLimitingTests(ApiFactory api)
{
    private const string Url = "/api/v1/municipalities/GM0363";

    private static HttpClient ClientFor(HttpClient client, string subject)
    {
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create([TestTokens.ReadScope], subject: subject));
        return client;
    }

    [Fact]
    public async Task A_caller_over_its_bucket_gets_429_with_retry_after_while_others_go_on()
    {
        await using var limited = api.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:Enabled", "true")
            .UseSetting("RateLimiting:TokenLimit", "3")
            .UseSetting("RateLimiting:TokensPerPeriod", "3")
            .UseSetting("RateLimiting:ReplenishmentPeriodSeconds", "600"));
        var alice = ClientFor(limited.CreateClient(), "alice");
        var bob = ClientFor(limited.CreateClient(), "bob");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync(Url)).StatusCode);
        }

        var refused = await alice.GetAsync(Url);

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests, "urn:samenwerking:problem:too-many-requests");
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 600);
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_share_the_bucket_of_their_address()
    {
        await using var limited = api.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimiting:Enabled", "true")
            .UseSetting("RateLimiting:TokenLimit", "2")
            .UseSetting("RateLimiting:TokensPerPeriod", "2")
            .UseSetting("RateLimiting:ReplenishmentPeriodSeconds", "600"));
        var anonymous = limited.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await limited.CreateClient().GetAsync(Url)).StatusCode);

        await (await anonymous.GetAsync(Url)).AssertProblemAsync(HttpStatusCode.TooManyRequests, "urn:samenwerking:problem:too-many-requests");
        Assert.Equal(HttpStatusCode.OK, (await ClientFor(limited.CreateClient(), "carol").GetAsync(Url)).StatusCode);
    }
}
