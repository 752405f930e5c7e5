namespace Samenwerking.Api.Tests.Contract;

public sealed class VocabularyEndpointTests(ApiFactory api)
{
    [Fact]
    public async Task Serves_every_vocabulary_with_values_as_the_api_writes_them()
    {
        var vocabularies = await api.Reader().GetFromJsonAsync<JsonElement>("/api/v1/vocabularies");

        var phases = vocabularies.GetProperty("phases");
        Assert.Equal("Fase", phases.GetProperty("label").GetString());
        Assert.Equal(["verkenning", "voorbereiding", "implementatie", "doorontwikkeling"], Values(phases));
        Assert.Equal(["zienswijze", "toestemming", "wensenEnBedenkingen", "besluitTotDeelname", "toestemmingTotOpheffing", "besluitTotOpheffing"], Values(vocabularies.GetProperty("decisionKinds")));
        Assert.Equal(["raad", "college", "burgemeester", "algemeenBestuur"], Values(vocabularies.GetProperty("decisionBodies")));
        Assert.Contains("voorzitterWerkgroep", Values(vocabularies.GetProperty("roleKinds")));

        var first = phases.GetProperty("values")[0];
        Assert.Equal("Verkenning", first.GetProperty("label").GetString());
        Assert.False(string.IsNullOrWhiteSpace(first.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Covers_every_enumeration_of_the_domain()
    {
        var vocabularies = await api.Reader().GetFromJsonAsync<JsonElement>("/api/v1/vocabularies");

        // Every enum, plus registerFields, which explains the fields of the Wgr register rather than an enum.
        Assert.Equal(VocabularyCatalogTests.DomainEnums().Count + 1, vocabularies.EnumerateObject().Count());
        Assert.All(vocabularies.EnumerateObject(), v => Assert.NotEmpty(Values(v.Value)));
    }

    [Fact]
    public async Task Each_legal_instrument_names_its_legal_kind()
    {
        var vocabularies = await api.Reader().GetFromJsonAsync<JsonElement>("/api/v1/vocabularies");

        var kinds = vocabularies.GetProperty("legalInstruments").GetProperty("values").EnumerateArray()
            .ToDictionary(t => t.GetProperty("value").GetString()!, t => t.GetProperty("kind").GetString()!);
        Assert.Equal("publiekrechtelijk", kinds["regelingZonderMeer"]);
        Assert.Equal("publiekrechtelijk", kinds["bedrijfsvoeringsorganisatie"]);
        Assert.Equal("privaatrechtelijk", kinds["convenant"]);
        Assert.Equal(9, kinds.Count);
    }

    [Fact]
    public async Task Needs_the_read_scope()
    {
        await (await api.ClientWith().GetAsync("/api/v1/vocabularies")).AssertProblemAsync(HttpStatusCode.Unauthorized, ProblemType.Unauthorized);
        await (await api.ClientWith("profile").GetAsync("/api/v1/vocabularies")).AssertProblemAsync(HttpStatusCode.Forbidden, ProblemType.Forbidden);
    }

    private static string[] Values(JsonElement vocabulary) =>
        [.. vocabulary.GetProperty("values").EnumerateArray().Select(t => t.GetProperty("value").GetString()!)];
}
