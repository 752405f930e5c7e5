namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// A missing resource (404), a stale version (412) and a missing one (428) are explained in the language asked
/// for; the English wording is what it always was.
/// </summary>
public sealed class ResourceProblemLanguageTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? language, string? ifMatch = null,
        object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await writer.SendAsync(request);
    }

    private static async Task<string?> DetailAsync(HttpResponseMessage response, HttpStatusCode status, string type) =>
        (await response.AssertProblemAsync(status, type)).GetProperty("detail").GetString();

    [Fact]
    public async Task A_missing_collaboration_and_a_missing_participant_are_named_in_the_language_asked_for()
    {
        var id = Guid.NewGuid();
        var created = await writer.CreateAsync();

        Assert.Equal($"Samenwerking '{id}' bestaat niet.",
            await DetailAsync(await SendAsync(HttpMethod.Get, $"{CollaborationApi.Path}/{id}", "nl"), HttpStatusCode.NotFound, ProblemType.NotFound));
        Assert.Equal($"Collaboration '{id}' does not exist.",
            await DetailAsync(await SendAsync(HttpMethod.Get, $"{CollaborationApi.Path}/{id}", null), HttpStatusCode.NotFound, ProblemType.NotFound));
        Assert.Equal("Actieve deelnemer 'GM0597' bestaat niet.",
            await DetailAsync(await SendAsync(HttpMethod.Delete, $"{created.Url}/participants/GM0597", "nl"), HttpStatusCode.NotFound, ProblemType.NotFound));
    }

    [Fact]
    public async Task A_stale_or_missing_version_is_explained_in_the_language_asked_for()
    {
        var created = await writer.CreateAsync();
        var replacement = new { name = CollaborationApi.UniqueName("Taal van de voorwaarde") };

        var stale = await DetailAsync(await SendAsync(HttpMethod.Put, created.Url, "nl", "\"1\"", replacement),
            HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        var missing = await DetailAsync(await SendAsync(HttpMethod.Put, created.Url, "nl", body: replacement),
            HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
        var missingInEnglish = await DetailAsync(await SendAsync(HttpMethod.Put, created.Url, null, body: replacement),
            HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);

        Assert.StartsWith("Iemand anders heeft dit gewijzigd sinds u het ophaalde (samenwerking).", stale, StringComparison.Ordinal);
        Assert.StartsWith("Voor het wijzigen van een samenwerking is een If-Match-header nodig", missing, StringComparison.Ordinal);
        Assert.Equal("Changing a collaboration requires an If-Match header with the ETag of the version the change is based on; " +
            "GET the collaboration to obtain it.", missingInEnglish);
    }
}
