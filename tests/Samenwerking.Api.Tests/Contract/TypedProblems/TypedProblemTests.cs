using System.Text.Json.Nodes;
using Samenwerking.Api.OpenApi.TypedProblems;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.Tests.Contract.TypedProblems;

/// <summary>
/// A 409 is typed in the contract: each operation lists the problem types it can answer, each with its facts, and
/// what the server really sends for a refusal fits the schema its operation lists (checked on real bodies, in
/// English and Dutch). Together with the Testing-environment guard (<see cref="UndeclaredRefusals"/>), which turns
/// a refusal an operation does not list into a 500 for every test, the list cannot drift from the server.
/// </summary>
public sealed class TypedProblemTests(ApiFactory api)
{
    [Fact]
    public void Every_conflict_of_the_catalogue_is_listed_by_an_operation_with_its_own_schema()
    {
        var document = Document();
        var listed = OperationRefusals.Operations.SelectMany(OperationRefusals.Of).ToHashSet();

        Assert.All(Refusals.All.Where(r => r.Kind == RefusalKind.Conflict).Except(Refusals.NoLongerRaised), refusal =>
        {
            Assert.Contains(refusal, listed);
            Assert.NotNull(document["components"]!["schemas"]![ProblemSchemas.IdOf(refusal.Code)]);
        });
        Assert.All(Refusals.NoLongerRaised, refusal => Assert.DoesNotContain(refusal, listed));
    }

    [Fact]
    public void Every_listed_operation_exists_and_its_409_maps_each_problem_type_it_lists()
    {
        var document = Document();
        var operations = Operations(document).ToDictionary(o => (string)o["operationId"]!);

        Assert.All(OperationRefusals.Operations, operationId =>
        {
            Assert.True(operations.ContainsKey(operationId), $"{operationId} is no operation of the contract.");
            var listed = new ProblemSchemaCheck(document).Listed(operations[operationId]["responses"]!["409"]!["content"]!["application/problem+json"]!["schema"]!);
            Assert.All(OperationRefusals.Of(operationId), refusal =>
                Assert.Equal("#/components/schemas/" + ProblemSchemas.IdOf(refusal.Code), listed.GetValueOrDefault(refusal.ProblemType)));
        });
    }

