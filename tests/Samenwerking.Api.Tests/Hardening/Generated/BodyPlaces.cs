using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Hardening.Generated;

/// <summary>One member or list item somewhere in a request body, as a path from the top (names and indexes).</summary>
public sealed record BodyPlace(IReadOnlyList<object> Path, JsonObject Schema)
{
    public override string ToString() =>
        string.Concat(Path.Select((segment, i) => segment is int index ? $"[{index}]" : i == 0 ? $"{segment}" : $".{segment}"));
}

/// <summary>
/// Every place of a body the contract describes, at any depth: each member of each object and the first item of
/// each list, whether or not the example body fills it in. <see cref="Reach"/> then gives a body that has the
/// place, the example with only the missing branch filled in plausibly, so the rest of the body stays as valid
/// as the example was.
/// </summary>
public sealed class BodyPlaces(ContractOperations contract, InputGenerator generate)
{
    // Deeper than any request of the contract; stops a schema that refers to itself.
    private const int MaxDepth = 8;

    public IReadOnlyList<BodyPlace> All(JsonObject schema)
    {
        var places = new List<BodyPlace>();
        Collect(contract.Resolve(schema), [], places);
        return places;
    }

    private void Collect(JsonObject schema, List<object> path, List<BodyPlace> places)
    {
        if (path.Count >= MaxDepth)
        {
            return;
        }

        foreach (var (name, member) in schema["properties"]?.AsObject() ?? [])
        {
            var resolved = contract.Resolve(member!.AsObject());
            List<object> memberPath = [.. path, name];
            places.Add(new BodyPlace(memberPath, resolved));
            Collect(resolved, memberPath, places);
        }

        if (schema["items"] is JsonObject items)
        {
            var resolved = contract.Resolve(items);
            List<object> itemPath = [.. path, 0];
            places.Add(new BodyPlace(itemPath, resolved));
            Collect(resolved, itemPath, places);
        }
    }

    /// <summary>A copy of <paramref name="body"/> in which <paramref name="place"/> exists, with a setter for its value.</summary>
    public (JsonNode Body, Action<JsonNode?> Set) Reach(JsonNode body, JsonObject schema, BodyPlace place)
    {
        var copy = body.DeepClone();
        JsonNode parent = copy;
        var parentSchema = contract.Resolve(schema);
        for (var i = 0; i < place.Path.Count - 1; i++)
        {
            (parent, parentSchema) = Step(parent, parentSchema, place.Path[i]);
        }

        var last = place.Path[^1];
        if (last is int && parent.AsArray().Count == 0)
        {
            parent.AsArray().Add(generate.Plausible(place.Schema));
        }

        return (copy, value =>
        {
            if (last is string name)
            {
                parent.AsObject()[name] = value;
            }
            else
            {
                parent.AsArray()[(int)last] = value;
            }
        });
    }

    /// <summary>Goes one segment down, filling in a plausible value where the body has nothing (or null) there.</summary>
    private (JsonNode Node, JsonObject Schema) Step(JsonNode node, JsonObject schema, object segment)
    {
        if (segment is string name)
        {
            var memberSchema = contract.Resolve(schema["properties"]![name]!.AsObject());
            var obj = node.AsObject();
            if (obj[name] is null)
            {
                obj[name] = generate.Plausible(memberSchema);
            }

            return (obj[name]!, memberSchema);
        }

        var itemSchema = contract.Resolve(schema["items"]!.AsObject());
        var array = node.AsArray();
        if (array.Count == 0 || array[0] is null)
        {
            array.Insert(0, generate.Plausible(itemSchema));
        }

        return (array[0]!, itemSchema);
    }
}
