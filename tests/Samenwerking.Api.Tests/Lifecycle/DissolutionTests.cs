using Samenwerking.Api.Tests.Register;

namespace Samenwerking.Api.Tests.Lifecycle;

public sealed class DissolutionTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_public_law_regeling_is_not_dissolved_before_every_participant_decided_to_in_English_and_Dutch()
    {
        var created = await writer.InDoorontwikkelingAsync();
        await writer.DecideToDissolveAsync(created.Id, "GM0489");

        var problem = await (await writer.DissolveAsync(created.Id))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dissolution-decisions-missing"));
        var dutch = await (await writer.DissolveAsync(created.Id, language: "nl"))
            .AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dissolution-decisions-missing"));

        Assert.Equal(["GM0613"], problem.GetProperty("undecidedMunicipalities").EnumerateArray().Select(m => m.GetString()!).ToArray());
        Assert.Contains("toestemmingTotOpheffing and besluitTotOpheffing", problem.GetProperty("detail").GetString());
        Assert.Equal("Besluiten tot opheffing ontbreken", dutch.GetProperty("title").GetString());
        Assert.Contains("ontbreken nog voor GM0613", dutch.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, (await writer.GetCollaborationAsync(created.Id)).Body.GetProperty("endedOn").ValueKind);
    }

    [Fact]
    public async Task A_decision_to_dissolve_comes_from_the_body_that_takes_it()
    {
        var created = await writer.InDoorontwikkelingAsync();

        var response = await writer.DecideAsync(created.Id, "GM0489", "raad", "besluitTotOpheffing", decidedOn: TestDates.Today);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("body"));
    }

    [Fact]
    public async Task A_dissolved_collaboration_keeps_its_phase_shows_its_end_and_the_feed_says_so()
    {
        var created = await writer.InDoorontwikkelingAsync();
        await writer.DecideToDissolveAsync(created.Id);

        var response = await writer.DissolveAsync(created.Id, reason: "Taken terug naar de gemeenten");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((TestDates.Today, "Taken terug naar de gemeenten", "doorontwikkeling"),
            (body.GetProperty("endedOn").GetString(), body.GetProperty("endReason").GetString(), body.GetProperty("phase").GetString()));
        Assert.Equal(response.Headers.ETag!.Tag, await writer.ETagAsync(created.Id));
        Assert.Equal("dissolved", (await writer.HistoryAsync(created.Id))[0].GetProperty("kind").GetString());
        Assert.Contains((await api.EventsAboutAsync(created.Id)).Select(e => e.Type()), type => type == "nl.samenwerking.collaboration.dissolved");
    }

    [Fact]
    public async Task A_private_law_collaboration_is_dissolved_without_decisions()
    {
        var created = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");

        Assert.Equal(HttpStatusCode.OK, (await writer.DissolveAsync(created.Id)).StatusCode);
    }

    [Fact]
    public async Task An_exploration_is_not_dissolved()
    {
        var created = await writer.CreateExploredAsync();

        var problem = await (await writer.DissolveAsync(created.Id)).AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dissolution-not-applicable"));

        Assert.Equal("verkenning", problem.GetProperty("currentPhase").GetString());
    }

    [Fact]
    public async Task A_dissolution_is_dated_neither_in_the_future_nor_before_the_collaboration_operated()
    {
        var created = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");

        var before = await writer.DissolveAsync(created.Id, endedOn: TestDates.TodayDate.AddDays(-5).ToString("yyyy-MM-dd"));
        var future = await writer.DissolveAsync(created.Id, endedOn: TestDates.TodayDate.AddDays(5).ToString("yyyy-MM-dd"));

        await before.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("dated-before-operating-since"));
        Assert.NotEmpty((await future.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("endedOn"));
    }

    [Fact]
    public async Task An_ended_collaboration_takes_no_changes_but_corrections_of_its_dissolution()
    {
        var created = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        await writer.DissolveAsync(created.Id);

        var role = await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "adviseur", personName = "A. Adviseur", organisation = "BAR" });
        var dutch = await writer.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{created.Url}/decisions")
        {
            Content = JsonContent.Create(new { municipalityCode = "GM0489", body = "raad", kind = "zienswijze", decidedOn = TestDates.Today, outcome = "positief" }),
            Headers = { AcceptLanguage = { new("nl") } },
        });
        var corrected = await writer.DissolveAsync(created.Id, endedOn: TestDates.Yesterday, reason: "Opgeheven per besluit");

        var problem = await role.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("collaboration-ended"));
        Assert.Equal(TestDates.Today, problem.GetProperty("endedOn").GetString());
        Assert.Equal("De samenwerking is beëindigd",
            (await dutch.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("collaboration-ended"))).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(TestDates.Yesterday, (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("endedOn").GetString());
        Assert.Equal("dissolutionCorrected", (await writer.HistoryAsync(created.Id))[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_dissolution_recorded_by_mistake_is_withdrawn_and_the_collaboration_goes_on()
    {
        var created = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        await writer.DissolveAsync(created.Id);

        var withdrawn = await writer.WithdrawAsync(created.Id, "dissolution");
        var again = await writer.WithdrawAsync(created.Id, "dissolution");

        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await writer.GetCollaborationAsync(created.Id)).Body.GetProperty("endedOn").ValueKind);
        Assert.Equal(["dissolutionWithdrawn", "dissolved"],
            (await writer.HistoryAsync(created.Id)).Take(2).Select(h => h.GetProperty("kind").GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "adviseur", personName = "A. Adviseur", organisation = "BAR" })).StatusCode);
    }

    [Fact]
    public async Task Lists_registers_and_the_csv_leave_an_ended_collaboration_out_unless_asked_and_show_its_end_date()
    {
        var created = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        var name = created.Body.GetProperty("name").GetString()!;
        await writer.DissolveAsync(created.Id);
        var q = Uri.EscapeDataString(name);

        var searched = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={q}");
        var searchedWithEnded = await writer.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?q={q}&includeEnded=true");
        var inPhase = await writer.GetItemsAsync($"{CollaborationApi.Path}?phase=doorontwikkeling&legalKind=privaatrechtelijk&pageSize=100&sort=-createdAt");
        var inPhaseWithEnded = await writer.GetItemsAsync(
            $"{CollaborationApi.Path}?phase=doorontwikkeling&legalKind=privaatrechtelijk&pageSize=100&sort=-createdAt&includeEnded=true");
        var register = await writer.GetItemsAsync("/api/v1/municipalities/GM0489/collaborations?pageSize=100&legalKind=privaatrechtelijk&updatedSince=2020-01-01T00:00:00Z");
        var registerWithEnded = await writer.GetItemsAsync(
            "/api/v1/municipalities/GM0489/collaborations?pageSize=100&legalKind=privaatrechtelijk&updatedSince=2020-01-01T00:00:00Z&includeEnded=true");
        var csv = RegisterCsv.Rows(await writer.ExportTextAsync($"{CollaborationApi.Path}?phase=doorontwikkeling&legalKind=privaatrechtelijk"));
        var csvWithEnded = RegisterCsv.Rows(await writer.ExportTextAsync($"{CollaborationApi.Path}?phase=doorontwikkeling&legalKind=privaatrechtelijk&includeEnded=true"));

        var id = created.Id.ToString();
        Assert.Equal(0, searched.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(1, searchedWithEnded.GetProperty("page").GetProperty("totalItems").GetInt32());
        Assert.Equal(TestDates.Today, searchedWithEnded.GetProperty("items")[0].GetProperty("endedOn").GetString());
        Assert.DoesNotContain(inPhase.EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        Assert.Contains(inPhaseWithEnded.EnumerateArray(), c => c.GetProperty("id").GetString() == id);
        Assert.DoesNotContain(register.EnumerateArray(), c => c.GetProperty("collaborationId").GetString() == id);
        Assert.Equal(TestDates.Today, registerWithEnded.EnumerateArray().Single(c => c.GetProperty("collaborationId").GetString() == id).GetProperty("endedOn").GetString());
        Assert.DoesNotContain(csv, row => row["id"] == id);
        Assert.Equal(TestDates.Today, csvWithEnded.Single(row => row["id"] == id)["beeindigdOp"]);
    }

    [Fact]
    public async Task The_register_resources_leave_an_ended_collaboration_out_unless_asked_and_show_when_and_why_it_ended()
    {
        var created = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        await writer.DissolveAsync(created.Id, reason: "Taken terug naar de gemeenten");
        var ongoing = await writer.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        const string filters = "phase=doorontwikkeling&legalKind=privaatrechtelijk";

        var register = RegisterCsv.Rows(await writer.ExportTextAsync($"/api/v1/register?{filters}"));
        var registerWithEnded = RegisterCsv.Rows(await writer.ExportTextAsync($"/api/v1/register?{filters}&includeEnded=true"));
        var municipality = RegisterCsv.Rows(await writer.ExportTextAsync("/api/v1/municipalities/GM0489/register?legalKind=privaatrechtelijk"));
        var municipalityWithEnded = RegisterCsv.Rows(
            await writer.ExportTextAsync("/api/v1/municipalities/GM0489/register?legalKind=privaatrechtelijk&includeEnded=true"));

        var id = created.Id.ToString();
        Assert.DoesNotContain(register, row => row["id"] == id);
        Assert.DoesNotContain(municipality, row => row["id"] == id);
        var ended = registerWithEnded.Single(row => row["id"] == id);
        Assert.Equal((TestDates.Today, "Taken terug naar de gemeenten"), (ended["beeindigdOp"], ended["beeindigdReden"]));
        Assert.Equal((TestDates.Today, "Taken terug naar de gemeenten"),
            (municipalityWithEnded.Single(row => row["id"] == id)["beeindigdOp"], municipalityWithEnded.Single(row => row["id"] == id)["beeindigdReden"]));
        var goesOn = registerWithEnded.Single(row => row["id"] == ongoing.Id.ToString());
        Assert.Equal(("", ""), (goesOn["beeindigdOp"], goesOn["beeindigdReden"]));
        Assert.Contains(register, row => row["id"] == ongoing.Id.ToString());
    }

    [Fact]
    public async Task Totals_the_database_keeps_leave_ended_collaborations_out()
    {
        await using var database = await FreshDatabase.MigratedAsync(api.DatabaseServer);
        await using var separate = new SeparateApi(database.ConnectionString);
        var client = separate.Writer();
        var ongoing = await client.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        var ended = await client.InDoorontwikkelingAsync("privaatrechtelijk", "stichting");
        await client.DissolveAsync(ended.Id);

        var all = await client.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}");
        var allWithEnded = await client.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?includeEnded=true");
        var municipality = await client.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}?municipality=GM0489");
        var register = await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0489/collaborations");
        var registerWithEnded = await client.GetFromJsonAsync<JsonElement>("/api/v1/municipalities/GM0489/collaborations?includeEnded=true");

        static int Total(JsonElement page) => page.GetProperty("page").GetProperty("totalItems").GetInt32();
        Assert.Equal((1, 2, 1, 1, 2), (Total(all), Total(allWithEnded), Total(municipality), Total(register), Total(registerWithEnded)));
        Assert.Equal(ongoing.Id.ToString(), all.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_operating_collaboration_does_not_shrink_to_one_participant_but_a_voorbereiding_may()
    {
        var operating = await writer.InImplementatieAsync();
        var preparing = await writer.InVoorbereidingAsync();
        var withdrawal = new { leftOn = TestDates.Today, reason = "Stapt uit" };

        var refused = await writer.SendWithIfMatchAsync(HttpMethod.Post, $"{operating.Url}/participants/GM0613/withdrawal", null, withdrawal);
        var allowed = await writer.SendWithIfMatchAsync(HttpMethod.Post, $"{preparing.Url}/participants/GM0613/withdrawal", null, withdrawal);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("withdrawal-leaves-one-participant"));
        Assert.Equal("implementatie", problem.GetProperty("currentPhase").GetString());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
