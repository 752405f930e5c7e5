using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Samenwerking.Api.Tests.Contract.TypedProblems;

/// <summary>
/// Checks a problem body against the schema an operation lists for its status, with the keywords the contract's
/// problem schemas use: <c>$ref</c>, <c>allOf</c> (a problem type extends the base of its status), the response's
/// <c>anyOf</c> of the problem types it lists with the base's discriminator on <c>type</c>, <c>type</c>, <c>nullable</c>,
/// <c>enum</c>, <c>format</c> (date, uuid), <c>pattern</c>, <c>required</c>, <c>properties</c>, <c>items</c>,
/// <c>minItems</c>. Stricter than JSON Schema in one way, on purpose: a member the body carries beyond those the
/// schema names is a finding, so a fact the server sends is always a fact the contract declares.
/// </summary>
public sealed class ProblemSchemaCheck(JsonNode document)
{
    private readonly List<string> findings = [];

    public IReadOnlyList<string> Check(JsonNode schema, JsonObject body)
    {
        findings.Clear();
        var chosen = Choose(schema, body, "$");
        if (chosen is not null)
        {
            var named = new HashSet<string>(StringComparer.Ordinal);
            Object(chosen, body, "$", named);
            findings.AddRange(body.Select(member => member.Key).Where(key => !named.Contains(key)).Select(key => $"$.{key} is not in the schema"));
        }

        return findings;
    }

    /// <summary>Whether a response is typed: the base of its status narrowed to the problem types it lists.</summary>
    public bool IsTyped(JsonNode schema) => Members(Resolve(schema)) is not null && Mapping(Resolve(schema)) is not null;

    /// <summary>The problem types a typed response lists: type URI → schema reference, by the base's discriminator.</summary>
    public IReadOnlyDictionary<string, string> Listed(JsonNode schema)
    {
        schema = Resolve(schema);
        var members = (Members(schema) ?? []).Select(member => (string)member!["$ref"]!).ToHashSet(StringComparer.Ordinal);
        return (Mapping(schema) ?? []).Where(m => members.Contains((string)m.Value!))
            .ToDictionary(m => m.Key, m => (string)m.Value!, StringComparer.Ordinal);
    }

    /// <summary>
    /// The problem types of a response that this body (or example) is: those whose schema it fits and to which the
    /// discriminator maps its <c>type</c> (a problem type fixes its <c>type</c> only through the discriminator).
    /// </summary>
    public IReadOnlyList<string> MatchingMembers(JsonNode schema, JsonObject body)
    {
        var mapping = Mapping(Resolve(schema));
        return (Members(Resolve(schema)) ?? [])
            .Select(member => (string)member!["$ref"]!)
            .Where(reference => (string?)mapping?[(string?)body["type"] ?? ""] == reference)
            .Where(reference => Check(new JsonObject { ["$ref"] = reference }, body).Count == 0)
            .ToList();
    }

    /// <summary>The problem type the discriminator picks for this body's <c>type</c>, if the response lists it.</summary>
    private JsonNode? Choose(JsonNode schema, JsonObject body, string path)
    {
        schema = Resolve(schema);
        if (Members(schema) is not { } alternatives)
        {
            return schema;
        }

        var type = (string?)body["type"];
        var mapped = (string?)Mapping(schema)?[type ?? ""];
        if (mapped is null || !alternatives.Any(a => (string?)a!["$ref"] == mapped))
        {
            findings.Add($"{path}.type '{type}' is not one of the problem types this response lists");
            return null;
        }

        return Resolve(new JsonObject { ["$ref"] = mapped });
    }

    /// <summary>The listed problem types: the <c>anyOf</c> beside the base in the response's <c>allOf</c>.</summary>
    private static JsonArray? Members(JsonNode schema) =>
        schema["allOf"]?.AsArray().Select(part => part?["anyOf"]).OfType<JsonArray>().FirstOrDefault();

    /// <summary>The discriminator mapping of the base the response extends.</summary>
    private JsonObject? Mapping(JsonNode schema) =>
        schema["allOf"]?.AsArray().Where(part => part?["$ref"] is not null)
            .Select(part => Resolve(part!)["discriminator"]?["mapping"]).OfType<JsonObject>().FirstOrDefault();

    private void Object(JsonNode schema, JsonObject body, string path, HashSet<string> named)
    {
        schema = Resolve(schema);
        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            Object(part!, body, path, named);
        }

        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!body.ContainsKey((string)required!))
            {
                findings.Add($"{path}.{required} is required but missing");
            }
        }

        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            named.Add(name);
            if (body.TryGetPropertyValue(name, out var value))
            {
                Value(property!, value, $"{path}.{name}");
            }
        }

        if (schema["additionalProperties"] is JsonObject additional)
        {
            foreach (var (name, value) in body.Where(member => !named.Contains(member.Key)).ToList())
            {
                named.Add(name);
                Value(additional, value, $"{path}.{name}");
            }
        }
    }

    private void Value(JsonNode schema, JsonNode? value, string path)
    {
        schema = Resolve(schema);
        if (value is null)
        {
            if (schema["nullable"]?.GetValue<bool>() != true)
            {
                findings.Add($"{path} is null but not nullable");
            }

            return;
        }

        if (schema["allOf"] is JsonArray { Count: 1 } wrapped && wrapped[0] is { } referenced && schema["type"] is null && schema["properties"] is null)
        {
            // A nullable reference, {allOf: [$ref], nullable: true}: the referenced schema or null.
            Value(referenced, value, path);
            return;
        }

        if (schema["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
        {
            findings.Add($"{path} '{value}' is not one of {values.ToJsonString()}");
        }

        switch ((string?)schema["type"])
        {
            case "object":
                if (value is JsonObject nested)
                {
                    var named = new HashSet<string>(StringComparer.Ordinal);
                    Object(schema, nested, path, named);
                    findings.AddRange(nested.Select(m => m.Key).Where(k => !named.Contains(k)).Select(k => $"{path}.{k} is not in the schema"));
                }
                else
                {
                    findings.Add($"{path} is not an object");
                }

                break;
            case "array":
                if (value is not JsonArray items)
                {
                    findings.Add($"{path} is not an array");
                    break;
                }

                if (schema["minItems"] is { } minItems && items.Count < (int)minItems)
                {
                    findings.Add($"{path} has fewer than {minItems} items");
                }

                for (var i = 0; i < items.Count; i++)
                {
                    Value(schema["items"]!, items[i], $"{path}[{i}]");
                }

                break;
            case "string":
                if (value.GetValueKind() != System.Text.Json.JsonValueKind.String)
                {
                    findings.Add($"{path} is not a string");
                    break;
                }

                var text = (string)value!;
                var fits = (string?)schema["format"] switch
                {
                    "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                    "uuid" => Guid.TryParse(text, out _),
                    _ => true,
                };
                if (!fits || (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!)))
                {
                    findings.Add($"{path} '{text}' does not have the format or pattern of {schema.ToJsonString()}");
                }

                break;
            case "integer":
            case "boolean":
                var kind = value.GetValueKind();
                if ((string?)schema["type"] == "integer" ? kind != System.Text.Json.JsonValueKind.Number
                    : kind is not (System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False))
                {
                    findings.Add($"{path} is not a {schema["type"]}");
                }

                break;
        }
    }

    private JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"] is { } reference)
        {
            schema = document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]!;
        }

        return schema;
    }
}
