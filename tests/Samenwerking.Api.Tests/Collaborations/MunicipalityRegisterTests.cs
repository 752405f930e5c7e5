namespace Samenwerking.Api.Tests.Collaborations;

public sealed class MunicipalityRegisterTests(ApiFactory api)
{
    private readonly HttpClient writer = api.Writer();

    [Fact]
    public async Task Lists_a_municipalitys_collaborations_and_legal_kind_gives_the_wgr_register()
    {
        // A municipality nobody else's test uses, so the list is exactly ours.
        const string zeewolde = "GM0050";
        var publicLaw = await writer.CreateAsync(participants: [CollaborationApi.Participant(zeewolde)],
            extra: new { legalForm = new { kind = "publiekrechtelijk", instrument = "openbaarLichaam" } });
        await writer.CreateAsync(participants: [CollaborationApi.Participant(zeewolde)],
            extra: new { legalForm = new { kind = "privaatrechtelijk", instrument = "stichting" } });

        var all = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{zeewolde}/collaborations");
        var register = await writer.GetFromJsonAsync<JsonElement>($"/api/v1/municipalities/{zeewolde}/collaborations?legalKind=publiekrechtelijk");

        Assert.Equal(2, all.GetProperty("page").GetProperty("totalItems").GetInt32());
        var entry = register.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(publicLaw.Id, entry.GetProperty("collaborationId").GetGuid());
        Assert.Equal("openbaarLichaam", entry.GetProperty("legalInstrument").GetString());
    }

    [Fact]
    public async Task Unknown_municipality_is_404()
    {
        var response = await writer.GetAsync("/api/v1/municipalities/GM9999/collaborations");

        await response.AssertProblemAsync(HttpStatusCode.NotFound, ProblemType.NotFound);
    }
}
