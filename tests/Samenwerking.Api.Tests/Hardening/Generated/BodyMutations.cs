using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Hardening.Generated;

/// <summary>
/// One change to a valid body: a member removed, added, nulled or replaced with a hostile value, a null
/// slipped into a list, or the body replaced as a whole. Places are found by walking the body along its
/// schema, including optional members the starting body leaves out.
/// </summary>
public sealed class BodyMutations(InputGenerator generate, ContractOperations contract)
{
    private sealed record Place(JsonNode Parent, string? Member, int? Index, JsonObject Schema, bool Present);

    /// <summary>The body to send as text (not always JSON) and what was done to it.</summary>
    public (string Text, string Change) Mutate(JsonNode body, JsonObject schema)
    {
        if (generate.Chance(8))
        {
            var whole = generate.Pick(["null", "[]", "\"tekst\"", "0", "{", "{\"name\":", "", "{}", "[null]", "{\"name\":\"a\",\"name\":\"b\"}"]);
            return (whole, $"body replaced by {whole}");
        }

        var places = new List<Place>();
        Collect(body, schema, places);
        if (places.Count == 0)
        {
            return ("null", "body replaced by null");
        }

        var place = generate.Pick(places);
        var where = place.Member ?? $"[{place.Index}]";
        switch (generate.Pick(["remove", "null", "hostile", "hostile", "hostile", "extra", "null-item"]))
        {
            case "remove" when place is { Member: not null, Present: true }:
                place.Parent.AsObject().Remove(place.Member);
                return (body.ToJsonString(), $"removed {where}");
            case "null":
                Set(place, null);
                return (body.ToJsonString(), $"{where} = null");
            case "extra" when place.Parent is JsonObject parentObject:
                parentObject["extra" + generate.Pick(["", "Member", "\u0000"])] = generate.Hostile(place.Schema);
                return (body.ToJsonString(), $"extra member next to {where}");
            case "null-item" when Value(place) is JsonArray list:
                list.Insert(list.Count == 0 ? 0 : generate.Pick(Enumerable.Range(0, list.Count + 1).ToList()), null);
                return (body.ToJsonString(), $"null item in {where}");
            default:
                var value = generate.Hostile(place.Schema);
                Set(place, value);
                return (body.ToJsonString(), $"{where} = {Describe(value)}");
        }
    }

    private void Collect(JsonNode? node, JsonObject schema, List<Place> places)
    {
        schema = contract.Resolve(schema);
        if (node is JsonObject obj && schema["properties"] is JsonObject properties)
        {
            foreach (var (name, propertySchema) in properties)
            {
                var present = obj.ContainsKey(name);
                places.Add(new Place(obj, name, null, propertySchema!.AsObject(), present));
                if (present)
                {
                    Collect(obj[name], propertySchema.AsObject(), places);
                }
            }
        }
        else if (node is JsonArray array && schema["items"] is JsonObject items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                places.Add(new Place(array, null, i, items, Present: true));
                Collect(array[i], items, places);
            }
        }
    }

    private static JsonNode? Value(Place place) =>
        place.Member is not null ? place.Parent.AsObject()[place.Member] : place.Parent.AsArray()[place.Index!.Value];

    private static void Set(Place place, JsonNode? value)
    {
        if (place.Member is not null)
        {
            place.Parent.AsObject()[place.Member] = value;
        }
        else
        {
            place.Parent.AsArray()[place.Index!.Value] = value;
        }
    }

    private static string Describe(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
