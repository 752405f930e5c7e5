namespace Samenwerking.Api.Http;

/// <summary>
/// Headers every response carries: the API version (NL GOV /core/version-header) and the security
/// headers of /core/transport/security-headers. Set on start so error responses get them too.
/// </summary>
public sealed class ResponseHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[ApiVersion.HeaderName] = ApiVersion.Full;
            headers.CacheControl = "no-store";
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Swagger UI needs scripts and styles of its own; the API itself serves only JSON.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
                ? "frame-ancestors 'none'"
                : "default-src 'none'; frame-ancestors 'none'";
            if (context.Items[EntityTags.ErrorResponseETagKey] is string etag)
            {
                headers.ETag = etag;
            }

            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
