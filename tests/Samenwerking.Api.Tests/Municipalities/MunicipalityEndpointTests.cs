namespace Samenwerking.Api.Tests.Municipalities;

public sealed class MunicipalityEndpointTests(ApiFactory api)
{
    private readonly HttpClient reader = api.Reader();

    [Fact]
    public async Task Lists_only_municipalities_in_force_today_by_default()
    {
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?pageSize=100&page=1");

        // 342 municipalities are in force since 1 January 2025 (the reference data's own count).
        Assert.Equal(342, page.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(4, page.GetProperty("page").GetProperty("totalPages").GetInt32());
        Assert.Equal(100, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Name_filter_ignores_case_and_accents_and_sorts_by_name()
    {
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?name=BERGEN");

        var names = page.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()!).ToArray();
        Assert.Equal(["Bergen (L.)", "Bergen (NH.)", "Bergen op Zoom", "Haaksbergen", "Steenbergen", "Tubbergen"], names);

        var accented = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?name=sudwest");
        Assert.Equal("Súdwest-Fryslân", accented.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ActiveOn_shows_municipalities_of_that_day()
    {
        var before = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?name=Haarlemmerliede&activeOn=2018-12-31");
        var after = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?name=Haarlemmerliede&activeOn=2019-01-01");

        Assert.Equal(1, before.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(0, after.GetProperty("page").GetProperty("totalItems").GetInt32());
    }

    [Fact]
    public async Task Province_filter_narrows_to_one_province()
    {
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities?province=PV27&pageSize=100");

        Assert.All(page.GetProperty("items").EnumerateArray(), m => Assert.Equal("PV27", m.GetProperty("provinceCode").GetString()));
        Assert.True(page.GetProperty("page").GetProperty("totalItems").GetInt32() > 10);
    }

    [Fact]
    public async Task Gets_one_municipality_by_code()
    {
        var amsterdam = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0363");

        Assert.Equal("Amsterdam", amsterdam.GetProperty("name").GetString());
        Assert.Equal("PV27", amsterdam.GetProperty("provinceCode").GetString());
        Assert.Equal(JsonValueKind.Null, amsterdam.GetProperty("validTo").ValueKind);
    }

    [Fact]
    public async Task A_municipality_that_moved_province_shows_its_current_record()
    {
        var vianen = await reader.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0620");

        Assert.Equal("Utrecht", vianen.GetProperty("provinceName").GetString());
    }

    [Fact]
    public async Task Unknown_code_is_404_problem()
    {
        var response = await reader.GetAsync("/api/v1/municipalities/GM9999");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Malformed_code_is_400_problem_naming_the_field()
    {
        var response = await reader.GetAsync("/api/v1/municipalities/0363");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("GM", problem.ErrorsFor("code").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_invalid_query_parameters_are_reported_at_once()
    {
        var response = await reader.GetAsync("/api/v1/municipalities?province=Utrecht&page=0&pageSize=101");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("province"));
        Assert.NotEmpty(problem.ErrorsFor("page"));
        Assert.NotEmpty(problem.ErrorsFor("pageSize"));
    }

    [Fact]
    public async Task Wrongly_typed_query_parameter_is_400_problem_not_500()
    {
        var response = await reader.GetAsync("/api/v1/municipalities?activeOn=yesterday");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("yyyy-MM-dd", problem.ErrorsFor("activeOn").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_token_is_401_problem()
    {
        var response = await api.ClientWith().GetAsync("/api/v1/municipalities");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemType.Unauthorized);
    }

    [Fact]
    public async Task Token_without_read_scope_is_403_problem()
    {
        var response = await api.ClientWith("profile").GetAsync("/api/v1/municipalities");

        await response.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Forbidden);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_401()
    {
        using var client = api.ClientWith();
        client.DefaultRequestHeaders.Authorization = new("Bearer",
            TestTokens.Create([TestTokens.ReadScope], signingKey: "another-key-that-is-long-enough-for-hmac-sha256!!"));

        var response = await client.GetAsync("/api/v1/municipalities");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemType.Unauthorized);
    }
}
