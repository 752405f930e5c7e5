namespace Samenwerking.Api.Http;

/// <summary>
/// Headers every response carries: the API version (NL GOV /core/version-header), the security
/// headers of /core/transport/security-headers (with <see cref="CachePolicy"/>'s one exception) and the
/// language of the text. Set on start so error responses get them too.
/// </summary>
public sealed class ResponseHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[ApiVersion.HeaderName] = ApiVersion.Full;
            headers.CacheControl = CachePolicy.For(context);
            ResponseLanguage.Declare(context);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            // Swagger UI needs scripts and styles of its own; the API itself serves only JSON.
            // The register's pages load their own stylesheet and submit their own search form, nothing else.
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger")
                ? "frame-ancestors 'none'"
                : PublicRegister.PublicRegisterSetup.IsPage(context.Request)
                    ? "default-src 'none'; style-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
                    : "default-src 'none'; frame-ancestors 'none'";
            if (context.Items[EntityTags.ErrorResponseETagKey] is string etag)
            {
                headers.ETag = etag;
            }

            // Outside Development the API is reached over HTTPS, usually through a proxy that ends TLS, so the
            // request may look like plain HTTP here; browsers ignore the header on a plain-HTTP answer anyway.
            if (!environment.IsDevelopment())
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
