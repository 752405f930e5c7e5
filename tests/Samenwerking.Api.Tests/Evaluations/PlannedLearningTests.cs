namespace Samenwerking.Api.Tests.Evaluations;

/// <summary>
/// Trainings, masterclasses, leergangen and intervisie planned ahead in any phase, then held (with attendance per
/// municipality, numbers only) or cancelled, and a municipality's learning across its collaborations.
/// </summary>
public sealed class PlannedLearningTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private static string ActivitiesOf(Guid collaborationId) => $"{CollaborationApi.Path}/{collaborationId}/development-activities";

    private static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-dd");

    private static object Planned(string heldOn, string kind = "leergang", string title = "Leergang samenwerken") =>
        new { kind, title, heldOn, status = "gepland" };

    private async Task<(Guid Id, string Location)> PlanAsync(Guid collaborationId, string heldOn, string title = "Leergang samenwerken")
    {
        var response = await writer.PostAsJsonAsync(ActivitiesOf(collaborationId), Planned(heldOn, title: title));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), response.Headers.Location!.OriginalString);
    }

    private Task<HttpResponseMessage> SetStatusAsync(Guid collaborationId, Guid activityId, object body, string language = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{ActivitiesOf(collaborationId)}/{activityId}/status") { Content = JsonContent.Create(body) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return writer.SendAsync(request);
    }

    [Fact]
    public async Task A_training_is_planned_in_verkenning_with_a_future_date_and_no_attendees_yet()
    {
        var exploring = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync(ActivitiesOf(exploring.Id), Planned(InDays(30), "training"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var planned = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("gepland", planned.GetProperty("status").GetString());
        Assert.Equal(0, planned.GetProperty("attendeeCount").GetInt32());
        Assert.Empty(planned.GetProperty("attendance").EnumerateArray());
        Assert.Contains("planned", (await writer.GetFromJsonAsync<JsonElement>($"{exploring.Url}/history")).GetProperty("items")[0].GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_planned_activity_is_held_with_attendance_per_municipality_and_then_final()
    {
        var collaboration = await writer.CreateAsync();
        var (activity, location) = await PlanAsync(collaboration.Id, InDays(0));

        var held = await SetStatusAsync(collaboration.Id, activity, new
        {
            status = "gehouden", attendeeCount = 14,
            attendance = new[] { new { municipalityCode = "GM0489", attendeeCount = 6 }, new { municipalityCode = "GM0613", attendeeCount = 5 } },
        });
        var again = await SetStatusAsync(collaboration.Id, activity, new { status = "geannuleerd" }, "nl");

        Assert.True(held.StatusCode == HttpStatusCode.OK, await held.Content.ReadAsStringAsync());
        Assert.NotEqual(collaboration.ETag, held.Headers.ETag!.Tag);
        var fetched = await writer.GetFromJsonAsync<JsonElement>(location);
        Assert.Equal("gehouden", fetched.GetProperty("status").GetString());
        Assert.Equal(14, fetched.GetProperty("attendeeCount").GetInt32());
        Assert.Equal([("GM0489", 6), ("GM0613", 5)],
            fetched.GetProperty("attendance").EnumerateArray().Select(a => (a.GetProperty("municipalityCode").GetString(), a.GetProperty("attendeeCount").GetInt32())));
        var problem = await again.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("development-activity-not-planned"));
        Assert.Equal("Alleen een geplande activiteit kan worden gehouden of geannuleerd", problem.GetProperty("title").GetString());
        var history = (await writer.GetFromJsonAsync<JsonElement>($"{collaboration.Url}/history")).GetProperty("items")[0];
        Assert.Equal("developmentActivityStatusChanged", history.GetProperty("kind").GetString());
        Assert.Contains("nl.samenwerking.collaboration.development-activity-status-changed", (await api.EventsAboutAsync(collaboration.Id)).Select(e => e.Type()));
    }

    [Theory]
    [InlineData("en", "Dated in the future")]
    [InlineData("nl", "Gedateerd in de toekomst")]
    public async Task A_planned_activity_is_not_held_before_its_day(string language, string title)
    {
        var collaboration = await writer.CreateAsync();
        var (activity, _) = await PlanAsync(collaboration.Id, InDays(20));

        var response = await SetStatusAsync(collaboration.Id, activity, new { status = "gehouden", attendeeCount = 3 }, language);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dated-in-the-future"));
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("en", "does not take part")]
    [InlineData("nl", "niet deelneemt")]
    public async Task Attendance_counts_only_the_collaborations_own_municipalities(string language, string words)
    {
        var collaboration = await writer.CreateAsync();
        var (activity, _) = await PlanAsync(collaboration.Id, InDays(-1));
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivitiesOf(collaboration.Id))
        {
            Content = JsonContent.Create(new
            {
                kind = "intervisie", title = "Intervisie", heldOn = InDays(-2), attendeeCount = 4,
                attendance = new[] { new { municipalityCode = "GM0363", attendeeCount = 2 } },
            }),
        };
        request.Headers.AcceptLanguage.ParseAdd(language);

        var recorded = await writer.SendAsync(request);
        var held = await SetStatusAsync(collaboration.Id, activity,
            new { status = "gehouden", attendeeCount = 4, attendance = new[] { new { municipalityCode = "GM0363", attendeeCount = 2 } } }, language);

        foreach (var response in new[] { recorded, held })
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("attendance-of-non-participant"));
            Assert.Contains(words, problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
            Assert.Equal("GM0363", problem.GetProperty("municipalityCode").GetString());
        }
    }

    [Fact]
    public async Task A_cancelled_activity_keeps_its_planned_day_and_leaves_the_municipalitys_list()
    {
        var collaboration = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0505"), CollaborationApi.Participant("GM0590")]);
        var (activity, _) = await PlanAsync(collaboration.Id, InDays(10), "Masterclass die niet doorgaat");

        var cancelled = await SetStatusAsync(collaboration.Id, activity, new { status = "geannuleerd" });

        Assert.Equal("geannuleerd", (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var listed = await writer.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0505/development-activities");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == activity);
        var onlyCancelled = await writer.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0505/development-activities?status=geannuleerd");
        Assert.Equal(activity, Assert.Single(onlyCancelled.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Invalid_plans_and_statuses_are_400_with_every_field_at_once()
    {
        var collaboration = await writer.CreateAsync();
        var (activity, _) = await PlanAsync(collaboration.Id, InDays(-1));

        var plannedWithAttendees = await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), new
        {
            kind = "training", title = "Training", heldOn = InDays(5), status = "gepland", attendeeCount = 5,
            attendance = new[] { new { municipalityCode = "GM0489", attendeeCount = 5 } },
        });
        var recordedCancelled = await writer.PostAsJsonAsync(ActivitiesOf(collaboration.Id), new { kind = "training", title = "Training", heldOn = InDays(-5), status = "geannuleerd", attendeeCount = 3 });
        var tooManyFromMunicipalities = await SetStatusAsync(collaboration.Id, activity, new
        {
            status = "gehouden", attendeeCount = 3,
            attendance = new[] { new { municipalityCode = "GM0489", attendeeCount = 2 }, new { municipalityCode = "GM0489", attendeeCount = 2 } },
        });
        var backToPlanned = await SetStatusAsync(collaboration.Id, activity, new { status = "gepland" });

        var planned = await plannedWithAttendees.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(planned.ErrorsFor("attendeeCount"));
        Assert.NotEmpty(planned.ErrorsFor("attendance"));
        Assert.NotEmpty((await recordedCancelled.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("status"));
        Assert.NotEmpty((await tooManyFromMunicipalities.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("attendance"));
        Assert.NotEmpty((await backToPlanned.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("status"));
    }

    [Fact]
    public async Task A_municipality_lists_its_planned_and_held_learning_across_its_collaborations_in_one_query()
    {
        var first = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0632"), CollaborationApi.Participant("GM0589")]);
        var second = await writer.RegisterInDoorontwikkelingAsync();
        await writer.PostAsJsonAsync($"{second.Url}/participants", new { municipalityCode = "GM0632", joinedOn = "2019-01-01" });
        var elsewhere = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0589"), CollaborationApi.Participant("GM0335")]);
        var (planned, _) = await PlanAsync(first.Id, InDays(40), "Leergang bestuurders");
        var held = await writer.PostAsJsonAsync(ActivitiesOf(second.Id), new
        {
            kind = "masterclass", title = "Masterclass griffiers", heldOn = "2024-03-01", attendeeCount = 9,
            attendance = new[] { new { municipalityCode = "GM0632", attendeeCount = 4 } },
        });
        Assert.Equal(HttpStatusCode.Created, held.StatusCode);
        await PlanAsync(elsewhere.Id, InDays(15), "Niet van Woerden");

        var key = Guid.NewGuid().ToString();
        using var counted = new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipalities/GM0632/development-activities?pageSize=1");
        counted.Headers.Add(SqlCommandCounter.Header, key);
        var page = await (await writer.SendAsync(counted)).Content.ReadFromJsonAsync<JsonElement>();
        var statements = api.SqlCommands.StatementsFor(key);
        var all = await writer.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0632/development-activities");
        var coming = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/GM0632/development-activities?from={InDays(0)}");

        Assert.Equal(1, statements);
        Assert.Equal(2, page.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(planned, page.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(["Leergang bestuurders", "Masterclass griffiers"], all.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        var masterclass = all.GetProperty("items")[1];
        Assert.Equal(second.Id, masterclass.GetProperty("collaborationId").GetGuid());
        Assert.Equal("gehouden", masterclass.GetProperty("status").GetString());
        Assert.Equal(4, masterclass.GetProperty("attendance")[0].GetProperty("attendeeCount").GetInt32());
        Assert.Equal(first.Body.GetProperty("name").GetString(), all.GetProperty("items")[0].GetProperty("collaborationName").GetString());
        Assert.Equal(["Leergang bestuurders"], coming.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync("/api/v1/municipalities/GM9999/development-activities")).StatusCode);
    }
}
