namespace Samenwerking.Api.Tests.Collaborations;

public sealed class ParticipantTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_municipality_joins_and_the_collaboration_gets_a_new_etag()
    {
        var created = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2021-01-01"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var participant = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Ridderkerk", participant.GetProperty("municipalityName").GetString());
        Assert.Equal("deelnemer", participant.GetProperty("role").GetString());
        var (_, etag) = await writer.GetCollaborationAsync(created.Id);
        Assert.NotEqual(created.ETag, etag);
        Assert.Equal(etag, response.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task The_same_municipality_cannot_take_part_twice()
    {
        var created = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0489"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-participant"));
    }

    [Fact]
    public async Task A_rule_conflict_has_a_dutch_title_when_asked()
    {
        var created = await writer.CreateAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{created.Url}/participants")
        {
            Content = JsonContent.Create(CollaborationApi.Participant("GM0489")),
        };
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var response = await writer.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-participant"));
        Assert.Equal("Gemeente neemt al deel", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_municipality_must_be_in_force_on_the_join_date()
    {
        var created = await writer.CreateAsync();

        // Haarlemmerliede en Spaarnwoude merged into Haarlemmermeer on 1 January 2019.
        var response = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0393", "2019-01-01"));
        var before = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0393", "2018-12-31"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("municipality-not-in-force"));
        Assert.Equal(HttpStatusCode.Created, before.StatusCode);
    }

    [Fact]
    public async Task Join_date_in_the_future_is_invalid()
    {
        var created = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597", "2999-01-01"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("joinedOn"));
    }

    [Fact]
    public async Task There_is_at_most_one_centrumgemeente()
    {
        var created = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489", role: "centrumgemeente")]);

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0613", role: "centrumgemeente"));

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("centrumgemeente-already-assigned"));
    }

    [Fact]
    public async Task During_verkenning_a_participant_is_simply_removed()
    {
        var created = await writer.CreateAsync();

        var response = await writer.DeleteAsync($"{created.Url}/participants/GM0613");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var participants = await writer.GetItemsAsync($"{created.Url}/participants");
        Assert.Equal("GM0489", participants.EnumerateArray().Single().GetProperty("municipalityCode").GetString());
    }

    [Fact]
    public async Task The_last_participant_cannot_be_removed()
    {
        var created = await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489")]);

        var response = await writer.DeleteAsync($"{created.Url}/participants/GM0489");

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("last-participant"));
    }

    [Fact]
    public async Task Removing_a_municipality_that_does_not_take_part_is_404()
    {
        var created = await writer.CreateAsync();

        var response = await writer.DeleteAsync($"{created.Url}/participants/GM0597");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Withdrawing_a_municipality_that_never_took_part_is_404()
    {
        var created = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants/GM0597/withdrawal",
            new { leftOn = "2025-01-01", reason = "Nooit deelgenomen." });

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Withdrawal_is_not_for_verkenning()
    {
        var created = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants/GM0613/withdrawal",
            new { leftOn = "2024-01-01", reason = "Gaat zelfstandig verder" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("withdrawal-not-applicable"));
    }

    [Fact]
    public async Task Withdrawal_needs_a_date_and_a_reason()
    {
        var created = await writer.CreateAsync();

        var response = await writer.PostAsJsonAsync($"{created.Url}/participants/GM0613/withdrawal", new { reason = "" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("leftOn"));
        Assert.NotEmpty(problem.ErrorsFor("reason"));
    }

    [Fact]
    public async Task A_stale_if_match_on_a_participant_change_is_412()
    {
        var created = await writer.CreateAsync();
        await writer.PostAsJsonAsync($"{created.Url}/participants", CollaborationApi.Participant("GM0597"));

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Post, $"{created.Url}/participants", created.ETag,
            CollaborationApi.Participant("GM0505"));

        await response.AssertProblemAsync(HttpStatusCode.PreconditionFailed, ProblemType.PreconditionFailed);
    }
}
