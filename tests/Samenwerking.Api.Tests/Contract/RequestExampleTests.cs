using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// Every request body example in the committed document is sent to the running API and must be
/// accepted as input: the example integrators copy from the contract really works. A 409 counts as
/// accepted (the body was valid; a business rule refused it for this collaboration's state), except where the
/// test prepared the state the example needs (doorontwikkeling, a framework of its own); a 400 never counts.
/// A success also shows whether the ETag header is documented exactly where it is sent.
/// </summary>
public sealed partial class RequestExampleTests(ApiFactory api)
{
    public static TheoryData<string, string> OperationsWithRequestExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, item) in Document()["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["example"] is not null)
                {
                    data.Add(method.ToUpperInvariant(), path);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OperationsWithRequestExamples))]
    public async Task Documented_request_example_is_accepted(string method, string path)
    {
        var example = Document()["paths"]![path]![method.ToLowerInvariant()]!["requestBody"]!["content"]!["application/json"]!["example"]!;
        var writer = api.Writer();
        // A fresh collaboration for every example, so examples never see each other's changes; in doorontwikkeling
        // (registered after the fact) for the operations that only exist there, so their example is really recorded.
        var collaboration = InDoorontwikkeling.Contains(path)
            ? await writer.RegisterInDoorontwikkelingAsync()
            : await writer.CreateAsync(participants: [CollaborationApi.Participant("GM0489"), CollaborationApi.Participant("GM0613")]);
        // A framework of the test's own to change, never a shipped one other tests rely on.
        var framework = path.Contains("{frameworkId}", StringComparison.Ordinal)
            ? await writer.CreateFrameworkAsync("eersteCriterium")
            : ((Guid Id, string ETag)?)null;
        // A subscription of the test's own, for its actions; its callback is never reached, as no event it wants is written.
        var subscription = path.Contains("{subscriptionId}", StringComparison.Ordinal)
            ? await SubscriptionOfOwnAsync(writer)
            : ((Guid Id, string ETag)?)null;

        // A planned activity of the collaboration's own, dated today, for the operations that hold or cancel one.
        var activity = path.Contains("{activityId}", StringComparison.Ordinal)
            ? await writer.PostAsJsonAsync($"{collaboration.Url}/development-activities",
                new { kind = "training", title = "Training", heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), status = "gepland" })
            : null;
        var activityId = activity is null ? null : (await activity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        // A decision and a role of the collaboration's own, for the examples that correct one.
        var etag = collaboration.ETag;
        string? decisionId = null, roleId = null, evaluationId = null;
        if (path.Contains("{evaluationId}", StringComparison.Ordinal))
        {
            evaluationId = (await writer.RecordEvaluationAsync(collaboration.Id, EvaluationApi.DefaultEvaluation("2023-09-01"))).GetProperty("id").GetString();
            etag = (await writer.GetCollaborationAsync(collaboration.Id)).ETag;
        }

        if (path.Contains("{decisionId}", StringComparison.Ordinal))
        {
            var decision = await writer.DecideAsync(collaboration.Id, "GM0489", "raad", "toestemming");
            (decisionId, etag) = ((await decision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(), decision.Headers.ETag!.Tag);
        }

        if (path.Contains("{roleId}", StringComparison.Ordinal))
        {
            var role = await writer.PostAsJsonAsync($"{collaboration.Url}/roles", new { kind = "adviseur", personName = "A. Jansen", organisation = "Gemeente Castricum" });
            (roleId, etag) = ((await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(), role.Headers.ETag!.Tag);
        }

        var url = "/api/v1" + PathParameter().Replace(path, parameter => parameter.Groups[1].Value switch
        {
            "id" => collaboration.Id.ToString(),
            "decisionId" => decisionId!,
            "roleId" => roleId!,
            "evaluationId" => evaluationId!,
            "municipalityCode" => "GM0489",
            "frameworkId" => framework!.Value.Id.ToString(),
            "activityId" => activityId!,
            "subscriptionId" => subscription!.Value.Id.ToString(),
            var name => throw new InvalidOperationException(
                $"No value for path parameter {{{name}}} of {method} {path}: add one to {nameof(RequestExampleTests)}."),
        });
        using var request = new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", framework?.ETag ?? subscription?.ETag ?? activity?.Headers.ETag?.Tag ?? etag);

        var response = await writer.SendAsync(request);

        // Where the test prepared the state the example needs, a 409 means the example no longer fits it: only success counts.
        var prepared = InDoorontwikkeling.Contains(path) || framework is not null || activity is not null || decisionId is not null || roleId is not null
                       || evaluationId is not null;
        Assert.True(response.IsSuccessStatusCode || (response.StatusCode == HttpStatusCode.Conflict && !prepared),
            $"{method} {path} refused its own documented example with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (response.IsSuccessStatusCode)
        {
            // Clients can only rely on headers the document names: an ETag sent must be documented, and the reverse.
            var documented = Document()["paths"]![path]![method.ToLowerInvariant()]!["responses"]![((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)]?["headers"]?["ETag"] is not null;
            Assert.True(documented == (response.Headers.ETag is not null),
                $"{method} {path} {(documented ? "documents an ETag it does not send" : "sends an ETag it does not document: add .ProducesETag()")}.");
        }
    }

    private static async Task<(Guid Id, string ETag)> SubscriptionOfOwnAsync(HttpClient writer)
    {
        var (id, _) = await writer.SubscribeAsync("https://ontvanger.example/hook", ["nl.samenwerking.collaboration.registered"], "GM0363");
        return (id, (await writer.GetSubscriptionAsync(id)).ETag);
    }

    /// <summary>Operations that refuse a collaboration outside doorontwikkeling with a 409.</summary>
    private static readonly HashSet<string> InDoorontwikkeling =
        ["/collaborations/{id}/evaluations", "/collaborations/{id}/evaluations/{evaluationId}", "/collaborations/{id}/development-activities"];

    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();
}
