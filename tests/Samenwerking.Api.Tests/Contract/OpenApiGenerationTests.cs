using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
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
            JsonNode.Parse("""{ "name": "Werkorganisatie BUCH", "phase": "voorbereiding", "startedOn": "2017-01-01", "note": null, "priority": 0 }"""),
            example), example.ToJsonString());
    }

    [Fact]
    public async Task Request_example_leaves_out_what_a_client_does_not_send()
    {
        var document = await ThrowawayApi.OpenApiDocumentAsync(app => app
            .MapPost("/api/v1/things", (ExampleThingRequest request) => TypedResults.Ok())
            .WithName("createThing")
            .WithRequestExample(new ExampleThingRequest { Name = "BUCH", Stage = Phase.Verkenning, Parts = [new("a"), new("b", "kept")] }));

        // Optional nulls are simply left out, also in list items.
        var example = Operation(document)["requestBody"]!["content"]!["application/json"]!["example"]!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(
            """{ "name": "BUCH", "codes": [], "parts": [{ "code": "a" }, { "code": "b", "remark": "kept" }], "stage": "verkenning", "target": "voorbereiding", "size": "unknown", "count": 0, "offset": 0 }"""),
            example), example.ToJsonString());
    }

    [Fact]
    public async Task Members_the_validator_insists_on_are_required_also_through_include()
    {
        var document = await ThrowawayApi.OpenApiDocumentAsync(
            app => app.MapPost("/api/v1/things", (ExampleThingRequest request) => TypedResults.Ok())
                .WithName("createThing").WithRequestExample(new ExampleThingRequest { Name = "BUCH" }),
            services => services.AddScoped<IValidator<ExampleThingRequest>, ExampleThingRequestValidator>());

        var required = document["components"]!["schemas"]!["ExampleThingRequest"]!["required"]!.AsArray().Select(n => n!.GetValue<string>());
        // name: NotEmpty here; codes: NotEmpty in an included validator; stage: IsInEnum on an enum without 0, and
        // count: a range without 0, so leaving either out is refused. note: only under a condition; label: only in a
        // When block; size and offset: their 0 is a valid value; target: left out, it reads as its initializer's valid
        // value. Those five are optional.
        Assert.Equal(["name", "codes", "stage", "count"], required);
    }

    [Fact]
    public async Task A_nullable_reference_is_the_reference_wrapped_in_allOf_and_bodies_stay_named()
    {
        var document = await DocumentWithPostAsync(endpoint => endpoint.WithRequestExample(Example));

        // Written as {allOf: [$ref], nullable: true}: the one form Kiota, NSwag, orval and openapi-typescript all read as
        // "Phase or null" (orval 7 could not compile the earlier {oneOf: [$ref, {enum: [null]}]}).
        var other = document["components"]!["schemas"]!["ExampleRequest"]!["properties"]!["otherPhase"]!;
        Assert.True(other["nullable"]!.GetValue<bool>());
        Assert.Null(other["type"]);
        Assert.Null(other["oneOf"]);
        Assert.Equal("#/components/schemas/Phase", Assert.Single(other["allOf"]!.AsArray())!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/ExampleRequest",
            Operation(document)["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Creations_document_location_and_marked_endpoints_their_etag()
    {
        var document = await ThrowawayApi.OpenApiDocumentAsync(app =>
        {
            app.MapPost("/api/v1/things", (ExampleRequest request) => TypedResults.Created("/api/v1/things/1", request))
                .WithName("createThing").WithRequestExample(Example).ProducesETag();
            app.MapGet("/api/v1/things", () => TypedResults.Ok(Example)).WithName("listThings");
        });

        var created = document["paths"]!["/things"]!["post"]!["responses"]!["201"]!["headers"]!.AsObject();
        // A create takes an Idempotency-Key, so its 201 may be a replay.
        Assert.Equal(["API-Version", "Location", "ETag", "Idempotent-Replayed"], created.Select(h => h.Key));
        var listed = document["paths"]!["/things"]!["get"]!["responses"]!["200"]!["headers"]!.AsObject();
        Assert.Equal(["API-Version"], listed.Select(h => h.Key));
        // Without remarks of its own an operation has no description, so the lint reports it; the scope
        // note is only ever added to a description the endpoint wrote.
        Assert.Null(document["paths"]!["/things"]!["get"]!["description"]);
    }

    [Fact]
    public async Task A_nullable_query_parameter_marked_required_is_documented_as_required()
    {
        var document = await ThrowawayApi.OpenApiDocumentAsync(app => app
            .MapGet("/api/v1/things", ([Required] Guid? frameworkId, Guid? other) => TypedResults.Ok()).WithName("listThings"));

        // Nullable so the validator, not binding, reports it missing; required all the same for clients.
        var parameters = document["paths"]!["/things"]!["get"]!["parameters"]!.AsArray();
        Assert.True(parameters.Single(p => p!["name"]!.GetValue<string>() == "frameworkId")!["required"]!.GetValue<bool>());
        Assert.Null(parameters.Single(p => p!["name"]!.GetValue<string>() == "other")!["required"]);
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
        public Phase? OtherPhase { get; set; }

        public string? Comment { get; set; }

        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Source { get; init; }
    }

    public sealed record ExampleThingRequest
    {
        public string Name { get; init; } = "";

        public string? Note { get; init; }

        public string? Label { get; init; }

        public IReadOnlyList<string> Codes { get; init; } = [];

        public IReadOnlyList<ThingPart> Parts { get; init; } = [];

        public Phase Stage { get; init; }

        /// <summary>Left out, it reads as its initializer's value, which the validator accepts.</summary>
        public Phase Target { get; init; } = Phase.Voorbereiding;

        public ThingSize Size { get; init; }

        public int Count { get; init; }

        public int Offset { get; init; }
    }

    public sealed record ThingPart(string Code, string? Remark = null);

    public enum ThingSize
    {
        Unknown = 0,
        Large = 1,
    }

    public sealed class ExampleThingRequestValidator : AbstractValidator<ExampleThingRequest>
    {
        public ExampleThingRequestValidator()
        {
            RuleFor(c => c.Name).NotEmpty();
            RuleFor(c => c.Note).NotEmpty().When(c => c.Name == "with note");
            When(c => c.Name == "with a label", () => RuleFor(c => c.Label).NotNull());
            RuleFor(c => c.Stage).IsInEnum();
            RuleFor(c => c.Target).IsInEnum();
            RuleFor(c => c.Size).IsInEnum();
            RuleFor(c => c.Count).InclusiveBetween(1, 10);
            RuleFor(c => c.Offset).InclusiveBetween(0, 10);
            Include(new CodesValidator());
        }
    }

    public sealed class CodesValidator : AbstractValidator<ExampleThingRequest>
    {
        public CodesValidator() => RuleFor(c => c.Codes).NotEmpty();
    }
}
