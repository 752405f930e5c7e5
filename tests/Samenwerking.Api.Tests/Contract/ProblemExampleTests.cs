using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// Each problem example in the contract is one its operation can answer: the status and type the API sends
/// for that status, the operation's own path as instance, a 400 naming the operation's own inputs; and where
/// a reader can provoke it (a 404 of a read), the API really answers the example.
/// </summary>
public sealed partial class ProblemExampleTests(ApiFactory api)
{
    public static TheoryData<string, string, string> ProblemExamples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, item) in Document()["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                foreach (var (status, response) in operation!["responses"]!.AsObject())
                {
                    if (response?["content"]?["application/problem+json"]?["example"] is not null)
                    {
                        data.Add(method, path, status);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProblemExamples))]
    public void A_problem_example_fits_its_operation(string method, string path, string status)
    {
        var operation = Document()["paths"]![path]![method]!;
        var example = operation["responses"]![status]!["content"]!["application/problem+json"]!["example"]!;

        Assert.Equal(int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), (int)example["status"]!);
        Assert.Equal(ExpectedType(status), (string)example["type"]!);
        var instance = new Regex("^/api/v1" + PathParameter().Replace(Regex.Escape(path).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$");
        Assert.Matches(instance, (string)example["instance"]!);
        if (status == "400")
        {
            var inputs = Inputs(operation);
            Assert.All(example["errors"]!.AsObject(), error => Assert.Contains(error.Key, inputs));
        }
    }

    public static TheoryData<string> ReadsWithNotFoundExamples()
    {
        var data = new TheoryData<string>();
        foreach (var (path, item) in Document()["paths"]!.AsObject())
        {
            if (item!["get"]?["responses"]?["404"]?["content"]?["application/problem+json"]?["example"] is not null)
            {
                data.Add(path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ReadsWithNotFoundExamples))]
    public async Task A_not_found_example_is_what_the_api_answers(string path)
    {
        var example = Document()["paths"]![path]!["get"]!["responses"]!["404"]!["content"]!["application/problem+json"]!["example"]!;

        // Required query parameters get a well-formed value, so the request is valid and only the resource is missing.
        var required = (Document()["paths"]![path]!["get"]!["parameters"]?.AsArray() ?? [])
            .Where(p => (string?)p!["in"] == "query" && (bool?)p["required"] == true)
            .Select(p => $"{(string)p!["name"]!}={Guid.NewGuid()}");
        var query = string.Join("&", required);
        var response = await api.Reader().GetAsync((string)example["instance"]! + (query.Length > 0 ? "?" + query : ""));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound, (string)example["type"]!);
        Assert.Equal((string)example["detail"]!, problem.GetProperty("detail").GetString());
        Assert.Equal((string)example["instance"]!, problem.GetProperty("instance").GetString());
    }

    private static string ExpectedType(string status) => status switch
    {
        "400" => ProblemType.InvalidInput,
        "401" => ProblemType.Unauthorized,
        "403" => ProblemType.Forbidden,
        "404" => ProblemType.NotFound,
        "412" => ProblemType.PreconditionFailed,
        "428" => ProblemType.PreconditionRequired,
        "500" => "urn:samenwerking:problem:internal-error",
        _ => throw new InvalidOperationException($"No expected problem type for {status}: add it to {nameof(ProblemExampleTests)}."),
    };

    /// <summary>The names a client sends to this operation: its parameters and its body's members.</summary>
    private static HashSet<string> Inputs(JsonNode operation)
    {
        var inputs = (operation["parameters"]?.AsArray() ?? []).Select(p => (string)p!["name"]!).ToHashSet();
        foreach (var media in operation["requestBody"]?["content"]?.AsObject() ?? [])
        {
            var id = ((string)media.Value!["schema"]!["$ref"]!).Split('/')[^1];
            // A body that is not a JSON object (the CSV of an import) is named as a whole: "body".
            if (Document()["components"]!["schemas"]![id]!["properties"] is not JsonObject members)
            {
                inputs.Add("body");
                continue;
            }

            foreach (var member in members)
            {
                inputs.Add(member.Key);
            }
        }

        return inputs;
    }

    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
