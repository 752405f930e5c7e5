using System.Net.Http.Headers;
using System.Text;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>The API answers JSON only: 406 for an Accept that rules it out, 415 for a body it cannot read.</summary>
public sealed class ContentNegotiationTests(ApiFactory api)
{
    private static HttpRequestMessage Get(string url, string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("application/json;q=0, application/xml")]
    public async Task An_accept_the_api_cannot_answer_is_406_problem(string accept)
    {
        using var request = Get("/api/v1/municipalities/GM0363", accept);

        var response = await api.Reader().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotAcceptable, "urn:samenwerking:problem:not-acceptable");
    }

    [Fact]
    public async Task A_create_with_an_xml_accept_is_406_and_creates_nothing()
    {
        var name = CollaborationApi.UniqueName("Xml");
        using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path)
        {
            Content = JsonContent.Create(new { name, participants = new[] { CollaborationApi.Participant("GM0489") } }),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/xml");

        var response = await api.Writer().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotAcceptable, "urn:samenwerking:problem:not-acceptable");
        var list = await api.Reader().GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={Uri.EscapeDataString(name)}");
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    [InlineData("application/json")]
    [InlineData("application/problem+json")]
    [InlineData("application/xml, application/json;q=0.5")]
    public async Task Json_and_wildcards_are_answered(string? accept)
    {
        using var request = Get("/api/v1/municipalities/GM0363", accept);

        var response = await api.Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/openapi.json", "application/json")]
    [InlineData("/swagger/index.html", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("/health/live", "text/plain")]
    public async Task The_contract_swagger_and_health_keep_working(string url, string accept)
    {
        using var request = Get(url, accept);

        var response = await api.ClientWith().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_problem()
    {
        var response = await api.Writer().PostAsync(CollaborationApi.Path,
            new StringContent("<collaboration/>", Encoding.UTF8, "application/xml"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "urn:samenwerking:problem:unsupported-media-type");
    }

    [Fact]
    public async Task A_415_names_the_media_types_the_operation_takes()
    {
        var created = await api.Writer().CreateAsync();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, created.Url)
        {
            Content = new StringContent("""{"description":"Als gewone JSON."}""", Encoding.UTF8, "application/json"),
        };
        patch.Headers.TryAddWithoutValidation("If-Match", created.ETag);
        patch.Headers.AcceptLanguage.ParseAdd("nl");

        var patched = await api.Writer().SendAsync(patch);
        var created415 = await api.Writer().PostAsync(CollaborationApi.Path, new StringContent("<a/>", Encoding.UTF8, "application/xml"));
        var imported = await api.Writer().PostAsync("/api/v1/imports", new StringContent("{}", Encoding.UTF8, "application/json"));

        var patchProblem = await patched.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "urn:samenwerking:problem:unsupported-media-type");
        Assert.Equal("Stuur de body van het verzoek als application/merge-patch+json.", patchProblem.GetProperty("detail").GetString());
        Assert.Equal("application/merge-patch+json", patched.Headers.GetValues("Accept-Patch").Single());
        Assert.Equal("Send the request body as application/json.",
            (await created415.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "urn:samenwerking:problem:unsupported-media-type"))
            .GetProperty("detail").GetString());
        Assert.Contains("text/csv",
            (await imported.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType, "urn:samenwerking:problem:unsupported-media-type"))
            .GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_contract_documents_406_and_429_everywhere_and_413_and_415_wherever_a_body_is_read()
    {
        var document = JsonDocument.Parse(await File.ReadAllTextAsync(Contract.RepositoryFiles.OpenApiDocument)).RootElement;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var responses = operation.Value.GetProperty("responses");
                var where = $"{operation.Name} {path.Name}";
                Assert.True(responses.TryGetProperty("406", out _), where + " lacks 406");
                Assert.True(responses.TryGetProperty("429", out var tooMany), where + " lacks 429");
                Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), where + " 429 lacks Retry-After");
                if (operation.Value.TryGetProperty("requestBody", out _))
                {
                    Assert.True(responses.TryGetProperty("413", out _), where + " lacks 413");
                    Assert.True(responses.TryGetProperty("415", out _), where + " lacks 415");
                }
            }
        }
    }
}
