using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Samenwerking.Api.OpenApi;
using Samenwerking.Domain.Collaborations;

namespace Samenwerking.Api.Tests.Contract;

/// <summary>
/// What the OpenAPI filters promise endpoints that are still to come: request examples written as the
/// API reads them, <c>required</c> as the serializer behaves, and enums explained value by value.
/// </summary>
public sealed class OpenApiGenerationTests
{
    private static readonly ExampleRequest Example = new("Werkorganisatie BUCH", Phase.Voorbereiding, new DateOnly(2017, 1, 1), null);

    [Fact]
    public async Task Request_example_is_written_with_the_api_json_settings()
    {
        var document = await DocumentWithPostAsync(endpoint => endpoint.WithRequestExample(Example));

        var example = Operation(document)["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{ "name": "Werkorganisatie BUCH", "phase": "voorbereiding", "startedOn": "2017-01-01", "note": null, "priority": 0, "comment": null }"""),
            example), example.ToJsonString());
    }

    [Fact]
    public async Task Request_example_without_a_body_is_refused_at_generation()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => ThrowawayApi.OpenApiDocumentAsync(app =>
            app.MapGet("/api/v1/things", () => "thing").WithName("listThings").WithRequestExample(Example)));

        Assert.Contains("listThings has a request example but no request body", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Required_lists_what_the_serializer_insists_on_and_nullability_follows_the_annotations()
    {
        var schema = (await DocumentWithPostAsync(endpoint => endpoint.WithRequestExample(Example)))["components"]!["schemas"]!["ExampleRequest"]!;

        // Constructor parameters without a default are required in requests and always written in responses,
        // null included; a default, a plain setter or an ignore condition makes a property optional.
        Assert.Equal(["name", "phase", "startedOn", "note"], schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.True(schema["properties"]!["note"]!["nullable"]!.GetValue<bool>());
        Assert.Null(schema["properties"]!["name"]!["nullable"]);
        Assert.Null(schema["additionalProperties"]);
    }

    [Fact]
    public async Task Enums_are_strings_whose_description_explains_every_value()
    {
        var phase = (await DocumentWithPostAsync(endpoint => endpoint.WithRequestExample(Example)))["components"]!["schemas"]!["Phase"]!;

        Assert.Equal("string", phase["type"]!.GetValue<string>());
        var description = phase["description"]!.GetValue<string>();
        foreach (var value in new[] { "verkenning", "voorbereiding", "implementatie", "doorontwikkeling" })
        {
            Assert.Contains($"- `{value}` (", description, StringComparison.Ordinal);
        }
    }

    private static Task<JsonNode> DocumentWithPostAsync(Action<RouteHandlerBuilder> configure) =>
        ThrowawayApi.OpenApiDocumentAsync(app =>
        {
            var endpoint = app.MapPost("/api/v1/things", (ExampleRequest request) => TypedResults.Ok(request)).WithName("createThing");
            configure(endpoint);
        });

    private static JsonNode Operation(JsonNode document) => document["paths"]!["/things"]!["post"]!;

    public sealed record ExampleRequest(string Name, Phase Phase, DateOnly StartedOn, string? Note, int Priority = 0)
    {
        public string? Comment { get; set; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Source { get; init; }
    }
}
