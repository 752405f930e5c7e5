using Samenwerking.Infrastructure.Idempotency;

namespace Samenwerking.Api.Idempotency;

public static class IdempotencySetup
{
    public static IServiceCollection AddApiIdempotency(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        services.AddScoped<IdempotencyStore>();
        services.AddHostedService<IdempotencyCleanup>();
        return services;
    }

    /// <summary>After authentication and authorization: a key belongs to the token's subject.</summary>
    public static IApplicationBuilder UseApiIdempotency(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyKeyMiddleware>();
}
