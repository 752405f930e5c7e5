namespace Samenwerking.Api.Tests.Platform;

/// <summary>
/// With <c>Accept-Language: nl</c> the API's own messages are Dutch, like FluentValidation's built-in ones, and so are
/// the domain's and the vocabularies' texts; without it they are English. Every response says which it is.
/// </summary>
public sealed class LanguageTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? language, HttpContent? content = null,
        HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await (client ?? writer).SendAsync(request);
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? language) => SendAsync(HttpMethod.Get, path, language);

    private Task<HttpResponseMessage> PostAsync(string path, object body, string? language) =>
        SendAsync(HttpMethod.Post, path, language, JsonContent.Create(body));

    [Fact]
    public async Task A_malformed_municipality_code_is_explained_in_dutch_with_the_field_name_filled_in()
    {
        var dutch = await GetAsync($"{CollaborationApi.Path}?municipality=Rotterdam", "nl");
        var english = await GetAsync($"{CollaborationApi.Path}?municipality=Rotterdam", null);

        var dutchProblem = await dutch.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal("'municipality' moet een CBS-gemeentecode zijn: GM gevolgd door vier cijfers, bijvoorbeeld GM0363.",
            dutchProblem.ErrorsFor("municipality").Single());
        Assert.Equal("Het verzoek heeft een ongeldig veld: municipality.", dutchProblem.GetProperty("detail").GetString());
        var englishProblem = await english.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal("'municipality' must be a CBS municipality code: GM followed by four digits, e.g. GM0363.",
            englishProblem.ErrorsFor("municipality").Single());
        Assert.Equal("The request has an invalid field: municipality.", englishProblem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Messages_inside_a_list_fill_in_the_field_name_in_dutch_too()
    {
        var response = await PostAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM12"), CollaborationApi.Participant("GM0489", "2999-01-01") },
        }, "nl");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        var code = problem.ErrorsFor("participants[0].municipalityCode").Single();
        Assert.StartsWith("'municipalityCode' moet een CBS-gemeentecode zijn", code, StringComparison.Ordinal);
        Assert.Equal("'joinedOn' mag niet in de toekomst liggen.", problem.ErrorsFor("participants[1].joinedOn").Single());
        Assert.Equal("Het verzoek heeft 2 ongeldige velden: participants[0].municipalityCode, participants[1].joinedOn.",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_sort_value_not_allowed_is_explained_in_the_language_asked_for()
    {
        // Alternating languages on the same API: the message follows each request, not the first one.
        var first = await GetAsync($"{CollaborationApi.Path}?sort=popularity", null);
        var dutch = await GetAsync($"{CollaborationApi.Path}?sort=popularity", "nl-NL, nl;q=0.9");
        var english = await GetAsync($"{CollaborationApi.Path}?sort=popularity", "en");

        foreach (var response in new[] { first, english })
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
            Assert.StartsWith("'sort' must be one of: ", problem.ErrorsFor("sort").Single(), StringComparison.Ordinal);
        }

        var message = (await dutch.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("sort").Single();
        Assert.StartsWith("'sort' moet een van deze waarden zijn: ", message, StringComparison.Ordinal);
        Assert.Contains("-updatedAt", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_without_working_group_is_explained_in_dutch()
    {
        var created = await writer.CreateAsync();
        var role = new { kind = "voorzitterWerkgroep", personName = "A", organisation = "B" };

        var dutch = await PostAsync($"{created.Url}/roles", role, "nl");
        var english = await PostAsync($"{created.Url}/roles", role, null);

        Assert.Equal("'workingGroup' is verplicht voor een voorzitterWerkgroep.",
            (await dutch.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("workingGroup").Single());
        Assert.Equal("'workingGroup' is required for a voorzitterWerkgroep.",
            (await english.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("workingGroup").Single());
    }

    [Fact]
    public async Task An_unknown_municipality_found_by_the_handler_is_explained_in_dutch()
    {
        var response = await PostAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM9999") },
        }, "nl");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal("Er is geen gemeente met CBS-code GM9999.", problem.ErrorsFor("participants[0].municipalityCode").Single());
    }

    [Fact]
    public async Task A_malformed_json_body_is_explained_in_dutch()
    {
        var dutch = await SendAsync(HttpMethod.Post, CollaborationApi.Path, "nl",
            new StringContent("{\"name\": \"x\", ", System.Text.Encoding.UTF8, "application/json"));
        var english = await SendAsync(HttpMethod.Post, CollaborationApi.Path, null,
            new StringContent("{\"name\": \"x\", ", System.Text.Encoding.UTF8, "application/json"));

        var dutchProblem = await dutch.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Equal("Ongeldige invoer", dutchProblem.GetProperty("title").GetString());
        Assert.Contains("is hier niet geldig: verkeerd type of verkeerd opgebouwd.", dutchProblem.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        var englishProblem = await english.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("is not valid here: wrong type or malformed.", englishProblem.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_json_type_and_an_unknown_value_in_a_body_are_explained_in_dutch()
    {
        var wrongType = await PostAsync(CollaborationApi.Path, new { name = 42, participants = Array.Empty<object>() }, "nl");
        var unknownValue = await PostAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
            legalForm = new { kind = "publiekrechtelijk", instrument = "stichtingen" },
        }, "nl");

        Assert.Equal("De waarde van 'name' is hier niet geldig: verkeerd type of verkeerd opgebouwd.",
            (await wrongType.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("name").Single());
        var instrument = (await unknownValue.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput))
            .ErrorsFor("legalForm.instrument").Single();
        Assert.StartsWith("'stichtingen' is niet toegestaan; gebruik een van: ", instrument, StringComparison.Ordinal);
        Assert.Contains("openbaarLichaam", instrument, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_and_malformed_query_values_are_explained_in_dutch()
    {
        var phase = await GetAsync($"{CollaborationApi.Path}?phase=afgerond", "nl");
        var englishPhase = await GetAsync($"{CollaborationApi.Path}?phase=afgerond", null);
        var flag = await GetAsync($"{CollaborationApi.Path}?evaluationOverdue=perhaps", "nl");
        var id = await GetAsync($"{CollaborationApi.Path}/not-a-uuid", "nl");

        var phaseMessage = (await phase.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("phase").Single();
        Assert.StartsWith("'afgerond' is geen geldige waarde voor 'phase'; gebruik een van: ", phaseMessage, StringComparison.Ordinal);
        Assert.Contains("doorontwikkeling", phaseMessage, StringComparison.Ordinal);
        Assert.StartsWith("'afgerond' is not a valid value for 'phase'; use one of: ",
            (await englishPhase.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("phase").Single(),
            StringComparison.Ordinal);
        Assert.Equal("'perhaps' is geen geldige waarde voor 'evaluationOverdue': verwacht true of false.",
            (await flag.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("evaluationOverdue").Single());
        Assert.Equal("'not-a-uuid' is geen geldige waarde voor 'id': verwacht een UUID.",
            (await id.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("id").Single());
    }

    [Fact]
    public async Task Default_details_of_framework_problems_are_dutch_when_asked()
    {
        var anonymous = await SendAsync(HttpMethod.Get, CollaborationApi.Path, "nl", client: api.ClientWith());
        var nowhere = await GetAsync("/api/v1/nowhere", "nl");
        var englishNowhere = await GetAsync("/api/v1/nowhere", null);

        Assert.Equal("Stuur een geldig bearer-token mee in de Authorization-header.",
            (await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemType.Unauthorized)).GetProperty("detail").GetString());
        Assert.Equal("Er is geen resource op /api/v1/nowhere.",
            (await nowhere.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound)).GetProperty("detail").GetString());
        Assert.Equal("There is no resource at /api/v1/nowhere.",
            (await englishNowhere.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Dimension_inconsistencies_are_explained_in_dutch()
    {
        object Body() => new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
            taskTypes = new[] { "uitvoering" },
            taskScope = "meerdere",
            tasks = new[] { new { name = "Belastingen", type = "uitvoering" } },
            legalForm = new { kind = "privaatrechtelijk", instrument = "openbaarLichaam" },
        };

        var dutch = await dutchProblemAsync();
        var english = await PostAsync(CollaborationApi.Path, Body(), null);

        Assert.Equal("Ongeldige invoer", dutch.GetProperty("title").GetString());
        Assert.Equal("Aantal taken 'meerdere' betekent twee of meer taken, maar er is één taak genoemd.", dutch.ErrorsFor("taskScope").Single());
        Assert.Equal("Het instrument openbaarLichaam is publiekrechtelijk, niet privaatrechtelijk.", dutch.ErrorsFor("legalForm.instrument").Single());
        Assert.Contains("two or more",
            (await english.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput)).ErrorsFor("taskScope").Single(), StringComparison.Ordinal);

        async Task<JsonElement> dutchProblemAsync() =>
            await (await PostAsync(CollaborationApi.Path, Body(), "nl")).AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
    }

    [Fact]
    public async Task The_vocabularies_describe_in_dutch_when_asked()
    {
        var dutch = await (await GetAsync("/api/v1/vocabularies", "nl")).Content.ReadFromJsonAsync<JsonElement>();
        var english = await (await GetAsync("/api/v1/vocabularies", null)).Content.ReadFromJsonAsync<JsonElement>();

        var phases = dutch.GetProperty("phases");
        Assert.Equal("De vier fasen die elk samenwerkingsverband doorloopt, strikt in deze volgorde en stap voor stap.",
            phases.GetProperty("description").GetString());
        Assert.Equal("Eén taak.", dutch.GetProperty("taskScopes").GetProperty("values")[0].GetProperty("description").GetString());
        Assert.Equal("Optioneel.", dutch.GetProperty("registerFields").GetProperty("values").EnumerateArray()
            .Single(f => f.GetProperty("value").GetString() == "legalProvisions").GetProperty("requiredFrom").GetString());
        Assert.Equal("One task.", english.GetProperty("taskScopes").GetProperty("values")[0].GetProperty("description").GetString());
        // Labels are Dutch in both: they are what a Dutch form shows.
        Assert.Equal(phases.GetProperty("label").GetString(), english.GetProperty("phases").GetProperty("label").GetString());
    }

    [Fact]
    public async Task A_reused_idempotency_key_is_refused_with_a_dutch_title()
    {
        var key = Guid.NewGuid().ToString();
        HttpResponseMessage? second = null;
        foreach (var name in new[] { CollaborationApi.UniqueName("Sleutel"), CollaborationApi.UniqueName("Sleutel") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, CollaborationApi.Path)
            {
                Content = JsonContent.Create(new { name, participants = new[] { CollaborationApi.Participant("GM0489") } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            request.Headers.AcceptLanguage.ParseAdd("nl");
            second = await writer.SendAsync(request);
        }

        var problem = await second!.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "urn:samenwerking:problem:idempotency-key-reused");
        Assert.Equal("Verzoek niet te verwerken", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("nl", "nl")]
    [InlineData("nl-NL, en;q=0.5", "nl")]
    [InlineData("en", "en")]
    [InlineData(null, "en")]
    [InlineData("de", "en")]
    public async Task Every_response_says_its_language_and_that_it_varies_with_accept_language(string? asked, string answered)
    {
        foreach (var path in new[] { "/api/v1/vocabularies", "/api/v1/nowhere" })
        {
            var response = await GetAsync(path, asked);

            Assert.Equal([answered], response.Content.Headers.ContentLanguage);
            Assert.Contains("Accept-Language", response.Headers.Vary, StringComparer.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_contract_is_english_and_says_no_language()
    {
        var response = await GetAsync("/api/v1/openapi.json", "nl");

        Assert.Empty(response.Content.Headers.ContentLanguage);
        Assert.Contains("The four phases", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
