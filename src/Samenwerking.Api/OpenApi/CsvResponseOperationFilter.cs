using Microsoft.OpenApi;
using Samenwerking.Api.Endpoints;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents `text/csv` beside the JSON of a 200 on the endpoints that export the register. Declaring it with
/// <c>Produces</c> would replace the JSON schema of the same status, so the endpoint carries
/// <see cref="CsvExportMetadata"/> and this filter adds the second content type.
/// </summary>
public sealed class CsvResponseOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvExportMetadata>().Any() ||
            operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content[RegisterCsvEndpoints.CsvMediaType] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = "RFC 4180 CSV in UTF-8 with a header row; the columns are listed in the README and in `/vocabularies` (registerFields).",
            },
        };
    }
}
