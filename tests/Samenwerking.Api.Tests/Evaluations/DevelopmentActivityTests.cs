namespace Samenwerking.Api.Tests.Evaluations;

public sealed class DevelopmentActivityTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static string ActivitiesOf(Guid collaborationId) => $"{CollaborationApi.Path}/{collaborationId}/development-activities";

    private static object Activity(string kind, string heldOn, int attendeeCount = 12, string title = "Masterclass samenwerken") =>
        new { kind, title, heldOn, attendeeCount, notes = "Voor raadsleden en ambtenaren." };

    [Fact]
    public async Task Records_and_lists_activities_most_recent_first()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();

        var masterclass = await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), Activity("masterclass", "2021-04-01"));
        var intervisie = await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), Activity("intervisie", "2023-10-05", 4, "Intervisie secretarissen"));
        await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), Activity("leergang", "2022-01-10"));

        Assert.Equal(HttpStatusCode.Created, masterclass.StatusCode);
        var created = await masterclass.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{ActivitiesOf(collaboration.Id)}/{created.GetProperty("id").GetGuid()}", masterclass.Headers.Location!.OriginalString);
        Assert.NotEqual(collaboration.ETag, masterclass.Headers.ETag!.Tag);
        Assert.Equal("masterclass", created.GetProperty("kind").GetString());
        Assert.Equal(12, created.GetProperty("attendeeCount").GetInt32());
        var fetched = await writer.GetFromJsonAsync<JsonElement>(masterclass.Headers.Location);
        Assert.Equal(created.GetRawText(), fetched.GetRawText());
        var list = await writer.GetItemsAsync(ActivitiesOf(collaboration.Id));
        Assert.Equal(["intervisie", "leergang", "masterclass"], list.Items().Select(a => a.GetProperty("kind").GetString()));
        Assert.Equal((await intervisie.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), list[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Held_activities_are_recorded_in_any_phase_also_before_the_collaboration_operated()
    {
        var exploring = await writer.CreateAsync();
        var operating = await writer.RegisterInDoorontwikkelingAsync("2018-01-01");

        var inVerkenning = await writer.PostAsJsonAsync(ActivitiesOf(exploring.Id), Activity("training", "2024-01-01"));
        var beforeOperating = await writer.PostAsJsonAsync(ActivitiesOf(operating.Id), Activity("training", "2017-06-01"));

        Assert.Equal(HttpStatusCode.Created, inVerkenning.StatusCode);
        Assert.Equal(HttpStatusCode.Created, beforeOperating.StatusCode);
        Assert.Equal("gehouden", (await inVerkenning.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Invalid_activities_are_400_with_every_field_at_once()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var future = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)).ToString("yyyy-MM-dd");

        var invalid = await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), new { title = "", heldOn = future, attendeeCount = 0 });
        var unknownKind = await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), Activity("workshop", "2024-01-01"));

        var problem = await invalid.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.All(new[] { "kind", "title", "heldOn", "attendeeCount" }, field => Assert.NotEmpty(problem.ErrorsFor(field)));
        var kindProblem = await unknownKind.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("intervisie", kindProblem.ErrorsFor("kind").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_collaborations_and_other_collaborations_activities_are_404()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var other = await writer.RegisterInDoorontwikkelingAsync();
        var activity = await (await writer.PostAsJsonAsync(ActivitiesOf(other.Id), Activity("training", "2024-01-01")))
            .Content.ReadFromJsonAsync<JsonElement>();

        var list = await writer.GetAsync(ActivitiesOf(Guid.NewGuid()));
        var record = await writer.PostAsJsonAsync(ActivitiesOf(Guid.NewGuid()), Activity("training", "2024-01-01"));
        var elsewhere = await writer.GetAsync($"{ActivitiesOf(collaboration.Id)}/{activity.GetProperty("id").GetGuid()}");

        await list.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await record.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        await elsewhere.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }
}
