namespace Samenwerking.Api.Tests.Herindelingen;

/// <summary>The herindelingen of 1 January 2019 in Groningen, as the shipped reference data holds them, and the calls that declare them.</summary>
public static class HerindelingApi
{
    public const string DryRuns = "/api/v1/herindelingen/dry-runs";
    public const string Applications = "/api/v1/herindelingen/applications";
    public const string Haren = "GM0017";
    public const string TenBoer = "GM0009";
    public const string Groningen = "GM0014";
    public const string Bedum = "GM0005";
    public const string HetHogeland = "GM1966";

    /// <summary>Haren and Ten Boer joined Groningen.</summary>
    public static object IntoGroningen { get; } = new { effectiveOn = "2019-01-01", endingMunicipalityCodes = new[] { Haren, TenBoer }, successorCode = Groningen };

    /// <summary>Bedum went into the new Het Hogeland (with De Marne, Eemsmond and Winsum, left out here).</summary>
    public static object IntoHetHogeland { get; } = new { effectiveOn = "2019-01-01", endingMunicipalityCodes = new[] { Bedum }, successorCode = HetHogeland };

    /// <summary>Participants in force before the herindeling.</summary>
    public static object Before(string code, string? role = null) => CollaborationApi.Participant(code, "2015-01-01", role);

    /// <summary>An operating collaboration (registered in doorontwikkeling) of <paramref name="participants"/>.</summary>
    public static Task<CollaborationApi.Created> OperatingAsync(this HttpClient client, params object[] participants) =>
        client.CreateAsync(participants: participants, extra: new
        {
            phase = "doorontwikkeling",
            operatingSince = "2016-01-01",
            taskTypes = new[] { "bedrijfsvoering" },
            taskScope = "een",
            governanceLevel = "operationeel",
            organisationForm = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
            legalForm = new { kind = "publiekrechtelijk", instrument = "bedrijfsvoeringsorganisatie" },
            initiative = "vrijwillig",
            register = PhaseApi.CompleteRegister("bedrijfsvoeringsorganisatie"),
        });

    public static async Task<JsonElement> ReportAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The changes the report lists for one collaboration, as "kind municipality→successor"; empty when it is not listed.</summary>
    public static string[] ChangesFor(this JsonElement report, Guid collaborationId) =>
        report.GetProperty("collaborations").EnumerateArray()
            .Where(c => c.GetProperty("collaborationId").GetGuid() == collaborationId)
            .SelectMany(c => c.GetProperty("changes").EnumerateArray())
            .Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("municipalityCode").GetString()}→{c.GetProperty("successorCode").GetString()}")
            .ToArray();

    public static async Task<JsonElement[]> ParticipantsAsync(this HttpClient client, Guid collaborationId) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"{CollaborationApi.Path}/{collaborationId}/participants")).GetProperty("items").EnumerateArray()];

    public static JsonElement Of(this JsonElement[] participants, string code, bool active) =>
        participants.Single(p => p.GetProperty("municipalityCode").GetString() == code && p.GetProperty("isActive").GetBoolean() == active);
}
