using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Wrapping references in <c>allOf</c> (so a property can say <c>nullable</c> and keep its own description)
/// also wraps request and response bodies, which then read as anonymous types to generated clients.
/// A body is the plain reference again: its own description says the rest.
/// </summary>
public sealed class NamedBodySchemasDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var operations = (swaggerDoc.Paths ?? []).Values.SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>());
        foreach (var operation in operations)
        {
            var bodies = (operation.RequestBody?.Content?.Values ?? [])
                .Concat((operation.Responses ?? []).Values.SelectMany(r => r.Content?.Values ?? []));
            foreach (var media in bodies.OfType<OpenApiMediaType>())
            {
                if (media.Schema is OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } wrapper &&
                    !(wrapper.Type is { } type && type.HasFlag(JsonSchemaType.Null)))
                {
                    media.Schema = reference;
                }
            }
        }
    }
}
