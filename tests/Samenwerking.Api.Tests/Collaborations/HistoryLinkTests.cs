namespace Samenwerking.Api.Tests.Collaborations;

/// <summary>History entries carry a stable id and lead to what they are about: the ids of the thing and a link to GET it.</summary>
public sealed class HistoryLinkTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Each_entry_names_what_it_is_about_and_its_link_gets_that_resource()
    {
        var collaboration = await writer.RegisterInDoorontwikkelingAsync();
        var decision = await BodyOf(await writer.DecideAsync(collaboration.Id, "GM0225", "raad", "toestemming"));
        var role = await BodyOf(await writer.PostAsJsonAsync($"{collaboration.Url}/roles", Role("Jan Jansen")));
        var removedRole = await BodyOf(await writer.PostAsJsonAsync($"{collaboration.Url}/roles", Role("Piet Pieters")));
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"{collaboration.Url}/roles/{Id(removedRole)}")).StatusCode);
        var evaluation = await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation("2020-01-01"));
        var activity = await BodyOf(await writer.PostAsJsonAsync($"{collaboration.Url}/development-activities",
            new { kind = "masterclass", title = "Masterclass samenwerken", heldOn = "2021-04-01", attendeeCount = 12 }));
        Assert.Equal(HttpStatusCode.Created, (await writer.PostAsJsonAsync($"{collaboration.Url}/participants", CollaborationApi.Participant("GM0599"))).StatusCode);

        var history = await HistoryAsync(collaboration.Id);

        var registered = Single(history, "registered");
        Assert.Equal(collaboration.Id, Id(await FollowAsync(registered)));
        var decided = Single(history, "decisionRecorded");
        Assert.Equal(Id(decision), decided.GetProperty("decisionId").GetGuid());
        Assert.Equal("GM0225", decided.GetProperty("municipalityCode").GetString());
        Assert.Equal(JsonValueKind.Null, decided.GetProperty("roleId").ValueKind);
        Assert.Equal(Id(decision), Id(await FollowAsync(decided)));
        var evaluated = Single(history, "evaluationRecorded");
        Assert.Equal(Id(evaluation), evaluated.GetProperty("evaluationId").GetGuid());
        Assert.Equal(Id(evaluation), Id(await FollowAsync(evaluated)));
        var held = Single(history, "developmentActivityRecorded");
        Assert.Equal(Id(activity), held.GetProperty("activityId").GetGuid());
        Assert.Equal(Id(activity), Id(await FollowAsync(held)));

        // Roles and participants have no URL of their own: the link is their list, where the id or code finds them.
        var assigned = history.Single(e => Kind(e) == "roleAssigned" && e.GetProperty("roleId").GetGuid() == Id(role));
        Assert.Contains((await FollowAsync(assigned)).GetProperty("items").EnumerateArray(), r => Id(r) == Id(role));
        var joined = history.Single(e => Kind(e) == "participantJoined" && e.GetProperty("municipalityCode").GetString() == "GM0599");
        Assert.Contains((await FollowAsync(joined)).GetProperty("items").EnumerateArray(),
            p => p.GetProperty("municipalityCode").GetString() == "GM0599");

        // A removed role is gone with its personal data: its entry keeps the id, but there is nothing left to link to.
        var removed = Single(history, "roleRemoved");
        Assert.Equal(Id(removedRole), removed.GetProperty("roleId").GetGuid());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("href").ValueKind);
    }

    [Fact]
    public async Task Ids_are_stable_and_transitions_and_removed_participants_are_named()
    {
        var created = await writer.CreateAsync(participants:
            [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613"), CollaborationApi.Participant("GM0599")]);
        Assert.Equal(HttpStatusCode.NoContent, (await writer.DeleteAsync($"{created.Url}/participants/GM0599")).StatusCode);
        var explored = await writer.CreateExploredAsync();
        var transition = await BodyOf(await writer.TransitionAsync(explored.Id, "voorbereiding", explored.ETag));

        var first = await HistoryAsync(created.Id);
        var again = await HistoryAsync(created.Id);
        var phaseChanged = Single(await HistoryAsync(explored.Id), "phaseChanged");

        Assert.Equal(first.Select(Id), again.Select(Id));
        Assert.Equal(first.Count, first.Select(Id).Distinct().Count());
        var removal = Single(first, "participantRemoved");
        Assert.Equal("GM0599", removal.GetProperty("municipalityCode").GetString());
        Assert.Equal(JsonValueKind.Null, removal.GetProperty("href").ValueKind);
        Assert.Equal(Id(transition), phaseChanged.GetProperty("transitionId").GetGuid());
        Assert.Contains((await FollowAsync(phaseChanged)).GetProperty("items").EnumerateArray(), t => Id(t) == Id(transition));
    }

    private static object Role(string personName) => new { kind = "projectleider", personName, organisation = "Gemeente Bergen" };

    private async Task<List<JsonElement>> HistoryAsync(Guid id) =>
        [.. (await writer.GetItemsAsync($"{CollaborationApi.Path}/{id}/history?pageSize=100")).EnumerateArray()];

    private async Task<JsonElement> FollowAsync(JsonElement entry)
    {
        var href = entry.GetProperty("href").GetString();
        Assert.StartsWith("/api/v1/collaborations/", href, StringComparison.Ordinal);
        var response = await writer.GetAsync(href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> BodyOf(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static JsonElement Single(IEnumerable<JsonElement> history, string kind) => Assert.Single(history, e => Kind(e) == kind);

    private static string Kind(JsonElement entry) => entry.GetProperty("kind").GetString()!;

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}
