using Samenwerking.Api.OpenApi;

namespace Samenwerking.Api.Http;

/// <summary>
/// NL GOV /core/transport/cors: browsers may call the API only from the configured origins; the
/// OpenAPI document is open to every origin (/core/publish-openapi).
/// </summary>
public static class CorsSetup
{
    private const string ConfiguredOrigins = "configured-origins";
    private const string AnyOrigin = "any-origin";

    public static IServiceCollection AddApiCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options =>
        {
            options.AddPolicy(ConfiguredOrigins, policy => policy
                .WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "If-Match", "Accept", "Accept-Language")
                .WithExposedHeaders("ETag", "Location", ApiVersion.HeaderName)
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
