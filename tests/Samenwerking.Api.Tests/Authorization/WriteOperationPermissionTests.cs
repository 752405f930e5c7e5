using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Samenwerking.Api.Authentication;
using Samenwerking.Api.OpenApi;

namespace Samenwerking.Api.Tests.Authorization;

/// <summary>
/// Every write operation the API maps, found from its endpoint list (so a new one joins by itself), tried by
/// five users: a user acting for an active participant, one acting for a municipality that takes no part,
/// a token without a municipality, a read-only token of the participant, and an administrator. Each operation
/// sends its own documented example body.
/// </summary>
public sealed class WriteOperationPermissionTests(ApiFactory api)
{
    private const string Participant = "GM0373";
    private const string OtherParticipant = "GM0450";
    private const string ThirdParticipant = "GM0363";
    private const string Outsider = "GM0363";
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    [Fact]
    public void Every_write_operation_declares_who_may_make_it()
    {
        var undeclared = WriteEndpoints().Where(e => e.Metadata.GetMetadata<PermissionMetadata>() is null).Select(Describe).ToList();

        Assert.True(undeclared.Count == 0,
            "Write operations without a permission (add RequireWriteScope(WhoMay.…) and enforce it in the handler): " + string.Join(", ", undeclared));
    }

    [Fact]
    public void There_are_write_operations_to_check() => Assert.True(WriteEndpoints().Count >= 16);

