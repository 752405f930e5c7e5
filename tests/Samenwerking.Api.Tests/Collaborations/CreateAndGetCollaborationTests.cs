namespace Samenwerking.Api.Tests.Collaborations;

public sealed class CreateAndGetCollaborationTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Creates_in_verkenning_with_location_etag_and_full_representation()
    {
        var name = CollaborationApi.UniqueName("Werkorganisatie");
        var created = await writer.CreateAsync(name, [
            CollaborationApi.Participant("GM0373", "2017-01-01"),
            CollaborationApi.Participant("GM0450", "2017-01-01"),
        ], new
        {
            description = "Ambtelijke fusie van vier gemeenten",
            taskTypes = new[] { "bedrijfsvoering", "uitvoering" },
            taskScope = "meerdere",
            governanceLevel = "operationeel",
            organisationForm = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
            legalForm = new { kind = "publiekrechtelijk", instrument = "bedrijfsvoeringsorganisatie" },
            initiative = "vrijwillig",
            tasks = new[] { new { name = "ICT", type = "bedrijfsvoering" }, new { name = "Belastingen", type = "uitvoering" } },
        });

        Assert.Equal($"/api/v1/collaborations/{created.Id}", created.Response.Headers.Location!.ToString());
        var (body, etag) = await writer.GetCollaborationAsync(created.Id);
        Assert.Equal(created.ETag, etag);
        Assert.Equal(name, body.GetProperty("name").GetString());
        Assert.Equal("verkenning", body.GetProperty("phase").GetString());
        Assert.Equal("Bergen (NH.)", body.GetProperty("participants")[0].GetProperty("municipalityName").GetString());
        Assert.Equal("2017-01-01", body.GetProperty("participants")[0].GetProperty("joinedOn").GetString());
        Assert.Equal("bedrijfsvoeringsorganisatie", body.GetProperty("legalForm").GetProperty("instrument").GetString());
        Assert.Equal("centraal", body.GetProperty("organisationForm").GetProperty("structure").GetString());
        Assert.Equal(2, body.GetProperty("tasks").GetArrayLength());
        Assert.False(body.GetProperty("isAmbtelijkeFusie").GetBoolean());
        Assert.EndsWith("Z", body.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ambtelijke_fusie_is_derived_from_alle_nieuw_een_centraal()
    {
        var fusie = await writer.CreateAsync(extra: new
        {
            taskScope = "alle",
            organisationForm = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
        });
        var decentral = await writer.CreateAsync(extra: new
        {
            taskScope = "alle",
            organisationForm = new { novelty = "nieuw", multiplicity = "een", structure = "decentraal" },
        });

        Assert.True(fusie.Body.GetProperty("isAmbtelijkeFusie").GetBoolean());
        Assert.False(decentral.Body.GetProperty("isAmbtelijkeFusie").GetBoolean());
    }

    [Fact]
    public async Task Every_dimension_may_be_unknown_while_exploring()
    {
        var created = await writer.CreateAsync();

        Assert.Equal(JsonValueKind.Null, created.Body.GetProperty("legalForm").ValueKind);
        Assert.Equal(JsonValueKind.Null, created.Body.GetProperty("taskScope").ValueKind);
        Assert.Equal(0, created.Body.GetProperty("taskTypes").GetArrayLength());
    }

    [Theory]
    [InlineData("Dubbel {0}")]
    [InlineData("DUBBEL {0}")]
    [InlineData("Dúbbel {0}")]
    public async Task Names_are_unique_regardless_of_case_and_accents(string variant)
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var first = await writer.CreateAsync($"Dubbel {suffix}");

        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = string.Format(System.Globalization.CultureInfo.InvariantCulture, variant, suffix),
            participants = new[] { CollaborationApi.Participant("GM0489") },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("duplicate-name"));
        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task All_invalid_fields_are_reported_at_once_with_client_field_names()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = "ab",
            participants = new[] { new { municipalityCode = "GM0489" }, new { municipalityCode = "0613" } },
            taskTypes = new[] { "beleid" },
            taskScope = "een",
            legalForm = new { kind = "privaatrechtelijk", instrument = "openbaarLichaam" },
            tasks = new[] { new { name = "Belastingen", type = "uitvoering" }, new { name = "Beleid", type = "beleid" } },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("name"));
        Assert.NotEmpty(problem.ErrorsFor("participants[1].municipalityCode"));
        Assert.Contains("publiekrechtelijk", problem.ErrorsFor("legalForm.instrument").Single(), StringComparison.Ordinal);
        Assert.Contains("exactly one", problem.ErrorsFor("taskScope").Single(), StringComparison.Ordinal);
        Assert.Contains("not among", problem.ErrorsFor("tasks[0].type").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meerdere_needs_at_least_two_named_tasks()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
            taskTypes = new[] { "uitvoering" },
            taskScope = "meerdere",
            tasks = new[] { new { name = "Belastingen", type = "uitvoering" } },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("two or more", problem.ErrorsFor("taskScope").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_least_one_participant_is_required()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new { name = CollaborationApi.UniqueName(), participants = Array.Empty<object>() });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("participants"));
    }

    [Fact]
    public async Task Unknown_enum_value_in_body_is_400_naming_the_allowed_values()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
            legalForm = new { kind = "publiekrechtelijk", instrument = "stichtingen" },
        });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("openbaarLichaam", problem.ErrorsFor("legalForm.instrument").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem()
    {
        using var content = new StringContent("{\"name\": \"x\", ", System.Text.Encoding.UTF8, "application/json");

        var response = await writer.PostAsync(CollaborationApi.Path, content);

        await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
    }

    [Fact]
    public async Task Wrong_json_type_is_400_problem_naming_the_field()
    {
        var response = await writer.PostAsJsonAsync(CollaborationApi.Path, new { name = 42, participants = Array.Empty<object>() });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.NotEmpty(problem.ErrorsFor("name"));
    }

    [Fact]
    public async Task Unknown_municipality_code_is_400_and_one_not_in_force_is_409()
    {
        var unknown = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM9999") },
        });
        var merged = await writer.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = CollaborationApi.UniqueName(),
            participants = new[] { CollaborationApi.Participant("GM0393", "2020-01-01") },
        });

        var unknownProblem = await unknown.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("GM9999", unknownProblem.ErrorsFor("participants[0].municipalityCode").Single(), StringComparison.Ordinal);
        await merged.AssertProblemAsync(HttpStatusCode.Conflict, ProblemType.Conflict("municipality-not-in-force"));
    }

    [Fact]
    public async Task Unknown_collaboration_is_404_and_malformed_id_400()
    {
        var missing = await writer.GetAsync($"{CollaborationApi.Path}/{Guid.NewGuid()}");
        var malformed = await writer.GetAsync($"{CollaborationApi.Path}/not-a-uuid");

        await missing.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
        var problem = await malformed.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains("UUID", problem.ErrorsFor("id").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_needs_read_scope_and_writing_write_scope()
    {
        var anonymous = await api.ClientWith().GetAsync(CollaborationApi.Path);
        var readOnlyWrite = await api.Reader().PostAsJsonAsync(CollaborationApi.Path, new { name = CollaborationApi.UniqueName() });

        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemType.Unauthorized);
        await readOnlyWrite.AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Forbidden);
    }
}
