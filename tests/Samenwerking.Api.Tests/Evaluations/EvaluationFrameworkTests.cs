namespace Samenwerking.Api.Tests.Evaluations;

public sealed class EvaluationFrameworkTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static object Framework(string name, params object[] criteria) =>
        new { name, description = "Een kader voor de test.", criteria };

    [Fact]
    public async Task The_shipped_frameworks_are_there_with_their_documented_ids_and_criteria_in_order()
    {
        var frameworks = await writer.GetItemsAsync(EvaluationApi.FrameworksPath);
        var standard = await writer.GetAsync($"{EvaluationApi.FrameworksPath}/{EvaluationApi.DefaultFrameworkId}");
        var rekenkamer = await writer.GetFromJsonAsync<JsonElement>($"{EvaluationApi.FrameworksPath}/{EvaluationApi.RekenkamerFrameworkId}");

        var ids = frameworks.Items().Select(f => f.GetProperty("id").GetString()).ToList();
        Assert.Contains(EvaluationApi.DefaultFrameworkId, ids);
        Assert.Contains(EvaluationApi.RekenkamerFrameworkId, ids);
        Assert.Equal(HttpStatusCode.OK, standard.StatusCode);
        Assert.NotNull(standard.Headers.ETag);
        var body = await standard.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(EvaluationApi.DefaultCriteria, body.GetProperty("criteria").Items().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal("Democratische legitimiteit (sturing en verantwoording)",
            body.GetProperty("criteria").Items().Single(c => c.GetProperty("code").GetString() == "democratischeLegitimiteit").GetProperty("name").GetString());
        Assert.Equal(["doelmatigheid", "doeltreffendheid", "rechtmatigheid"],
            rekenkamer.GetProperty("criteria").Items().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_user_defines_a_framework_of_their_own()
    {
        var name = CollaborationApi.UniqueName("Kijkglas");

        var response = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath, Framework(name,
            EvaluationApi.Criterion("samenwerkingscultuur"), EvaluationApi.Criterion("opgavegerichtheid")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/evaluation-frameworks/{created.GetProperty("id").GetGuid()}", response.Headers.Location!.OriginalString);
        Assert.False(created.GetProperty("inUse").GetBoolean());
        var read = await writer.GetAsync(response.Headers.Location);
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);
        var fetched = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(name, fetched.GetProperty("name").GetString());
        Assert.Equal(["samenwerkingscultuur", "opgavegerichtheid"], fetched.GetProperty("criteria").Items().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task An_invalid_framework_is_400_naming_every_problem_at_once()
    {
        var response = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath, new
        {
            name = "ab",
            description = "",
            criteria = new object[]
            {
                EvaluationApi.Criterion("kwaliteit"),
                new { code = "Bestuurlijke drukte", name = "Bestuurlijke drukte", description = "Lasten." },
                new { code = "kwaliteit", name = "", description = "Nog eens." },
            },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("name"));
        Assert.NotEmpty(problem.ErrorsFor("description"));
        Assert.Contains("camelCase", problem.ErrorsFor("criteria[1].code").Single(), StringComparison.Ordinal);
        Assert.NotEmpty(problem.ErrorsFor("criteria[2].name"));
        Assert.Contains("kwaliteit", problem.ErrorsFor("criteria").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nulls_where_values_belong_are_400_not_500()
    {
        var nullName = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath, new { name = (string?)null, description = "Zonder naam.", criteria = Array.Empty<object>() });
        var nullCriteria = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath,
            new { name = CollaborationApi.UniqueName("Kader"), description = "Met gaten.", criteria = new object?[] { null, EvaluationApi.Criterion("kwaliteit"), null } });

        Assert.NotEmpty((await nullName.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("name"));
        var problem = await nullCriteria.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("criteria[0]"));
        Assert.NotEmpty(problem.ErrorsFor("criteria[2]"));
    }

    [Fact]
    public async Task A_framework_without_criteria_is_400()
    {
        var response = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath, Framework(CollaborationApi.UniqueName("Leeg")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("criteria"));
    }

    [Fact]
    public async Task Names_are_unique_regardless_of_case_and_accents()
    {
        var name = CollaborationApi.UniqueName("Kader Continuïteit");
        await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath, Framework(name, EvaluationApi.Criterion("kwaliteit")));

        var response = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath,
            Framework(name.ToUpperInvariant().Replace('Ï', 'I'), EvaluationApi.Criterion("kwaliteit")));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-framework-name"));
        Assert.Equal(name, problem.GetProperty("existingName").GetString());
    }

    [Fact]
    public async Task An_unknown_framework_is_404()
    {
        var response = await writer.GetAsync($"{EvaluationApi.FrameworksPath}/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Defining_a_framework_needs_the_write_scope()
    {
        var response = await api.Reader().PostAsJsonAsync(EvaluationApi.FrameworksPath,
            Framework(CollaborationApi.UniqueName("Kader"), EvaluationApi.Criterion("kwaliteit")));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Forbidden);
    }

    [Fact]
    public async Task Before_any_evaluation_the_criteria_can_be_replaced()
    {
        var (id, etag) = await writer.CreateFrameworkAsync("kwaliteit", "kosten");
        var name = CollaborationApi.UniqueName("Kader v1");

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{EvaluationApi.FrameworksPath}/{id}", etag,
            Framework(name, EvaluationApi.Criterion("doelmatigheid"), EvaluationApi.Criterion("rechtmatigheid")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag!.Tag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["doelmatigheid", "rechtmatigheid"], body.GetProperty("criteria").Items().Select(c => c.GetProperty("code").GetString()));
        Assert.Equal(name, body.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Once_an_evaluation_used_it_its_criteria_cannot_change_but_its_name_can()
    {
        var (id, _) = await writer.CreateFrameworkAsync("kwaliteit", "kosten");
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.Evaluation(id, "2024-01-15", ("kwaliteit", 4), ("kosten", 3)));
        var read = await writer.GetAsync($"{EvaluationApi.FrameworksPath}/{id}");
        var current = await read.Content.ReadFromJsonAsync<JsonElement>();
        var etag = read.Headers.ETag!.Tag;
        Assert.True(current.GetProperty("inUse").GetBoolean());

        var changed = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{EvaluationApi.FrameworksPath}/{id}", etag,
            Framework(current.GetProperty("name").GetString()!, EvaluationApi.Criterion("kwaliteit"), EvaluationApi.Criterion("kosten"),
                EvaluationApi.Criterion("rechtmatigheid")));
        var renamed = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{EvaluationApi.FrameworksPath}/{id}", etag,
            Framework(CollaborationApi.UniqueName("Kader hernoemd"), current.GetProperty("criteria").Items().Cast<object>().ToArray()));

        var problem = await changed.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("framework-in-use"));
        Assert.Equal(id, problem.GetProperty("frameworkId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var after = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["kwaliteit", "kosten"], after.GetProperty("criteria").Items().Select(c => c.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Replacing_a_framework_requires_a_current_if_match()
    {
        var (id, etag) = await writer.CreateFrameworkAsync("kwaliteit");
        var body = Framework(CollaborationApi.UniqueName("Kader"), EvaluationApi.Criterion("kosten"));

        var withoutIfMatch = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{EvaluationApi.FrameworksPath}/{id}", null, body);
        var stale = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{EvaluationApi.FrameworksPath}/{id}", "\"1\"", body);

        await withoutIfMatch.AssertProblemAsync(HttpStatusCode.PreconditionRequired, ProblemType.PreconditionRequired);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        Assert.Equal(etag, stale.Headers.ETag!.Tag);
    }
}
