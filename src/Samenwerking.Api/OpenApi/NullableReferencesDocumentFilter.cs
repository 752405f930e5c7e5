using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Writes every nullable reference as <c>{allOf: [$ref], nullable: true}</c>, the one shape that Kiota, NSwag, orval and
/// openapi-typescript all read as "the named type or null" (<c>TaskScope?</c>, <c>TaskScope | null</c>). A <c>$ref</c>
/// cannot carry <c>nullable</c> in OpenAPI 3.0, so it is wrapped. Swashbuckle already writes members this way
/// (<c>UseAllOfToExtendReferenceSchemas</c>); this filter brings any other form to it (a bare <c>$ref</c> marked
/// nullable, or a <c>oneOf</c> of the reference and <c>null</c>, which orval 7 turns into uncompilable TypeScript), in
/// named schemas, inline ones and parameters, so whatever another filter adds reads the same.
/// </summary>
public sealed class NullableReferencesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var named = swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var schema in named.Values)
        {
            Rewrite(schema);
        }

        var parameters = (swaggerDoc.Paths ?? []).Values
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Parameters ?? []);
        foreach (var parameter in parameters.OfType<OpenApiParameter>())
        {
            parameter.Schema = Rewrite(parameter.Schema);
        }
    }

    /// <summary>The nullable form of a reference: <c>{allOf: [$ref], nullable: true}</c>.</summary>
    public static OpenApiSchema Nullable(OpenApiSchemaReference reference) => new() { Type = JsonSchemaType.Null, AllOf = [reference] };

    private static IOpenApiSchema? Rewrite(IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return schema;
        }

        foreach (var (name, property) in (concrete.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToList())
        {
            concrete.Properties![name] = Rewrite(property)!;
        }

        concrete.Items = Rewrite(concrete.Items);
        foreach (var members in new[] { concrete.AllOf, concrete.OneOf, concrete.AnyOf })
        {
            for (var i = 0; i < (members?.Count ?? 0); i++)
            {
                members![i] = Rewrite(members[i])!;
            }
        }

        // {oneOf: [$ref, {enum: [null]}]} (with or without a type beside it) is "the reference or null".
        if (concrete is { OneOf: [OpenApiSchemaReference reference, OpenApiSchema { Enum: [null] } or OpenApiSchema { Type: JsonSchemaType.Null }] } &&
            concrete.Properties is not { Count: > 0 })
        {
            return Nullable(reference);
        }

        return concrete;
    }
}
