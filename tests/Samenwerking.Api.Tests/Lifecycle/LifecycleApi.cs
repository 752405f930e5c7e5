namespace Samenwerking.Api.Tests.Lifecycle;

/// <summary>Takes a collaboration of Barendrecht and Albrandswaard through its phases over HTTP, for corrections and dissolutions.</summary>
internal static class LifecycleApi
{
    public static async Task<CollaborationApi.Created> InVoorbereidingAsync(this HttpClient client, string legalKind = "publiekrechtelijk",
        string instrument = "bedrijfsvoeringsorganisatie")
    {
        var created = await client.CreateExploredAsync(legalKind, instrument);
        Assert.Equal(HttpStatusCode.Created, (await client.TransitionAsync(created.Id, "voorbereiding", created.ETag)).StatusCode);
        return created;
    }

    public static async Task<CollaborationApi.Created> InImplementatieAsync(this HttpClient client, string legalKind = "publiekrechtelijk",
        string instrument = "bedrijfsvoeringsorganisatie")
    {
        var created = await client.InVoorbereidingAsync(legalKind, instrument);
        foreach (var municipality in new[] { "GM0489", "GM0613" })
        {
            if (legalKind == "publiekrechtelijk")
            {
                Assert.Equal(HttpStatusCode.Created, (await client.DecideAsync(created.Id, municipality, "raad", "toestemming")).StatusCode);
            }

            Assert.Equal(HttpStatusCode.Created, (await client.DecideAsync(created.Id, municipality, "college", "besluitTotDeelname")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await client.TransitionAsync(created.Id, "implementatie", null)).StatusCode);
        return created;
    }

    public static async Task<CollaborationApi.Created> InDoorontwikkelingAsync(this HttpClient client, string legalKind = "publiekrechtelijk",
        string instrument = "bedrijfsvoeringsorganisatie")
    {
        var created = await client.InImplementatieAsync(legalKind, instrument);
        var role = await client.PostAsJsonAsync($"{created.Url}/roles", new { kind = "projectleider", personName = "P. Leider", organisation = "BAR" });
        Assert.Equal(HttpStatusCode.Created, role.StatusCode);
        var operating = await client.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since", await client.ETagAsync(created.Id),
            new { operatingSince = TestDates.Yesterday });
        Assert.Equal(HttpStatusCode.OK, operating.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.TransitionAsync(created.Id, "doorontwikkeling", null, TestDates.Today)).StatusCode);
        return created;
    }

    /// <summary>Every participant's raad consented to dissolving, and its college decided to.</summary>
    public static async Task DecideToDissolveAsync(this HttpClient client, Guid id, params string[] municipalities)
    {
        foreach (var municipality in municipalities.Length > 0 ? municipalities : ["GM0489", "GM0613"])
        {
            Assert.Equal(HttpStatusCode.Created, (await client.DecideAsync(id, municipality, "raad", "toestemmingTotOpheffing", decidedOn: TestDates.Today)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.DecideAsync(id, municipality, "college", "besluitTotOpheffing", decidedOn: TestDates.Today)).StatusCode);
        }
    }

    public static async Task<HttpResponseMessage> DissolveAsync(this HttpClient client, Guid id, string? endedOn = null, string reason = "Taken terug naar de gemeenten",
        string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{CollaborationApi.Path}/{id}/dissolution")
        {
            Content = JsonContent.Create(new { endedOn = endedOn ?? TestDates.Today, reason }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", await client.ETagAsync(id));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A DELETE with a reason, based on the collaboration's current version.</summary>
    public static async Task<HttpResponseMessage> WithdrawAsync(this HttpClient client, Guid id, string path, string reason = "onjuist geregistreerd",
        string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{CollaborationApi.Path}/{id}/{path}?reason={Uri.EscapeDataString(reason)}");
        request.Headers.TryAddWithoutValidation("If-Match", await client.ETagAsync(id));
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await client.SendAsync(request);
    }

    public static async Task<string> ETagAsync(this HttpClient client, Guid id) => (await client.GetCollaborationAsync(id)).ETag;

    public static async Task<JsonElement[]> HistoryAsync(this HttpClient client, Guid id) =>
        [.. (await client.GetItemsAsync($"{CollaborationApi.Path}/{id}/history?pageSize=100")).EnumerateArray()];

    public static async Task<JsonElement[]> DecisionsAsync(this HttpClient client, Guid id) =>
        [.. (await client.GetItemsAsync($"{CollaborationApi.Path}/{id}/decisions")).EnumerateArray()];
}
