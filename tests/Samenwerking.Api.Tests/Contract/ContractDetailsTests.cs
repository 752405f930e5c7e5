using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Samenwerking.Api.OpenApi;
using Samenwerking.Application.Collaborations.Register;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// Details of the committed contract that integrators and tools trip over: schema names, the idempotency headers,
/// what a replacement example carries, and the import's columns.
/// </summary>
public sealed partial class ContractDetailsTests
{
    private static JsonNode Document() => JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations() =>
        Document()["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (path.Key, op.Key, op.Value!)));

    [Fact]
    public void Every_schema_name_passes_the_nl_gov_schema_camel_case_rule()
    {
        var names = Document()["components"]!["schemas"]!.AsObject().Select(s => s.Key);

        Assert.DoesNotContain(names, name => !SpectralPascalCase().IsMatch(name));
    }

    [Fact]
    public void The_idempotency_key_has_no_example_to_fill_in_and_a_replay_is_documented()
    {
        var creates = Operations().Where(o => o.Operation["parameters"]?.AsArray().Any(p => (string?)p!["name"] == "Idempotency-Key") == true).ToList();

        Assert.NotEmpty(creates);
        foreach (var (path, method, operation) in creates)
        {
            var key = operation["parameters"]!.AsArray().Single(p => (string?)p!["name"] == "Idempotency-Key")!;
            Assert.True(key["example"] is null && key["schema"]!["example"] is null, $"{method} {path}: Swagger UI would fill in the same key twice");
            Assert.True(operation["responses"]!["201"]!["headers"]?["Idempotent-Replayed"] is not null, $"{method} {path} lacks Idempotent-Replayed");
        }
    }

    [Fact]
    public void The_replacement_example_carries_the_register_because_put_replaces_everything()
    {
        foreach (var (method, path) in new[] { ("post", "/collaborations"), ("put", "/collaborations/{id}") })
        {
            var example = Document()["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["example"]!;
            Assert.NotNull(example["register"]?["citationTitle"]);
        }
    }

    [Fact]
    public void The_import_documents_every_column_and_what_its_row_numbers_count()
    {
        var import = Operations().Single(o => (string?)o.Operation["operationId"] == ImportColumnsOperationFilter.OperationId).Operation;
        var columns = (string)import["requestBody"]!["description"]!;

        Assert.Equal(RegisterColumns.All, ImportColumnsOperationFilter.Columns.Select(c => c.Column));
        Assert.All(RegisterColumns.All, column => Assert.Contains($"| `{column}` |", columns, StringComparison.Ordinal));
        Assert.Contains("the header is row 1", (string)import["responses"]!["400"]!["description"]!, StringComparison.Ordinal);
    }

    /// <summary>Spectral's <c>casing: pascal</c>, which Logius' ruleset uses: no two capitals side by side.</summary>
    [GeneratedRegex("^[A-Z][a-z0-9]*(?:[A-Z0-9](?:[a-z0-9]+|$))*$")]
    private static partial Regex SpectralPascalCase();
}
