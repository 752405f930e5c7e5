using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>Writes the example given with <see cref="RequestExamples.WithRequestExample{TBuilder}"/> into the request body.</summary>
public sealed class RequestExampleOperationFilter(IOptions<JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExampleMetadata>().LastOrDefault();
        if (metadata is null)
        {
            return;
        }

        if (operation.RequestBody?.Content is not { Count: > 0 } content)
        {
            throw new InvalidOperationException(
                $"Operation {operation.OperationId} has a request example but no request body: remove WithRequestExample or accept a body.");
        }

        var example = JsonSerializer.SerializeToNode(metadata.Example, metadata.Example.GetType(), json.Value.SerializerOptions);
        foreach (var mediaType in content.Values.OfType<OpenApiMediaType>())
        {
            mediaType.Example = WithoutUndocumentedMembers(example?.DeepClone(), mediaType.Schema, context.SchemaRepository);
        }
    }

    /// <summary>
    /// Shows only what a client would send: the serializer also writes a request type's computed properties,
    /// which the API never reads and the schema leaves out (<see cref="RequiredPropertiesSchemaFilter"/>), and
    /// nulls for optional members, which a client simply leaves out. Nested objects (the items of a list, a
    /// member object) are trimmed by their own schemas the same way.
    /// </summary>
    private static JsonNode? WithoutUndocumentedMembers(JsonNode? example, IOpenApiSchema? schema, SchemaRepository schemas)
    {
        var documented = Resolve(schema, schemas);
        switch (example)
        {
            case JsonObject body when documented?.Properties is { } properties:
                var required = documented.Required ?? new HashSet<string>();
                foreach (var member in body.Where(m => !properties.ContainsKey(m.Key) || (m.Value is null && !required.Contains(m.Key)))
                             .Select(m => m.Key).ToList())
                {
                    body.Remove(member);
                }

                foreach (var (name, value) in body.ToList())
                {
                    WithoutUndocumentedMembers(value, properties[name], schemas);
                }

                break;
            case JsonArray items when documented?.Items is { } itemSchema:
                foreach (var item in items)
                {
                    WithoutUndocumentedMembers(item, itemSchema, schemas);
                }

                break;
        }

        return example;
    }

    /// <summary>The schema itself, or the named one it refers to (directly or as the single member of an <c>allOf</c>).</summary>
    private static IOpenApiSchema? Resolve(IOpenApiSchema? schema, SchemaRepository schemas)
    {
        var id = schema switch
        {
            OpenApiSchemaReference reference => reference.Reference.Id,
            OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } => reference.Reference.Id,
            _ => null,
        };
        return id is null ? schema : schemas.Schemas.GetValueOrDefault(id);
    }
}