    [Fact]
    public void Every_409_of_the_contract_is_typed()
    {
        var document = Document();
        Assert.All(Operations(document).Where(o => o["responses"]?["409"] is not null), operation =>
            Assert.True(new ProblemSchemaCheck(document).IsTyped(operation["responses"]!["409"]!["content"]!["application/problem+json"]!["schema"]!)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task Unmet_exit_rules_are_sent_as_the_schema_says(string language)
    {
        var client = api.Writer();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var lonely = await client.CreateAsync(participants: [CollaborationApi.Participant("GM0489")]);

        var body = await ConflictAsync(client.TransitionAsync(lonely.Id, "voorbereiding", lonely.ETag),
            "createPhaseTransition", "exit-rules-not-met");

        Assert.Equal("verkenning", (string)body["currentPhase"]!);
        var first = body["unmetRules"]![0]!;
        Assert.Equal("at-least-two-participants", (string)first["code"]!);
        Assert.Equal(language == "nl" ? "Een samenwerking heeft minstens twee deelnemende gemeenten nodig; er nemen er 1 deel."
            : "A collaboration needs at least two participating municipalities; 1 take part.", (string)first["detail"]!);
    }

    [Fact]
    public async Task Skipping_a_phase_is_sent_as_the_schema_says()
    {
        var client = api.Writer();
        var created = await client.CreateAsync();

        var body = await ConflictAsync(client.TransitionAsync(created.Id, "implementatie", created.ETag),
            "createPhaseTransition", "phase-transition-not-allowed");

        Assert.Equal(["verkenning", "implementatie", "voorbereiding"],
            new[] { "currentPhase", "requestedPhase", "allowedNextPhase" }.Select(fact => (string)body[fact]!));
    }

    [Fact]
    public async Task A_duplicate_name_is_sent_as_the_schema_says()
    {
        var client = api.Writer();
        var existing = await client.CreateAsync();

        var body = await ConflictAsync(client.PostAsJsonAsync(CollaborationApi.Path, new
        {
            name = existing.Body.GetProperty("name").GetString(),
            participants = new[] { CollaborationApi.Participant("GM0489") },
        }), "createCollaboration", "duplicate-name");

        Assert.Equal(existing.Id, Guid.Parse((string)body["existingId"]!));
    }

    [Fact]
    public async Task Refusals_of_participants_are_sent_as_the_schema_says()
    {
        var client = api.Writer();
        var created = await client.CreateAsync();
        var participants = $"{created.Url}/participants";

        await ConflictAsync(client.SendWithIfMatchAsync(HttpMethod.Post, participants, created.ETag,
            CollaborationApi.Participant("GM0489")), "addParticipant", "duplicate-participant");
        await ConflictAsync(client.SendWithIfMatchAsync(HttpMethod.Post, $"{participants}/GM0489/withdrawal",
            (await client.GetCollaborationAsync(created.Id)).ETag, new { leftOn = "2024-01-01", reason = "Te vroeg." }),
            "withdrawParticipant", "withdrawal-not-applicable");
        await ConflictAsync(client.SendWithIfMatchAsync(HttpMethod.Put, $"{created.Url}/operating-since",
            (await client.GetCollaborationAsync(created.Id)).ETag, new { operatingSince = "2024-01-01" }),
            "setOperatingSince", "operating-since-not-editable");
    }

    [Theory]
    [InlineData("en", "Positive decisions still missing — GM0489: toestemming and besluitTotDeelname; GM0613: toestemming and besluitTotDeelname.")]
    [InlineData("nl", "Positieve besluiten ontbreken nog — GM0489: toestemming en besluitTotDeelname; GM0613: toestemming en besluitTotDeelname.")]
    public async Task The_checklist_names_missing_decisions_and_prerequisites_as_data_and_in_the_language_asked(string language, string detail)
    {
        var client = api.Writer();
        var explored = await client.CreateExploredAsync();
        Assert.Equal(HttpStatusCode.Created, (await client.TransitionAsync(explored.Id, "voorbereiding", explored.ETag)).StatusCode);

        var request = new HttpRequestMessage(HttpMethod.Get, $"{explored.Url}/phases/current/readiness");
        request.Headers.AcceptLanguage.ParseAdd(language);
        var readiness = (await (await client.SendAsync(request)).Content.ReadFromJsonAsync<JsonNode>())!;

        var decisions = readiness["rules"]!.AsArray().Single(rule => (string)rule!["code"]! == "required-decisions-recorded")!;
        Assert.Equal(detail, (string)decisions["detail"]!);
        Assert.Equal(["legal-form-consistent"], decisions["waitsFor"]!.AsArray().Select(code => (string)code!));
        Assert.Equal(
            ["GM0489 toestemming", "GM0489 besluitTotDeelname", "GM0613 toestemming", "GM0613 besluitTotDeelname"],
            decisions["missingDecisions"]!.AsArray().Select(m => $"{m!["municipalityCode"]} {m["decisionKind"]}"));
        Assert.All(readiness["rules"]!.AsArray().Where(rule => (string)rule!["code"]! != "required-decisions-recorded"),
            rule => Assert.Empty(rule!["missingDecisions"]!.AsArray()));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task A_token_without_the_write_scope_gets_the_typed_generic_403_of_a_change(string language)
    {
        var created = await api.Writer().CreateAsync();
        var reader = api.Reader();
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var response = await reader.SendWithIfMatchAsync(HttpMethod.Delete, created.Url, created.ETag);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!.AsObject();
        var document = Document();
        var schema = Operations(document).Single(o => (string)o["operationId"]! == "deleteCollaboration")
            ["responses"]!["403"]!["content"]!["application/problem+json"]!["schema"]!;
        Assert.Equal(ProblemType.Forbidden, (string)body["type"]!);
        Assert.Empty(new ProblemSchemaCheck(document).Check(schema, body));
        Assert.Equal(["#/components/schemas/" + ProblemSchemas.InsufficientScope], new ProblemSchemaCheck(document).MatchingMembers(schema, body));
    }

    /// <summary>Sends, expects a 409 of this type, and checks its body against the schema the operation lists.</summary>
    private static async Task<JsonObject> ConflictAsync(Task<HttpResponseMessage> sending, string operationId, string code)
    {
        var response = await sending;
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!.AsObject();
        Assert.Equal(ProblemType.Conflict(code), (string)body["type"]!);

        var document = Document();
        var schema = Operations(document).Single(o => (string)o["operationId"]! == operationId)
            ["responses"]!["409"]!["content"]!["application/problem+json"]!["schema"]!;
        Assert.Empty(new ProblemSchemaCheck(document).Check(schema, body));
        return body;
    }

    private static IEnumerable<JsonNode> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value))
            .OfType<JsonObject>().Where(operation => operation["responses"] is not null);

    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;
}
