using System.Text;

namespace Samenwerking.Api.Tests.Hardening;

/// <summary>The inputs a fuzzer found answered with 500: each is now a 400 that names the field.</summary>
public sealed class HostileInputTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string CreateBody(string extra) =>
        $$"""{"name":"{{CollaborationApi.UniqueName("Vijandig")}}","participants":[{"municipalityCode":"GM0489"}]{{extra}}}""";

    private static async Task AssertFieldRefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_null_task_on_create_is_400_naming_it()
    {
        var response = await writer.PostAsync(CollaborationApi.Path, Json(CreateBody(""","taskTypes":["beleid"],"tasks":[null]""")));

        await AssertFieldRefusedAsync(response, "tasks[0]");
    }

    [Fact]
    public async Task A_null_task_on_replace_is_400_naming_it()
    {
        var created = await writer.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Put, created.Url)
        {
            Content = Json($$"""{"name":"{{CollaborationApi.UniqueName()}}","tasks":[{"name":"Beleid","type":"beleid"},null]}"""),
        };
        request.Headers.TryAddWithoutValidation("If-Match", created.ETag);

        await AssertFieldRefusedAsync(await writer.SendAsync(request), "tasks[1]");
    }

    [Fact]
    public async Task A_null_power_in_the_register_on_create_and_replace_is_400_naming_it()
    {
        const string register = ""","register":{"powers":[null]}""";
        var created = await writer.CreateAsync();
        using var replace = new HttpRequestMessage(HttpMethod.Put, created.Url)
        {
            Content = Json($$"""{"name":"{{CollaborationApi.UniqueName()}}"{{register}}}"""),
        };
        replace.Headers.TryAddWithoutValidation("If-Match", created.ETag);

        await AssertFieldRefusedAsync(await writer.PostAsync(CollaborationApi.Path, Json(CreateBody(register))), "register.powers[0]");
        await AssertFieldRefusedAsync(await writer.SendAsync(replace), "register.powers[0]");
    }

    [Theory]
    [InlineData("""{"description":"a\u0000b"}""", "description")]
    [InlineData("""{"name":"Naam\u001b[31m"}""", "name")]
    [InlineData("""{"taskTypes":["beleid"],"tasks":[{"name":"Beleid","type":"beleid"},null]}""", "tasks[1]")]
    [InlineData("""{"register":{"powers":[null]}}""", "register.powers[0]")]
    public async Task A_merge_patch_is_screened_like_a_replacement(string patch, string field)
    {
        var created = await writer.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, created.Url)
        {
            Content = new StringContent(patch, Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", created.ETag);

        await AssertFieldRefusedAsync(await writer.SendAsync(request), field);
    }

    [Fact]
    public async Task A_null_participant_is_400_naming_it()
    {
        var response = await writer.PostAsync(CollaborationApi.Path,
            Json($$"""{"name":"{{CollaborationApi.UniqueName()}}","participants":[null]}"""));

        await AssertFieldRefusedAsync(response, "participants[0]");
    }

    [Fact]
    public async Task A_null_criterion_of_a_framework_is_400_naming_it()
    {
        var response = await writer.PostAsync("/api/v1/evaluation-frameworks", Json($$"""
            {"name":"{{CollaborationApi.UniqueName("Kader")}}","description":"Test.","criteria":[{"code":"a","name":"A","description":"A."},null]}
            """));

        await AssertFieldRefusedAsync(response, "criteria[1]");
    }

    [Theory]
    [InlineData("/api/v1/collaborations")]
    [InlineData("/api/v1/municipalities")]
    [InlineData("/api/v1/municipalities/GM0363/collaborations")]
    public async Task A_page_far_beyond_the_last_is_empty_not_an_overflow(string list)
    {
        var response = await writer.GetAsync($"{list}?page=2147483647&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
        Assert.Equal(int.MaxValue, body.GetProperty("page").GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task A_history_page_far_beyond_the_last_is_empty_not_an_overflow()
    {
        var created = await writer.CreateAsync();

        var response = await writer.GetAsync($"{created.Url}/history?page=2147483647&pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/collaborations?q=%00", "q")]
    [InlineData("/api/v1/municipalities?name=%00", "name")]
    [InlineData("/api/v1/municipalities?name=Ut%1Brecht", "name")]
    [InlineData("/api/v1/municipalities/GM%0703", "code")]
    public async Task A_control_character_in_a_query_or_path_value_is_400_naming_it(string url, string field)
    {
        await AssertFieldRefusedAsync(await writer.GetAsync(url), field);
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\u0007")]
    [InlineData("\\u001b[31m")]
    [InlineData("\\n")]
    public async Task A_name_with_a_control_character_is_400_naming_it(string escaped)
    {
        var response = await writer.PostAsync(CollaborationApi.Path,
            Json($$"""{"name":"Samenwerking {{escaped}} {{Guid.NewGuid():N}}","participants":[{"municipalityCode":"GM0489"}]}"""));

        await AssertFieldRefusedAsync(response, "name");
    }

    [Fact]
    public async Task A_description_may_span_lines_but_holds_no_other_control_characters()
    {
        var multiLine = await writer.PostAsync(CollaborationApi.Path, Json(CreateBody(""","description":"Regel 1\r\nRegel 2\tmet tab" """)));
        Assert.Equal(HttpStatusCode.Created, multiLine.StatusCode);

        var withNul = await writer.PostAsync(CollaborationApi.Path, Json(CreateBody(""","description":"Regel 1\u0000" """)));
        await AssertFieldRefusedAsync(withNul, "description");
    }

    [Fact]
    public async Task A_control_character_deep_in_a_body_is_named_by_its_path()
    {
        var response = await writer.PostAsync(CollaborationApi.Path, Json(CreateBody(
            ""","taskTypes":["beleid"],"tasks":[{"name":"Beleid","type":"beleid"},{"name":"Be\u0007leid","type":"beleid"}]""")));

        await AssertFieldRefusedAsync(response, "tasks[1].name");
    }

    [Fact]
    public async Task The_refusals_are_dutch_with_accept_language_nl()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path)
        {
            Content = Json($$"""{"name":"Naam\u0007 {{Guid.NewGuid():N}}","participants":[null]}"""),
        };
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var problem = await (await writer.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);

        Assert.Contains("stuurteken", problem.ErrorsFor("name").Single(), StringComparison.Ordinal);
        Assert.NotEmpty(problem.ErrorsFor("participants[0]"));
        Assert.Equal("Ongeldige invoer", problem.GetProperty("title").GetString());
    }
}
