namespace Samenwerking.Api.Tests.Platform;

/// <summary>With <c>Accept-Language: nl</c> a business rule's refusal is Dutch in its detail too, not only its title.</summary>
public sealed class DutchRefusalTests(ApiFactory api)
{
    [Fact]
    public async Task Unmet_exit_rules_are_explained_in_Dutch()
    {
        var collaboration = await api.Writer().CreateAsync();

        var response = await SendInDutchAsync(HttpMethod.Post, $"{CollaborationApi.Path}/{collaboration.Id}/phase-transitions",
            new { to = "voorbereiding", rationale = "Verder" }, collaboration.ETag);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("exit-rules-not-met"));
        Assert.Equal("De huidige fase kan nog niet worden afgesloten", problem.GetProperty("title").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Matches(@"^\d+ afrondingsregel\(s\) van verkenning zijn niet vervuld: ", detail);
        Assert.Contains("Kies minstens één soort taak", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_name_is_explained_in_Dutch()
    {
        var taken = await api.Writer().CreateAsync();

        var response = await SendInDutchAsync(HttpMethod.Post, CollaborationApi.Path, new
        {
            name = taken.Body.GetProperty("name").GetString(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-name"));
        Assert.Equal("Naam is al in gebruik", problem.GetProperty("title").GetString());
        Assert.StartsWith("Er bestaat al een samenwerking met de naam", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendInDutchAsync(HttpMethod method, string path, object body, string? etag = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd("nl");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await api.Writer().SendAsync(request);
    }
}