    [Fact]
    public async Task Every_write_operation_refuses_outsiders_and_admits_participants_and_administrators()
    {
        var failures = new List<string>();
        foreach (var endpoint in WriteEndpoints())
        {
            var who = endpoint.Metadata.GetMetadata<PermissionMetadata>()?.Who;
            if (who is null or WhoMay.TheSubscriber)
            {
                continue; // undeclared: reported by Every_write_operation_declares_who_may_make_it; subscriptions: WebhookTests
            }

            var refusal = who switch
            {
                WhoMay.ThatMunicipality => ProblemType.Refusal("not-your-municipality"),
                WhoMay.AdministratorsOnly => ProblemType.Refusal("administrators-only"),
                _ => ProblemType.Refusal("not-a-participating-municipality"),
            };
            var participantMay = who != WhoMay.AdministratorsOnly;
            var users = new (string Name, HttpClient Client, string? RefusedWith)[]
            {
                ("a participant's user", api.MunicipalUser(Participant), participantMay ? null : refusal),
                ("an outsider's user", api.MunicipalUser(Outsider), refusal),
                ("a token without gemeente", api.ClientWith(TestTokens.ReadScope, TestTokens.WriteScope), refusal),
                ("a read-only token of the participant", ReadOnlyParticipant(), ProblemType.Forbidden),
                ("an administrator", api.Writer(), null),
            };
            foreach (var (name, client, refusedWith) in users)
            {
                failures.AddRange(await FindingsAsync(endpoint, name, await SendAsync(endpoint, client), refusedWith));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The delegate (issue 29), for every write operation: an operation whose change may be delegated admits a person under a
    /// delegation for that kind and refuses one for every other kind, one that expired, one that was withdrawn, one on another
    /// collaboration and one whose granting municipality left; every other operation refuses a delegate for every kind as
    /// anyone who takes no part.
    /// </summary>
    [Fact]
    public async Task Every_write_operation_admits_a_delegate_only_for_its_own_kind_of_change_while_the_delegation_stands()
    {
        var failures = new List<string>();
        var admin = api.Writer();
        foreach (var endpoint in WriteEndpoints())
        {
            var who = endpoint.Metadata.GetMetadata<PermissionMetadata>()?.Who;
            if (who is null or WhoMay.TheSubscriber)
            {
                continue;
            }

            var kind = endpoint.Metadata.GetMetadata<DelegableChangeMetadata>()?.Change is { } change ? Domain.Common.DomainTerms.Of(change) : null;
            Assert.True(kind is null == (who != WhoMay.ActiveParticipantOrDelegate), $"{Describe(endpoint)}: a delegable change declares its kind");
            var everyOther = DelegationApi.EveryChange.Where(c => c != kind).ToArray();
            var usual = who switch
            {
                WhoMay.ThatMunicipality => ProblemType.Refusal("not-your-municipality"),
                WhoMay.AdministratorsOnly => ProblemType.Refusal("administrators-only"),
                _ => ProblemType.Refusal("not-a-participating-municipality"),
            };
            var subject = $"matrix-{Guid.NewGuid():N}";
            var cases = kind is null
                ? new (string Name, Func<CollaborationApi.Created, Task> Grant, string? RefusedWith)[]
                {
                    ("a delegate for every kind", c => admin.GrantAsync(c.Id, DelegationApi.Grant(subject, DelegationApi.EveryChange, grantedBy: Participant)), usual),
                }
                :
                [
                    ($"a delegate for {kind}", c => admin.GrantAsync(c.Id, DelegationApi.Grant(subject, [kind], grantedBy: Participant)), null),
                    ("a delegate for every other kind", c => admin.GrantAsync(c.Id, DelegationApi.Grant(subject, everyOther, grantedBy: Participant)),
                        ProblemType.Refusal("not-delegated-for-change")),
                    ("an expired delegate", c => admin.GrantAsync(c.Id, DelegationApi.Grant(subject, [kind], DelegationApi.Today.AddDays(-60),
                        DelegationApi.Today.AddDays(-2), grantedBy: Participant)), ProblemType.Refusal("delegation-ended")),
                    ("a withdrawn delegate", async c => await admin.WithdrawAsync(c.Id,
                        await admin.GrantAsync(c.Id, DelegationApi.Grant(subject, [kind], grantedBy: Participant))), ProblemType.Refusal("delegation-ended")),
                    ("a delegate of another collaboration", async _ => await admin.GrantAsync((await admin.CreateAsync(participants:
                        [CollaborationApi.Participant(Participant), CollaborationApi.Participant(OtherParticipant)])).Id,
                        DelegationApi.Grant(subject, [kind], grantedBy: Participant)), usual),
                    ("a delegate whose granting municipality left", async c =>
                    {
                        await admin.GrantAsync(c.Id, DelegationApi.Grant(subject, [kind], grantedBy: OtherParticipant));
                        var removed = await admin.DeleteAsync($"{c.Url}/participants/{OtherParticipant}");
                        if (removed.StatusCode == HttpStatusCode.Conflict)
                        {
                            // Past verkenning a municipality leaves by withdrawal, which must leave two that take part.
                            var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                            var joined = await admin.PostAsJsonAsync($"{c.Url}/participants", new { municipalityCode = ThirdParticipant, joinedOn = yesterday });
                            Assert.True(joined.IsSuccessStatusCode, await joined.Content.ReadAsStringAsync());
                            removed = await admin.PostAsJsonAsync($"{c.Url}/participants/{OtherParticipant}/withdrawal", new { leftOn = yesterday, reason = "Uitgetreden." });
                        }

                        Assert.True(removed.IsSuccessStatusCode, await removed.Content.ReadAsStringAsync());
                    }, ProblemType.Refusal("delegation-ended")),
                ];
            foreach (var (name, grant, refusedWith) in cases)
            {
                failures.AddRange(await FindingsAsync(endpoint, name, await SendAsync(endpoint, api.Adviser(subject), grant), refusedWith));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// What is wrong with one user's answer: a 403 that does not fit the contract, another refusal than expected, or a refusal
    /// where the user should be admitted (past the permission check: done, or refused by a business rule of the
    /// collaboration's state).
    /// </summary>
    private static async Task<List<string>> FindingsAsync(RouteEndpoint endpoint, string name, HttpResponseMessage response, string? refusedWith)
    {
        var findings = new List<string>();
        var body = await response.Content.ReadAsStringAsync();
        var problemType = response.StatusCode == HttpStatusCode.Forbidden ? JsonNode.Parse(body)?["type"]?.GetValue<string>() : null;
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            findings.AddRange(Undocumented403(endpoint, body).Select(finding => $"{Describe(endpoint)} by {name}: the 403 does not fit the contract: {finding}"));
        }

        if (refusedWith is not null && problemType != refusedWith)
        {
            findings.Add($"{Describe(endpoint)} by {name}: expected 403 {refusedWith}, got {(int)response.StatusCode} {body}");
        }

        if (refusedWith is null && !(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict))
        {
            findings.Add($"{Describe(endpoint)} by {name}: expected to be admitted, got {(int)response.StatusCode} {body}");
        }

        return findings;
    }

    /// <summary>Withdrawing a dissolution needs a collaboration that ended: one registered in doorontwikkeling and dissolved.</summary>
    private static bool EndsFirst(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.RawText!.TrimEnd('/').EndsWith("/dissolution", StringComparison.Ordinal)
        && endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0] == "DELETE";

    private static Dictionary<string, object?> EndedRegistration()
    {
        var registration = DimensionSets.AllDecided("privaatrechtelijk", "convenant");
        registration["phase"] = "doorontwikkeling";
        registration["operatingSince"] = "2020-01-01";
        return registration;
    }

    private HttpClient ReadOnlyParticipant() =>
        api.ClientWithToken(TestTokens.Create([TestTokens.ReadScope], subject: $"reader-{Participant}", name: "Lees Alleen", municipalityClaims: [Participant]));

    private List<RouteEndpoint> WriteEndpoints() =>
        api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(WriteMethods.Contains) == true)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal)
            .ToList();

    /// <summary>What of a real 403 body the schema its operation lists under 403 does not describe.</summary>
    private static IReadOnlyList<string> Undocumented403(RouteEndpoint endpoint, string body)
    {
        var operationId = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var document = JsonNode.Parse(File.ReadAllText(Contract.RepositoryFiles.OpenApiDocument))!;
        var schema = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value))
            .Single(operation => (string?)operation!["operationId"] == operationId)!["responses"]!["403"]!["content"]!["application/problem+json"]!["schema"]!;
        return new Contract.TypedProblems.ProblemSchemaCheck(document).Check(schema, JsonNode.Parse(body)!.AsObject());
    }

    private static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join("/", endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)} {endpoint.RoutePattern.RawText}";

