using Microsoft.OpenApi;
using Samenwerking.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>Documents <c>If-None-Match</c> and the <c>304</c> on the reads <see cref="ConditionalReads"/> answers.</summary>
public sealed class ConditionalReadsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.OperationId is not { } id || !ConditionalReads.OperationIds.Contains(id))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "The collaboration's `ETag` (from `GET /collaborations/{id}` or a change): when it is still current the answer is `304 Not Modified` without a body. Sub-resources are validated against the collaboration's version, which every change to it or anything in it moves.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not modified: the collaboration's version is still the one in `If-None-Match`.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["ETag"] = new OpenApiHeader
                {
                    Description = "The collaboration's current version.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            },
        };
    }
}
