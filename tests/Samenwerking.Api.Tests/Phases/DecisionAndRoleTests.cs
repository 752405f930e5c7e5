namespace Samenwerking.Api.Tests.Phases;

public sealed class DecisionAndRoleTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task A_decision_is_recorded_listed_and_read_back()
    {
        var created = await writer.CreateAsync();

        var response = await writer.DecideAsync(created.Id, "GM0489", "raad", "zienswijze");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = decision.GetProperty("id").GetGuid();
        Assert.EndsWith($"/decisions/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var read = await writer.GetFromJsonAsync<JsonElement>($"{created.Url}/decisions/{id}");
        Assert.Equal("zienswijze", read.GetProperty("kind").GetString());
        Assert.Equal("https://lokaleregelgeving.overheid.nl/voorbeeld", read.GetProperty("reference").GetString());
        await writer.DecideAsync(created.Id, "GM0613", "college", "besluitTotDeelname");
        var filtered = await writer.GetItemsAsync($"{created.Url}/decisions?municipality=GM0613");
        Assert.Equal("GM0613", filtered.EnumerateArray().Single().GetProperty("municipalityCode").GetString());
    }

    [Theory]
    [InlineData("college", "toestemming")]
    [InlineData("burgemeester", "zienswijze")]
    [InlineData("college", "wensenEnBedenkingen")]
    [InlineData("raad", "besluitTotDeelname")]
    [InlineData("algemeenBestuur", "toestemming")]
    public async Task The_kind_must_fit_the_body(string body, string kind)
    {
        var created = await writer.CreateAsync();

        var response = await writer.DecideAsync(created.Id, "GM0489", body, kind);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("body"));
    }

    [Fact]
    public async Task Only_active_participants_decide_and_not_in_the_future()
    {
        var created = await writer.CreateAsync();

        var outsider = await writer.DecideAsync(created.Id, "GM0597", "raad", "toestemming");
        var future = await writer.DecideAsync(created.Id, "GM0489", "raad", "toestemming", decidedOn: "2999-01-01");

        await outsider.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("not-an-active-participant"));
        (await future.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("decidedOn");
    }

    [Fact]
    public async Task Unknown_decision_is_404()
    {
        var created = await writer.CreateAsync();

        var response = await writer.GetAsync($"{created.Url}/decisions/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task A_role_records_the_phase_and_its_removal_keeps_no_personal_data()
    {
        var created = await writer.CreateAsync();

        var assigned = await writer.PostAsJsonAsync($"{created.Url}/roles", new
        {
            kind = "voorzitterWerkgroep",
            personName = "Jan Jansen",
            organisation = "Gemeente Barendrecht",
            email = "j.jansen@example.nl",
            workingGroup = "Personeel en Organisatie",
        });
        var role = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        var removal = await writer.DeleteAsync($"{created.Url}/roles/{role.GetProperty("id").GetGuid()}");

        Assert.Equal("verkenning", role.GetProperty("assignedInPhase").GetString());
        Assert.Equal(HttpStatusCode.NoContent, removal.StatusCode);
        Assert.Equal(0, (await writer.GetItemsAsync($"{created.Url}/roles")).GetArrayLength());
        var history = await writer.GetStringAsync($"{created.Url}/history?pageSize=100");
        Assert.Contains("roleRemoved", history, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", history, StringComparison.Ordinal);
        Assert.DoesNotContain("j.jansen", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_working_group_belongs_to_a_voorzitter_werkgroep_only()
    {
        var created = await writer.CreateAsync();

        var missing = await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "voorzitterWerkgroep", personName = "A", organisation = "B" });
        var misplaced = await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "adviseur", personName = "A", organisation = "B", workingGroup = "ICT" });
        var badEmail = await writer.PostAsJsonAsync($"{created.Url}/roles", new { kind = "adviseur", personName = "A", organisation = "B", email = "geen-adres" });

        (await missing.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("workingGroup");
        (await misplaced.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("workingGroup");
        (await badEmail.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("email");
    }

    [Fact]
    public async Task Removing_an_unknown_role_is_404()
    {
        var created = await writer.CreateAsync();

        var response = await writer.DeleteAsync($"{created.Url}/roles/{Guid.NewGuid()}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }

    [Fact]
    public async Task Operating_date_is_only_set_during_implementatie()
    {
        var created = await writer.CreateAsync();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", created.ETag, new { operatingSince = "2024-01-01" });

        await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("operating-since-not-editable"));
    }
}
