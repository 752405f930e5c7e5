using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Writes a nullable reference so that every tool reads it the same way. Swashbuckle's
/// <c>{allOf: [$ref], nullable: true}</c> has <c>nullable</c> without <c>type</c>, which JSON Schema
/// validators (Spectral's example check, Ajv) refuse to compile, and which by OpenAPI 3.0.3's own
/// reading does not even allow null. The shape written instead,
/// <c>{type: T, nullable: true, oneOf: [$ref, {type: T, nullable: true, enum: [null]}]}</c>, accepts
/// exactly the referenced values or null under any validator, and still reads as "the named type or
/// null" to NSwag (<c>TaskScope?</c>) and openapi-typescript (<c>TaskScope | null</c>); T is the type
/// of the referenced schema.
/// </summary>
public sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var named = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in named.Values)
        {
            Rewrite(schema, named);
        }

        var parameters = (swaggerDoc.Paths ?? []).Values
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Parameters ?? []);
        foreach (var parameter in parameters.OfType<OpenApiParameter>())
        {
            parameter.Schema = Rewrite(parameter.Schema, named);
        }
    }

    private static IOpenApiSchema? Rewrite(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> named)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return schema;
        }

        foreach (var (name, property) in (concrete.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToList())
        {
            concrete.Properties![name] = Rewrite(property, named)!;
        }

        concrete.Items = Rewrite(concrete.Items, named);

        if (concrete is { AllOf: [OpenApiSchemaReference reference] } &&
            concrete.Type == JsonSchemaType.Null &&
            named.TryGetValue(reference.Reference.Id!, out var target) && target.Type is { } type)
        {
            var nullable = (type & ~JsonSchemaType.Null) | JsonSchemaType.Null;
            concrete.Type = nullable;
            concrete.AllOf = null;
            concrete.OneOf =
            [
                reference,
                new OpenApiSchema { Type = nullable, Enum = [JsonValue.Create((string?)null)!] },
            ];
        }

        return concrete;
    }
}
