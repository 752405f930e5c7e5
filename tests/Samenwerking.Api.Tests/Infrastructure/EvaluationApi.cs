namespace Samenwerking.Api.Tests.Infrastructure;

/// <summary>Shortcuts for evaluations through the public API, as a client would use it.</summary>
public static class EvaluationApi
{
    public const string FrameworksPath = "/api/v1/evaluation-frameworks";

    /// <summary>The documented ids of the shipped frameworks; written out so that a change breaks a test.</summary>
    public const string DefaultFrameworkId = "d0de49d4-cb77-4389-a455-f16835a04baa";
    public const string RekenkamerFrameworkId = "57866267-98fe-4772-8b24-0a3c8f0241b9";

    public static readonly string[] DefaultCriteria =
    [
        "kwaliteit", "kwetsbaarheid", "kosten", "doeltreffendheid", "continuiteit", "dienstverlening", "bestuurskracht",
        "democratischeLegitimiteit", "bestuurlijkeDrukte",
    ];

    /// <summary>
    /// An existing collaboration registered after the fact in doorontwikkeling: two participants and all six dimensions.
    /// </summary>
    public static Task<CollaborationApi.Created> RegisterInDoorontwikkelingAsync(this HttpClient client, string operatingSince = "2018-01-01",
        string? name = null) =>
        client.CreateAsync(name, [CollaborationApi.Participant("GM0225", "2017-06-01"), CollaborationApi.Participant("GM0296", "2017-06-01")], new
        {
            phase = "doorontwikkeling",
            operatingSince,
            taskTypes = new[] { "bedrijfsvoering", "uitvoering" },
            taskScope = "alle",
            governanceLevel = "strategisch",
            organisationForm = new { novelty = "nieuw", multiplicity = "een", structure = "centraal" },
            legalForm = new { kind = "publiekrechtelijk", instrument = "bedrijfsvoeringsorganisatie" },
            initiative = "vrijwillig",
            register = PhaseApi.CompleteRegister("bedrijfsvoeringsorganisatie"),
        });

    public static object Criterion(string code) => new { code, name = $"Criterium {code}", description = $"Wat onder {code} valt." };

    /// <summary>A new framework with the given criterion codes; its id and ETag.</summary>
    public static async Task<(Guid Id, string ETag)> CreateFrameworkAsync(this HttpClient client, params string[] codes)
    {
        var response = await client.PostAsJsonAsync(FrameworksPath, new
        {
            name = CollaborationApi.UniqueName("Kader"),
            description = "Een kader voor de test.",
            criteria = codes.Select(Criterion).ToArray(),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    public static object Scored(string criterion, int score) => new { criterion, score, explanation = $"Toelichting bij {criterion}." };

    public static object NotAssessed(string criterion) => new { criterion, nietBeoordeeld = true, reason = "Geen gegevens beschikbaar." };

    /// <summary>An evaluation scoring each code with the given score; null means not assessed.</summary>
    public static object Evaluation(object frameworkId, string evaluatedOn, params (string Code, int? Score)[] scores) => new
    {
        frameworkId,
        evaluatedOn,
        kind = "zelfevaluatie",
        evaluator = "Werkgroep evaluatie",
        scores = scores.Select(s => s.Score is { } score ? Scored(s.Code, score) : NotAssessed(s.Code)).ToArray(),
        findings = "De samenwerking werkt.",
        recommendations = new object[] { new { text = "Betrek de raden eerder.", owner = "Griffies" }, new { text = "Houd vol." } },
    };

    /// <summary>The default framework with the same score on every criterion.</summary>
    public static object DefaultEvaluation(string evaluatedOn, int score = 3) =>
        Evaluation(DefaultFrameworkId, evaluatedOn, [.. DefaultCriteria.Select(code => (code, (int?)score))]);

    public static async Task<JsonElement> RecordEvaluationAsync(this HttpClient client, Guid collaborationId, object evaluation)
    {
        var response = await client.PostAsJsonAsync($"{CollaborationApi.Path}/{collaborationId}/evaluations", evaluation);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement array) => array.EnumerateArray();
}
