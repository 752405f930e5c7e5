namespace Samenwerking.Api.Tests.Platform;

/// <summary>What every response of the API has in common, whatever the resource.</summary>
public sealed class PlatformTests(ApiFactory api)
{
    [Fact]
    public async Task Every_response_carries_the_api_version_and_security_headers()
    {
        foreach (var response in new[]
                 {
                     await api.Reader().GetAsync("/api/v1/municipalities/GM0363"),
                     await api.Reader().GetAsync("/api/v1/municipalities/GM9999"),
                     await api.ClientWith().GetAsync("/api/v1/municipalities"),
                 })
        {
            Assert.Equal("2.0.0", response.Headers.GetValues("API-Version").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.True(response.Headers.CacheControl?.NoStore);
        }
    }

    [Fact]
    public async Task Trailing_slash_is_404_not_a_redirect()
    {
        var response = await api.Reader().GetAsync("/api/v1/municipalities/");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Unknown_route_is_404_problem()
    {
        var response = await api.Reader().GetAsync("/api/v1/nothing-here");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Unsupported_method_is_405_problem_with_allow_header()
    {
        var response = await api.Writer().DeleteAsync("/api/v1/municipalities/GM0363");

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed, ProblemType.MethodNotAllowed);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task OpenApi_document_is_public_with_cors_for_everyone()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/openapi.json");
        request.Headers.Add("Origin", "https://somewhere.example");

        var response = await api.ClientWith().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var document = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("3.0", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("/api/v1", document.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Health_endpoints_answer_without_token()
    {
        var client = api.ClientWith();

        var live = await client.GetAsync("/health/live");
        Assert.Equal("application/json", live.Content.Headers.ContentType?.MediaType);
        Assert.Equal("healthy", (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.Equal("healthy", ready.GetProperty("status").GetString());
        Assert.Equal("healthy", ready.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Problems_are_in_dutch_when_asked()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities?pageSize=1000");
        request.Headers.AcceptLanguage.ParseAdd("nl-NL, nl;q=0.9");

        var response = await api.Reader().SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal("Ongeldige invoer", problem.GetProperty("title").GetString());
        Assert.Contains("moet", problem.ErrorsFor("pageSize").Single(), StringComparison.Ordinal);
    }
}