    /// <summary>
    /// Sends the operation's documented example to a fresh collaboration in which <see cref="Participant"/> takes
    /// part (and a framework and role of its own), based on the current version, so only the user differs.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(RouteEndpoint endpoint, HttpClient client, Func<CollaborationApi.Created, Task>? prepare = null)
    {
        var admin = api.Writer();
        var path = endpoint.RoutePattern.RawText!;
        var revertsATransition = endpoint.RoutePattern.Parameters.Any(p => p.Name == "transitionId");
        // An evaluation to correct or withdraw needs a collaboration that operates (doorontwikkeling).
        var changesAnEvaluation = endpoint.RoutePattern.Parameters.Any(p => p.Name == "evaluationId");
        // A transition to revert needs a collaboration that could leave verkenning.
        var collaboration = await admin.CreateAsync(participants: [CollaborationApi.Participant(Participant), CollaborationApi.Participant(OtherParticipant)],
            extra: revertsATransition ? DimensionSets.AmbtelijkeFusie() : EndsFirst(endpoint) || changesAnEvaluation ? EndedRegistration() : null);
        // Before anything else, so a delegation is granted while the collaboration still goes on (and its version is read after).
        if (prepare is not null)
        {
            await prepare(collaboration);
            collaboration = collaboration with { ETag = (await admin.GetCollaborationAsync(collaboration.Id)).ETag };
        }

        var etag = collaboration.ETag;
        if (EndsFirst(endpoint))
        {
            var ended = await admin.SendWithIfMatchAsync(HttpMethod.Put, $"{collaboration.Url}/dissolution", etag,
                new { endedOn = "2024-12-31", reason = "Opgeheven" });
            Assert.True(ended.IsSuccessStatusCode, await ended.Content.ReadAsStringAsync());
            etag = ended.Headers.ETag!.Tag;
        }
        var url = path;
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            string value;
            switch (parameter.Name)
            {
                case "id":
                    value = collaboration.Id.ToString();
                    break;
                case "municipalityCode":
                    value = Participant;
                    break;
                case "frameworkId":
                    var framework = await admin.CreateFrameworkAsync("eersteCriterium");
                    (value, etag) = (framework.Id.ToString(), framework.ETag);
                    break;
                case "activityId":
                    var activity = await admin.PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/development-activities",
                        new { kind = "training", title = "Training", heldOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), status = "gepland" });
                    Assert.True(activity.IsSuccessStatusCode, await activity.Content.ReadAsStringAsync());
                    value = (await activity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                    etag = activity.Headers.ETag!.Tag;
                    break;
                case "evaluationId":
                    var evaluation = await admin.PostAsJsonAsync($"{CollaborationApi.Path}/{collaboration.Id}/evaluations", RequestBodyExamples.RecordEvaluation,
                        JsonOptions());
                    Assert.True(evaluation.IsSuccessStatusCode, await evaluation.Content.ReadAsStringAsync());
                    value = (await evaluation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                    etag = evaluation.Headers.ETag!.Tag;
                    break;
                case "roleId":
                    var role = await admin.SendWithIfMatchAsync(HttpMethod.Post, $"{CollaborationApi.Path}/{collaboration.Id}/roles", null,
                        new { kind = "projectleider", personName = "P. Leider", organisation = "Gemeente Bergen" });
                    Assert.True(role.IsSuccessStatusCode, await role.Content.ReadAsStringAsync());
                    value = (await role.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                    etag = (await admin.GetCollaborationAsync(collaboration.Id)).ETag;
                    break;
                case "decisionId":
                    var decision = await admin.DecideAsync(collaboration.Id, Participant, "raad", "toestemming");
                    Assert.True(decision.IsSuccessStatusCode, await decision.Content.ReadAsStringAsync());
                    value = (await decision.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                    etag = decision.Headers.ETag!.Tag;
                    break;
                case "delegationId":
                    var delegation = await admin.PostAsJsonAsync(DelegationApi.Path(collaboration.Id),
                        DelegationApi.Grant($"target-{Guid.NewGuid():N}", ["roles"], grantedBy: Participant));
                    Assert.True(delegation.IsSuccessStatusCode, await delegation.Content.ReadAsStringAsync());
                    value = (await delegation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                    etag = delegation.Headers.ETag!.Tag;
                    break;
                case "transitionId":
                    var transition = await admin.TransitionAsync(collaboration.Id, "voorbereiding", etag);
                    Assert.True(transition.IsSuccessStatusCode, await transition.Content.ReadAsStringAsync());
                    value = (await transition.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                    etag = transition.Headers.ETag!.Tag;
                    break;
                default:
                    throw new InvalidOperationException($"No value for {{{parameter.Name}}} of {path}: add one to {nameof(WriteOperationPermissionTests)}.");
            }

            url = url.Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal);
        }

        // A group's own route ("") leaves a trailing slash in the pattern; the API serves it without.
        var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods[0];
        // A withdrawal says why; deletes that take no reason ignore it.
        var query = method == "DELETE" ? "?reason=Onjuist%20geregistreerd" : "";
        using var request = new HttpRequestMessage(new HttpMethod(method), url.TrimEnd('/') + query);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        if (endpoint.Metadata.GetMetadata<RequestExampleMetadata>() is { } example)
        {
            var body = JsonSerializer.SerializeToNode(example.Example, example.Example.GetType(), JsonOptions())!.AsObject();
            // Names are unique: every send gets its own, so the example is refused by no earlier send.
            if (body.ContainsKey("name"))
            {
                body["name"] = CollaborationApi.UniqueName("Toegang");
            }

            // The body in the media type the operation reads (a merge patch for PATCH), so only the user decides.
            var mediaType = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : "application/json";
            // As the contract shows it: a merge patch sends only its members with a value (a null would remove one).
            if (mediaType == "application/merge-patch+json")
            {
                foreach (var unset in body.Where(member => member.Value is null).Select(member => member.Key).ToList())
                {
                    body.Remove(unset);
                }
            }

            request.Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, mediaType);
        }
        else if (endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is ["text/csv", ..])
        {
            var csv = path.Contains("municipality-records", StringComparison.Ordinal) ? MunicipalityRecordsCsv : RegisterCsvOfParticipants();
            request.Content = new StringContent(csv, System.Text.Encoding.UTF8, "text/csv");
        }

        return await client.SendAsync(request);
    }

    /// <summary>A fictional municipality record in the shape of the shipped reference file.</summary>
    private const string MunicipalityRecordsCsv = "code,name,provinceCode,provinceName,validFrom,validTo\nGM9900,Toegangstoets (fictief),PV26,Utrecht,2020-01-01,\n";

    /// <summary>One regeling in which <see cref="Participant"/> takes part, in the register's CSV columns, with a name of its own.</summary>
    private static string RegisterCsvOfParticipants() =>
        "naam,fase,inBedrijfSinds,deelnemers,juridischeVorm,instrument,typeTaak,aantalTaken,besturingsniveau,nieuwOfBestaand,eenOfMeerdere,centraalOfDecentraal,initiatief\n" +
        $"{CollaborationApi.UniqueName("Import")},implementatie,2020-01-01,{Participant};{OtherParticipant},privaatrechtelijk,convenant,uitvoering,een,operationeel,nieuw,een,centraal,vrijwillig\n";

    private JsonSerializerOptions JsonOptions() =>
        api.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
}
