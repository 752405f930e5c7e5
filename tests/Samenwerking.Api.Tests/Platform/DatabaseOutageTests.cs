namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// PostgreSQL goes away under requests and comes back: clients get a 503 they can act on, and the API
/// recovers by itself. The server is the test's own, so the shared test database is never disturbed.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private ThrowawayPostgres server = null!;
    private SeparateApi api = null!;

    public async ValueTask InitializeAsync()
    {
        server = await ThrowawayPostgres.StartAsync();
        await server.CreateDatabaseAsync("samenwerking");
        api = new SeparateApi(server.ConnectionString("samenwerking"));
        _ = api.Server;
    }

    public async ValueTask DisposeAsync()
    {
        await api.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Without_its_database_the_api_answers_503_with_retry_after_and_recovers_when_it_returns()
    {
        var reader = api.Reader();
        var writer = api.Writer();
        var before = await writer.CreateAsync();

        await server.StopAsync();

        var read = await reader.GetAsync($"{CollaborationApi.Path}/{before.Id}");
        var problem = await read.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "urn:samenwerking:problem:service-unavailable");
        Assert.Equal(TimeSpan.FromSeconds(5), read.Headers.RetryAfter?.Delta);
        var text = problem.GetRawText();
        Assert.DoesNotContain("Npgsql", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("refused", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);

        using (var dutch = new HttpRequestMessage(HttpMethod.Get, CollaborationApi.Path))
        {
            dutch.Headers.AcceptLanguage.ParseAdd("nl");
            var dutchProblem = await (await reader.SendAsync(dutch))
                .AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "urn:samenwerking:problem:service-unavailable");
            Assert.Equal("Dienst niet beschikbaar", dutchProblem.GetProperty("title").GetString());
        }

        var write = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName("Tijdens storing"),
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
        });
        await write.AssertProblemAsync(HttpStatusCode.ServiceUnavailable, "urn:samenwerking:problem:service-unavailable");
        Assert.NotNull(write.Headers.RetryAfter);

        var notReady = await api.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady.StatusCode);
        Assert.Equal("application/json", notReady.Content.Headers.ContentType?.MediaType);
        var health = await notReady.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unhealthy", health.GetProperty("status").GetString());
        Assert.Equal("unhealthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/live")).StatusCode);

        await server.StartAgainAsync();

        // The same API process, not restarted: a read right after the server is back succeeds (a stale pooled
        // connection costs at most a retry inside the API).
        var after = await reader.GetAsync($"{CollaborationApi.Path}/{before.Id}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName("Na storing"),
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
        })).StatusCode);
    }
}
