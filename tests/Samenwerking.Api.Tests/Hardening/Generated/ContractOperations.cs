using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Hardening.Generated;

public sealed record ContractParameter(string Name, string In, JsonObject Schema, bool Required);

public sealed record ContractOperation(string Method, string Path, string OperationId, IReadOnlyList<ContractParameter> Parameters,
    JsonObject? BodySchema, JsonNode? BodyExample, string? BodyMediaType)
{
    public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
}

/// <summary>
/// Every operation of the committed OpenAPI document, with its schemas resolved (<c>$ref</c>, and the
/// wrapping that nullable references get), so generated input follows the contract as a client generator
/// would read it, down to the members of nested objects.
/// </summary>
public sealed class ContractOperations(JsonObject document)
{
    public static ContractOperations Load() =>
        new(JsonNode.Parse(File.ReadAllText(Contract.RepositoryFiles.OpenApiDocument))!.AsObject());

    public string BasePath => document["servers"]![0]!["url"]!.GetValue<string>();

    public IReadOnlyList<ContractOperation> All()
    {
        var operations = new List<ContractOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                var operation = node!.AsObject();
                var parameters = (operation["parameters"]?.AsArray() ?? [])
                    .Select(p => new ContractParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(),
                        Resolve(p["schema"]!.AsObject()), p["required"]?.GetValue<bool>() == true))
                    .ToList();
                // A JSON body under any JSON media type: application/json, or application/merge-patch+json for PATCH.
                var (mediaType, json) = (operation["requestBody"]?["content"]?.AsObject() ?? [])
                    .FirstOrDefault(c => c.Key == "application/json" || c.Key.EndsWith("+json", StringComparison.Ordinal));
                operations.Add(new ContractOperation(method, path, operation["operationId"]!.GetValue<string>(), parameters,
                    json?["schema"] is JsonObject schema ? Resolve(schema) : null, json?["example"]?.DeepClone(), mediaType));
            }
        }

        return operations.OrderBy(o => o.OperationId, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The schema itself, with references followed; a nullable wrapper keeps its <c>nullable</c>, whether it is written
    /// as <c>allOf: [$ref]</c> or as <c>oneOf: [$ref, {enum: [null]}]</c>.
    /// </summary>
    public JsonObject Resolve(JsonObject schema)
    {
        if (schema["oneOf"] is JsonArray oneOf && oneOf.Count(b => b?["$ref"] is not null) == 1
            && oneOf.All(b => b?["$ref"] is not null || b?["enum"] is JsonArray { Count: 1 } only && only[0] is null))
        {
            var inner = Resolve(oneOf.First(b => b?["$ref"] is not null)!.AsObject()).DeepClone().AsObject();
            inner["nullable"] = true;
            return inner;
        }

        if (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            return Resolve(document["components"]!["schemas"]![name]!.AsObject());
        }

        if (schema["allOf"] is JsonArray { Count: 1 } allOf)
        {
            var inner = Resolve(allOf[0]!.AsObject()).DeepClone().AsObject();
            if (schema["nullable"] is not null)
            {
                inner["nullable"] = schema["nullable"]!.DeepClone();
            }

            return inner;
        }

        return schema;
    }
}
