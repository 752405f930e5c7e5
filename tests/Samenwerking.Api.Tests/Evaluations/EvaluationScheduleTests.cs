namespace Samenwerking.Api.Tests.Evaluations;

public sealed class EvaluationScheduleTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static string ScheduleOf(Guid collaborationId) => $"{CollaborationApi.Path}/{collaborationId}/evaluation-schedule";

    private async Task<JsonElement> SetIntervalAsync(Guid collaborationId, int years)
    {
        var response = await writer.PutAsJsonAsync(ScheduleOf(collaborationId), new { evaluationIntervalYears = years });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string? Due(JsonElement body) =>
        body.GetProperty("nextEvaluationDue") is { ValueKind: JsonValueKind.String } due ? due.GetString() : null;

    [Fact]
    public async Task Never_evaluated_it_is_due_the_default_four_years_after_doorontwikkeling_began()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync("2018-01-01");

        var (body, _) = await writer.GetCollaborationAsync(collaboration.Id);
        var schedule = await writer.GetAsync(ScheduleOf(collaboration.Id));

        Assert.Equal(4, body.GetProperty("evaluationIntervalYears").GetInt32());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("lastEvaluatedOn").ValueKind);
        Assert.Equal("2022-01-01", Due(body));
        Assert.Equal(collaboration.ETag, schedule.Headers.ETag!.Tag);
        var scheduleBody = await schedule.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2022-01-01", Due(scheduleBody));
        Assert.True(scheduleBody.GetProperty("isOverdue").GetBoolean());
    }

    [Fact]
    public async Task A_leap_day_plus_whole_years_falls_on_28_february_in_a_common_year()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync("2016-02-29");
        Assert.Equal("2020-02-29", Due((await writer.GetCollaborationAsync(collaboration.Id)).Body));

        Assert.Equal("2017-02-28", Due(await SetIntervalAsync(collaboration.Id, 1)));

        await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation("2020-02-29"));
        var (afterEvaluation, _) = await writer.GetCollaborationAsync(collaboration.Id);
        Assert.Equal("2020-02-29", afterEvaluation.GetProperty("lastEvaluatedOn").GetString());
        Assert.Equal("2021-02-28", Due(afterEvaluation));
        Assert.Equal("2024-02-29", Due(await SetIntervalAsync(collaboration.Id, 4)));
        Assert.Equal("2023-02-28", Due(await SetIntervalAsync(collaboration.Id, 3)));
    }

    [Fact]
    public async Task Outside_doorontwikkeling_nothing_is_due_but_the_interval_can_be_agreed()
    {
        var exploring = await writer.CreateAsync();

        var schedule = await SetIntervalAsync(exploring.Id, 3);

        Assert.Equal(3, schedule.GetProperty("evaluationIntervalYears").GetInt32());
        Assert.Null(Due(schedule));
        Assert.False(schedule.GetProperty("isOverdue").GetBoolean());
        Assert.Null(Due((await writer.GetCollaborationAsync(exploring.Id)).Body));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public async Task The_interval_is_one_to_ten_years(int years)
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var response = await writer.PutAsJsonAsync(ScheduleOf(collaboration.Id), new { evaluationIntervalYears = years });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("1 to 10", problem.ErrorsFor("evaluationIntervalYears").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_interval_gives_a_new_etag_and_a_stale_if_match_is_412()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var changed = await writer.SendWithIfMatchAsync(HttpMethod.Put, ScheduleOf(collaboration.Id), collaboration.ETag,
            new { evaluationIntervalYears = 2 });
        var stale = await writer.SendWithIfMatchAsync(HttpMethod.Put, ScheduleOf(collaboration.Id), collaboration.ETag,
            new { evaluationIntervalYears = 5 });
        var unknown = await writer.PutAsJsonAsync(ScheduleOf(Guid.NewGuid()), new { evaluationIntervalYears = 2 });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(collaboration.ETag, changed.Headers.ETag!.Tag);
        Assert.Equal(changed.Headers.ETag.Tag, (await writer.GetCollaborationAsync(collaboration.Id)).ETag);
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }
}
