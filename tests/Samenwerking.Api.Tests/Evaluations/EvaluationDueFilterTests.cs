namespace Samenwerking.Api.Tests.Evaluations;

public sealed class EvaluationDueFilterTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private async Task<string[]> NamesAsync(string query)
    {
        var page = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?{query}");
        return page.GetProperty("items").Items().Select(i => i.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task Lists_filter_on_the_due_date_and_on_being_overdue_relative_to_today()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var recent = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-400));
        await writer.RegisterInDoorontwikkelingAsync("2018-01-01", $"Due {tag} a overdue");
        await writer.RegisterInDoorontwikkelingAsync(recent.ToString("yyyy-MM-dd"), $"Due {tag} b on schedule");
        var evaluated = await writer.RegisterInDoorontwikkelingAsync("2015-01-01", $"Due {tag} c evaluated");
        await writer.RecordEvaluationAsync(evaluated.Id, EvaluationApi.DefaultEvaluation(recent.ToString("yyyy-MM-dd")));
        await writer.CreateAsync($"Due {tag} d exploring");

        Assert.Equal([$"Due {tag} a overdue"], await NamesAsync($"q={tag}&evaluationOverdue=true"));
        Assert.Equal([$"Due {tag} b on schedule", $"Due {tag} c evaluated"], await NamesAsync($"q={tag}&evaluationOverdue=false"));
        Assert.Equal([$"Due {tag} a overdue"], await NamesAsync($"q={tag}&evaluationDueBefore=2022-01-02"));
        Assert.Empty(await NamesAsync($"q={tag}&evaluationDueBefore=2022-01-01"));
        Assert.Equal(3, (await NamesAsync($"q={tag}&evaluationDueBefore=2100-01-01")).Length);
        Assert.Equal(4, (await NamesAsync($"q={tag}")).Length);

        var summaries = (await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={tag}&sort=name")).GetProperty("items").Items().ToList();
        Assert.Equal("2022-01-01", summaries[0].GetProperty("nextEvaluationDue").GetString());
        Assert.Equal(recent.AddYears(4).ToString("yyyy-MM-dd"), summaries[1].GetProperty("nextEvaluationDue").GetString());
        Assert.Equal(recent.AddYears(4).ToString("yyyy-MM-dd"), summaries[2].GetProperty("nextEvaluationDue").GetString());
        Assert.Equal(JsonValueKind.Null, summaries[3].GetProperty("nextEvaluationDue").ValueKind);
    }

    [Fact]
    public async Task The_due_filters_run_in_sql_in_the_same_two_commands()
    {
        var key = Guid.NewGuid().ToString();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{CollaborationApi.Path}?evaluationOverdue=true&evaluationDueBefore=2030-01-01");
        request.Headers.Add(SqlCommandCounter.Header, key);

        Assert.Equal(HttpStatusCode.OK, (await writer.SendAsync(request)).StatusCode);
        // The page, and the total unless the page is short (then its rows are the total).
        Assert.InRange(api.SqlCommands.CountFor(key), 1, 2);
    }

    [Fact]
    public async Task Malformed_due_filters_are_400()
    {
        var badDate = await writer.GetAsync($"{CollaborationApi.Path}?evaluationDueBefore=next-year");
        var badFlag = await writer.GetAsync($"{CollaborationApi.Path}?evaluationOverdue=perhaps");

        Assert.NotEmpty((await badDate.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("evaluationDueBefore"));
        Assert.NotEmpty((await badFlag.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("evaluationOverdue"));
    }
}
