using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Samenwerking.Api.Tests.Contract;

namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>
/// PATCH /collaborations/{id} with a JSON Merge Patch (RFC 7396): what is sent replaces, null removes, what is
/// left out stays; the result is checked like a PUT, under the same If-Match rules.
/// </summary>
public sealed class PatchCollaborationTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static readonly object Dimensions = new
    {
        description = "Samen sterker.",
        taskTypes = new[] { "uitvoering" },
        taskScope = "meerdere",
        governanceLevel = "strategisch",
        initiative = "vrijwillig",
        organisationForm = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
    };

    [Fact]
    public async Task Patch_changes_what_it_names_removes_what_is_null_and_keeps_the_rest()
    {
        var created = await writer.CreateAsync(extra: Dimensions);

        var response = await PatchAsync(created.Url, created.ETag,
            """{ "governanceLevel": "tactisch", "description": null, "organisationForm": { "structure": null } }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(created.ETag, response.Headers.ETag!.Tag);
        var (body, _) = await writer.GetCollaborationAsync(created.Id);
        Assert.Equal("tactisch", body.GetProperty("governanceLevel").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("description").ValueKind);
        Assert.Equal(created.Body.GetProperty("name").GetString(), body.GetProperty("name").GetString());
        Assert.Equal("meerdere", body.GetProperty("taskScope").GetString());
        Assert.Equal("vrijwillig", body.GetProperty("initiative").GetString());
        var form = body.GetProperty("organisationForm");
        Assert.Equal("nieuw", form.GetProperty("novelty").GetString());
        Assert.Equal("een", form.GetProperty("multiplicity").GetString());
        Assert.Equal(JsonValueKind.Null, form.GetProperty("structure").ValueKind);
    }

    [Fact]
    public async Task Patch_is_validated_like_a_replacement()
    {
        var created = await writer.CreateAsync(extra: Dimensions);

        var tooShort = await PatchAsync(created.Url, created.ETag, """{ "name": "ab", "taskScope": "alle" }""");
        var withoutName = await PatchAsync(created.Url, created.ETag, """{ "name": null }""");
        var unknownValue = await PatchAsync(created.Url, created.ETag, """{ "governanceLevel": "galactisch" }""");
        var notAnObject = await PatchAsync(created.Url, created.ETag, """[ { "op": "replace" } ]""");

        var problem = await tooShort.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("name"));
        await withoutName.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        await unknownValue.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        await notAnObject.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        var (body, etag) = await writer.GetCollaborationAsync(created.Id);
        Assert.Equal(created.ETag, etag);
        Assert.Equal("meerdere", body.GetProperty("taskScope").GetString());
    }

    [Fact]
    public async Task Patch_needs_the_current_etag()
    {
        var created = await writer.CreateAsync();

        var without = await PatchAsync(created.Url, null, """{ "description": "Zonder versie." }""");
        var stale = await PatchAsync(created.Url, "\"1\"", """{ "description": "Oude versie." }""");

        await without.AssertProblemAsync(HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(created.ETag, stale.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Patch_takes_only_merge_patch_json()
    {
        var created = await writer.CreateAsync();

        var response = await PatchAsync(created.Url, created.ETag, """{ "description": "Als gewone JSON." }""", "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Patch_of_an_unknown_collaboration_is_404()
    {
        var response = await PatchAsync($"{CollaborationApi.Path}/{Guid.NewGuid()}", "\"1\"", """{ "description": "Niemand." }""");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task The_patch_schema_names_exactly_the_members_a_replacement_has()
    {
        var schemas = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFiles.OpenApiDocument))!["components"]!["schemas"]!;
        var replacement = schemas["UpdateCollaborationRequest"]!["properties"]!.AsObject().Select(p => p.Key).Order();
        var patch = schemas["CollaborationMergePatch"]!["properties"]!.AsObject().Select(p => p.Key).Order();

        Assert.Equal(replacement, patch);
        Assert.Null(schemas["CollaborationMergePatch"]!["required"]);
    }

    private Task<HttpResponseMessage> PatchAsync(string url, string? etag, string patch, string mediaType = "application/merge-patch+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(patch) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return writer.SendAsync(request);
    }
}
