namespace Samenwerking.Api.ClientTests.Scenarios;

/// <summary>A municipality picker as an integrator builds it: search, open one, and handle the problems.</summary>
public sealed class MunicipalityScenario(ApiFactory api) : ClientScenario(api)
{
    [Fact]
    public async Task Search_with_filters_and_open_one()
    {
        var page = (await Reader.ListMunicipalitiesAsync(name: "bergen", province: "PV27", activeOn: null, page: 1, pageSize: 10)).Result;

        var bergen = Assert.Single(page.Items);
        Assert.Equal("Bergen (NH.)", bergen.Name);
        Assert.Equal(1, page.Page.TotalItems);

        var opened = (await Reader.GetMunicipalityAsync(bergen.Code)).Result;
        Assert.Equal("GM0373", opened.Code);
        Assert.Equal("Noord-Holland", opened.ProvinceName);
        Assert.Null(opened.ValidTo);
    }

    [Fact]
    public async Task Dates_travel_as_dates()
    {
        var before = (await Reader.ListMunicipalitiesAsync("Haarlemmerliede", null, new DateOnly(2018, 12, 31), null, null)).Result;

        var gone = Assert.Single(before.Items);
        Assert.Equal(new DateOnly(2019, 1, 1), gone.ValidTo);
    }

    [Fact]
    public async Task Unknown_code_is_a_typed_404_problem()
    {
        var problem = await ProblemFrom<ProblemDetails>(() => Reader.GetMunicipalityAsync("GM9999"), 404, ProblemType.NotFound);

        Assert.Equal("/api/v1/municipalities/GM9999", problem.Instance);
        Assert.False(string.IsNullOrWhiteSpace(problem.TraceId));
    }

    [Fact]
    public async Task Malformed_code_is_a_typed_400_problem_naming_the_field()
    {
        var problem = await ProblemFrom<ValidationProblemDetails>(() => Reader.GetMunicipalityAsync("0363"), 400, ProblemType.InvalidInput);

        Assert.Contains("GM", Assert.Single(problem.Errors["code"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_invalid_query_parameters_come_back_at_once()
    {
        var problem = await ProblemFrom<ValidationProblemDetails>(
            () => Reader.ListMunicipalitiesAsync(null, "Utrecht", null, 0, 101), 400, ProblemType.InvalidInput);

        Assert.Equal(["page", "pageSize", "province"], problem.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Without_a_token_is_a_typed_401_problem()
    {
        await ProblemFrom<ProblemDetails>(() => Anonymous.GetMunicipalityAsync("GM0363"), 401, ProblemType.Unauthorized);
    }
}
