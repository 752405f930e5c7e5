using Microsoft.OpenApi;
using Samenwerking.Api.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Samenwerking.Api.OpenApi;

/// <summary>
/// The server URL carries <c>/api/v1</c> (NL GOV /core/uri-version), so paths are written relative
/// to it: generated clients then take the base address once, with the version in it.
/// </summary>
public sealed class ServerRelativePathsDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var relative = new OpenApiPaths();
        foreach (var (path, item) in swaggerDoc.Paths)
        {
            var key = path.StartsWith(ApiVersion.BasePath, StringComparison.Ordinal) ? path[ApiVersion.BasePath.Length..] : path;
            relative.Add(key, item);
        }

        swaggerDoc.Paths = relative;
    }
}
