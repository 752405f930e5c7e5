using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Samenwerking.Application.Collaborations.ListCollaborations;
using Samenwerking.Application.Common.Paging;
using Samenwerking.Domain.Collaborations;
using Samenwerking.Domain.Evaluations;
using Samenwerking.Domain.Municipalities;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// The constraints in the contract (lengths, patterns, ranges, item counts, allowed values) are the ones the
/// validators enforce: the document carries the limits the validators are built from, and every constraint
/// the document states for a parameter or a body member is refused by the API one step beyond it (and, for
/// parameters, accepted at it). So a client that keeps to the schema is not refused for its shape, and a
/// constraint cannot be documented that the server does not enforce.
/// </summary>
public sealed partial class ValidatorConstraintTests(ApiFactory api)
{
    [Fact]
    public void The_document_carries_the_limits_the_validators_enforce()
    {
        var schemas = Document()["components"]!["schemas"]!;
        var create = schemas["CreateCollaborationRequest"]!["properties"]!;
        Assert.Equal(Collaboration.MinNameLength, (int)create["name"]!["minLength"]!);
        Assert.Equal(Collaboration.MaxNameLength, (int)create["name"]!["maxLength"]!);
        Assert.Equal(1, (int)create["participants"]!["minItems"]!);
        Assert.Equal(100, (int)create["tasks"]!["maxItems"]!);
        Assert.Equal(MunicipalityCode.Pattern, (string)schemas["ParticipantInput"]!["properties"]!["municipalityCode"]!["pattern"]!);

        var score = schemas["CriterionScoreInput"]!["properties"]!["score"]!;
        Assert.Equal(CriterionScore.MinScore, (int)score["minimum"]!);
        Assert.Equal(CriterionScore.MaxScore, (int)score["maximum"]!);
        var interval = schemas["UpdateEvaluationScheduleRequest"]!["properties"]!["evaluationIntervalYears"]!;
        Assert.Equal(EvaluationSchedule.MinIntervalYears, (int)interval["minimum"]!);
        Assert.Equal(EvaluationSchedule.MaxIntervalYears, (int)interval["maximum"]!);

        var list = Parameters("/collaborations", "get");
        Assert.Equal(1, (int)list["page"]["minimum"]!);
        Assert.Equal(1, (int)list["pageSize"]["minimum"]!);
        Assert.Equal(Paging.MaxPageSize, (int)list["pageSize"]["maximum"]!);
        Assert.Equal(CollaborationSort.Allowed, list["sort"]["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(MunicipalityCode.Pattern, (string)list["municipality"]["pattern"]!);
        Assert.Equal(MunicipalityCode.Pattern, (string)Parameters("/municipalities/{code}", "get")["code"]["pattern"]!);
    }

    public static TheoryData<string, string, string, string> ParameterConstraints()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (path, item) in Document()["paths"]!.AsObject())
        {
            if (item!["get"] is null)
            {
                continue;
            }

            foreach (var (name, schema) in Parameters(path, "get"))
            {
                foreach (var (outside, inside) in Probes(schema))
                {
                    data.Add(path, name, outside, inside);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ParameterConstraints))]
    public async Task A_documented_parameter_constraint_is_the_servers(string path, string parameter, string outside, string inside)
    {
        var reader = api.Reader();

        var refused = await reader.GetAsync(Url(path, parameter, outside));
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => string.Equals(e.Name, parameter, StringComparison.OrdinalIgnoreCase));

        var accepted = await reader.GetAsync(Url(path, parameter, inside));
        Assert.True(accepted.StatusCode != HttpStatusCode.BadRequest,
            $"{path} refused {parameter}={inside}, which its documented schema allows: {await accepted.Content.ReadAsStringAsync()}");
    }

    public static TheoryData<string, string, string, string> BodyConstraints()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (path, item) in Document()["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (operation?["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"] is not { } reference)
                {
                    continue;
                }

                var schema = Document()["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!;
                foreach (var (member, memberSchema) in schema["properties"]!.AsObject())
                {
                    foreach (var (outside, _) in Probes(memberSchema!))
                    {
                        data.Add(method.ToUpperInvariant(), path, member, outside);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BodyConstraints))]
    public async Task A_documented_body_constraint_is_the_servers(string method, string path, string member, string outside)
    {
        var operation = Document()["paths"]![path]![method.ToLowerInvariant()]!;
        var body = operation["requestBody"]!["content"]!["application/json"]!["example"]!.DeepClone().AsObject();
        var schemaType = (string?)Document()["components"]!["schemas"]![((string)operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!).Split('/')[^1]]!["properties"]![member]!["type"];
        body[member] = schemaType == "integer" ? JsonValue.Create(int.Parse(outside, CultureInfo.InvariantCulture)) : JsonValue.Create(outside);

        using var request = new HttpRequestMessage(new HttpMethod(method), Url(path, null, null))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var response = await api.Writer().SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest, ProblemType.InvalidInput);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => e.Name == member);
    }

    /// <summary>For each constraint of a schema, a value just outside it and one just inside it.</summary>
    private static IEnumerable<(string Outside, string Inside)> Probes(JsonNode schema)
    {
        if (schema["minimum"] is { } minimum)
        {
            yield return (((int)minimum - 1).ToString(CultureInfo.InvariantCulture), ((int)minimum).ToString(CultureInfo.InvariantCulture));
        }

        if (schema["maximum"] is { } maximum)
        {
            yield return (((int)maximum + 1).ToString(CultureInfo.InvariantCulture), ((int)maximum).ToString(CultureInfo.InvariantCulture));
        }

        if (schema["maxLength"] is { } maxLength)
        {
            yield return (new string('a', (int)maxLength + 1), new string('a', (int)maxLength));
        }

        if (schema["pattern"] is { } pattern)
        {
            var sample = PatternSamples.GetValueOrDefault((string)pattern!)
                         ?? throw new InvalidOperationException($"No sample for pattern {pattern}: add one to {nameof(PatternSamples)}.");
            Assert.Matches((string)pattern!, sample);
            yield return ("X" + sample, sample);
        }

        if (schema["enum"] is JsonArray values && schema["type"]?.GetValue<string>() == "string" && values.All(v => v is not null))
        {
            yield return ("geenGeldigeWaarde", (string)values[0]!);
        }
    }

    private static readonly Dictionary<string, string> PatternSamples = new()
    {
        [MunicipalityCode.Pattern] = "GM0363",
        ["^PV[0-9]{2}$"] = "PV27",
    };

    private static string Url(string path, string? parameter, string? value)
    {
        var url = "/api/v1" + PathParameter().Replace(path, p => p.Groups[1].Value == parameter
            ? Uri.EscapeDataString(value!)
            : p.Groups[1].Value switch
            {
                "code" or "municipalityCode" => "GM0363",
                _ => Guid.NewGuid().ToString(),
            });
        var inPath = path.Contains($"{{{parameter}}}", StringComparison.Ordinal);
        return parameter is null || inPath ? url : $"{url}?{parameter}={Uri.EscapeDataString(value!)}";
    }

    private static Dictionary<string, JsonNode> Parameters(string path, string method) =>
        (Document()["paths"]![path]![method]!["parameters"]?.AsArray() ?? [])
        .Where(p => (string?)p!["in"] is "query" or "path")
        .ToDictionary(p => (string)p!["name"]!, p => p!["schema"]!);

    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex PathParameter();
}
