namespace Samenwerking.Api.Tests.Collaborations;

public sealed class UpdateAndDeleteCollaborationTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static object Replacement(string name) => new
    {
        name,
        description = "Nieuwe omschrijving",
        taskTypes = new[] { "beleid" },
        taskScope = "een",
        tasks = new[] { new { name = "Omgevingsbeleid", type = "beleid" } },
        legalForm = new { kind = "privaatrechtelijk", instrument = "convenant" },
    };

    [Fact]
    public async Task Put_with_current_etag_replaces_editable_fields_and_changes_the_etag()
    {
        var created = await writer.CreateAsync(extra: new { initiative = "verplicht" });
        var name = CollaborationApi.UniqueName("Hernoemd");

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, created.ETag, Replacement(name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(created.ETag, response.Headers.ETag!.Tag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal("convenant", body.GetProperty("legalForm").GetProperty("instrument").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("initiative").ValueKind);
        Assert.Equal(2, body.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task Put_without_if_match_is_428()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, etag: null, Replacement(CollaborationApi.UniqueName()));

        await response.AssertProblemAsync(HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
    }

    [Fact]
    public async Task Put_with_stale_etag_is_412_carrying_the_current_etag()
    {
        var created = await writer.CreateAsync();
        var first = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, created.ETag, Replacement(CollaborationApi.UniqueName()));

        var second = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, created.ETag, Replacement(CollaborationApi.UniqueName()));

        await second.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(first.Headers.ETag!.Tag, second.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Put_cannot_take_another_collaborations_name()
    {
        var taken = await writer.CreateAsync();
        var other = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, other.Url, other.ETag,
            Replacement(taken.Body.GetProperty("name").GetString()!.ToUpperInvariant()));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-name"));
    }

    [Fact]
    public async Task Put_keeping_its_own_name_is_fine()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, created.ETag,
            Replacement(created.Body.GetProperty("name").GetString()!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Put_with_inconsistent_dimensions_is_400()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, created.Url, created.ETag, new
        {
            name = CollaborationApi.UniqueName(),
            legalForm = new { kind = "publiekrechtelijk", instrument = "stichting" },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("legalForm.instrument"));
    }

    [Fact]
    public async Task Delete_in_verkenning_with_if_match_removes_it()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, created.ETag);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync(created.Url)).StatusCode);
    }

    [Fact]
    public async Task Delete_needs_if_match_and_refuses_a_stale_one()
    {
        var created = await writer.CreateAsync();

        var without = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, etag: null);
        var stale = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, "\"1\"");

        await without.AssertProblemAsync(HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
    }
}
