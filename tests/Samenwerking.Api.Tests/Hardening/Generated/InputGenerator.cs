using System.Text.Json.Nodes;

namespace Samenwerking.Api.Tests.Hardening.Generated;

/// <summary>
/// Values for a schema: a plausible one to start from, and hostile ones of the kinds real clients and
/// attackers send — nulls, wrong JSON types, extreme numbers, empty, huge, NUL, control and
/// right-to-left strings, malformed ids, dates and enum values. Seeded, so a failure can be replayed.
/// </summary>
public sealed class InputGenerator(Random random, ContractOperations contract)
{
    private static readonly string[] HostileStrings =
    [
        "", " ", new('x', 5000), "\u0000", "a\u0000b", "\u0007bel", "\u001b[31mrood", "\u0008\u000c", "tab\there", "regel\nregel",
        "\u202Egnp.exe", "\u200Fשלום", "😀🏛️", "'; DROP TABLE collaborations; --", "../../etc/passwd", "%00", "{{7*7}}", "null",
    ];

    private static readonly string[] HostileDates =
        ["2024-02-30", "2024-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "2024-1-1", "01-01-2024", "yesterday", "2024-01-01T00:00:00Z"];

    private static readonly string[] HostileIds =
        ["not-a-uuid", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "1", "{}", "GM0363"];

    private static readonly string[] HostileMunicipalityCodes = ["GM0000", "GM9999", "gm0363", "GM036", "GM03633", "0363", "XX0363"];

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(int percent) => random.Next(100) < percent;

    public JsonNode? Plausible(JsonObject schema)
    {
        schema = contract.Resolve(schema);
        if (schema["enum"] is JsonArray values)
        {
            return values[0]!.DeepClone();
        }

        return TypeOf(schema) switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Plausible(p.Value!.AsObject())))),
            "array" => new JsonArray(Plausible(schema["items"]!.AsObject())),
            "integer" => 1,
            "number" => 1.5,
            "boolean" => true,
            _ => (string?)schema["format"] switch
            {
                "date" => "2020-01-01",
                "date-time" => "2020-01-01T00:00:00Z",
                "uuid" => Guid.Empty.ToString(),
                "uri" => "https://lokaleregelgeving.overheid.nl/CVDR700000",
                // The contract's patterns are CBS codes: a municipality the test host knows, and its province.
                _ => (string?)schema["pattern"] switch
                {
                    "^GM[0-9]{4}$" => "GM0489",
                    "^PV[0-9]{2}$" => "PV28",
                    _ => "Tekst",
                },
            },
        };
    }

    /// <summary>A value the schema does not allow, or allows only at its edges.</summary>
    public JsonNode? Hostile(JsonObject schema)
    {
        schema = contract.Resolve(schema);
        if (Chance(15))
        {
            return WrongType(TypeOf(schema));
        }

        if (schema["enum"] is JsonArray values)
        {
            var value = Pick(values.Select(v => v!.GetValue<string>()).ToList());
            return Pick(["onbekend", value.ToUpperInvariant(), value + " ", "", "0", value + "\u0000"]);
        }

        return TypeOf(schema) switch
        {
            "object" => Chance(50) ? new JsonObject() : new JsonObject { ["onverwacht"] = Pick(HostileStrings) },
            "array" => Pick<Func<JsonNode>>([
                () => new JsonArray(),
                () => new JsonArray((JsonNode?)null),
                () => new JsonArray(Hostile(schema["items"]!.AsObject())),
                () => new JsonArray(Plausible(schema["items"]!.AsObject()), null),
                () => new JsonArray(Enumerable.Range(0, 300).Select(_ => Plausible(schema["items"]!.AsObject())).ToArray()),
            ])(),
            "integer" => Pick<JsonNode>([0, -1, int.MaxValue, int.MinValue, long.MaxValue, 1.5, "12", 1e300]),
            "number" => Pick<JsonNode>([0, -1, long.MaxValue, 1e300, -1e300, "1"]),
            "boolean" => Pick<JsonNode>(["true", 0, 1, "ja"]),
            _ => HostileString(schema),
        };
    }

    /// <summary>
    /// One value of each hostile kind that fits where the schema is: null, a wrong JSON type, and the edges of its own
    /// type (empty, NUL, huge, malformed, out of range, a list with a hole). Not random: every place gets them all.
    /// </summary>
    public IReadOnlyList<JsonNode?> EveryHostileKind(JsonObject schema)
    {
        schema = contract.Resolve(schema);
        var type = TypeOf(schema);
        List<JsonNode?> values = [null, type is "string" ? 42 : "tekst", type is "object" ? new JsonArray() : new JsonObject()];
        if (schema["enum"] is not null)
        {
            values.AddRange(["onbekend", ""]);
            return values;
        }

        switch (type)
        {
            case "object":
                values.Add(new JsonObject { ["onverwacht"] = "a\u0000b" });
                break;
            case "array":
                var item = schema["items"]!.AsObject();
                values.AddRange([new JsonArray(), new JsonArray((JsonNode?)null), new JsonArray(Plausible(item), null),
                    new JsonArray(EveryHostileKind(item)[1])]);
                break;
            case "integer" or "number":
                values.AddRange([-1, long.MaxValue, 1.5, 1e300]);
                break;
            case "boolean":
                values.Add(0);
                break;
            default:
                values.AddRange(["", "a\u0000b", new string('x', 5000), "\u001b[31m"]);
                values.AddRange((string?)schema["format"] switch
                {
                    "date" => ["2024-02-30", "9999-12-31", "0001-01-01"],
                    "date-time" => ["2024-02-30T00:00:00Z", "gisteren"],
                    "uuid" => ["not-a-uuid", Guid.Empty.ToString()],
                    "uri" => ["http://127.0.0.1/", "javascript:alert(1)", "https://user:secret@lokaleregelgeving.overheid.nl/"],
                    _ => ["GM9999", "gm0489"],
                });
                break;
        }

        return values;
    }

    public string HostileString(JsonObject schema) => (string?)contract.Resolve(schema)["format"] switch
    {
        "date" => Pick(HostileDates.Concat(Chance(30) ? HostileStrings : []).ToList()),
        "uuid" => Pick(HostileIds.Concat(Chance(30) ? HostileStrings : []).ToList()),
        _ when Chance(25) => Pick(HostileMunicipalityCodes),
        _ => Pick(HostileStrings),
    };

    /// <summary>A query or path value: the scalar a hostile value would be, written as text.</summary>
    public string HostileText(JsonObject schema)
    {
        var value = Hostile(schema);
        return value switch
        {
            null => "",
            JsonValue scalar when scalar.TryGetValue<string>(out var text) => text,
            _ => value.ToJsonString(),
        };
    }

    private JsonNode? WrongType(string type) => Pick<Func<JsonNode?>>([
        () => null,
        () => type == "string" ? 42 : "tekst",
        () => type == "boolean" ? "waar" : false,
        () => type == "object" ? new JsonArray() : new JsonObject { ["a"] = 1 },
        () => type == "array" ? new JsonObject() : new JsonArray(1, "twee", null),
    ])();

    private static string TypeOf(JsonObject schema) =>
        (string?)schema["type"] ?? (schema["properties"] is not null ? "object" : schema["enum"] is not null ? "string" : "string");
}
