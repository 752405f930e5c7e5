using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// The committed <c>src/Samenwerking.Api/openapi.json</c> is the contract reviewers and client
/// generators read; these tests keep it equal to what the running API serves.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory api)
{
    public const string UpdateCommand = "build/openapi.sh";

    [Fact]
    public async Task Committed_document_is_what_the_api_serves()
    {
        var served = JsonNode.Parse(await api.ClientWith().GetStringAsync("/api/v1/openapi.json"));
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryFiles.OpenApiDocument));

        var differences = JsonDifferences.Between(committed, served);

        Assert.True(differences.Count == 0,
            $"The API's OpenAPI document differs from the committed src/Samenwerking.Api/openapi.json. " +
            $"If the change is intended, run `{UpdateCommand}` and commit the document (contract changes show in review); " +
            $"otherwise undo the change to the API. Differences (committed → served):{Environment.NewLine}  " +
            string.Join(Environment.NewLine + "  ", differences));
    }

    [Fact]
    public void Difference_report_names_the_changed_paths_and_ignores_formatting()
    {
        var committed = JsonNode.Parse("""{ "paths": { "/a": { "get": { "summary": "Old" } } }, "info": { "version": "1.0.0" } }""");
        var reformatted = JsonNode.Parse("""{"info":{"version":"1.0.0"},"paths":{"/a":{"get":{"summary":"Old"}}}}""");
        var changed = JsonNode.Parse("""{ "paths": { "/a": { "get": { "summary": "New" } }, "/b": {} }, "info": { "version": "1.0.0" } }""");

        Assert.Empty(JsonDifferences.Between(committed, reformatted));
        Assert.Equal(["/paths/~1a/get/summary changed from \"Old\" to \"New\"", "/paths/~1b is new"],
            JsonDifferences.Between(committed, changed));
    }
}
