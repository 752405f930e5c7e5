using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Samenwerking.Api.Idempotency;
using Samenwerking.Api.OpenApi.TypedProblems;
using Samenwerking.Domain.Rules;

namespace Samenwerking.Api.Tests.Contract.TypedProblems;

/// <summary>
/// Every typed problem response (each 409, and the 403 of each change) has an example of each problem type it lists,
/// and each example is one its operation can answer: it is exactly one of the problem types the response lists (it fits
/// that type's schema, and the base's discriminator maps its <c>type</c> there; Spectral's <c>oas3-valid-media-example</c>
/// checks the schema too), with the
/// response's status, the operation's own path as <c>instance</c> and the catalogue's title.
/// </summary>
public sealed partial class TypedProblemExampleTests
{
    public static TheoryData<string, string, string> TypedProblemResponses()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, item) in Document()["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    if (response?["content"]?["application/problem+json"]?["schema"] is { } schema && new ProblemSchemaCheck(Document()).IsTyped(schema))
                    {
                        data.Add(method, path, status);
                    }
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_409s_and_the_403s_of_changes_are_the_typed_responses()
    {
        var check = new ProblemSchemaCheck(Document());
        var typed = Responses().Where(r => r.Media["schema"] is { } schema && check.IsTyped(schema)).ToList();

        Assert.Equal(Responses().Count(r => r.Status == "409"), typed.Count(r => r.Status == "409"));
        Assert.True(typed.Count(r => r.Status == "403") >= 16);
        Assert.All(typed, r => Assert.Contains(r.Status, new[] { "403", "409" }));
    }

    [Theory]
    [MemberData(nameof(TypedProblemResponses))]
    public void Each_problem_type_a_response_lists_has_an_example_that_fits_exactly_its_own_member(string method, string path, string status)
    {
        var document = Document();
        var operation = document["paths"]![path]![method]!;
        var media = operation["responses"]![status]!["content"]!["application/problem+json"]!;
        var schema = media["schema"]!;
        var check = new ProblemSchemaCheck(document);
        var mapping = check.Listed(schema);
        var examples = media["examples"]!.AsObject();

        Assert.Null(media["example"]);
        Assert.Equal(mapping.Select(m => m.Key).Order(), examples.Select(e => (string)e.Value!["value"]!["type"]!).Order());
        Assert.All(examples, named =>
        {
            var example = named.Value!["value"]!.AsObject();
            var type = (string)example["type"]!;
            Assert.Equal([mapping[type]], check.MatchingMembers(schema, example));
            Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), (int)example["status"]!);
            Assert.Matches(Instance(path), (string)example["instance"]!);
            if (Refusals.All.FirstOrDefault(r => r.ProblemType == type) is { } refusal)
            {
                Assert.Equal(refusal.EnglishTitle, (string)example["title"]!);
                Assert.Equal(refusal.EnglishTitle, (string)named.Value["summary"]!);
            }
        });
    }

    [Fact]
    public void A_409_lists_exactly_the_refusals_of_its_operation()
    {
        Assert.All(Responses().Where(r => r.Status == "409"), response =>
        {
            var expected = OperationRefusals.Of(response.OperationId).Select(r => r.ProblemType).ToList();
            if (Idempotent().Contains(response.OperationId))
            {
                expected.Add(IdempotencyKeyMiddleware.InFlightType);
            }

            Assert.Equal(expected.Order(), new ProblemSchemaCheck(Document()).Listed(response.Media["schema"]!).Keys.Order());
        });
    }

    [Fact]
    public void A_problem_of_one_type_fits_no_other_member()
    {
        var document = Document();
        var schema = document["paths"]!["/collaborations/{id}/phase-transitions"]!["post"]!["responses"]!["409"]!["content"]!["application/problem+json"]!["schema"]!;
        var example = new JsonObject
        {
            ["type"] = Refusals.DatedInTheFuture.ProblemType,
            ["title"] = "Dated in the future",
            ["status"] = 409,
            ["detail"] = "The transition is dated 2999-01-01, after today.",
            ["instance"] = "/api/v1/collaborations/3fa85f64-5717-4562-b3fc-2c963f66afa6/phase-transitions",
            ["traceId"] = "0af7651916cd43dd8448eb211c80319c",
        };

        // By its schema alone a problem with no facts would also fit the in-flight problem of the Idempotency-Key; its `type` decides.
        Assert.Equal(["#/components/schemas/DatedInTheFutureProblem"], new ProblemSchemaCheck(document).MatchingMembers(schema, example));
    }

    private static IEnumerable<(string OperationId, string Status, JsonNode Media)> Responses() =>
        Document()["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value!))
            .SelectMany(operation => operation["responses"]!.AsObject()
                .Where(response => response.Value?["content"]?["application/problem+json"] is not null)
                .Select(response => ((string)operation["operationId"]!, response.Key, response.Value!["content"]!["application/problem+json"]!)));

    private static IEnumerable<string> Idempotent() =>
        Document()["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value!))
            .Where(operation => operation["parameters"]?.AsArray().Any(p => (string?)p!["name"] == IdempotencyKeyMiddleware.HeaderName) == true &&
                                operation["responses"]?["409"] is not null)
            .Select(operation => (string)operation["operationId"]!);

    private static Regex Instance(string path) =>
        new("^/api/v1" + PathParameter().Replace(Regex.Escape(path).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$");

    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
