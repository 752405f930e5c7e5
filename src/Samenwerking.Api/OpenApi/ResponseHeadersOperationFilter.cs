using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// Documents the headers a success response carries besides <c>API-Version</c>: <c>Location</c> on every
/// 201 (the API answers every creation with the new resource's URL) and <c>ETag</c> where the endpoint says
/// so with <see cref="ResponseHeaders.ProducesETag{TBuilder}"/>; and on a 412 the <c>ETag</c> of the current version.
/// </summary>
public sealed class ResponseHeadersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var etag = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ETagResponseMetadata>().Any();
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status == "412" && response is OpenApiResponse stale)
            {
                stale.Headers ??= new Dictionary<string, IOpenApiHeader>();
                stale.Headers["ETag"] = Header("The current version of the resource: the change was based on another one.");
                continue;
            }

            if (response is not OpenApiResponse success || !status.StartsWith('2'))
            {
                continue;
            }

            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status == "201")
            {
                // A relative reference (`/api/v1/...`), said in words: `format: uri-reference` is not one every generator
                // knows (Kiota warns and reads a string anyway), and `uri` would claim an absolute URI.
                success.Headers["Location"] = Header("URL of the created resource, relative to this server (an RFC 3986 URI reference such as `/api/v1/collaborations/{id}`).");
            }

            if (etag)
            {
                success.Headers["ETag"] = Header(
                    "Version of the resource after this request, a strong entity tag such as `\"1234\"`; send it as `If-Match` to change the resource.");
            }
        }
    }

    private static OpenApiHeader Header(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };
}
