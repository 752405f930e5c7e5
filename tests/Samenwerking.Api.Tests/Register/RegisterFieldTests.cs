namespace Samenwerking.Api.Tests.Register;

/// <summary>The Wgr register fields on a collaboration and the phase from which the law requires them.</summary>
public sealed class RegisterFieldTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task The_register_entry_is_kept_and_returned()
    {
        var created = await writer.CreateAsync(extra: new
        {
            legalForm = new { kind = "publiekrechtelijk", instrument = "openbaarLichaam" },
            register = new
            {
                citationTitle = "Gemeenschappelijke regeling Voorbeeld",
                purpose = "Samen belastingen heffen.",
                inForceSince = "2020-01-01",
                legalProvisions = "Gemeentewet, art. 160",
                powers = new[] { new { description = "Heffen en invorderen van belastingen", transfer = "delegatie" } },
                seat = new { address = "Voorbeeldstraat 1", place = "Voorbeeldstad" },
                publicationUrl = "https://zoek.officielebekendmakingen.nl/gmb-2020-1",
            },
        });

        var (body, _) = await writer.GetCollaborationAsync(created.Id);
        var register = body.GetProperty("register");
        Assert.Equal("Gemeenschappelijke regeling Voorbeeld", register.GetProperty("citationTitle").GetString());
        Assert.Equal("2020-01-01", register.GetProperty("inForceSince").GetString());
        Assert.Equal("delegatie", register.GetProperty("powers")[0].GetProperty("transfer").GetString());
        Assert.Equal("Voorbeeldstad", register.GetProperty("seat").GetProperty("place").GetString());
        Assert.Equal(JsonValueKind.Null, register.GetProperty("bronhouder").ValueKind);
    }

    [Fact]
    public async Task A_new_collaboration_has_an_empty_register_entry()
    {
        var created = await writer.CreateAsync();
        var register = created.Body.GetProperty("register");
        Assert.Equal(JsonValueKind.Null, register.GetProperty("citationTitle").ValueKind);
        Assert.Empty(register.GetProperty("powers").EnumerateArray());
    }

    [Fact]
    public async Task Registering_in_doorontwikkeling_needs_what_the_register_must_show()
    {
        var body = Registration("doorontwikkeling", "openbaarLichaam", register: new { citationTitle = "GR Voorbeeld" });

        var problem = await (await writer.PostAsJsonAsync(CollaborationApi.Path, body)).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("register.purpose"));
        Assert.NotEmpty(problem.ErrorsFor("register.inForceSince"));
        Assert.NotEmpty(problem.ErrorsFor("register.publicationUrl"));
        Assert.NotEmpty(problem.ErrorsFor("register.seat"));
        Assert.False(problem.GetProperty("errors").TryGetProperty("register.citationTitle", out _));
    }

    [Fact]
    public async Task Registering_in_implementatie_needs_no_register_fields_yet()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, Registration("implementatie", "openbaarLichaam", register: null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_centrumregeling_needs_a_participating_bronhouder_and_has_no_seat()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, Registration("doorontwikkeling", "centrumgemeente", register: new
        {
            citationTitle = "Centrumregeling Voorbeeld",
            purpose = "Uitvoering door de centrumgemeente.",
            inForceSince = "2019-01-01",
            publicationUrl = "https://lokaleregelgeving.overheid.nl/CVDR1",
            seat = new { address = "Voorbeeldstraat 1", place = "Voorbeeldstad" },
            bronhouder = "GM0363",
        }));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("register.seat"));
        Assert.NotEmpty(problem.ErrorsFor("register.bronhouder"));
    }

    [Fact]
    public async Task An_openbaar_lichaam_is_its_own_bronhouder_and_the_publication_must_be_official()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, Registration("implementatie", "openbaarLichaam", register: new
        {
            bronhouder = "GM0489",
            publicationUrl = "http://example.com/regeling",
        }));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("register.bronhouder"));
        Assert.NotEmpty(problem.ErrorsFor("register.publicationUrl"));
    }

    [Fact]
    public async Task Leaving_implementatie_needs_a_complete_register_entry()
    {
        var registered = await writer.PostAsJsonAsync(CollaborationApi.Path, Registration("implementatie", "bedrijfsvoeringsorganisatie", register: null));
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var readiness = await writer.ReadinessAsync(id);
        Assert.Contains("register-entry-complete", readiness.UnmetCodes());
        var refused = await writer.TransitionAsync(id, "doorontwikkeling", null);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("exit-rules-not-met"));
        Assert.Contains(problem.GetProperty("unmetRules").EnumerateArray(), r => r.GetProperty("code").GetString() == "register-entry-complete");
    }

    [Fact]
    public async Task Once_operating_the_entry_cannot_lose_what_the_law_requires()
    {
        var registered = await writer.RegisterAsync("doorontwikkeling", "2015-01-01");
        var replacement = DimensionSets.AllDecided();
        replacement["name"] = registered.Body.GetProperty("name").GetString();

        var response = await writer.SendWithIfMatchAsync(HttpMethod.Put, registered.Url, registered.ETag, replacement);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("register-entry-incomplete"));
        Assert.Contains("citationTitle", problem.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Register_problems_are_Dutch_with_Accept_Language_nl()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path)
        {
            Content = JsonContent.Create(Registration("doorontwikkeling", "openbaarLichaam", register: null)),
        };
        request.Headers.AcceptLanguage.ParseAdd("nl");

        var problem = await (await writer.SendAsync(request)).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("De citeertitel is verplicht", problem.ErrorsFor("register.citationTitle").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vocabularies_explain_every_register_field_and_power_transfer()
    {
        var vocabularies = await writer.GetFromJsonAsync<JsonElement>("/api/v1/vocabularies");
        var fields = vocabularies.GetProperty("registerFields").GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()!).ToArray();
        Assert.Equal(["citationTitle", "purpose", "inForceSince", "legalProvisions", "powers", "seat", "publicationUrl", "bronhouder"], fields);
        Assert.Equal(["attributie", "delegatie", "mandaat"],
            vocabularies.GetProperty("powerTransfers").GetProperty("values").EnumerateArray().Select(v => v.GetProperty("value").GetString()!).ToArray());
    }

    private static Dictionary<string, object?> Registration(string phase, string instrument, object? register)
    {
        var body = DimensionSets.AllDecided(instrument: instrument);
        body["name"] = CollaborationApi.UniqueName("Register");
        body["participants"] = new[] { CollaborationApi.Participant("GM0489", "2014-01-01"), CollaborationApi.Participant("GM0613", "2014-01-01") };
        body["phase"] = phase;
        body["operatingSince"] = phase == "doorontwikkeling" ? "2015-01-01" : null;
        body["register"] = register;
        return body;
    }
}
