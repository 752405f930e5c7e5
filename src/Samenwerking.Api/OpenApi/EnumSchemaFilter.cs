using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Samenwerking.Application.Vocabularies;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Describes every enum value in the document from the vocabulary catalog, the same text
/// <c>GET /vocabularies</c> serves, so integrators reading the contract learn what each value means.
/// Values are written as the API's own serializer writes them (camelCase strings).
/// </summary>
public sealed class EnumSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // Only the enum's own schema: a property that refers to it keeps its own description.
        if (schema is not OpenApiSchema { Enum.Count: > 0 } concrete || VocabularyCatalog.For(context.Type) is not { } vocabulary)
        {
            return;
        }

        var description = new StringBuilder(vocabulary.Description).Append("\n\n");
        foreach (var term in vocabulary.Terms)
        {
            var value = JsonSerializer.Serialize(term.Value, vocabulary.ValueType, json.Value.SerializerOptions).Trim('"');
            description.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"- `{value}` ({term.Label}): {term.Description}\n");
        }

        concrete.Description = description.ToString().TrimEnd('\n');
    }
}
