using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Samenwerking.Api.Tests.Contract.TypedProblems;

/// <summary>
/// Checks a problem body against the schema an operation lists for its status, with the keywords the contract's
/// problem schemas use: <c>$ref</c>, <c>allOf</c>, <c>oneOf</c> with a discriminator, <c>type</c>, <c>nullable</c>,
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

    /// <summary>
    /// The members of a response's <c>oneOf</c> that this body (or example) fits, without the discriminator's help: OpenAPI
    /// requires exactly one.
    /// </summary>
    public IReadOnlyList<string> MatchingMembers(JsonNode schema, JsonObject body) =>
        (Resolve(schema)["oneOf"]?.AsArray() ?? [])
        .Select(member => (string)member!["$ref"]!)
        .Where(reference => Check(new JsonObject { ["$ref"] = reference }, body).Count == 0)
        .ToList();

    /// <summary>The oneOf member the discriminator picks for this body's <c>type</c>.</summary>
    private JsonNode? Choose(JsonNode schema, JsonObject body, string path)
    {
        schema = Resolve(schema);
        if (schema["oneOf"] is not JsonArray alternatives)
        {
            return schema;
        }

        var type = (string?)body["type"];
        var mapped = (string?)schema["discriminator"]?["mapping"]?[type ?? ""];
        if (mapped is null || !alternatives.Any(a => (string?)a!["$ref"] == mapped))
        {
            findings.Add($"{path}.type '{type}' is not one of the problem types this response lists");
            return null;
        }

        return Resolve(new JsonObject { ["$ref"] = mapped });
    }

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

        if (schema["oneOf"] is JsonArray alternatives)
        {
            // A nullable reference: the referenced schema or null.
            Value(alternatives.First(a => a!["$ref"] is not null)!, value, path);
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
