namespace Samenwerking.Api.Tests.Phases;

public sealed class RegistrationTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task An_existing_collaboration_is_registered_in_doorontwikkeling_with_earlier_phases_not_recorded()
    {
        var registered = await writer.RegisterAsync("doorontwikkeling", "2014-01-01");

        Assert.Equal("doorontwikkeling", registered.Body.GetProperty("phase").GetString());
        Assert.Equal("doorontwikkeling", registered.Body.GetProperty("registeredInPhase").GetString());
        var phases = await writer.GetItemsAsync($"{registered.Url}/phases");
        Assert.Equal(["notRecorded", "notRecorded", "notRecorded", "current"],
            phases.EnumerateArray().Select(p => p.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(JsonValueKind.Null, phases[0].GetProperty("startedOn").ValueKind);
        Assert.Equal("2014-01-01", phases[3].GetProperty("startedOn").GetString());
        Assert.Equal(0, (await writer.GetItemsAsync($"{registered.Url}/decisions")).GetArrayLength());
        var history = await writer.GetFromJsonAsync<JsonElement>($"{registered.Url}/history");
        var entry = history.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("registered", entry.GetProperty("kind").GetString());
        Assert.Contains("after the fact", entry.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_in_implementatie_it_continues_from_there()
    {
        var registered = await writer.RegisterAsync("implementatie", operatingSince: null);

        var phases = await writer.GetItemsAsync($"{registered.Url}/phases");
        Assert.Equal(["notRecorded", "notRecorded", "current", "upcoming"],
            phases.EnumerateArray().Select(p => p.GetProperty("status").GetString()!).ToArray());
        Assert.Equal(["project-lead-assigned", "operating-since-known"], (await writer.ReadinessAsync(registered.Id)).UnmetCodes());
    }

    [Fact]
    public async Task Registration_needs_all_dimensions_two_participants_and_the_operating_date()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
            phase = "doorontwikkeling",
            taskTypes = new[] { "uitvoering" },
            legalForm = new { kind = "publiekrechtelijk" },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("participants"));
        Assert.NotEmpty(problem.ErrorsFor("operatingSince"));
        Assert.NotEmpty(problem.ErrorsFor("taskScope"));
        Assert.NotEmpty(problem.ErrorsFor("legalForm.instrument"));
        Assert.NotEmpty(problem.ErrorsFor("initiative"));
        Assert.NotEmpty(problem.ErrorsFor("organisationForm.novelty"));
    }

    [Fact]
    public async Task Registering_in_voorbereiding_or_with_an_operating_date_in_verkenning_is_invalid()
    {
        var voorbereiding = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613") },
            phase = "voorbereiding",
        });
        var verkenning = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
            operatingSince = "2020-01-01",
        });

        (await voorbereiding.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("phase");
        (await verkenning.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("operatingSince");
    }
}
