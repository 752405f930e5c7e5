using Microsoft.Net.Http.Headers;
using Samenwerking.Api.Idempotency;
using Samenwerking.Api.OpenApi;

namespace Samenwerking.Api.Http;

/// <summary>
/// NL GOV /core/transport/cors: browsers may call the API only from the configured origins; the
/// OpenAPI document is open to every origin (/core/publish-openapi). A page on an allowed origin may use
/// every feature of the API: the request headers it reads and the response headers it answers with.
/// </summary>
public static class CorsSetup
{
    private const string ConfiguredOrigins = "configured-origins";
    private const string AnyOrigin = "any-origin";

    /// <summary>The request headers the API reads: authentication, conditional requests, idempotent creates and language.</summary>
    public static readonly IReadOnlyList<string> RequestHeaders =
    [
        HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.AcceptLanguage,
        HeaderNames.IfMatch, HeaderNames.IfNoneMatch, IdempotencyKeyMiddleware.HeaderName,
    ];

    /// <summary>
    /// The response headers a browser script may read besides the CORS-safelisted ones (Content-Type, Content-Language
    /// is safelisted too but named for clarity): versions, where a creation went, when to retry, replays, the API's
    /// version and its deprecation, links, the patch format and the export's file name.
    /// </summary>
    public static readonly IReadOnlyList<string> ResponseHeaders =
    [
        HeaderNames.ETag, HeaderNames.Location, HeaderNames.RetryAfter, IdempotencyKeyMiddleware.ReplayedHeaderName,
        ApiVersion.HeaderName, "Deprecation", "Sunset", HeaderNames.Link, HeaderNames.ContentLanguage, "Accept-Patch",
        HeaderNames.ContentDisposition,
    ];

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options =>
        {
            options.AddPolicy(ConfiguredOrigins, policy => policy
                .WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders([.. RequestHeaders])
                .WithExposedHeaders([.. ResponseHeaders])
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
            options.AddPolicy(AnyOrigin, policy => policy.AllowAnyOrigin().WithMethods("GET").WithExposedHeaders(ApiVersion.HeaderName));
        });
        return services;
    }

    public static void UseApiCors(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path == OpenApiSetup.DocumentPath,
            branch => branch.UseCors(AnyOrigin));
        app.UseWhen(context => context.Request.Path != OpenApiSetup.DocumentPath,
            branch => branch.UseCors(ConfiguredOrigins));
    }
}
