namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Drives collaborations through their phases over HTTP, as a client would.</summary>
public static class PhaseApi
{
    /// <summary>Barendrecht and Albrandswaard, with everything verkenning asks for.</summary>
    public static Task<CollaborationApi.Created> CreateExploredAsync(this HttpClient client, string legalKind = "publiekrechtelijk",
        string instrument = "bedrijfsvoeringsorganisatie")
    {
        var fields = DimensionSets.AmbtelijkeFusie(legalKind, instrument);
        fields["register"] = CompleteRegister(instrument);
        return client.CreateAsync(extra: fields);
    }

    /// <summary>What the register must show once the regeling operates (a seat only where the instrument institutes a body).</summary>
    public static Dictionary<string, object?> CompleteRegister(string instrument = "openbaarLichaam")
    {
        var register = new Dictionary<string, object?>
        {
            ["citationTitle"] = "Gemeenschappelijke regeling Voorbeeld",
            ["purpose"] = "Samen taken uitvoeren.",
            ["inForceSince"] = "2014-01-01",
            ["publicationUrl"] = "https://lokaleregelgeving.overheid.nl/CVDR000001",
        };
        if (instrument is "openbaarLichaam" or "bedrijfsvoeringsorganisatie" or "gemeenschappelijkOrgaan")
        {
            register["seat"] = new { address = "Voorbeeldstraat 1", place = "Voorbeeldstad" };
        }

        if (instrument is "gemeenschappelijkOrgaan" or "centrumgemeente" or "regelingZonderMeer")
        {
            register["bronhouder"] = "GM0489";
        }

        return register;
    }

    /// <inheritdoc cref="DimensionSets.AllDecided"/>
    public static Dictionary<string, object?> AllDimensions(string legalKind = "publiekrechtelijk", string instrument = "openbaarLichaam") =>
        DimensionSets.AllDecided(legalKind, instrument);

    /// <summary>An existing collaboration recorded after the fact, with the facts earlier phases would have established.</summary>
    public static async Task<CollaborationApi.Created> RegisterAsync(this HttpClient client, string phase, string? operatingSince)
    {
        var body = DimensionSets.AllDecided();
        body["name"] = CollaborationApi.UniqueName("Bestaand");
        body["participants"] = new[] { CollaborationApi.Participant("GM0489", "2014-01-01"), CollaborationApi.Participant("GM0613", "2014-01-01") };
        body["phase"] = phase;
        body["operatingSince"] = operatingSince;
        body["register"] = CompleteRegister();
        var response = await client.PostAsJsonAsync(CollaborationApi.Path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new CollaborationApi.Created(json.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag, json, response);
    }

    public static async Task<HttpResponseMessage> TransitionAsync(this HttpClient client, Guid id, string to, string? etag,
        string? effectiveOn = null)
    {
        etag ??= (await client.GetCollaborationAsync(id)).ETag;
        return await client.SendWithIfMatchAsync(HttpMethod.Post, $"{CollaborationApi.Path}/{id}/phase-transitions", etag,
            new { to, effectiveOn, rationale = $"Naar {to}" });
    }

    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid id, string municipality, string body,
        string kind, string outcome = "positief", string decidedOn = "2024-03-01") =>
        await client.PostAsJsonAsync($"{CollaborationApi.Path}/{id}/decisions", new
        {
            municipalityCode = municipality,
            body,
            kind,
            decidedOn,
            outcome,
            reference = "https://lokaleregelgeving.overheid.nl/voorbeeld",
        });

    /// <summary>Toestemming of the raad and besluit of the college for both participants.</summary>
    public static async Task DecideAllPublicLawAsync(this HttpClient client, Guid id)
    {
        foreach (var municipality in new[] { "GM0489", "GM0613" })
        {
            Assert.Equal(HttpStatusCode.Created, (await client.DecideAsync(id, municipality, "raad", "toestemming")).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.DecideAsync(id, municipality, "college", "besluitTotDeelname")).StatusCode);
        }
    }

    public static async Task<JsonElement> ReadinessAsync(this HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}/{id}/phases/current/readiness");

    public static string[] UnmetCodes(this JsonElement readiness) =>
        readiness.GetProperty("rules").EnumerateArray().Where(r => !r.GetProperty("met").GetBoolean())
            .Select(r => r.GetProperty("code").GetString()!).ToArray();
}
