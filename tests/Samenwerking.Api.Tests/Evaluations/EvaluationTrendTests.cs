namespace Samenwerking.Api.Tests.Evaluations;

public sealed class EvaluationTrendTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static string TrendOf(Guid collaborationId, object? frameworkId) =>
        $"{CollaborationApi.Path}/{collaborationId}/evaluations/trend" + (frameworkId is null ? "" : $"?frameworkId={frameworkId}");

    [Fact]
    public async Task Per_criterion_the_scores_over_time_oldest_first_with_gaps_where_not_assessed()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var (frameworkId, _) = await writer.CreateFrameworkAsync("kwaliteit", "kosten");
        var latest = await writer.RecordEvaluationAsync(collaboration.Id,
            EvaluationApi.Evaluation(frameworkId, "2024-03-01", ("kwaliteit", 4), ("kosten", null)));
        await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation("2022-01-01", 1));
        var earliest = await writer.RecordEvaluationAsync(collaboration.Id,
            EvaluationApi.Evaluation(frameworkId, "2019-11-15", ("kwaliteit", 2), ("kosten", 3)));

        var trend = await writer.GetFromJsonAsync<JsonElement>(TrendOf(collaboration.Id, frameworkId));

        Assert.Equal(frameworkId, trend.GetProperty("frameworkId").GetGuid());
        var series = trend.GetProperty("criteria").Items().ToList();
        Assert.Equal(["kwaliteit", "kosten"], series.Select(s => s.GetProperty("criterion").GetString()));
        Assert.Equal("Criterium kwaliteit", series[0].GetProperty("name").GetString());
        Assert.All(series, s => Assert.Equal(new[] { earliest, latest }.Select(e => e.GetProperty("id").GetGuid()),
            s.GetProperty("points").Items().Select(p => p.GetProperty("evaluationId").GetGuid())));
        Assert.Equal(["2019-11-15", "2024-03-01"], series[0].GetProperty("points").Items().Select(p => p.GetProperty("evaluatedOn").GetString()));
        Assert.Equal([2, 4], series[0].GetProperty("points").Items().Select(p => p.GetProperty("score").GetInt32()));
        var kosten = series[1].GetProperty("points").Items().Select(p => p.GetProperty("score")).ToList();
        Assert.Equal(3, kosten[0].GetInt32());
        Assert.Equal(JsonValueKind.Null, kosten[1].ValueKind);
    }

    [Fact]
    public async Task A_framework_without_evaluations_gives_empty_series()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var trend = await writer.GetFromJsonAsync<JsonElement>(TrendOf(collaboration.Id, EvaluationApi.RekenkamerFrameworkId));

        Assert.Equal(3, trend.GetProperty("criteria").GetArrayLength());
        Assert.All(trend.GetProperty("criteria").Items(), s => Assert.Equal(0, s.GetProperty("points").GetArrayLength()));
    }

    [Fact]
    public async Task The_framework_is_required_and_must_exist()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var missing = await writer.GetAsync(TrendOf(collaboration.Id, null));
        var unknown = await writer.GetAsync(TrendOf(collaboration.Id, Guid.NewGuid()));
        var malformed = await writer.GetAsync(TrendOf(collaboration.Id, "kwaliteit"));

        Assert.NotEmpty((await missing.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("frameworkId"));
        Assert.NotEmpty((await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("frameworkId"));
        Assert.NotEmpty((await malformed.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("frameworkId"));
    }

    [Fact]
    public async Task An_unknown_collaboration_is_404()
    {
        var response = await writer.GetAsync(TrendOf(Guid.NewGuid(), EvaluationApi.DefaultFrameworkId));

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }
}
