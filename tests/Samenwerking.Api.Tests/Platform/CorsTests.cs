namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// What a browser page on an allowed origin needs for each feature of the API: a preflight that allows the request
/// headers the feature sends, and responses that expose the headers the feature reads.
/// </summary>
public sealed class CorsTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    /// <summary>A real preflight, as a browser sends it before a request with these headers.</summary>
    private async Task<HttpResponseMessage> PreflightAsync(string method, string path, string requestHeaders, string origin = ApiFactory.AllowedOrigin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", method);
        preflight.Headers.Add("Access-Control-Request-Headers", requestHeaders);
        return await api.ClientWith().SendAsync(preflight);
    }

    private static IReadOnlySet<string> Listed(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values)
            ? values.SelectMany(v => v.Split(',')).Select(v => v.Trim().ToLowerInvariant()).ToHashSet()
            : new HashSet<string>();

    [Theory]
    [InlineData("reading in Dutch", "GET", "/api/v1/vocabularies", "authorization,accept,accept-language")]
    [InlineData("a conditional read", "GET", "/api/v1/collaborations/00000000-0000-0000-0000-000000000001", "authorization,if-none-match")]
    [InlineData("an idempotent create", "POST", "/api/v1/collaborations", "authorization,content-type,idempotency-key")]
    [InlineData("a replacement", "PUT", "/api/v1/collaborations/00000000-0000-0000-0000-000000000001", "authorization,content-type,if-match")]
    [InlineData("a merge patch", "PATCH", "/api/v1/collaborations/00000000-0000-0000-0000-000000000001", "authorization,content-type,if-match,accept-language")]
    [InlineData("a delete", "DELETE", "/api/v1/collaborations/00000000-0000-0000-0000-000000000001", "authorization,if-match")]
    [InlineData("an import", "POST", "/api/v1/imports", "authorization,content-type")]
    public async Task A_preflight_allows_what_the_feature_sends(string feature, string method, string path, string requestHeaders)
    {
        var response = await PreflightAsync(method, path, requestHeaders);

        Assert.True(HttpStatusCode.NoContent == response.StatusCode, $"{feature}: preflight answered {(int)response.StatusCode}");
        Assert.Equal(ApiFactory.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains(method, Listed(response, "Access-Control-Allow-Methods"), StringComparer.OrdinalIgnoreCase);
        var allowed = Listed(response, "Access-Control-Allow-Headers");
        foreach (var header in requestHeaders.Split(','))
        {
            Assert.True(allowed.Contains(header), $"{feature}: the preflight does not allow {header} (allowed: {string.Join(", ", allowed)})");
        }
    }

    [Fact]
    public async Task A_preflight_from_another_origin_allows_nothing()
    {
        var response = await PreflightAsync("POST", "/api/v1/collaborations", "authorization,content-type", "https://evil.example");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task A_create_exposes_what_an_idempotent_create_answers_with()
    {
        var key = Guid.NewGuid().ToString();
        var body = new { name = CollaborationApi.UniqueName("Browser"), participants = new[] { CollaborationApi.Participant("GM0489") } };
        HttpResponseMessage? replay = null;
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path) { Content = JsonContent.Create(body) };
            request.Headers.Add("Origin", ApiFactory.AllowedOrigin);
            request.Headers.Add("Idempotency-Key", key);
            request.Headers.AcceptLanguage.ParseAdd("nl");
            replay = await writer.SendAsync(request);
        }

        Assert.Equal(HttpStatusCode.Created, replay!.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        var exposed = Listed(replay, "Access-Control-Expose-Headers");
        foreach (var header in new[] { "etag", "location", "idempotent-replayed", "api-version", "content-language" })
        {
            Assert.True(exposed.Contains(header), $"{header} is not exposed (exposed: {string.Join(", ", exposed)})");
        }
    }

    [Fact]
    public async Task Retry_after_deprecation_and_links_are_exposed_to_scripts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities/GM0363");
        request.Headers.Add("Origin", ApiFactory.AllowedOrigin);

        var response = await api.Reader().SendAsync(request);

        var exposed = Listed(response, "Access-Control-Expose-Headers");
        foreach (var header in new[] { "retry-after", "deprecation", "sunset", "link", "accept-patch", "content-disposition" })
        {
            Assert.True(exposed.Contains(header), $"{header} is not exposed (exposed: {string.Join(", ", exposed)})");
        }
    }

    [Fact]
    public async Task Other_origins_get_no_cors_permission()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities/GM0363");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await api.Reader().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
