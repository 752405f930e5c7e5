namespace Samenwerking.Api.Tests.Platform;

public sealed class CorsTests(ApiFactory api)
{
    [Fact]
    public async Task Preflight_from_a_configured_origin_allows_the_headers_the_api_uses()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/municipalities");
        preflight.Headers.Add("Origin", ApiFactory.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "PUT");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match,accept-language");

        var response = await api.ClientWith().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ApiFactory.AllowedOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowedHeaders = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("if-match", allowedHeaders, StringComparison.Ordinal);
        Assert.Contains("authorization", allowedHeaders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_expose_etag_location_and_api_version_to_browsers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities/GM0363");
        request.Headers.Add("Origin", ApiFactory.AllowedOrigin);

        var response = await api.Reader().SendAsync(request);

        var exposed = string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("ETag", exposed, StringComparison.Ordinal);
        Assert.Contains("Location", exposed, StringComparison.Ordinal);
        Assert.Contains("API-Version", exposed, StringComparison.Ordinal);
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
