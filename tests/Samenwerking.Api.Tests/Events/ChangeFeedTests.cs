namespace Samenwerking.Api.Tests.Events;

public sealed class ChangeFeedTests(ApiFactory api)
{
    private const string Prefix = "nl.samenwerking.collaboration.";
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Creating_a_collaboration_adds_one_created_event_as_a_cloudevent()
    {
        var created = await writer.CreateAsync();

        var events = await api.EventsAboutAsync(created.Id);

        var cloudEvent = Assert.Single(events);
        Assert.Equal("1.0", cloudEvent.GetProperty("specversion").GetString());
        Assert.Equal(Prefix + "created", cloudEvent.Type());
        Assert.Equal("urn:samenwerking:api", cloudEvent.GetProperty("source").GetString());
        Assert.Equal(created.Id.ToString(), cloudEvent.GetProperty("subject").GetString());
        Assert.Equal("application/json", cloudEvent.GetProperty("datacontenttype").GetString());
        Assert.Equal(created.Url, cloudEvent.GetProperty("dataref").GetString());
        Assert.True(Guid.TryParse(cloudEvent.GetProperty("id").GetString(), out _));
        Assert.True(cloudEvent.GetProperty("time").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal("verkenning", cloudEvent.Data().GetProperty("phase").GetString());
        Assert.Equal(["GM0489", "GM0613"], cloudEvent.Data().GetProperty("municipalityCodes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_committed_change_adds_exactly_one_event_and_a_refused_one_none()
    {
        var created = await writer.CreateAsync();

        var joined = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));
        var duplicate = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));
        var stale = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, created.ETag);
        var tooEarly = await writer.SendWithIfMatchAsync(HttpMethod.Post, $"{created.Url}/phase-transitions",
            (await writer.GetCollaborationAsync(created.Id)).ETag, new { to = "voorbereiding", effectiveOn = "2024-01-01", rationale = "Te vroeg" });

        Assert.Equal(HttpStatusCode.Created, joined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        var events = await api.EventsAboutAsync(created.Id);
        Assert.Equal([Prefix + "created", Prefix + "participant-joined"], events.Select(e => e.Type()));
        Assert.Equal("GM0597", events[1].Data().GetProperty("municipalityCode").GetString());
    }

    [Fact]
    public async Task Deleting_keeps_the_events_and_adds_who_deleted_it_and_when()
    {
        var created = await writer.CreateAsync();
        var (_, etag) = await writer.GetCollaborationAsync(created.Id);

        var deleted = await writer.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, etag);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var events = await api.EventsAboutAsync(created.Id);
        Assert.Equal([Prefix + "created", Prefix + "deleted"], events.Select(e => e.Type()));
        var data = events[1].Data();
        Assert.Equal("test-user", data.GetProperty("deletedBy").GetString());
        Assert.True(data.GetProperty("deletedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(created.Body.GetProperty("name").GetString(), data.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Role_events_carry_no_personal_data_of_the_role_holder()
    {
        var created = await writer.CreateAsync();

        var assigned = await writer.PostAsJsonAsync($"{created.Url}/roles", new
        {
            kind = "adviseur",
            personName = "Henk Feedgever",
            organisation = "Adviesbureau Feedgever",
            email = "h.feedgever@example.nl",
        });

        Assert.Equal(HttpStatusCode.Created, assigned.StatusCode);
        await api.CatchUpAsync();
        var response = await api.Reader().GetStringAsync($"{EventFeedApi.Path}?subject={created.Id}");
        Assert.Contains(Prefix + "role-assigned", response, StringComparison.Ordinal);
        Assert.DoesNotContain("Feedgever", response, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_feed_filters_on_type_and_municipality()
    {
        var created = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0597"), CollaborationApi.Participant("GM0613")]);
        await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0489", "2021-01-01"));

        var joins = await api.ReadCaughtUpAsync($"subject={created.Id}&type={Prefix}participant-joined");
        var ofRidderkerk = await api.ReadCaughtUpAsync($"municipalityCode=GM0597&limit=1000");
        var ofNobody = await api.ReadCaughtUpAsync($"subject={created.Id}&municipalityCode=GM0363");

        Assert.Equal(Prefix + "participant-joined", Assert.Single(joins.Events).Type());
        Assert.Contains(ofRidderkerk.Events, e => e.GetProperty("subject").GetString() == created.Id.ToString());
        Assert.All(ofRidderkerk.Events, e => Assert.Contains("GM0597", e.Data().GetProperty("municipalityCodes").EnumerateArray().Select(c => c.GetString())));
        Assert.Empty(ofNobody.Events);
    }

    [Fact]
    public async Task Following_the_cursor_returns_each_event_once_and_never_moves_it_back()
    {
        var created = await writer.CreateAsync();
        await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));
        await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0599", "2021-01-01"));

        var first = await api.ReadCaughtUpAsync($"subject={created.Id}&limit=2");
        var second = await api.ReadCaughtUpAsync($"subject={created.Id}&limit=2&after={first.Cursor}");
        var third = await api.ReadCaughtUpAsync($"subject={created.Id}&limit=2&after={second.Cursor}");

        Assert.Equal(2, first.Events.Count);
        Assert.Single(second.Events);
        Assert.Empty(third.Events);
        Assert.True(FeedCursorTests.Position(third.Cursor).CompareTo(FeedCursorTests.Position(second.Cursor)) >= 0, $"{third.Cursor} < {second.Cursor}");
        var ids = first.Events.Concat(second.Events).Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_waiting_reader_gets_the_event_as_soon_as_it_is_committed()
    {
        var created = await writer.CreateAsync();
        var (_, cursor) = await api.ReadCaughtUpAsync($"subject={created.Id}");

        var waiting = api.Reader().ReadEventsAsync($"subject={created.Id}&after={cursor}&wait=30");
        await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));
        var (events, _) = await waiting;

        Assert.Equal(Prefix + "participant-joined", Assert.Single(events).Type());
    }

    [Fact]
    public async Task Defining_an_evaluation_framework_is_an_event()
    {
        var response = await writer.PostAsJsonAsync(EvaluationApi.FrameworksPath, new
        {
            name = CollaborationApi.UniqueName("Kader"),
            description = "Voor de feed.",
            criteria = new[] { EvaluationApi.Criterion("samenwerkingscultuur") },
        });
        var framework = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = framework.GetProperty("id").GetGuid();

        var cloudEvent = Assert.Single(await api.EventsAboutAsync(id));

        Assert.Equal("nl.samenwerking.evaluation-framework.created", cloudEvent.Type());
        Assert.Equal(1, cloudEvent.Data().GetProperty("criterionCount").GetInt32());
    }

    [Theory]
    [InlineData("after=42", "after")]
    [InlineData("after=abc-1", "after")]
    [InlineData("after=later", "after")]
    [InlineData("limit=0", "limit")]
    [InlineData("wait=61", "wait")]
    [InlineData("type=collaboration.created", "type")]
    public async Task Invalid_reading_instructions_are_400s(string query, string field)
    {
        var response = await api.Reader().GetAsync($"{EventFeedApi.Path}?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task Reading_the_feed_needs_a_token()
    {
        var response = await api.ClientWith().GetAsync(EventFeedApi.Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
