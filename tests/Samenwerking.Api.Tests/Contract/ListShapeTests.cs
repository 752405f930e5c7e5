using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// One list shape: every collection answers an object with <c>items</c>; a paged one adds <c>page</c> (<c>…Page</c>), a
/// bounded one comes whole (<c>…List</c>). The change feed is the one documented exception: a cursor feed
/// (<c>events</c> and <c>cursor</c>).
/// </summary>
public sealed class ListShapeTests
{
    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;

    public static TheoryData<string> ListOperations()
    {
        var operations = new TheoryData<string>();
        foreach (var (_, path) in Document["paths"]!.AsObject())
        {
            if (path!["get"]?["operationId"]?.GetValue<string>() is { } id && id.StartsWith("list", StringComparison.Ordinal) && id != "listEvents")
            {
                operations.Add(id);
            }
        }

        return operations;
    }

    [Theory]
    [MemberData(nameof(ListOperations))]
    public void A_list_is_an_object_with_items_named_for_what_it_lists(string operationId)
    {
        var schemaName = ResponseSchemaName(operationId);
        var schema = Document["components"]!["schemas"]![schemaName]!;

        Assert.Equal("object", schema["type"]?.GetValue<string>());
        Assert.Equal("array", schema["properties"]!["items"]!["type"]!.GetValue<string>());
        Assert.Contains("items", schema["required"]!.AsArray().Select(r => r!.GetValue<string>()));
        if (schema["properties"]!["page"] is null)
        {
            Assert.EndsWith("List", schemaName, StringComparison.Ordinal);
            Assert.Single(schema["properties"]!.AsObject());
        }
        else
        {
            Assert.EndsWith("Page", schemaName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_bounded_sub_resource_list_is_covered()
    {
        string[] bounded =
        [
            "listDecisions", "listDevelopmentActivities", "listEvaluations", "listParticipants", "listPhaseTransitions", "listPhases",
            "listRoles", "listEvaluationFrameworks", "listSubscriptions",
        ];

        Assert.All(bounded, id => Assert.EndsWith("List", ResponseSchemaName(id), StringComparison.Ordinal));
    }

    private static string ResponseSchemaName(string operationId)
    {
        var operation = Document["paths"]!.AsObject().Select(p => p.Value!["get"]).Single(o => o?["operationId"]?.GetValue<string>() == operationId)!;
        var reference = operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!["$ref"]?.GetValue<string>();
        Assert.True(reference is not null, $"{operationId} answers an unnamed schema (a bare array?)");
        return reference["#/components/schemas/".Length..];
    }
}
