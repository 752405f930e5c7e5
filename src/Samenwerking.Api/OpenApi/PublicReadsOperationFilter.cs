using Microsoft.OpenApi;
using Samenwerking.Api.PublicRegister;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents the public register's anonymous reads (docs/adr/0016): no token (<c>security: []</c>), an <c>ETag</c> and
/// <c>Cache-Control: public</c> on the 200, <c>If-None-Match</c> and its 304.
/// </summary>
public sealed class PublicReadsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<PublicReadMetadata>().LastOrDefault() is not { } read)
        {
            return;
        }

        operation.Security = [];
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Required = false,
            Description = "An `ETag` of an earlier answer: while the data is unchanged the answer is `304 Not Modified` without a body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        if (operation.Responses.GetValueOrDefault("200") is OpenApiResponse ok)
        {
            ok.Headers ??= new Dictionary<string, IOpenApiHeader>();
            ok.Headers["ETag"] = ETag();
            ok.Headers["Cache-Control"] = CacheControl(read);
        }

        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not modified: the data is still what the `ETag` in `If-None-Match` stands for.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = ETag(), ["Cache-Control"] = CacheControl(read) },
        };
    }

    private static OpenApiHeader ETag() => new()
    {
        Description = "A hash of the answer's bytes: the same data gives the same tag.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiHeader CacheControl(PublicReadMetadata read) => new()
    {
        Description = $"`{read.CacheControl}` (the max-age is configurable, `PublicRegister:MaxAgeSeconds`): anyone may keep the answer briefly.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
